package newsquiz.questions;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        return GSON.toJson(quiz) + "\n";
    }

    private static final Set<String> TYPES = Set.of("multiple_choice", "true_false", "fill_blank", "short_answer",
            "numeric", "matching", "ordering");

    /** Reads a quiz file; every problem is a {@link BadInputException} naming the file, line and field. */
    public static Quiz read(Path file) throws BadInputException {
        String label = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(label + ": no such file");
        } catch (CharacterCodingException e) {
            throw new BadInputException(label + ": not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException(label + ": cannot read: " + e.getMessage());
        }
        return parse(label, text);
    }

    static Quiz parse(String label, String text) throws BadInputException {
        if (text.isBlank()) {
            throw new BadInputException(label + ": the file is empty");
        }
        JsonElement root;
        try {
            JsonReader strict = new JsonReader(new StringReader(text));
            root = JsonParser.parseReader(strict);
            if (strict.peek() != JsonToken.END_DOCUMENT) {
                throw new BadInputException(label + ": more than one JSON value in the file");
            }
        } catch (JsonParseException | IOException e) {
            Matcher at = Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
            String line = at.find() ? ", line " + at.group(1) : "";
            throw new BadInputException(label + line + ": not valid JSON (" + firstSentence(e) + ")");
        }
        if (!root.isJsonObject()) {
            throw new BadInputException(label + ", line 1: a quiz file is a JSON object with a \"questions\" array");
        }
        Map<String, Integer> lines = objectLines(text);
        JsonObject o = root.getAsJsonObject();
        if (!o.has("format_version")) {
            throw new BadInputException(label + ", line 1: field \"format_version\" is missing: not a newsquiz quiz file");
        }
        JsonElement version = o.get("format_version");
        if (!version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()
                || version.getAsInt() != Quiz.FORMAT_VERSION) {
            throw new BadInputException(label + ", line 1: field \"format_version\" is " + version
                    + "; this newsquiz reads version " + Quiz.FORMAT_VERSION);
        }
        if (!o.has("questions") || !o.get("questions").isJsonArray()) {
            throw new BadInputException(label + ", line 1: field \"questions\" is missing or not an array");
        }
        JsonArray questions = o.getAsJsonArray("questions");
        if (questions.isEmpty()) {
            throw new BadInputException(label + ", line 1: field \"questions\" is empty");
        }
        for (int i = 0; i < questions.size(); i++) {
            checkQuestion(label, i, questions.get(i), lines.getOrDefault("$.questions[" + i + "]", 1));
        }
        try {
            Quiz quiz = GSON.fromJson(o, Quiz.class);
            if (quiz.title() == null) {
                quiz = new Quiz(quiz.formatVersion(), quiz.id(), "Untitled quiz", quiz.source(), quiz.generator(),
                        quiz.seed(), quiz.questions(), quiz.useFirst());
            }
            return quiz;
        } catch (JsonParseException e) {
            throw new BadInputException(label + ": " + firstSentence(e));
        }
    }

    private static void checkQuestion(String label, int i, JsonElement e, int line) throws BadInputException {
        String where = label + ", line " + line + ", question " + (i + 1);
        if (!e.isJsonObject()) {
            throw new BadInputException(where + ": a question is a JSON object");
        }
        JsonObject q = e.getAsJsonObject();
        for (String field : List.of("type", "prompt", "answer", "evidence")) {
            if (!q.has(field) || q.get(field).isJsonNull()) {
                throw new BadInputException(where + ": field \"" + field + "\" is missing");
            }
        }
        String type = q.get("type").isJsonPrimitive() ? q.get("type").getAsString() : "";
        if (!TYPES.contains(type)) {
            throw new BadInputException(where + ": field \"type\" is " + q.get("type") + "; expected one of "
                    + String.join(", ", TYPES.stream().sorted().toList()));
        }
        if (!q.get("prompt").isJsonPrimitive() || q.get("prompt").getAsString().isBlank()) {
            throw new BadInputException(where + ": field \"prompt\" must be a non-empty string");
        }
        if (!q.get("evidence").isJsonArray()) {
            throw new BadInputException(where + ": field \"evidence\" must be an array of sentences");
        }
        JsonElement answer = q.get("answer");
        switch (type) {
            case "multiple_choice" -> {
                List<String> choices = strings(q.get("choices"));
                if (choices == null || choices.size() < 2) {
                    throw new BadInputException(where + ": field \"choices\" needs at least two options");
                }
                if (!answer.isJsonPrimitive() || !choices.contains(answer.getAsString())) {
                    throw new BadInputException(where + ": field \"answer\" is not one of its choices");
                }
            }
            case "true_false" -> {
                if (!answer.isJsonPrimitive() || !answer.getAsJsonPrimitive().isBoolean()) {
                    throw new BadInputException(where + ": field \"answer\" must be true or false");
                }
            }
            case "matching", "ordering" -> {
                if (!answer.isJsonArray() || answer.getAsJsonArray().size() < 2 || strings(q.get("choices")) == null) {
                    throw new BadInputException(where + ": fields \"answer\" and \"choices\" must be lists");
                }
            }
            default -> {
                if (!answer.isJsonPrimitive() || answer.getAsString().isBlank()) {
                    throw new BadInputException(where + ": field \"answer\" must be a non-empty string");
                }
            }
        }
    }

    private static List<String> strings(JsonElement e) {
        if (e == null || !e.isJsonArray()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonElement x : e.getAsJsonArray()) {
            if (!x.isJsonPrimitive()) {
                return null;
            }
            out.add(x.getAsString());
        }
        return out;
    }

    /** The line where each object of the document starts, by its JSON path ("$.questions[3]"). */
    private static Map<String, Integer> objectLines(String text) {
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

    private static int lineOf(JsonReader r) {
        Matcher m = Pattern.compile("line (\\d+)").matcher(r.toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    private static String firstSentence(Exception e) {
        String m = String.valueOf(e.getMessage());
        int cut = m.indexOf("\nSee ");
        m = cut > 0 ? m.substring(0, cut) : m;
        return m.replaceFirst("^com\\.google\\.gson\\.stream\\.MalformedJsonException: ", "").strip();
    }

    public static void write(Quiz quiz, Path target) throws IOException {
        newsquiz.io.WholeFiles.write(target, toJson(quiz));
    }
}
