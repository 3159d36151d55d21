package newsquiz.live;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes a student's SSH client sends into the few keys the live screen uses: letters and digits, Enter
 * (SSH clients send a bare CR), the arrows, and Ctrl-C or Ctrl-D to leave. Escape sequences may arrive split over
 * several reads; anything else (other sequences, UTF-8, garbage) is dropped, and a runaway sequence is given up
 * after a few bytes, so no input can make it hold memory or wait.
 */
final class KeyDecoder {
    enum Type { CHAR, ENTER, UP, DOWN, LEFT, RIGHT, LEAVE }

    record Key(Type type, char ch) {
        static Key of(Type type) {
            return new Key(type, '\0');
        }
    }

    private static final int ESC = 0x1B;
    private static final int MAX_SEQUENCE = 16;

    private enum State { TEXT, ESCAPE, CSI, SS3 }

    private State state = State.TEXT;
    private int sequenceLength;

    List<Key> decode(byte[] bytes, int offset, int length) {
        List<Key> keys = new ArrayList<>();
        for (int i = offset; i < offset + length; i++) {
            int b = bytes[i] & 0xFF;
            switch (state) {
                case TEXT -> text(b, keys);
                case ESCAPE -> {
                    state = b == '[' ? State.CSI : b == 'O' ? State.SS3 : State.TEXT;
                    sequenceLength = 0;
                    if (state == State.TEXT && b != ESC) {
                        text(b, keys); // a lone Esc then a key: keep the key
                    } else if (b == ESC) {
                        state = State.ESCAPE;
                    }
                }
                case CSI -> {
                    if (b >= 0x40 && b <= 0x7E) {
                        arrow(b, keys);
                        state = State.TEXT;
                    } else if (++sequenceLength > MAX_SEQUENCE || b < 0x20) {
                        state = State.TEXT;
                    }
                }
                case SS3 -> {
                    arrow(b, keys);
                    state = State.TEXT;
                }
                default -> state = State.TEXT;
            }
        }
        return keys;
    }

    private void text(int b, List<Key> keys) {
        if (b == ESC) {
            state = State.ESCAPE;
        } else if (b == '\r' || b == '\n') {
            keys.add(Key.of(Type.ENTER));
        } else if (b == 0x03 || b == 0x04) {
            keys.add(Key.of(Type.LEAVE));
        } else if (b > 0x20 && b < 0x7F) {
            keys.add(new Key(Type.CHAR, (char) b));
        } else if (b == ' ') {
            keys.add(new Key(Type.CHAR, ' '));
        }
    }

    private static void arrow(int b, List<Key> keys) {
        switch (b) {
            case 'A' -> keys.add(Key.of(Type.UP));
            case 'B' -> keys.add(Key.of(Type.DOWN));
            case 'C' -> keys.add(Key.of(Type.RIGHT));
            case 'D' -> keys.add(Key.of(Type.LEFT));
            default -> { }
        }
    }
}
