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
        c.fillRow(0, Canvas.Style.SELECTED);
        c.put(1, 0, session.title(), Canvas.Style.SELECTED);
        c.put(1, 1, "Question " + session.index() + " of " + session.total() + " · Score " + session.score(),
                Canvas.Style.TITLE);
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
        } else {
            c.put(1, row++, "✗ Not quite.", Canvas.Style.BAD);
        }
        String right = Text.rightAnswer(outcome.question());
        row = c.paragraph(1, row + 1, "Answer: " + right, 4, Canvas.Style.TITLE, null) + 1;
        c.put(1, row++, "From the article:", Canvas.Style.DIM);
        String evidence = Text.quoted(outcome.question().evidence());
        row = c.paragraph(3, row, evidence, Math.max(2, size.getRows() - row - 4), Canvas.Style.NORMAL,
                Text.highlightIn(evidence, right)) + 1;
        String explanation = outcome.question().explanation();
        if (!outcome.verdict().correct() && explanation != null && row < size.getRows() - 2) {
            c.paragraph(1, row, explanation, 2, Canvas.Style.DIM, null);
        }
        if (rating()) {
            c.put(1, size.getRows() - 2, "How well did you know it? a: again · h: hard · g or Enter: good · e: easy",
                    Canvas.Style.TITLE);
        }
        c.put(1, size.getRows() - 1, (session.finished() ? "Enter: see your results" : "Enter: next question · Esc to quit")
                + (flagged ? " · ⚑ flagged for your teacher" : " · f: flag a wrong question"), Canvas.Style.DIM);
    }

    /** In study mode a right answer is rated before going on. */
    private boolean rating() {
        return runner.recorder().studying() && outcome.verdict().correct();
    }

    @Override
    public View handle(KeyStroke key, long now) {
        if (rating() && key.getKeyType() == KeyType.Character && "ahge".indexOf(key.getCharacter()) >= 0
                || rating() && key.getKeyType() == KeyType.Enter) {
            char ch = key.getKeyType() == KeyType.Enter ? 'g' : key.getCharacter();
            runner.recorder().rated(session, outcome, ch == 'a' ? newsquiz.store.Fsrs.Rating.AGAIN
                    : ch == 'h' ? newsquiz.store.Fsrs.Rating.HARD
                    : ch == 'e' ? newsquiz.store.Fsrs.Rating.EASY : newsquiz.store.Fsrs.Rating.GOOD, now);
            return session.finished() ? runner.results(session, now) : new QuestionView(session, runner);
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
            return session.finished() ? runner.results(session, now)
                    : new ConfirmView("Quit this session? What you answered so far counts.", this,
                    () -> runner.quitSession(session));
        }
        if (key.getKeyType() == KeyType.Enter || key.getKeyType() == KeyType.Character && key.getCharacter() == ' ') {
            return session.finished() ? runner.results(session, now) : new QuestionView(session, runner);
        }
        return this;
    }
}
