package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import java.util.function.Supplier;
import newsquiz.session.Session;

/** A yes/no question in a box over the screen behind: y does it, anything else goes back. */
final class ConfirmView implements View {
    private final String question;
    private final View behind;
    private final Supplier<View> onYes;

    ConfirmView(String question, View behind, Supplier<View> onYes) {
        this.question = question;
        this.behind = behind;
        this.onYes = onYes;
    }

    /** "Quit this session?" over a question or its feedback. */
    static ConfirmView quitSession(View behind, Runner runner, Session session) {
        return new ConfirmView("Quit this session? What you answered so far counts.", behind,
                () -> runner.quitSession(session));
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        behind.draw(c, size, now);
        int inner = Math.min(size.getColumns() - 6, Math.max(30, question.length()));
        List<String> lines = Text.wrap(SafeText.line(question), inner);
        int height = lines.size() + 4;
        int col = Math.max(0, (size.getColumns() - inner - 4) / 2);
        int row = Math.max(0, (size.getRows() - height) / 2);
        c.box(col, row, inner + 4, height, "Are you sure?");
        for (int i = 0; i < lines.size(); i++) {
            c.put(col + 2, row + 1 + i, lines.get(i), Canvas.Style.NORMAL);
        }
        c.put(col + 2, row + height - 2, "(y/n)  y: yes · n or Esc: no", Canvas.Style.TITLE);
    }

    @Override
    public View handle(KeyStroke key, long now) {
        if (key.getKeyType() == KeyType.Character && Character.toLowerCase(key.getCharacter()) == 'y') {
            return onYes.get();
        }
        return behind;
    }
}
