package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;

/** Asks who is playing; the name is remembered for next time. */
final class PlayerView implements View {
    private final View back;
    private final Runner runner;
    private final StringBuilder name = new StringBuilder();

    PlayerView(View back, Runner runner) {
        this.back = back;
        this.runner = runner;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        back.draw(c, size, now);
        int row = size.getRows() - 5;
        for (int r = row; r < size.getRows(); r++) {
            c.fillRow(r, Canvas.Style.NORMAL);
        }
        c.put(1, row, "Who is playing?" + (runner.services().player().isEmpty() ? ""
                : " (now: " + SafeText.shownName(runner.services().player()) + ")"), Canvas.Style.TITLE);
        c.put(1, row + 1, "Name: " + name + "▏", Canvas.Style.HIGHLIGHT);
        c.put(1, size.getRows() - 1, "Enter: done · Esc: back", Canvas.Style.DIM);
    }

    @Override
    public View handle(KeyStroke key, long now) {
        switch (key.getKeyType()) {
            case Escape -> {
                return back;
            }
            case Backspace -> {
                if (name.length() > 0) {
                    name.setLength(name.length() - 1);
                }
            }
            case Character -> {
                if (SafeText.typable(key.getCharacter()) && name.length() < SafeText.MAX_NAME) {
                    name.append(key.getCharacter());
                }
            }
            case Enter -> {
                String clean = SafeText.name(name.toString());
                if (clean.isEmpty()) {
                    return back;
                }
                String message = runner.services().switchPlayer(clean);
                View home = runner.home();
                return home instanceof HomeView h ? h.withMessage(message) : home;
            }
            default -> { }
        }
        return this;
    }
}
