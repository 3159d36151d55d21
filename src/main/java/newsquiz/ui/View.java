package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;

/**
 * One full screen: draws itself from its own state and answers keys with the next view (itself, another, or null
 * to leave the app). Pure apart from drawing into the given canvas, so screens are tested on a virtual terminal.
 */
interface View {
    void draw(Canvas canvas, TerminalSize size, long now);

    View handle(KeyStroke key, long now);

    /** Called about twenty times a second without a key: a timed question counts down here. */
    default View tick(long now) {
        return this;
    }

    /** Whether the view changes with time alone (a countdown), and so is redrawn without a key. */
    default boolean animated() {
        return false;
    }
}
