package newsquiz.live;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;
import newsquiz.ui.SafeText;
import newsquiz.ui.Text;

/**
 * Writing on a live screen of any size, from 1x1 up: every text cleaned ({@link SafeText}), clipped to the width
 * and dropped below the last row, so no text and no terminal size can break a screen.
 */
final class Draw {
    enum Style { NORMAL, TITLE, DIM, GOOD, BAD, HIGHLIGHT, SELECTED }

    private final TextGraphics g;
    private final int columns;
    private final int rows;

    Draw(TextGraphics g) {
        this.g = g;
        this.columns = g.getSize().getColumns();
        this.rows = g.getSize().getRows();
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    /** Puts one line at (col, row), cut with "…" at the right edge; returns the next row. */
    int put(int col, int row, String text, Style style) {
        int width = columns - col;
        if (row >= 0 && row < rows && width > 0 && col >= 0) {
            String t = SafeText.line(text);
            t = width > 1 ? SafeText.shorten(t, width) : SafeText.cap(t, width);
            style(style);
            g.putString(col, row, t);
            g.clearModifiers();
            g.setForegroundColor(TextColor.ANSI.DEFAULT);
        }
        return row + 1;
    }

    /** Wrapped text from {@code row}, at most {@code maxRows} rows, the last cut with "…"; returns the next row. */
    int paragraph(int col, int row, String text, int maxRows, Style style) {
        List<String> lines = Text.wrap(SafeText.line(text), Math.max(1, columns - col));
        int r = row;
        for (int i = 0; i < lines.size() && i < maxRows; i++) {
            String line = lines.get(i);
            if (i == maxRows - 1 && i < lines.size() - 1) {
                line = line + " …";
            }
            r = put(col, r, line, style);
        }
        return r;
    }

    /** A bar of {@code width} cells, as many filled as {@code part} is of {@code whole}. */
    static String bar(int part, int whole, int width) {
        int filled = whole <= 0 ? 0 : (int) Math.round((double) width * part / whole);
        return "█".repeat(Math.max(0, Math.min(width, filled))) + "░".repeat(Math.max(0, width - filled));
    }

    static String letter(int choice) {
        return String.valueOf(Text.letter(choice));
    }

    private void style(Style style) {
        switch (style) {
            case TITLE -> {
                g.enableModifiers(SGR.BOLD);
                g.setForegroundColor(TextColor.ANSI.CYAN_BRIGHT);
            }
            case DIM -> g.setForegroundColor(TextColor.ANSI.WHITE);
            case GOOD -> {
                g.enableModifiers(SGR.BOLD);
                g.setForegroundColor(TextColor.ANSI.GREEN_BRIGHT);
            }
            case BAD -> {
                g.enableModifiers(SGR.BOLD);
                g.setForegroundColor(TextColor.ANSI.RED_BRIGHT);
            }
            case HIGHLIGHT -> {
                g.enableModifiers(SGR.BOLD);
                g.setForegroundColor(TextColor.ANSI.YELLOW_BRIGHT);
            }
            case SELECTED -> g.enableModifiers(SGR.REVERSE, SGR.BOLD);
            default -> { }
        }
    }
}
