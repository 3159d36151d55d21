package newsquiz.validate;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by its path ("$.questions[3].answer" → line 41, column 18), so a
 * problem found in the parsed tree is named where an editor can jump to it. Reads a document that already parsed
 * strictly; on anything unexpected it stops and keeps what it found.
 */
final class JsonPositions {
    /** A line and column, both from 1; columns count characters. */
    record Position(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    private final String text;
    private final Map<String, Position> positions = new HashMap<>();
    private int i;
    private int line = 1;
    private int lineStart;

    private JsonPositions(String text) {
        this.text = text;
    }

    static Map<String, Position> of(String text) {
        JsonPositions p = new JsonPositions(text);
        try {
            p.value("$");
        } catch (RuntimeException e) {
            // only a courtesy: a document that does not scan keeps the positions found so far
        }
        return p.positions;
    }

    private void value(String path) {
        skipSpace();
        positions.put(path, new Position(line, i - lineStart + 1));
        char c = text.charAt(i);
        if (c == '{') {
            i++;
            skipSpace();
            if (text.charAt(i) == '}') {
                i++;
                return;
            }
            while (true) {
                skipSpace();
                String name = string();
                skipSpace();
                i++; // ':'
                value(path + "." + name);
                skipSpace();
                if (text.charAt(i++) == '}') {
                    return;
                }
            }
        } else if (c == '[') {
            i++;
            skipSpace();
            if (text.charAt(i) == ']') {
                i++;
                return;
            }
            for (int n = 0; ; n++) {
                value(path + "[" + n + "]");
                skipSpace();
                if (text.charAt(i++) == ']') {
                    return;
                }
            }
        } else if (c == '"') {
            string();
        } else {
            while (i < text.length() && ",]} \t\r\n".indexOf(text.charAt(i)) < 0) {
                i++;
            }
        }
    }

    /** A string's value, its escapes read (a field name is its decoded text in the path). */
    private String string() {
        StringBuilder out = new StringBuilder();
        i++; // opening quote
        while (text.charAt(i) != '"') {
            char c = text.charAt(i++);
            if (c == '\\') {
                char e = text.charAt(i++);
                switch (e) {
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(i, i + 4), 16));
                        i += 4;
                    }
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        i++;
        return out.toString();
    }

    private void skipSpace() {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            i++;
        }
    }
}
