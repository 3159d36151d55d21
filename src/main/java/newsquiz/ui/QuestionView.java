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
 * The question screen: a title bar with the article's source and date (never its headline, which can give answers
 * away), question n of N with the score, streak and a progress bar, a countdown bar when timed, the prompt wrapped
 * to the width, and the answer area of the question's type: choices (letter, digit, or arrows and Enter), a text
 * field, an order to arrange (Space picks an item up and puts it down, arrows move it), or quotes to pair with
 * speakers (arrows choose the quote, letters or Left/Right the speaker). Long choices, items and quotes wrap.
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
    /** The screen's width as last drawn: the matching labels fit a third of it. */
    private int columns = 80;

    QuestionView(Session session, Runner runner) {
        this.session = session;
        this.runner = runner;
        Question q = session.current();
        this.order = new ArrayList<>(q.choices() == null ? List.of() : q.choices());
        this.pairs = new int[q.type().equals("matching") ? AnswerChecker.matchingItems(q).size() : 0];
        Arrays.fill(pairs, -1);
    }

    /** The bars every screen of a session shares: source and date, question n of N, score, streak, progress. */
    static int header(Canvas c, Session session, int shownIndex, String player) {
        c.titleBar("newsquiz · " + Text.source(session.quiz()), player);
        String status = "Question " + shownIndex + " of " + session.total() + " · Score " + session.score()
                + (session.streak() > 1 ? " · Streak " + session.streak() : "");
        c.put(1, 1, status, Canvas.Style.TITLE);
        int room = c.columns() - status.length() - 4;
        if (room >= 10) {
            int width = Math.min(30, room);
            c.put(c.columns() - width - 1, 1, Canvas.bar((double) session.index() / session.total(), width),
                    Canvas.Style.DIM);
        }
        return 2;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        Question q = session.current();
        columns = size.getColumns();
        int row = header(c, session, session.index() + 1, SafeText.shownName(runner.services().player()));
        if (session.timeLimitMillis() > 0) {
            long left = session.remainingMillis(now);
            String seconds = " " + (left + 999) / 1000 + "s left";
            c.put(1, row, Canvas.bar((double) left / session.timeLimitMillis(),
                    Math.max(10, size.getColumns() - seconds.length() - 3)) + seconds,
                    left < 5000 ? Canvas.Style.BAD : Canvas.Style.NORMAL);
            row++;
        }
        List<String> labels = labels(q);
        List<String> texts = texts(q);
        int fixed = q.type().equals("matching") ? order.size() + 1 : 0;
        int room = Math.max(2, size.getRows() - row - 4); // a blank row, the message and the status bar below
        int wantPrompt = c.rowsFor(1, "", shownPrompt(q));
        int wantItems = fixed + (texts.isEmpty() ? 1 : 0);
        for (int i = 0; i < texts.size(); i++) {
            wantItems += c.rowsFor(3, labels.get(i), texts.get(i));
        }
        // the prompt gives way to the answers, and the answers share what is left: the choices always show
        int promptRows = Math.max(1, Math.min(wantPrompt, room - Math.min(wantItems, room - 1)));
        row = c.paragraph(1, row + 1, shownPrompt(q), promptRows, Canvas.Style.NORMAL, null) + 1;
        int[] rows = share(c, labels, texts, size.getRows() - row - 3 - fixed);
        for (int i = 0; i < texts.size(); i++) {
            row = c.labelled(3, row, labels.get(i), texts.get(i), rows[i],
                    i == selected ? Canvas.Style.SELECTED : Canvas.Style.NORMAL);
        }
        if (q.type().equals("matching")) {
            row++;
            for (int i = 0; i < order.size(); i++) {
                c.put(3, row++, Text.letter(i) + ") " + order.get(i), Canvas.Style.DIM);
            }
        } else if (texts.isEmpty()) {
            c.put(3, row++, "> " + typed + "▏", Canvas.Style.HIGHLIGHT);
        }
        if (!message.isEmpty()) {
            c.put(1, Math.min(row + 1, size.getRows() - 2), message, Canvas.Style.BAD);
        }
        c.statusBar(keys(q));
    }

    /**
     * The rows each item may take: all it needs when they fit, else one each and the rest handed out in turn, so a
     * long item is cut (with "…") only as far as the screen requires.
     */
    private static int[] share(Canvas c, List<String> labels, List<String> texts, int room) {
        int[] want = new int[texts.size()];
        int[] got = new int[texts.size()];
        int left = room;
        for (int i = 0; i < texts.size(); i++) {
            want[i] = c.rowsFor(3, labels.get(i), texts.get(i));
            got[i] = 1;
            left--;
        }
        boolean grew = true;
        while (left > 0 && grew) {
            grew = false;
            for (int i = 0; i < got.length && left > 0; i++) {
                if (got[i] < want[i]) {
                    got[i]++;
                    left--;
                    grew = true;
                }
            }
        }
        return got;
    }

    /** What stands before each item: "A) ", "⇕ 1. ", "1) [B) Kim     ] "; none for a typed answer. */
    private List<String> labels(Question q) {
        List<String> out = new ArrayList<>();
        switch (q.type()) {
            case "multiple_choice", "true_false" -> {
                for (int i = 0; i < order.size(); i++) {
                    out.add(Text.letter(i) + ") ");
                }
            }
            case "ordering" -> {
                for (int i = 0; i < order.size(); i++) {
                    out.add((i == selected && holding ? "⇕ " : "  ") + (i + 1) + ". ");
                }
            }
            case "matching" -> {
                // the speakers' column as wide as the longest "B) name", at most a third of the screen
                int width = 3 + order.stream().mapToInt(x -> Canvas.columns(SafeText.line(x))).max().orElse(0);
                width = Math.max(3, Math.min(width, columns / 3));
                for (int i = 0; i < pairs.length; i++) {
                    String who = pairs[i] < 0 ? "?" : Text.letter(pairs[i]) + ") " + SafeText.line(order.get(pairs[i]));
                    out.add((i + 1) + ") [" + Canvas.fit(who, width) + "] ");
                }
            }
            default -> { }
        }
        return out;
    }

    private List<String> texts(Question q) {
        return switch (q.type()) {
            case "multiple_choice", "true_false", "ordering" -> order;
            case "matching" -> AnswerChecker.matchingItems(q).stream().map(x -> "“" + x + "”").toList();
            default -> List.of();
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

    /** The keys of this question, offering only the letters there are. */
    private String keys(Question q) {
        String letters = "A-" + Text.letter(Math.max(0, order.size() - 1));
        return switch (q.type()) {
            case "multiple_choice", "true_false" -> letters + " or 1-" + order.size()
                    + " to answer · ↑↓ Enter · ? help · Esc quit";
            case "ordering" -> "↑↓ choose · Space pick up/put down · Enter to answer · ? help · Esc quit";
            case "matching" -> "↑↓ quote · " + letters + " or ←→ its speaker · Enter to answer · ? help · Esc quit";
            default -> "Type your answer and press Enter · F1 help · Esc to quit";
        };
    }

    static List<String> help(Question q) {
        List<String> out = new ArrayList<>();
        switch (q.type()) {
            case "multiple_choice", "true_false" -> {
                out.add("A B C …   answer with that choice");
                out.add("1 2 3 …   the same, by number");
                out.add("↑ ↓       move; Enter answers the chosen one");
                out.add("Home End  the first or last choice");
            }
            case "ordering" -> {
                out.add("↑ ↓       move through the items");
                out.add("Space     pick the item up; ↑ ↓ carry it; Space puts it down");
                out.add("Enter     answer with this order (earliest first)");
            }
            case "matching" -> {
                out.add("↑ ↓       choose a quote");
                out.add("A B C …   give it that speaker");
                out.add("← →       the previous or next speaker");
                out.add("Enter     answer (every quote needs a speaker; each right pair scores)");
            }
            default -> {
                out.add("Type      the answer (names forgive small typos and a middle initial)");
                out.add("Backspace deletes · Ctrl-U clears the line");
                out.add("Enter     answers");
            }
        }
        out.add("Esc, q    quit the session (asks first; what you answered counts)");
        out.add("?, F1     this help");
        return out;
    }

    @Override
    public View handle(KeyStroke key, long now) {
        Question q = session.current();
        message = "";
        boolean typedAnswer = isTyped(q);
        if (key.getKeyType() == KeyType.Escape || key.getKeyType() == KeyType.Character && key.getCharacter() == 'q'
                && !typedAnswer) {
            return ConfirmView.quitSession(this, runner, session);
        }
        if (key.getKeyType() == KeyType.F1 || key.getKeyType() == KeyType.Character && key.getCharacter() == '?'
                && !typedAnswer) {
            return new HelpView("Keys: " + typeName(q), help(q), this);
        }
        return switch (q.type()) {
            case "multiple_choice", "true_false" -> choose(key, now);
            case "ordering" -> arrange(key, now);
            case "matching" -> pair(key, now);
            default -> type(key, now);
        };
    }

    private static String typeName(Question q) {
        return switch (q.type()) {
            case "multiple_choice" -> "multiple choice";
            case "true_false" -> "true or false";
            case "ordering" -> "put in order";
            case "matching" -> "match quotes to speakers";
            default -> "typed answer";
        };
    }

    private static boolean isTyped(Question q) {
        return !List.of("multiple_choice", "true_false", "ordering", "matching").contains(q.type());
    }

    private View choose(KeyStroke key, long now) {
        switch (key.getKeyType()) {
            case ArrowUp -> selected = (selected + order.size() - 1) % order.size();
            case ArrowDown, Tab -> selected = (selected + 1) % order.size();
            case Home, PageUp -> selected = 0;
            case End, PageDown -> selected = order.size() - 1;
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
            case Home, PageUp -> selected = 0;
            case End, PageDown -> selected = n - 1;
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
                // a letter gives the chosen quote its speaker and stays there: ↓ then goes to the next quote
                Integer i = PlainPlayer.choiceIndex(String.valueOf(key.getCharacter()).toUpperCase(), order.size());
                if (i != null && Character.isLetter(key.getCharacter())) {
                    pairs[selected] = i;
                }
            }
            default -> { }
        }
        return this;
    }

    private View type(KeyStroke key, long now) {
        switch (key.getKeyType()) {
            case Character -> {
                if (key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'u') {
                    typed.setLength(0);
                } else if (!key.isCtrlDown() && !key.isAltDown() && SafeText.typable(key.getCharacter())
                        && typed.length() < SafeText.MAX_ANSWER) {
                    // a pasted control character is dropped and the answer is capped, as in the plain mode
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
