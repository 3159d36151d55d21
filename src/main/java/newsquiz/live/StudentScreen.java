package newsquiz.live;

import java.util.List;
import newsquiz.questions.Question;
import newsquiz.session.Session;

/**
 * Draws one student's screen from a {@link StudentView}: the lobby, the open question with its countdown and the
 * answer they locked in, right or wrong with the article's sentence, points and rank, and the podium. Pure drawing,
 * so it is tested on a virtual terminal of any size.
 */
final class StudentScreen {
    /** The acknowledgement of an answer, written on a row that is blank while the question is open. */
    static final String LOCKED = "Locked in: ";

    private StudentScreen() {
    }

    static void draw(Draw d, StudentView v, List<LiveGame.Standing> podium) {
        String status = v.name() + " · " + v.score() + " points" + (v.rank() > 0 ? " · rank " + v.rank() + " of "
                + v.players() : "");
        d.put(0, 0, "newsquiz live · " + status, Draw.Style.TITLE);
        switch (v.phase()) {
            case LOBBY -> lobby(d, v);
            case QUESTION -> question(d, v);
            case REVEAL -> reveal(d, v);
            case FINISHED -> podium(d, v, podium);
            default -> { }
        }
    }

    private static void lobby(Draw d, StudentView v) {
        int r = d.paragraph(0, 2, "Welcome, " + v.name() + "! Waiting for the teacher to start the quiz.", 3,
                Draw.Style.NORMAL);
        d.put(0, r + 1, v.players() + (v.players() == 1 ? " player has" : " players have") + " joined.",
                Draw.Style.DIM);
        d.put(0, d.rows() - 1, "Ctrl-C leaves (join again with the same name to keep your score)", Draw.Style.DIM);
    }

    private static void question(Draw d, StudentView v) {
        String clock = v.paused() ? "paused" : seconds(v.remainingMillis()) + " s left";
        d.put(0, 1, "Question " + v.number() + " of " + v.total() + " · " + clock, Draw.Style.HIGHLIGHT);
        Question q = v.question();
        if (q == null) {
            d.paragraph(0, 3, "You joined during this question: you start at the next one.", 3, Draw.Style.NORMAL);
            return;
        }
        int r = d.paragraph(0, 3, q.prompt(), Math.max(1, d.rows() - 6 - q.choices().size()), Draw.Style.NORMAL) + 1;
        for (int i = 0; i < q.choices().size(); i++) {
            boolean mine = v.choice() != null && v.choice() == i;
            r = d.put(0, r, " " + Draw.letter(i) + "  " + q.choices().get(i) + " ",
                    mine ? Draw.Style.SELECTED : Draw.Style.NORMAL);
        }
        r++;
        if (v.choice() != null) {
            d.put(0, r, LOCKED + Draw.letter(v.choice()) + " · waiting for the others", Draw.Style.GOOD);
        } else {
            d.put(0, d.rows() - 1, "Press " + range(q) + " to answer: the first answer counts", Draw.Style.DIM);
        }
    }

    private static void reveal(Draw d, StudentView v) {
        d.put(0, 1, "Question " + v.number() + " of " + v.total() + " · time is up", Draw.Style.HIGHLIGHT);
        Session.Outcome o = v.outcome();
        Question q = v.question();
        int r = 3;
        if (q == null || o == null) {
            d.paragraph(0, r, "You start at the next question.", 2, Draw.Style.NORMAL);
            return;
        }
        if (o.verdict().correct()) {
            r = d.put(0, r, "✓ Right! +" + o.points() + " points" + (v.streak() > 1 ? " · streak " + v.streak() : ""),
                    Draw.Style.GOOD);
        } else {
            r = d.put(0, r, (o.timedOut() ? "✗ No answer in time." : "✗ Wrong.") + " The answer: "
                    + newsquiz.ui.Text.rightAnswer(q), Draw.Style.BAD);
        }
        r++;
        if (q.evidence() != null && !q.evidence().isEmpty()) {
            r = d.put(0, r, "From the article:", Draw.Style.DIM);
            r = d.paragraph(2, r, q.evidence().get(0), Math.max(1, d.rows() - r - 3), Draw.Style.NORMAL);
        }
        d.put(0, r + 1, "Score " + v.score() + " · rank " + v.rank() + " of " + v.players(), Draw.Style.TITLE);
    }

    private static void podium(Draw d, StudentView v, List<LiveGame.Standing> podium) {
        int r = d.put(0, 2, "The end! You scored " + v.score() + " points: rank " + v.rank() + " of " + v.players()
                + ".", Draw.Style.HIGHLIGHT) + 1;
        String[] places = {"1st", "2nd", "3rd"};
        for (int i = 0; i < podium.size() && i < 3; i++) {
            LiveGame.Standing s = podium.get(i);
            r = d.put(2, r, places[Math.min(2, s.rank() - 1)] + "  " + s.name() + "  " + s.score(), Draw.Style.NORMAL);
        }
        d.put(0, d.rows() - 1, "Thanks for playing. Press q to leave.", Draw.Style.DIM);
    }

    private static String range(Question q) {
        int n = q.choices().size();
        return "A-" + Draw.letter(n - 1) + " or 1-" + n;
    }

    static long seconds(long millis) {
        return (millis + 999) / 1000;
    }
}
