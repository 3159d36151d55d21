package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/** The stats screen: the player's progress; any key goes back. */
final class StatsView implements View {
    private final List<String> lines;
    private final View back;

    StatsView(List<String> lines, View back) {
        this.lines = lines;
        this.back = back;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        c.fillRow(0, Canvas.Style.SELECTED);
        c.put(1, 0, "Your progress", Canvas.Style.SELECTED);
        int row = 2;
        for (String line : lines) {
            row = c.paragraph(1, row, line, size.getRows() - row - 2, Canvas.Style.NORMAL, null);
            if (row >= size.getRows() - 2) {
                break;
            }
        }
        c.put(1, size.getRows() - 1, "Any key: back", Canvas.Style.DIM);
    }

    @Override
    public View handle(KeyStroke key, long now) {
        return back;
    }
}
