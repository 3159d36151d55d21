package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/** Every key of the screen behind, in a box over it (`?` or F1); any key goes back. */
final class HelpView implements View {
    private final String title;
    private final List<String> lines;
    private final View behind;

    HelpView(String title, List<String> lines, View behind) {
        this.title = title;
        this.lines = lines;
        this.behind = behind;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        behind.draw(c, size, now);
        int inner = Math.min(size.getColumns() - 6, Math.max(title.length() + 4,
                lines.stream().mapToInt(String::length).max().orElse(0)));
        int height = Math.min(size.getRows() - 2, lines.size() + 4);
        int col = Math.max(0, (size.getColumns() - inner - 4) / 2);
        int row = Math.max(0, (size.getRows() - height) / 2);
        c.box(col, row, inner + 4, height, title);
        for (int i = 0; i < lines.size() && i < height - 4; i++) {
            c.put(col + 2, row + 1 + i, SafeText.shorten(lines.get(i), inner), Canvas.Style.NORMAL);
        }
        c.put(col + 2, row + height - 2, SafeText.shorten("Any key: back", inner), Canvas.Style.DIM);
    }

    @Override
    public View handle(KeyStroke key, long now) {
        return behind;
    }

    @Override
    public boolean animated() {
        return behind.animated();
    }

    @Override
    public View tick(long now) {
        View next = behind.tick(now);
        return next == behind ? this : next; // a question's clock runs on behind the help
    }
}
