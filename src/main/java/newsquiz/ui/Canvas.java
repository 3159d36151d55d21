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

    /**
     * A paragraph after a label with a hanging indent ("• " then lines aligned under the text, not under the
     * bullet); at most {@code maxRows} rows, the last ending in "…" when the text goes on. Returns the row after it.
     */
    int labelled(int col, int row, String label, String text, int maxRows, Style style) {
        String l = SafeText.line(label);
        put(col, row, l, style);
        // the text starts where the label ends on screen: a wide (CJK) letter takes two columns
        return paragraph(col + columns(l), row, text, maxRows, style, null);
    }

    /** The columns a text takes on screen. */
    static int columns(String s) {
        return com.googlecode.lanterna.TerminalTextUtils.getColumnWidth(s);
    }

    /** At most {@code width} columns of the text, with "…" when it was cut; padded with spaces to {@code width}. */
    static String fit(String s, int width) {
        String t = SafeText.line(s);
        if (columns(t) > width) {
            t = com.googlecode.lanterna.TerminalTextUtils.fitString(t, Math.max(0, width - 1));
            if (!t.isEmpty() && Character.isHighSurrogate(t.charAt(t.length() - 1))) {
                t = t.substring(0, t.length() - 1);
            }
            t += "…";
        }
        return t + " ".repeat(Math.max(0, width - columns(t)));
    }

    /** How many rows {@link #labelled} takes for the text unclipped. */
    int rowsFor(int col, String label, String text) {
        int width = Math.max(10, columns() - col - columns(SafeText.line(label)) - 1);
        return Text.wrap(SafeText.lines(text), width).size();
    }

    /** The full-width bar at the top: what this is on the left, where one is on the right. */
    void titleBar(String left, String right) {
        fillRow(0, Style.SELECTED);
        String r = SafeText.shorten(SafeText.line(right), Math.max(1, columns() / 3));
        int room = columns() - r.length() - 3;
        if (room > 10) {
            put(columns() - r.length() - 1, 0, r, Style.SELECTED);
            put(1, 0, SafeText.shorten(SafeText.line(left), room), Style.SELECTED);
        } else {
            put(1, 0, left, Style.SELECTED);
        }
    }

    /** The keys of this screen on the last row (cut with "…" on a narrow screen). */
    void statusBar(String keys) {
        fillRow(rows() - 1, Style.NORMAL); // a box's keys replace those of the screen behind it
        put(1, rows() - 1, keys, Style.DIM);
    }

    /** A bar of {@code width} cells, {@code share} of it filled. */
    static String bar(double share, int width) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, share)) * width);
        return "█".repeat(filled) + "░".repeat(Math.max(0, width - filled));
    }

    /** A boxed pane: a frame with its title in the top edge, emptied inside. */
    void box(int col, int row, int width, int height, String title) {
        if (width < 4 || height < 2) {
            return;
        }
        apply(Style.TITLE);
        g.putString(col, row, "┌" + "─".repeat(width - 2) + "┐");
        for (int r = row + 1; r < row + height - 1; r++) {
            g.putString(col, r, "│" + " ".repeat(width - 2) + "│");
        }
        g.putString(col, row + height - 1, "└" + "─".repeat(width - 2) + "┘");
        reset();
        if (title != null && !title.isEmpty()) {
            put(col + 2, row, " " + SafeText.shorten(SafeText.line(title), width - 6) + " ", Style.TITLE);
        }
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

    /**
     * The eight base colours, never their bright forms, white or grey: terminals tune the base colours to be read on
     * their own background, dark or light, where bright yellow or white on a light one cannot be read. Emphasis is
     * bold or underlined, so it stays without colour.
     */
    private void apply(Style style) {
        switch (style) {
            case TITLE -> {
                g.enableModifiers(SGR.BOLD);
                colour(TextColor.ANSI.CYAN);
            }
            case GOOD -> {
                g.enableModifiers(SGR.BOLD);
                colour(TextColor.ANSI.GREEN);
            }
            case BAD -> {
                g.enableModifiers(SGR.BOLD);
                colour(TextColor.ANSI.RED);
            }
            case HIGHLIGHT -> {
                g.enableModifiers(SGR.BOLD, SGR.UNDERLINE);
                colour(TextColor.ANSI.MAGENTA);
            }
            case SELECTED -> g.enableModifiers(SGR.REVERSE, SGR.BOLD);
            default -> { } // NORMAL and DIM: the terminal's own colour
        }
    }

    private void colour(TextColor c) {
        if (colour) {
            g.setForegroundColor(c);
        }
    }

    private void reset() {
        g.clearModifiers();
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
    }
}
