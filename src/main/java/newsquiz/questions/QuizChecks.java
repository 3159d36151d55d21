package newsquiz.questions;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsquiz.article.BadInputException;

/**
 * What a quiz file must hold before anything plays it: every field the player, the screens and the gradebook rely
 * on, of the right type, and questions that can be answered and won. Every refusal names the file, the line (the
 * field's own where it has one) and the field.
 */
final class QuizChecks {
    /** Choices are picked by letter, A to Z. */
    static final int MAX_CHOICES = 26;

    private static final Set<String> TYPES = Set.of("multiple_choice", "true_false", "fill_blank", "short_answer",
            "numeric", "matching", "ordering");

    private final String label;
    private final Map<String, Integer> lines;

    /** {@code lines}: the line of each object and named field of the document, by JSON path ("$.questions[3].id"). */
    QuizChecks(String label, Map<String, Integer> lines) {
        this.label = label;
        this.lines = lines;
    }

    void checkQuiz(JsonObject o) throws BadInputException {
        Fields quiz = new Fields(o, "$", "");
        if (!o.has("format_version")) {
            throw quiz.bad("format_version", "is missing: not a newsquiz quiz file");
        }
        JsonElement version = o.get("format_version");
        if (!version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()
                || !version.getAsString().equals(String.valueOf(Quiz.FORMAT_VERSION))) {
            throw quiz.bad("format_version", "is " + shortly(version) + "; this newsquiz reads version "
                    + Quiz.FORMAT_VERSION);
        }
        quiz.string("id", true);
        quiz.string("title", false);
        quiz.string("generator", false);
        quiz.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE);
        int articles = 0; // the length of a list of sources: a quiz over several articles
        if (quiz.present("source")) {
            JsonElement source = o.get("source");
            if (source.isJsonArray()) {
                articles = source.getAsJsonArray().size();
                if (articles == 0) {
                    throw quiz.bad("source", "is an empty list; a quiz over several articles lists each one");
                }
                for (int i = 0; i < articles; i++) {
                    checkSource(source.getAsJsonArray().get(i), "$.source[" + i + "]", quiz);
                }
            } else {
                checkSource(source, "$.source", quiz);
            }
        }
        if (!quiz.present("questions") || !o.get("questions").isJsonArray()) {
            throw quiz.bad("questions", "is missing or not an array");
        }
        JsonArray questions = o.getAsJsonArray("questions");
        if (questions.isEmpty()) {
            throw quiz.bad("questions", "is empty");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            String id = checkQuestion(i, questions.get(i), articles);
            if (!ids.add(id)) {
                throw new Fields(questions.get(i).getAsJsonObject(), "$.questions[" + i + "]", ", question " + (i + 1))
                        .bad("id", "is \"" + id + "\", the id of an earlier question; each question needs its own");
            }
        }
    }

    private void checkSource(JsonElement e, String path, Fields quiz) throws BadInputException {
        if (!e.isJsonObject()) {
            throw quiz.bad("source", "must be an object, or a list of objects (one per article)");
        }
        Fields source = new Fields(e.getAsJsonObject(), path, "");
        for (String field : List.of("headline", "byline", "published", "publisher", "file", "checksum", "url")) {
            source.string(field, false);
        }
    }

    /** Checks one question and returns its id. */
    private String checkQuestion(int i, JsonElement e, int articles) throws BadInputException {
        String path = "$.questions[" + i + "]";
        String question = ", question " + (i + 1);
        if (!e.isJsonObject()) {
            throw new BadInputException(label + ", line " + lineOf(path) + question + ": a question is a JSON object");
        }
        Fields q = new Fields(e.getAsJsonObject(), path, question);
        String id = q.string("id", true);
        String type = q.string("type", true);
        if (!TYPES.contains(type)) {
            throw q.bad("type", "is \"" + type + "\"; expected one of " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        q.string("kind", true);
        q.string("prompt", true);
        q.required("answer");
        q.required("evidence");
        q.strings("evidence");
        q.strings("accept");
        q.string("explanation", false);
        q.integer("difficulty", 1, 3);
        q.number("rank", Double.NEGATIVE_INFINITY);
        q.number("tolerance", 0);
        if (q.present("article") && articles == 0) {
            throw q.bad("article", "is given, but the quiz's \"source\" is not a list of articles");
        }
        q.integer("article", 0, Math.max(0, articles - 1));
        q.spans();
        List<String> choices = q.strings("choices");
        if (choices != null) {
            q.distinct("choices", choices);
        }
        switch (type) {
            case "multiple_choice" -> {
                q.choiceCount(choices, 2);
                if (!choices.contains(q.string("answer", true))) {
                    throw q.bad("answer", "is not one of its choices");
                }
            }
            case "true_false" -> {
                JsonElement answer = q.o.get("answer");
                if (!answer.isJsonPrimitive() || !answer.getAsJsonPrimitive().isBoolean()) {
                    throw q.bad("answer", "must be true or false");
                }
                if (choices == null || choices.size() != 2 || !Set.of("true", "false").equals(Set.of(
                        choices.get(0).strip().toLowerCase(Locale.ROOT), choices.get(1).strip().toLowerCase(Locale.ROOT)))) {
                    throw q.bad("choices", "must be [\"True\", \"False\"]");
                }
            }
            case "ordering" -> {
                List<String> answer = q.strings("answer");
                q.choiceCount(choices, 2);
                if (answer.size() != choices.size() || !sameItems(answer, choices)) {
                    throw q.bad("answer", "must hold the same items as \"choices\", in the right order");
                }
            }
            case "matching" -> checkMatching(q, choices);
            case "numeric" -> {
                List<String> accept = q.strings("accept");
                if (Numbers.read(q.string("answer", true)) == null
                        && (accept == null || accept.stream().allMatch(a -> Numbers.read(a) == null))) {
                    throw q.bad("answer", "must be a number (or \"accept\" hold one), or the question cannot be won");
                }
            }
            default -> {
                List<String> accept = q.strings("accept");
                if (!typeable(q.string("answer", true)) && (accept == null || accept.stream().noneMatch(QuizChecks::typeable))) {
                    throw q.bad("answer", "holds a line break or a control character, so it cannot be typed");
                }
            }
        }
        return id;
    }

    /** Matching: [quote, speaker] pairs, quotes distinct, every speaker among the choices, so it can be won. */
    private static void checkMatching(Fields q, List<String> choices) throws BadInputException {
        q.choiceCount(choices, 2);
        JsonElement answer = q.o.get("answer");
        if (!answer.isJsonArray() || answer.getAsJsonArray().size() < 2
                || answer.getAsJsonArray().size() > MAX_CHOICES) {
            throw q.bad("answer", "must be a list of 2 to " + MAX_CHOICES + " [quote, speaker] pairs");
        }
        List<String> quotes = new ArrayList<>();
        for (JsonElement pair : answer.getAsJsonArray()) {
            if (!pair.isJsonArray() || pair.getAsJsonArray().size() != 2 || !isString(pair.getAsJsonArray().get(0))
                    || !isString(pair.getAsJsonArray().get(1))) {
                throw q.bad("answer", "must be a list of [quote, speaker] pairs of strings");
            }
            String speaker = pair.getAsJsonArray().get(1).getAsString();
            if (!choices.contains(speaker)) {
                throw q.bad("answer", "pairs a quote with \"" + shortly(speaker) + "\", who is not among its choices");
            }
            quotes.add(pair.getAsJsonArray().get(0).getAsString());
        }
        q.distinct("answer", quotes);
    }

    /** The same strings, in any order: the player picks the answer's items among the choices as written. */
    private static boolean sameItems(List<String> a, List<String> b) {
        return a.stream().sorted().toList().equals(b.stream().sorted().toList());
    }

    /** Two choices are the same when they differ only in case, width, composition or spacing. */
    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** One line a player can type: no line break or other control character, and something besides spaces. */
    private static boolean typeable(String answer) {
        return !answer.isBlank() && answer.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
                || c == '\u2028' || c == '\u2029');
    }

    private static boolean isString(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }

    private static String shortly(JsonElement e) {
        return shortly(e.toString());
    }

    private static String shortly(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private int lineOf(String path) {
        return lines.getOrDefault(path, 1);
    }

    /** The fields of one JSON object, checked by type. */
    private final class Fields {
        final JsonObject o;
        final String path;
        final String question;

        Fields(JsonObject o, String path, String question) {
            this.o = o;
            this.path = path;
            this.question = question;
        }

        /** "q.json, line 12, question 3: field "kind" is missing", at the field's own line where it has one. */
        BadInputException bad(String field, String problem) {
            int line = lines.getOrDefault(path + "." + field, lineOf(path));
            return new BadInputException(label + ", line " + line + question + ": field \"" + field + "\" " + problem);
        }

        boolean present(String field) {
            return o.has(field) && !o.get(field).isJsonNull();
        }

        void required(String field) throws BadInputException {
            if (!present(field)) {
                throw bad(field, "is missing");
            }
        }

        /** A string (non-blank when required); null when an optional field is absent. */
        String string(String field, boolean required) throws BadInputException {
            if (!present(field)) {
                if (required) {
                    throw bad(field, "is missing");
                }
                return null;
            }
            if (!isString(o.get(field))) {
                throw bad(field, "must be a string, not " + kindOf(o.get(field)));
            }
            String s = o.get(field).getAsString();
            if (required && s.isBlank()) {
                throw bad(field, "is empty");
            }
            return s;
        }

        /** A list of strings, or null when absent. */
        List<String> strings(String field) throws BadInputException {
            if (!present(field)) {
                return null;
            }
            if (!o.get(field).isJsonArray()) {
                throw bad(field, "must be a list of strings, not " + kindOf(o.get(field)));
            }
            List<String> out = new ArrayList<>();
            for (JsonElement x : o.getAsJsonArray(field)) {
                if (!isString(x)) {
                    throw bad(field, "must be a list of strings; it holds " + kindOf(x));
                }
                out.add(x.getAsString());
            }
            return out;
        }

        void integer(String field, long min, long max) throws BadInputException {
            if (!present(field)) {
                return;
            }
            JsonElement e = o.get(field);
            BigDecimal value = e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? decimal(e) : null;
            if (value == null || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                    || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                throw bad(field, "must be a whole number" + (min == Long.MIN_VALUE ? "" : " from " + min + " to " + max)
                        + ", not " + shortly(e));
            }
        }

        void number(String field, double min) throws BadInputException {
            if (!present(field)) {
                return;
            }
            JsonElement e = o.get(field);
            BigDecimal value = e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? decimal(e) : null;
            if (value == null || Double.isInfinite(value.doubleValue()) || value.doubleValue() < min) {
                throw bad(field, "must be a number" + (min == 0 ? " of 0 or more" : "") + ", not " + shortly(e));
            }
        }

        /** Evidence spans: [start, end] pairs of character offsets. */
        void spans() throws BadInputException {
            if (!present("spans")) {
                return;
            }
            JsonElement e = o.get("spans");
            boolean ok = e.isJsonArray();
            for (int i = 0; ok && i < e.getAsJsonArray().size(); i++) {
                JsonElement span = e.getAsJsonArray().get(i);
                ok = span.isJsonArray() && span.getAsJsonArray().size() == 2 && offset(span.getAsJsonArray().get(0)) >= 0
                        && offset(span.getAsJsonArray().get(1)) >= offset(span.getAsJsonArray().get(0));
            }
            if (!ok) {
                throw bad("spans", "must be a list of [start, end] character offsets");
            }
        }

        void choiceCount(List<String> choices, int min) throws BadInputException {
            if (choices == null || choices.size() < min) {
                throw bad("choices", "needs at least " + min + " options");
            }
            if (choices.size() > MAX_CHOICES) {
                throw bad("choices", "has " + choices.size() + " options; at most " + MAX_CHOICES
                        + " (A to Z) can be picked");
            }
            for (String c : choices) {
                if (c.isBlank()) {
                    throw bad("choices", "holds an empty option");
                }
            }
        }

        void distinct(String field, List<String> items) throws BadInputException {
            Set<String> seen = new HashSet<>();
            for (String item : items) {
                if (!seen.add(key(item))) {
                    throw bad(field, "holds \"" + shortly(item) + "\" twice; each option must differ");
                }
            }
        }
    }

    private static BigDecimal decimal(JsonElement e) {
        try {
            return new BigDecimal(e.getAsString());
        } catch (NumberFormatException x) {
            return null;
        }
    }

    /** A whole non-negative offset within int range, else -1. */
    private static int offset(JsonElement e) {
        BigDecimal d = e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? decimal(e) : null;
        if (d == null || d.stripTrailingZeros().scale() > 0 || d.signum() < 0
                || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return -1;
        }
        return d.intValue();
    }

    private static String kindOf(JsonElement e) {
        if (e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonArray()) {
            return "a list";
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isBoolean() ? "true/false" : p.isNumber() ? "a number" : "a string";
    }
}
