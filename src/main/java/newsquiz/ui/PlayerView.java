package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Who is playing?" inside the full screen: the players the gradebook knows, and a new player's name typed on the
 * last row. The first run opens here (nobody is remembered yet), and `p` on the home screen comes here to switch.
 * An empty name is never taken: the player types one or picks one.
 */
final class PlayerView implements View {
    private final View back;
    private final Runner runner;
    private final Supplier<View> next;
    private final List<String> known;
    private final StringBuilder name = new StringBuilder();
    private int selected;
    private String message = "";

    /** Switching from the home screen: Esc goes back to it. */
    PlayerView(View back, Runner runner) {
        this(back, runner, runner::home);
    }

    /** {@code back} null: the first run, where Esc leaves the app; {@code next} is where a chosen player goes. */
    PlayerView(View back, Runner runner, Supplier<View> next) {
        this.back = back;
        this.runner = runner;
        this.next = next;
        this.known = new ArrayList<>();
        for (String p : runner.services().players()) {
            if (!SafeText.name(p).isEmpty()) {
                known.add(p);
            }
        }
        String now = runner.services().player();
        selected = Math.max(0, known.indexOf(now));
        if (known.isEmpty()) {
            selected = 0;
        }
    }

    /** The row of a new player's name: after the known ones. */
    private int newRow() {
        return known.size();
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        String current = SafeText.shownName(runner.services().player());
        c.titleBar("newsquiz · who is playing?", current.isEmpty() ? "" : "now: " + current);
        int width = Math.min(size.getColumns() - 4, 60);
        int col = Math.max(0, (size.getColumns() - width) / 2);
        int visible = Math.max(1, Math.min(known.size() + 1, size.getRows() - 9));
        int height = visible + 5;
        int top = Math.max(1, (size.getRows() - height) / 2);
        c.box(col, top, width, height, back == null ? "Welcome! Who is playing?" : "Who is playing?");
        int first = Math.max(0, Math.min(selected - visible + 1, known.size() + 1 - visible));
        int row = top + 2;
        for (int i = first; i < first + visible && i <= known.size(); i++) {
            String text = i == newRow() ? "New player: " + name + (selected == i ? "▏" : "")
                    : SafeText.shownName(known.get(i));
            c.put(col + 2, row++, SafeText.shorten((i == selected ? "▶ " : "  ") + SafeText.line(text), width - 4),
                    i == selected ? Canvas.Style.SELECTED : Canvas.Style.NORMAL);
        }
        if (!message.isEmpty()) {
            c.put(col + 2, top + height - 2, SafeText.shorten(message, width - 4), Canvas.Style.BAD);
        }
        c.statusBar("↑↓ choose · type a new name · Enter: play as this player · Esc: "
                + (back == null ? "quit" : "back"));
    }

    @Override
    public View handle(KeyStroke key, long now) {
        message = "";
        switch (key.getKeyType()) {
            case Escape -> {
                return back;
            }
            case ArrowUp -> selected = Math.max(0, selected - 1);
            case ArrowDown, Tab -> selected = Math.min(newRow(), selected + 1);
            case Home, PageUp -> selected = 0;
            case End, PageDown -> selected = newRow();
            case Backspace -> {
                if (selected == newRow() && name.length() > 0) {
                    name.setLength(name.length() - 1);
                }
            }
            case Character -> {
                if (key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'u') {
                    name.setLength(0);
                } else if (!key.isCtrlDown() && !key.isAltDown() && SafeText.typable(key.getCharacter())
                        && name.length() < SafeText.MAX_NAME) {
                    selected = newRow(); // typing goes to the new player's name wherever the choice was
                    name.append(key.getCharacter());
                }
            }
            case Enter -> {
                String chosen = selected == newRow() ? SafeText.name(name.toString()) : known.get(selected);
                if (chosen.isEmpty()) {
                    message = "Type your name first (or choose a player above).";
                    return this;
                }
                String said = runner.services().switchPlayer(chosen);
                View then = next.get();
                return then instanceof HomeView h ? h.withMessage(said) : then;
            }
            default -> { }
        }
        return this;
    }
}
