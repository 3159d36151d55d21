package newsquiz.validate;

import static newsquiz.validate.QuizValidator.field;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The rules of format 1 (docs/quiz-format.md), one method per part of the file; problems go to the validator. */
final class QuizRules {
    static final Set<String> TYPES = Set.of("multiple_choice", "true_false", "fill_blank", "short_answer",
            "numeric", "matching", "ordering");
    private static final Set<String> QUIZ_FIELDS = Set.of("format_version", "id", "title", "source", "generator",
            "seed", "questions", "use_first");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "type", "kind", "prompt", "choices", "answer",
            "accept", "tolerance", "evidence", "spans", "difficulty", "rank", "explanation", "review", "flag",
            "article");
    private static final Set<String> REVIEW_STATES = Set.of("accepted", "rejected");

    private final QuizValidator out;
    /** The article to check evidence against (--article); not for a quiz over several articles. */
    private String article;
    private String flatArticle;
    /** The number of articles of a quiz over several (its "source" a list); 0 for one. */
    private int articles;
    private final Map<String, Integer> ids = new HashMap<>();
    private boolean fromArticle;

    QuizRules(QuizValidator out, String article) {
        this.out = out;
        this.article = article;
        this.flatArticle = article == null ? null : flat(article);
    }

    void quiz(JsonElement root) {
        if (!root.isJsonObject()) {
            out.problem("$", "a quiz file is a JSON object with \"format_version\" and \"questions\"");
            return;
        }
        JsonObject o = root.getAsJsonObject();
        unknownFields(o, "$", QUIZ_FIELDS);
        JsonElement version = field(o, "format_version");
        if (version == null) {
            out.problem("$.format_version", "missing: a newsquiz quiz file says \"format_version\": 1");
        } else if (!isInteger(version) || version.getAsInt() != 1) {
            out.problem("$.format_version", "is " + version + "; this newsquiz reads version 1");
        }
        string(o, "$", "title", false);
        string(o, "$", "id", false);
        JsonElement source = field(o, "source");
        fromArticle = source != null;
        if (source != null && source.isJsonArray()) {
            articles = source.getAsJsonArray().size();
            for (int i = 0; i < articles; i++) {
                if (!source.getAsJsonArray().get(i).isJsonObject()) {
                    out.problem("$.source[" + i + "]", "must be an object (headline, byline, published, publisher,"
                            + " file, checksum)");
                }
            }
            article = null; // --article is one article's text: the evidence of several cannot be checked against it
            flatArticle = null;
        } else if (source != null && !source.isJsonObject()) {
            out.problem("$.source", "must be an object (headline, byline, published, publisher, file, checksum),"
                    + " or a list of them for a quiz over several articles");
        }
        JsonElement useFirst = field(o, "use_first");
        if (useFirst != null && (!isInteger(useFirst) || useFirst.getAsInt() < 1)) {
            out.problem("$.use_first", "must be a whole number of questions, 1 or more");
        }
        JsonElement questions = field(o, "questions");
        if (questions == null || !questions.isJsonArray()) {
            out.problem("$.questions", questions == null ? "missing: the quiz's questions, an array"
                    : "must be an array of questions");
            return;
        }
        if (questions.getAsJsonArray().isEmpty()) {
            out.problem("$.questions", "is empty: a quiz needs at least one question");
        }
        for (int i = 0; i < questions.getAsJsonArray().size(); i++) {
            question(questions.getAsJsonArray().get(i), "$.questions[" + i + "]", i + 1);
        }
    }

    private void question(JsonElement e, String at, int number) {
        if (!e.isJsonObject()) {
            out.problem(at, "a question is a JSON object");
            return;
        }
        JsonObject q = e.getAsJsonObject();
        unknownFields(q, at, QUESTION_FIELDS);
        String id = string(q, at, "id", true);
        if (id != null) {
            Integer first = ids.putIfAbsent(id, number);
            if (first != null) {
                out.problem(at + ".id", "\"" + id + "\" is also the id of question " + first + "; ids must be unique");
            }
        }
        String prompt = string(q, at, "prompt", true);
        if (prompt != null && prompt.isBlank()) {
            out.problem(at + ".prompt", "is empty");
        }
        string(q, at, "kind", false);
        string(q, at, "explanation", false);
        String review = string(q, at, "review", false);
        if (review != null && !REVIEW_STATES.contains(review)) {
            out.problem(at + ".review", "is \"" + review + "\"; expected \"accepted\" or \"rejected\" (or no field)");
        }
        string(q, at, "flag", false);
        JsonElement difficulty = field(q, "difficulty");
        if (difficulty != null && (!isInteger(difficulty) || difficulty.getAsInt() < 1 || difficulty.getAsInt() > 3)) {
            out.problem(at + ".difficulty", "must be 1, 2 or 3");
        }
        JsonElement index = field(q, "article");
        if (index != null && (articles == 0 || !isInteger(index) || index.getAsInt() < 0
                || index.getAsInt() >= articles)) {
            out.problem(at + ".article", articles == 0 ? "is given, but \"source\" is not a list of articles"
                    : "must be the index of one of the " + articles + " sources, 0 to " + (articles - 1));
        }
        JsonElement rank = field(q, "rank");
        if (rank != null && !isNumber(rank)) {
            out.problem(at + ".rank", "must be a number");
        }
        List<String> accept = strings(q, at, "accept");
        if (accept != null && accept.stream().anyMatch(String::isBlank)) {
            out.problem(at + ".accept", "holds an empty answer");
        }
        String type = string(q, at, "type", true);
        if (type != null && !TYPES.contains(type)) {
            out.problem(at + ".type", "is \"" + type + "\"; expected one of "
                    + String.join(", ", TYPES.stream().sorted().toList()));
        } else if (type != null) {
            new AnswerRules(out, this, at, q).check(type);
        }
        evidence(q, at);
    }

    private void evidence(JsonObject q, String at) {
        List<String> evidence = strings(q, at, "evidence");
        if (evidence == null) {
            if (field(q, "evidence") == null && fromArticle) {
                out.problem(at + ".evidence", "missing: the article's sentence or sentences the answer comes from");
            }
            return;
        }
        if (evidence.isEmpty() && fromArticle) {
            out.problem(at + ".evidence", "is empty: give the article's sentence the answer comes from");
        }
        for (int k = 0; k < evidence.size(); k++) {
            String sentence = evidence.get(k);
            if (sentence.isBlank()) {
                out.problem(at + ".evidence[" + k + "]", "is empty");
            } else if (flatArticle != null && !flatArticle.contains(flat(sentence))) {
                out.problem(at + ".evidence[" + k + "]", "is not in the article word for word; it matches up to “"
                        + clip(longestFoundPrefix(flat(sentence))) + "”");
            }
        }
        spans(q, at, evidence);
    }

    private void spans(JsonObject q, String at, List<String> evidence) {
        JsonElement spans = field(q, "spans");
        if (spans == null) {
            return;
        }
        if (!spans.isJsonArray()) {
            out.problem(at + ".spans", "must be an array of [start, end] pairs");
            return;
        }
        JsonArray list = spans.getAsJsonArray();
        if (list.size() != evidence.size()) {
            out.problem(at + ".spans", "has " + list.size() + " spans for " + evidence.size()
                    + " evidence sentences; give one [start, end] each");
        }
        for (int k = 0; k < list.size(); k++) {
            String here = at + ".spans[" + k + "]";
            JsonElement s = list.get(k);
            if (!s.isJsonArray() || s.getAsJsonArray().size() != 2 || !isInteger(s.getAsJsonArray().get(0))
                    || !isInteger(s.getAsJsonArray().get(1))) {
                out.problem(here, "must be a pair of whole numbers [start, end]");
                continue;
            }
            int start = s.getAsJsonArray().get(0).getAsInt();
            int end = s.getAsJsonArray().get(1).getAsInt();
            if (start < 0 || end < start) {
                out.problem(here, "must have 0 <= start <= end");
            } else if (article != null && k < evidence.size() && flatArticle.contains(flat(evidence.get(k)))
                    && (end > article.length() || !flat(article.substring(start, end)).equals(flat(evidence.get(k))))) {
                out.problem(here, "does not point at evidence[" + k + "] in the article (it is at "
                        + spanOf(evidence.get(k)) + ")");
            }
        }
    }

    private String spanOf(String sentence) {
        int start = article.indexOf(sentence);
        return start < 0 ? "another place" : "[" + start + ", " + (start + sentence.length()) + "]";
    }

    private String longestFoundPrefix(String sentence) {
        int lo = 0;
        int hi = sentence.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (flatArticle.contains(sentence.substring(0, mid))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return sentence.substring(0, lo);
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : "…" + s.substring(s.length() - 59);
    }

    /** Word for word, but a line break or two spaces where the article has one space still match. */
    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private void unknownFields(JsonObject o, String at, Set<String> known) {
        for (String name : o.keySet()) {
            if (!known.contains(name)) {
                String near = known.stream().filter(k -> close(k, name)).findFirst().orElse(null);
                out.problem(at + "." + name, "unknown field" + (near != null ? "; did you mean \"" + near + "\"?"
                        : " (format 1 has " + String.join(", ", known.stream().sorted().toList()) + ")"));
            }
        }
    }

    private static boolean close(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (Math.abs(x.length() - y.length()) > 2) {
            return false;
        }
        int[] prev = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            int[] cur = new int[y.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1,
                        prev[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[y.length()] <= 2;
    }

    /** A string field: null (with a problem if required) when absent, a problem when not a string. */
    private String string(JsonObject o, String at, String name, boolean required) {
        JsonElement e = field(o, name);
        if (e == null) {
            if (required) {
                out.problem(at + "." + name, "missing");
            }
            return null;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            out.problem(at + "." + name, "must be a string, not " + e);
            return null;
        }
        return e.getAsString();
    }

    /** An array of strings, or null (a problem when present but not one). */
    List<String> strings(JsonObject o, String at, String name) {
        JsonElement e = field(o, name);
        if (e == null) {
            return null;
        }
        if (!e.isJsonArray()) {
            out.problem(at + "." + name, "must be an array of strings");
            return null;
        }
        List<String> list = new ArrayList<>();
        JsonArray a = e.getAsJsonArray();
        for (int k = 0; k < a.size(); k++) {
            JsonElement x = a.get(k);
            if (!x.isJsonPrimitive() || !x.getAsJsonPrimitive().isString()) {
                out.problem(at + "." + name + "[" + k + "]", "must be a string, not " + x);
                return null;
            }
            list.add(x.getAsString());
        }
        return list;
    }

    static boolean isNumber(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    static boolean isInteger(JsonElement e) {
        return isNumber(e) && e.getAsDouble() == Math.rint(e.getAsDouble());
    }
}
