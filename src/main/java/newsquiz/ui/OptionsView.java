package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsquiz.session.Session;

/**
 * The home screen's session options in a box: how many questions, a timer, shuffle, and only one kind of fact or
 * one type. ↑↓ choose a row, ←→ change it, Enter keeps them (remembered for this player), Esc leaves them as they
 * were.
 */
final class OptionsView implements View {
    private static final int[] COUNTS = {5, 10, 20, 0};
    private static final int[] SECONDS = {0, 15, 30, 60};

    private final HomeView home;
    private final Runner runner;
    private final List<String> kinds;
    private final List<String> types;
    private final int[] at = new int[5];
    private int row;

    /** {@code kinds} and {@code types}: those of the listed banks, offered besides "all". */
    OptionsView(HomeView home, Runner runner, List<String> kinds, List<String> types) {
        this.home = home;
        this.runner = runner;
        this.kinds = kinds;
        this.types = types;
        Session.Options o = runner.homeOptions();
        at[0] = Math.max(0, indexOf(COUNTS, o.count()));
        at[1] = Math.max(0, indexOf(SECONDS, (int) (o.timeLimitMillis() / 1000)));
        at[2] = o.shuffle() ? 1 : 0;
        at[3] = o.onlyKind() == null ? 0 : kinds.indexOf(o.onlyKind()) + 1;
        at[4] = o.onlyType() == null ? 0 : types.indexOf(o.onlyType()) + 1;
    }

    private static int indexOf(int[] values, int v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private int size(int r) {
        return switch (r) {
            case 0 -> COUNTS.length;
            case 1 -> SECONDS.length;
            case 2 -> 2;
            case 3 -> kinds.size() + 1;
            default -> types.size() + 1;
        };
    }

    private String value(int r) {
        int i = at[r];
        return switch (r) {
            case 0 -> COUNTS[i] == 0 ? "every question" : COUNTS[i] + " questions";
            case 1 -> SECONDS[i] == 0 ? "no timer" : SECONDS[i] + " s a question";
            case 2 -> i == 0 ? "best first" : "shuffled";
            case 3 -> i == 0 ? "every kind of fact" : kinds.get(i - 1);
            default -> i == 0 ? "every type" : types.get(i - 1).replace('_', ' ');
        };
    }

    /** The options as chosen: the seed stays the player's own (see {@link Session.Options#forPlayer}). */
    Session.Options chosen() {
        return new Session.Options(COUNTS[at[0]], at[2] == 1, 1, Set.of(), SECONDS[at[1]] * 1000L,
                at[3] == 0 ? null : kinds.get(at[3] - 1), at[4] == 0 ? null : types.get(at[4] - 1));
    }

    /** "10 questions · no timer · best first", and the kind or type when only one is asked. */
    static String summary(Session.Options o) {
        List<String> parts = new ArrayList<>();
        parts.add(o.count() == 0 ? "every question" : o.count() + " questions");
        parts.add(o.timeLimitMillis() == 0 ? "no timer" : o.timeLimitMillis() / 1000 + " s each");
        parts.add(o.shuffle() ? "shuffled" : "best first");
        if (o.onlyKind() != null) {
            parts.add("only " + o.onlyKind());
        }
        if (o.onlyType() != null) {
            parts.add("only " + o.onlyType().replace('_', ' '));
        }
        return String.join(" · ", parts);
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        home.draw(c, size, now);
        String[] labels = {"Questions", "Timer", "Order", "Kind of fact", "Type"};
        int width = Math.min(size.getColumns() - 4, 56);
        int col = Math.max(0, (size.getColumns() - width) / 2);
        int top = Math.max(1, (size.getRows() - 10) / 2);
        c.box(col, top, width, 10, "Session options");
        for (int r = 0; r < labels.length; r++) {
            String line = String.format("%-13s ◀ %s ▶", labels[r], SafeText.line(value(r)));
            c.put(col + 2, top + 2 + r, SafeText.shorten(line, width - 4),
                    r == row ? Canvas.Style.SELECTED : Canvas.Style.NORMAL);
        }
        c.put(col + 2, top + 8, SafeText.shorten("Kept for this player.", width - 4), Canvas.Style.DIM);
        c.statusBar("↑↓ choose · ←→ change · Enter: keep · Esc: back");
    }

    @Override
    public View handle(KeyStroke key, long now) {
        switch (key.getKeyType()) {
            case ArrowUp -> row = (row + 4) % 5;
            case ArrowDown, Tab -> row = (row + 1) % 5;
            case ArrowRight -> at[row] = (at[row] + 1) % size(row);
            case ArrowLeft -> at[row] = (at[row] + size(row) - 1) % size(row);
            case Enter -> {
                runner.homeOptions(chosen());
                return home.withMessage("Sessions: " + summary(chosen()));
            }
            case Escape -> {
                return home;
            }
            default -> { }
        }
        return this;
    }
}
