package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;

/** The stats screen: the player's progress, wrapped and scrolled with the arrows; any other key goes back. */
final class StatsView implements View {
    private final List<String> lines;
    private final View back;
    private int scroll;
    /** The rows as last drawn, for scrolling to the end. */
    private int shownRows = 1;
    private int totalRows;

    StatsView(List<String> lines, View back) {
        this.lines = lines;
        this.back = back;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        c.titleBar("newsquiz · your progress", "");
        List<String> rows = new ArrayList<>();
        for (String line : lines) {
            rows.addAll(Text.wrap(SafeText.lines(line), Math.max(10, size.getColumns() - 2)));
        }
        totalRows = rows.size();
        shownRows = Math.max(1, size.getRows() - 4);
        scroll = Math.max(0, Math.min(scroll, totalRows - shownRows));
        for (int i = 0; i < shownRows && scroll + i < rows.size(); i++) {
            c.put(1, 2 + i, rows.get(scroll + i), Canvas.Style.NORMAL);
        }
        int below = totalRows - scroll - shownRows;
        if (below > 0) {
            c.put(1, size.getRows() - 2, "↓ " + below + " more line" + (below == 1 ? "" : "s"), Canvas.Style.DIM);
        }
        c.statusBar((totalRows > shownRows ? "↑↓ PgUp PgDn scroll · " : "") + "any other key: back");
    }

    @Override
    public View handle(KeyStroke key, long now) {
        int last = Math.max(0, totalRows - shownRows);
        switch (key.getKeyType()) {
            case ArrowDown -> scroll = Math.min(last, scroll + 1);
            case ArrowUp -> scroll = Math.max(0, scroll - 1);
            case PageDown -> scroll = Math.min(last, scroll + shownRows);
            case PageUp -> scroll = Math.max(0, scroll - shownRows);
            case Home -> scroll = 0;
            case End -> scroll = last;
            default -> {
                return back;
            }
        }
        return this;
    }
}
