package newsquiz.validate;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a quiz file's text against format 1, its schema and its meaning, and lists every problem with its JSON
 * path and line:column. The player's reader stops at the first problem; this goes on, since a hand-edited file
 * usually has more than one. Pure: the text (and the article's, for the evidence) comes from the caller.
 */
public final class QuizValidator {
    private static final Pattern AT = Pattern.compile("line (\\d+) column (\\d+)");

    private final Map<String, JsonPositions.Position> positions;
    private final List<Problem> problems = new ArrayList<>();

    private QuizValidator(String text) {
        this.positions = JsonPositions.of(text);
    }

    /**
     * The problems of one quiz file's text, in the order they appear in it; empty when the file is clean.
     * {@code article} is the article's text as the reader cleans it (or null): each evidence sentence must be in it
     * word for word, and each span must point at its sentence.
     */
    public static List<Problem> check(String text, String article) {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            root = new Gson().getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                return syntax("more than one JSON value in the file", reader.toString());
            }
        } catch (IOException | RuntimeException e) {
            return syntax("not valid JSON: " + firstLine(e), String.valueOf(e.getMessage()));
        }
        QuizValidator v = new QuizValidator(text);
        new QuizRules(v, article).quiz(root);
        v.problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return List.copyOf(v.problems);
    }

    /** Records a problem at a path, placed at the path's value or else its nearest parent's. */
    void problem(String path, String message) {
        String at = path;
        while (!positions.containsKey(at) && at.length() > 1) {
            at = parent(at);
        }
        JsonPositions.Position p = positions.getOrDefault(at, new JsonPositions.Position(1, 1));
        problems.add(new Problem(path, p.line(), p.column(), message));
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "$" : path.substring(0, cut);
    }

    private static List<Problem> syntax(String message, String where) {
        Matcher m = AT.matcher(where);
        int line = 1;
        int column = 1;
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2));
        }
        return List.of(new Problem("$", line, column, message));
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        m = m.replaceFirst("^[\\w.]+Exception: ", "");
        int cut = m.indexOf("\nSee ");
        m = cut > 0 ? m.substring(0, cut) : m;
        return m.replaceFirst(" at line \\d+ column \\d+ path .*$", "").strip();
    }

    /** For the rules: the object's field or null (JSON null counts as absent). */
    static JsonElement field(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e;
    }

    static Map<String, Integer> counts(List<String> items) {
        Map<String, Integer> n = new HashMap<>();
        items.forEach(s -> n.merge(s, 1, Integer::sum));
        return n;
    }
}
