package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.session.AnswerChecker;
import newsquiz.session.Session;

/**
 * The question screen: title, question n of N, score, a countdown bar when timed, the prompt wrapped to the width,
 * and the answer area of the question's type: choices (letter, digit, or arrows and Enter), a text field, an order
 * to arrange (Space picks an item up and puts it down, arrows move it), or quotes to pair with speakers (arrows
 * choose the quote, letters or Left/Right the speaker).
 */
final class QuestionView implements View {
    private final Session session;
    private final Runner runner;
    private int selected;
    private final StringBuilder typed = new StringBuilder();
    private final List<String> order;
    private final int[] pairs;
    private boolean holding;
    private String message = "";

    QuestionView(Session session, Runner runner) {
        this.session = session;
        this.runner = runner;
        Question q = session.current();
        this.order = new ArrayList<>(q.choices() == null ? List.of() : q.choices());
        this.pairs = new int[q.type().equals("matching") ? AnswerChecker.matchingItems(q).size() : 0];
        Arrays.fill(pairs, -1);
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        Question q = session.current();
        c.fillRow(0, Canvas.Style.SELECTED);
        c.put(1, 0, session.title(), Canvas.Style.SELECTED);
        String status = "Question " + (session.index() + 1) + " of " + session.total() + " · Score " + session.score()
                + (session.streak() > 1 ? " · Streak " + session.streak() : "");
        c.put(1, 1, status, Canvas.Style.TITLE);
        int row = 2;
        if (session.timeLimitMillis() > 0) {
            long left = session.remainingMillis(now);
            int width = Math.max(10, size.getColumns() - 12);
            int filled = (int) (width * left / session.timeLimitMillis());
            c.put(1, row, "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + (left + 999) / 1000 + "s",
                    left < 5000 ? Canvas.Style.BAD : Canvas.Style.NORMAL);
            row++;
        }
        // the prompt gives way to the answer area: a long prompt is cut with "…", the choices always show
        int promptRows = Math.max(1, size.getRows() - row - answerRows(q) - 5);
        row = c.paragraph(1, row + 1, shownPrompt(q), promptRows, Canvas.Style.NORMAL, null) + 1;
        switch (q.type()) {
            case "multiple_choice", "true_false" -> {
                for (int i = 0; i < order.size(); i++) {
                    c.put(3, row++, Text.letter(i) + ") " + order.get(i),
                            i == selected ? Canvas.Style.SELECTED : Canvas.Style.NORMAL);
                }
            }
            case "ordering" -> {
                for (int i = 0; i < order.size(); i++) {
                    String mark = i == selected && holding ? "⇕ " : "  ";
                    c.put(3, row++, mark + (i + 1) + ". " + order.get(i),
                            i == selected ? Canvas.Style.SELECTED : Canvas.Style.NORMAL);
                }
            }
            case "matching" -> {
                List<String> quotes = AnswerChecker.matchingItems(q);
                // the speakers' column as wide as the longest name as shown, at most a third of the screen
                int width = Math.min(size.getColumns() / 3,
                        order.stream().mapToInt(x -> SafeText.line(x).length()).max().orElse(0) + 2);
                for (int i = 0; i < quotes.size(); i++) {
                    String who = pairs[i] < 0 ? "?" : SafeText.shorten(Text.letter(pairs[i]) + " "
                            + SafeText.line(order.get(pairs[i])), width);
                    c.put(3, row++, (i + 1) + ") " + String.format("%-" + (width + 2) + "s", "[" + who + "]")
                            + "“" + quotes.get(i) + "”", i == selected ? Canvas.Style.SELECTED : Canvas.Style.NORMAL);
                }
                row++;
                for (int i = 0; i < order.size(); i++) {
                    c.put(3, row++, Text.letter(i) + ") " + order.get(i), Canvas.Style.DIM);
                }
            }
            default -> c.put(3, row++, "> " + typed + "▏", Canvas.Style.HIGHLIGHT);
        }
        if (!message.isEmpty()) {
            c.put(1, Math.min(row + 1, size.getRows() - 2), message, Canvas.Style.BAD);
        }
        c.put(1, size.getRows() - 1, help(q), Canvas.Style.DIM);
    }

    /** The rows the answer area takes below the prompt. */
    private int answerRows(Question q) {
        return switch (q.type()) {
            case "multiple_choice", "true_false", "ordering" -> order.size();
            case "matching" -> pairs.length + 1 + order.size();
            default -> 1;
        };
    }

    /**
     * Matching and ordering prompts list their items for readers of the file and the plain mode; on screen the items
     * are drawn below, so only the instruction is shown.
     */
    static String shownPrompt(Question q) {
        if ((q.type().equals("matching") || q.type().equals("ordering")) && q.prompt().contains(":")) {
            return q.prompt().substring(0, q.prompt().indexOf(':') + 1);
        }
        return q.prompt();
    }

