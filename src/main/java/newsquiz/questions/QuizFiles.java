package newsquiz.questions;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.Strictness;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.BadInputException;
import newsquiz.article.TextFiles;

/**
 * Reads and writes quiz files. Writing is whole or nothing (a temporary file beside the target, then a move);
 * reading checks everything the player relies on and names the file, line and field of the first problem.
 */
public final class QuizFiles {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES).create();

    private QuizFiles() {
    }

    public static String toJson(Quiz quiz) {
        if (quiz.articles() == null) {
            return GSON.toJson(quiz) + "\n"; // "articles" is null, so left out: the file of one article
        }
        // several articles: "source" is their list (docs/quiz-format.md), not the summary the screens use
        JsonObject tree = GSON.toJsonTree(quiz).getAsJsonObject();
        tree.add("source", tree.remove("articles"));
        return GSON.toJson(tree) + "\n";
    }

    /** Far above any quiz bank (60 questions of an article are about 70 KB); guards against wrong files. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Reads a quiz file; every problem is a {@link BadInputException} naming the file, line and field. */
    public static Quiz read(Path file) throws BadInputException {
        return parse(file.toString(), TextFiles.read(file, MAX_BYTES, "a quiz file"));
    }

    static Quiz parse(String label, String text) throws BadInputException {
        if (text.isBlank()) {
            throw new BadInputException(label + ": the file is empty");
        }
        JsonElement root;
        try {
            JsonReader strict = new JsonReader(new StringReader(text));
            strict.setStrictness(Strictness.STRICT); // JsonParser.parseReader would read leniently
            root = GSON.getAdapter(JsonElement.class).read(strict);
            if (strict.peek() != JsonToken.END_DOCUMENT) {
                throw new BadInputException(label + ", line " + lineOf(strict)
                        + ": more than one JSON value in the file");
            }
        } catch (RuntimeException | IOException e) {
            throw new BadInputException(label + jsonError(e));
        }
        if (!root.isJsonObject()) {
            throw new BadInputException(label + ", line 1: a quiz file is a JSON object with a \"questions\" array");
        }
        JsonObject o = root.getAsJsonObject();
        new QuizChecks(label, fieldLines(text)).checkQuiz(o);
        try {
            JsonObject fields = o.deepCopy();
            fields.remove("articles"); // only ever made here, from a list of sources
            if (fields.has("source") && fields.get("source").isJsonArray()) {
                fields.add("articles", fields.remove("source"));
            }
            Quiz quiz = GSON.fromJson(fields, Quiz.class);
            Quiz.Source source = quiz.articles() != null ? Quiz.Source.summary(quiz.articles()) : quiz.source();
            quiz = new Quiz(quiz.formatVersion(), quiz.id(), quiz.title() == null || quiz.title().isBlank()
                    ? "Untitled quiz" : quiz.title(), source, quiz.generator(), quiz.seed(), quiz.questions(),
                    quiz.useFirst(), quiz.articles());
            return quiz;
        } catch (RuntimeException e) {
            // the checks above cover every field of the records; this is a last guard, never Java's text
            throw new BadInputException(label + ": a field has a value of the wrong type");
        }
    }

    /**
     * Gson's syntax error in words: ", line 4, column 14: not valid JSON (expected a value)", without Java class
     * names or Gson's advice to parse leniently.
     */
    static String jsonError(Exception e) {
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf("\nSee ");
        m = cut > 0 ? m.substring(0, cut) : m;
        m = m.replaceAll("^(?:[\\w.$]+(?:Exception|Error): )+", "");
        Matcher at = Pattern.compile(" at line (\\d+) column (\\d+)").matcher(m);
        String where = "";
        if (at.find()) {
            where = ", line " + at.group(1) + ", column " + at.group(2);
            m = m.substring(0, at.start());
        }
        if (m.contains("setStrictness") || m.contains("LENIENT") || m.isBlank()) {
            m = "unexpected text";
        } else if (m.startsWith("End of input")) {
            m = "the file ends too early";
        } else if (m.startsWith("Nesting limit")) {
            m = "nested too deeply";
        }
        m = m.replaceAll("(?i)\\bjsonreader\\b|\\bgson\\b| in strict mode", "").strip();
        m = m.isEmpty() ? "unexpected text" : m;
        return where + ": not valid JSON (" + Character.toLowerCase(m.charAt(0)) + m.substring(1) + ")";
    }

    /** The line of each object and named field of the document, by its JSON path ("$.questions[3].id"). */
    private static Map<String, Integer> fieldLines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonReader r = new JsonReader(new StringReader(text))) {
            walk(r, lines);
        } catch (IOException | IllegalStateException e) {
            // already parsed once: cannot fail; lines are a courtesy
        }
        return lines;
    }

    private static void walk(JsonReader r, Map<String, Integer> lines) throws IOException {
        JsonToken token = r.peek();
        switch (token) {
            case BEGIN_OBJECT -> {
                lines.put(r.getPath(), lineOf(r));
                r.beginObject();
                while (r.hasNext()) {
                    r.nextName();
                    lines.put(r.getPath(), lineOf(r));
                    walk(r, lines);
                }
                r.endObject();
            }
            case BEGIN_ARRAY -> {
                r.beginArray();
                while (r.hasNext()) {
                    walk(r, lines);
                }
                r.endArray();
            }
            default -> r.skipValue();
        }
    }

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private static int lineOf(JsonReader r) {
        Matcher m = LINE.matcher(r.toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /**
     * Why no quiz is written for an article in which nothing could be asked (no quotes, dates, amounts or names:
     * text in another language, a list, a table): a bank of no questions is never written.
     */
    public static String nothingToAsk(String article) {
        return article + ": no questions could be made: no quotes, dates, amounts or names were found"
                + " (newsquiz reads news articles in English); no quiz was written";
    }

    /** Writes the quiz whole; a quiz of no questions is a caller's mistake, refused (see {@link #nothingToAsk}). */
    public static void write(Quiz quiz, Path target) throws IOException {
        if (quiz.questions().isEmpty()) {
            throw new IllegalArgumentException("a quiz bank of no questions is never written");
        }
        newsquiz.io.WholeFiles.write(target, toJson(quiz));
    }
}
