package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.function.Supplier;

/** A yes/no question drawn over the screen behind it: y leaves, anything else goes back. */
final class ConfirmView implements View {
    private final String question;
    private final View behind;
    private final Supplier<View> onYes;

    ConfirmView(String question, View behind, Supplier<View> onYes) {
        this.question = question;
        this.behind = behind;
        this.onYes = onYes;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        behind.draw(c, size, now);
        int row = size.getRows() / 2;
        String text = " " + question + " (y/n) ";
        int col = Math.max(0, (size.getColumns() - text.length()) / 2);
        c.put(col, row - 1, " ".repeat(Math.min(text.length(), size.getColumns())), Canvas.Style.SELECTED);
        c.put(col, row, text, Canvas.Style.SELECTED);
        c.put(col, row + 1, " ".repeat(Math.min(text.length(), size.getColumns())), Canvas.Style.SELECTED);
    }

    @Override
    public View handle(KeyStroke key, long now) {
        if (key.getKeyType() == KeyType.Character && Character.toLowerCase(key.getCharacter()) == 'y') {
            return onYes.get();
        }
        return behind;
    }
}