    private static String help(Question q) {
        return switch (q.type()) {
            case "multiple_choice", "true_false" -> "A-D or 1-4 to answer · ↑↓ and Enter · Esc to quit";
            case "ordering" -> "↑↓ choose · Space pick up/put down · Enter to answer · Esc to quit";
            case "matching" -> "↑↓ choose a quote · A-E or ←→ its speaker · Enter to answer · Esc to quit";
            default -> "Type your answer and press Enter · Esc to quit";
        };
    }

    @Override
    public View handle(KeyStroke key, long now) {
        Question q = session.current();
        message = "";
        if (key.getKeyType() == KeyType.Escape || key.getKeyType() == KeyType.Character && key.getCharacter() == 'q'
                && !isTyped(q)) {
            return new ConfirmView("Quit this session? What you answered so far counts.", this,
                    () -> runner.quitSession(session));
        }
        return switch (q.type()) {
            case "multiple_choice", "true_false" -> choose(key, now);
            case "ordering" -> arrange(key, now);
            case "matching" -> pair(key, now);
            default -> type(key, now);
        };
    }

    private static boolean isTyped(Question q) {
        return !List.of("multiple_choice", "true_false", "ordering", "matching").contains(q.type());
    }

    private View choose(KeyStroke key, long now) {
        switch (key.getKeyType()) {
            case ArrowUp -> selected = (selected + order.size() - 1) % order.size();
            case ArrowDown, Tab -> selected = (selected + 1) % order.size();
            case Enter -> {
                return submit(List.of(order.get(selected)), now);
            }
            case Character -> {
                Integer i = PlainPlayer.choiceIndex(String.valueOf(key.getCharacter()), order.size());
                if (i != null) {
                    return submit(List.of(order.get(i)), now);
                }
            }
            default -> { }
        }
        return this;
    }

    private View arrange(KeyStroke key, long now) {
        switch (key.getKeyType()) {
            case ArrowUp -> move(-1);
            case ArrowDown -> move(1);
            case Enter -> {
                return submit(List.copyOf(order), now);
            }
            case Character -> {
                if (key.getCharacter() == ' ') {
                    holding = !holding;
                }
            }
            default -> { }
        }
        return this;
    }

    private void move(int by) {
        int to = selected + by;
        if (to < 0 || to >= order.size()) {
            return;
        }
        if (holding) {
            String item = order.remove(selected);
            order.add(to, item);
        }
        selected = to;
    }

    private View pair(KeyStroke key, long now) {
        int n = pairs.length;
        switch (key.getKeyType()) {
            case ArrowUp -> selected = (selected + n - 1) % n;
            case ArrowDown, Tab -> selected = (selected + 1) % n;
            case ArrowRight -> pairs[selected] = (pairs[selected] + 1) % order.size();
            case ArrowLeft -> pairs[selected] = (pairs[selected] + order.size() - 1) % order.size();
            case Enter -> {
                if (Arrays.stream(pairs).anyMatch(p -> p < 0)) {
                    message = "Give every quote a speaker first.";
                    return this;
                }
                List<String> given = new ArrayList<>();
                for (int p : pairs) {
                    given.add(order.get(p));
                }
                return submit(given, now);
            }
            case Character -> {
                Integer i = PlainPlayer.choiceIndex(String.valueOf(key.getCharacter()).toUpperCase(), order.size());
                if (i != null && Character.isLetter(key.getCharacter())) {
                    pairs[selected] = i;
                    selected = Math.min(n - 1, selected + 1);
                }
            }
            default -> { }
        }
        return this;
    }

    private View type(KeyStroke key, long now) {
        switch (key.getKeyType()) {
            case Character -> {
                // a pasted control character is dropped and the answer is capped, as in the plain mode
                if (SafeText.typable(key.getCharacter()) && typed.length() < SafeText.MAX_ANSWER) {
                    typed.append(key.getCharacter());
                }
            }
            case Backspace -> {
                if (typed.length() > 0) {
                    typed.setLength(typed.length() - 1);
                }
            }
            case Enter -> {
                if (typed.toString().isBlank()) {
                    message = "Type an answer first.";
                    return this;
                }
                return submit(List.of(typed.toString()), now);
            }
            default -> { }
        }
        return this;
    }

    private View submit(List<String> given, long now) {
        Session.Outcome o = session.answer(given, now);
        runner.answered(session, o);
        return new FeedbackView(session, o, runner);
    }

    @Override
    public boolean animated() {
        return session.timeLimitMillis() > 0;
    }

    @Override
    public View tick(long now) {
        if (session.timeIsUp(now)) {
            Session.Outcome o = session.timeout(now);
            runner.answered(session, o);
            return new FeedbackView(session, o, runner);
        }
        return this;
    }
}
