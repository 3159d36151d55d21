package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import newsquiz.session.Session;

/** After an answer: right or wrong, the right answer, the article's sentence with the answer marked, the points. */
final class FeedbackView implements View {
    private final Session session;
    private final Session.Outcome outcome;
    private final Runner runner;
    private boolean flagged;

    FeedbackView(Session session, Session.Outcome outcome, Runner runner) {
        this.session = session;
        this.outcome = outcome;
        this.runner = runner;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        QuestionView.header(c, session, session.index(), SafeText.shownName(runner.services().player()));
        if (runner.recorder().lost(outcome)) {
            c.put(1, 2, "! This answer could not be saved in the gradebook (listed when the app ends).", Canvas.Style.BAD);
        }
        int row = 3;
        if (outcome.timedOut()) {
            c.put(1, row++, "✗ Time is up.", Canvas.Style.BAD);
        } else if (outcome.verdict().correct()) {
            c.put(1, row++, "✓ Right! +" + outcome.points() + " points", Canvas.Style.GOOD);
            if (outcome.verdict().almost()) {
                c.put(3, row++, outcome.verdict().note(), Canvas.Style.NORMAL);
            }
        } else if (outcome.points() > 0) {
            c.put(1, row++, "◐ Partly right: " + outcome.verdict().note() + ". +" + outcome.points() + " points",
                    Canvas.Style.HIGHLIGHT);
        } else {
            c.put(1, row++, "✗ Not quite.", Canvas.Style.BAD);
        }
        String right = Text.rightAnswer(outcome.question());
        if (outcome.question().type().equals("matching") && !outcome.timedOut()) {
            row = pairs(c, row + 1, size);
        } else {
            row = c.paragraph(1, row + 1, "Answer: " + right, 4, Canvas.Style.TITLE, null) + 1;
        }
        c.put(1, row++, Text.evidenceFrom(session.quiz(), outcome.question()), Canvas.Style.DIM);
        String evidence = Text.quoted(outcome.question().evidence());
        row = c.paragraph(3, row, evidence, Math.max(2, size.getRows() - row - 4), Canvas.Style.NORMAL,
                Text.highlightIn(evidence, right)) + 1;
        String explanation = outcome.question().explanation();
        if (!outcome.verdict().correct() && explanation != null && row < size.getRows() - 2) {
            c.paragraph(1, row, explanation, 2, Canvas.Style.DIM, null);
        }
        if (rating()) {
            String next = runner.services().nextIntervals(outcome.question().id(), now);
            c.put(1, size.getRows() - (next.isEmpty() ? 2 : 3),
                    "How well did you know it? a: again · h: hard · g or Enter: good · e: easy", Canvas.Style.TITLE);
            if (!next.isEmpty()) {
                c.put(1, size.getRows() - 2, "Comes back in: " + next, Canvas.Style.NORMAL);
            }
        }
        c.statusBar((session.finished() ? "Enter: see your results · ? help"
                : "Enter: next question · ? help · Esc to quit")
                + (flagged ? " · ⚑ flagged for your teacher" : " · f: flag a wrong question"));
    }

    /** Matching: each quote with its speaker, ✓ when the pair given was right, else what was given. */
    private int pairs(Canvas c, int row, TerminalSize size) {
        java.util.List<String> quotes = newsquiz.session.AnswerChecker.matchingItems(outcome.question());
        java.util.List<String> speakers = newsquiz.session.AnswerChecker.matchingAnswer(outcome.question());
        java.util.List<Boolean> ok = newsquiz.session.AnswerChecker.pairsRight(outcome.question(), outcome.given());
        for (int i = 0; i < quotes.size() && row < size.getRows() - 6; i++) {
            String mark = ok.get(i) ? "✓ " : "✗ ";
            String given = ok.get(i) || i >= outcome.given().size() ? "" : " (you said " + outcome.given().get(i) + ")";
            c.labelled(1, row++, mark + (i + 1) + ") ", speakers.get(i) + given + ": “" + quotes.get(i) + "”", 1,
                    ok.get(i) ? Canvas.Style.GOOD : Canvas.Style.BAD);
        }
        return row + 1;
    }

    /** In study mode a right answer is rated before going on. */
    private boolean rating() {
        return runner.recorder().studying() && outcome.verdict().correct();
    }

    private View next(long now) {
        return session.finished() ? runner.results(session, now) : runner.question(session, now);
    }

    private java.util.List<String> help() {
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add("Enter, Space  " + (session.finished() ? "see your results" : "the next question"));
        if (rating()) {
            out.add("a h g e      rate how well you knew it: again, hard, good, easy");
        }
        out.add("f            flag a wrong question for your teacher (one line: why)");
        out.add("Esc          quit the session (asks first)");
        out.add("?, F1        this help");
        out.add("The clock of a timed question stops while you read this.");
        return out;
    }

    @Override
    public View handle(KeyStroke key, long now) {
        if (rating() && key.getKeyType() == KeyType.Character && "ahge".indexOf(key.getCharacter()) >= 0
                || rating() && key.getKeyType() == KeyType.Enter) {
            char ch = key.getKeyType() == KeyType.Enter ? 'g' : key.getCharacter();
            runner.recorder().rated(session, outcome, ch == 'a' ? newsquiz.store.Fsrs.Rating.AGAIN
                    : ch == 'h' ? newsquiz.store.Fsrs.Rating.HARD
                    : ch == 'e' ? newsquiz.store.Fsrs.Rating.EASY : newsquiz.store.Fsrs.Rating.GOOD, now);
            return next(now);
        }
        if (key.getKeyType() == KeyType.Character && key.getCharacter() == 'f' && !flagged) {
            return new LineInputView("What is wrong with this question? (one line; Esc: never mind)", "", this,
                    reason -> {
                        if (!reason.isBlank()) {
                            runner.recorder().flagged(session, outcome, SafeText.line(reason).strip(), now);
                            flagged = true;
                        }
                        return this;
                    });
        }
        if (key.getKeyType() == KeyType.Escape) {
            return session.finished() ? runner.results(session, now) : ConfirmView.quitSession(this, runner, session);
        }
        if (key.getKeyType() == KeyType.F1 || key.getKeyType() == KeyType.Character && key.getCharacter() == '?') {
            return new HelpView("Keys: feedback", help(), this);
        }
        if (key.getKeyType() == KeyType.Enter || key.getKeyType() == KeyType.Character && key.getCharacter() == ' ') {
            return next(now);
        }
        return this;
    }
}
