package newsquiz.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.util.List;

/**
 * Drawing helpers over Lanterna's TextGraphics: text made safe ({@link SafeText}: Lanterna refuses a control
 * character, and a text from a file must never end the app), NFC and clipped to the width, wrapped paragraphs cut
 * with an ellipsis, and colours only when NO_COLOR is not set (bold and reverse stay: they are not colours).
 */
final class Canvas {
    enum Style { NORMAL, TITLE, DIM, GOOD, BAD, HIGHLIGHT, SELECTED }

    private final TextGraphics g;
    private final boolean colour;

    Canvas(TextGraphics g, boolean colour) {
        this.g = g;
        this.colour = colour;
    }

    void put(int col, int row, String text, Style style) {
        int width = g.getSize().getColumns() - col;
        if (row < 0 || row >= g.getSize().getRows() || width <= 0) {
            return;
        }
        String t = SafeText.forScreen(SafeText.line(text));
        t = width > 1 ? SafeText.shorten(t, width) : SafeText.cap(t, width);
        apply(style);
        g.putString(col, row, t);
        reset();
    }

    /**
     * Wrapped text from {@code row}, at most {@code maxRows} rows (the last ends in "…" when the text goes on);
     * returns the row after it. {@code highlight} is shown emphasised.
     */
    int paragraph(int col, int row, String text, int maxRows, Style style, String highlight) {
        int width = Math.max(10, g.getSize().getColumns() - col - 1);
        List<String> lines = Text.wrap(SafeText.forScreen(SafeText.lines(text)), width);
        if (lines.size() > maxRows) {
            lines = new java.util.ArrayList<>(lines.subList(0, Math.max(0, maxRows)));
            if (!lines.isEmpty()) {
                lines.set(lines.size() - 1, SafeText.shorten(lines.get(lines.size() - 1) + " …", width));
            }
        }
        highlight = highlight == null ? null : SafeText.line(highlight);
        int r = row;
        for (String line : lines) {
            if (highlight != null && !highlight.isBlank() && line.contains(highlight)) {
                int at = line.indexOf(highlight);
                put(col, r, line.substring(0, at), style);
                put(col + at, r, highlight, Style.HIGHLIGHT);
                put(col + at + highlight.length(), r, line.substring(at + highlight.length()), style);
            } else {
                put(col, r, line, style);
            }
            r++;
        }
        return r;
    }

    void fillRow(int row, Style style) {
        apply(style);
        g.putString(0, row, " ".repeat(g.getSize().getColumns()));
        reset();
    }

    int columns() {
        return g.getSize().getColumns();
    }

    int rows() {
        return g.getSize().getRows();
    }

    private void apply(Style style) {
        switch (style) {
            case TITLE -> {
                g.enableModifiers(SGR.BOLD);
                if (colour) {
                    g.setForegroundColor(TextColor.ANSI.CYAN_BRIGHT);
                }
            }
            case DIM -> {
                if (colour) {
                    g.setForegroundColor(TextColor.ANSI.WHITE);
                }
            }
            case GOOD -> {
                g.enableModifiers(SGR.BOLD);
                if (colour) {
                    g.setForegroundColor(TextColor.ANSI.GREEN_BRIGHT);
                }
            }
            case BAD -> {
                g.enableModifiers(SGR.BOLD);
                if (colour) {
                    g.setForegroundColor(TextColor.ANSI.RED_BRIGHT);
                }
            }
            case HIGHLIGHT -> {
                g.enableModifiers(SGR.BOLD);
                if (colour) {
                    g.setForegroundColor(TextColor.ANSI.YELLOW_BRIGHT);
                } else {
                    g.enableModifiers(SGR.UNDERLINE);
                }
            }
            case SELECTED -> g.enableModifiers(SGR.REVERSE, SGR.BOLD);
            default -> { }
        }
    }

    private void reset() {
        g.clearModifiers();
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
    }
}
