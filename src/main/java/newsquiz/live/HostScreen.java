package newsquiz.live;

import java.util.List;
import newsquiz.questions.Question;

/**
 * Draws the teacher's screen: how to join (the command and the code), who has joined, each question with its
 * countdown and how many have answered, the answers' distribution as a bar chart once time is up, the leaderboard
 * between questions and the podium at the end. Pure drawing over a {@link HostView}.
 */
final class HostScreen {
    /** How to join and what the keys do: fixed for a game. */
    record Header(String joinCommand, String code, String fingerprint) {
    }

    private static final int BAR = 30;

    private HostScreen() {
    }

    /** {@code removing} is the index on the board of the player picked for removal, or -1. */
    static void draw(Draw d, HostView v, Header h, int removing, String notice) {
        d.put(0, 0, "newsquiz live · " + v.title(), Draw.Style.TITLE);
        d.put(0, 1, "Join: " + h.joinCommand() + "   code " + h.code(), Draw.Style.HIGHLIGHT);
        int r = 3;
        if (removing >= 0) {
            remove(d, v, removing);
            return;
        }
        switch (v.phase()) {
            case LOBBY -> lobby(d, v, h, r);
            case QUESTION -> question(d, v, r);
            case REVEAL -> reveal(d, v, r);
            case FINISHED -> podium(d, v, r);
            default -> { }
        }
        if (notice != null && !notice.isEmpty()) {
            d.put(0, d.rows() - 2, notice, Draw.Style.HIGHLIGHT);
        }
    }

    private static void lobby(Draw d, HostView v, Header h, int r) {
        r = d.put(0, r, v.board().size() + (v.board().size() == 1 ? " player" : " players") + " joined · "
                + v.total() + " questions", Draw.Style.NORMAL);
        StringBuilder names = new StringBuilder();
        for (LiveGame.Standing s : v.board()) {
            names.append(names.length() == 0 ? "" : ", ").append(s.name());
        }
        r = d.paragraph(2, r + 1, names.toString(), Math.max(1, d.rows() - r - 6), Draw.Style.NORMAL);
        d.put(0, d.rows() - 3, "Host key " + h.fingerprint(), Draw.Style.DIM);
        keys(d, "Enter start · r remove a player · q end");
    }

    private static void question(Draw d, HostView v, int r) {
        String clock = v.paused() ? "PAUSED" : StudentScreen.seconds(v.remainingMillis()) + " s left";
        r = d.put(0, r, "Question " + v.number() + " of " + v.total() + " · " + clock + " · answered "
                + v.answered() + " of " + v.eligible(), Draw.Style.HIGHLIGHT);
        r = d.put(0, r, Draw.bar(v.answered(), v.eligible(), BAR), Draw.Style.GOOD) + 1;
        Question q = v.question();
        r = d.paragraph(0, r, q.prompt(), 4, Draw.Style.NORMAL) + 1;
        for (int i = 0; i < q.choices().size(); i++) {
            r = d.put(2, r, Draw.letter(i) + "  " + q.choices().get(i), Draw.Style.NORMAL);
        }
        keys(d, (v.paused() ? "p resume" : "p pause") + " · e +10 s · s skip · r remove · q end");
    }

    private static void reveal(Draw d, HostView v, int r) {
        Question q = v.question();
        r = d.put(0, r, "Question " + v.number() + " of " + v.total() + " · time is up", Draw.Style.HIGHLIGHT);
        r = d.paragraph(0, r, q.prompt(), 3, Draw.Style.NORMAL) + 1;
        int most = 0;
        for (int c : v.distribution()) {
            most = Math.max(most, c);
        }
        String answer = newsquiz.ui.Text.rightAnswer(q);
        for (int i = 0; i < q.choices().size(); i++) {
            boolean right = q.choices().get(i).equalsIgnoreCase(answer);
            int count = i < v.distribution().length ? v.distribution()[i] : 0;
            r = d.put(2, r, Draw.letter(i) + (right ? " ✓ " : "   ") + Draw.bar(count, Math.max(1, most), BAR / 2) + " "
                    + count + "  " + q.choices().get(i), right ? Draw.Style.GOOD : Draw.Style.NORMAL);
        }
        r = d.put(0, r + 1, "Leaderboard", Draw.Style.TITLE);
        board(d, v.board(), r, Math.max(0, d.rows() - r - 2));
        keys(d, (v.number() < v.total() ? "Enter next question" : "Enter podium") + " · r remove · q end");
    }

    private static void podium(Draw d, HostView v, int r) {
        r = d.put(0, r, "The podium", Draw.Style.TITLE) + 1;
        board(d, v.board(), r, Math.max(0, d.rows() - r - 2));
        keys(d, "q quit (the results are in the gradebook: newsquiz report)");
    }

    private static int board(Draw d, List<LiveGame.Standing> board, int r, int rows) {
        for (int i = 0; i < board.size() && i < rows; i++) {
            LiveGame.Standing s = board.get(i);
            r = d.put(2, r, String.format("%3d. %-24s %6d%s", s.rank(), s.name(), s.score(),
                    s.connected() ? "" : "  (left)"), i < 3 ? Draw.Style.HIGHLIGHT : Draw.Style.NORMAL);
        }
        return r;
    }

    private static void remove(Draw d, HostView v, int removing) {
        int r = d.put(0, 3, "Remove which player?", Draw.Style.TITLE);
        int rows = Math.max(1, d.rows() - r - 2);
        int first = Math.max(0, removing - rows + 1);
        for (int i = first; i < v.board().size() && i < first + rows; i++) {
            r = d.put(2, r, v.board().get(i).name(), i == removing ? Draw.Style.SELECTED : Draw.Style.NORMAL);
        }
        keys(d, "↑↓ choose · Enter remove · Esc back");
    }

    private static void keys(Draw d, String text) {
        d.put(0, d.rows() - 1, text, Draw.Style.DIM);
    }
}
