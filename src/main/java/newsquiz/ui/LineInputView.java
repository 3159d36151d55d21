package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.function.Function;

/**
 * One line of text typed over the screen behind it, starting from a value to edit: Enter hands the text on (the
 * callback says which view comes next), Esc goes back unchanged. Used by review to edit a field or a flag.
 */
final class LineInputView implements View {
    static final int MAX = 2000;

    private final String label;
    private final View behind;
    private final Function<String, View> onEnter;
    private final StringBuilder text;

    LineInputView(String label, String initial, View behind, Function<String, View> onEnter) {
        this.label = label;
        this.behind = behind;
        this.onEnter = onEnter;
        this.text = new StringBuilder(SafeText.cap(SafeText.line(initial == null ? "" : initial), MAX));
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        behind.draw(c, size, now);
        int row = size.getRows() - 7;
        for (int r = row; r < size.getRows(); r++) {
            c.fillRow(r, Canvas.Style.NORMAL);
        }
        c.put(1, row, label, Canvas.Style.TITLE);
        c.paragraph(1, row + 1, text + "▏", 4, Canvas.Style.HIGHLIGHT, null);
        c.put(1, size.getRows() - 1, "Enter: done · Esc: cancel · Backspace: delete · Ctrl-U: clear",
                Canvas.Style.DIM);
    }

    @Override
    public View handle(KeyStroke key, long now) {
        switch (key.getKeyType()) {
            case Escape -> {
                return behind;
            }
            case Enter -> {
                return onEnter.apply(text.toString());
            }
            case Backspace -> {
                if (text.length() > 0) {
                    text.setLength(text.length() - 1);
                }
            }
            case Character -> {
                if (key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'u') {
                    text.setLength(0);
                } else if (SafeText.typable(key.getCharacter()) && text.length() < MAX) {
                    text.append(key.getCharacter());
                }
            }
            default -> { }
        }
        return this;
    }
}
