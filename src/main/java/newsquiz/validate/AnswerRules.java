package newsquiz.validate;

import static newsquiz.validate.QuizValidator.field;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One question's answer against its type and choices: what the player needs to judge it. */
final class AnswerRules {
    private final QuizValidator out;
    private final QuizRules rules;
    private final String at;
    private final JsonObject q;

    AnswerRules(QuizValidator out, QuizRules rules, String at, JsonObject q) {
        this.out = out;
        this.rules = rules;
        this.at = at;
        this.q = q;
    }

    void check(String type) {
        JsonElement answer = field(q, "answer");
        List<String> choices = rules.strings(q, at, "choices");
        if (choices != null) {
            distinct(choices);
        }
        if (field(q, "tolerance") != null && (!type.equals("numeric") || !QuizRules.isNumber(field(q, "tolerance"))
                || field(q, "tolerance").getAsDouble() < 0)) {
            out.problem(at + ".tolerance", type.equals("numeric") ? "must be a number, 0 or more"
                    : "only a numeric question has a tolerance");
        }
        if (answer == null) {
            out.problem(at + ".answer", "missing");
            return;
        }
        switch (type) {
            case "multiple_choice" -> multipleChoice(answer, choices);
            case "true_false" -> {
                if (!answer.isJsonPrimitive() || !answer.getAsJsonPrimitive().isBoolean()) {
                    out.problem(at + ".answer", "must be true or false (no quotes), not " + answer);
                }
            }
            case "ordering" -> ordering(answer, choices);
            case "matching" -> matching(answer, choices);
            default -> typed(type, answer);
        }
    }

    private void multipleChoice(JsonElement answer, List<String> choices) {
        if (choices == null) {
            if (field(q, "choices") == null) {
                out.problem(at + ".choices", "missing: a multiple-choice question needs 2 to 4 choices");
            }
            return;
        }
        if (choices.size() < 2) {
            out.problem(at + ".choices", "has " + choices.size() + "; a multiple-choice question needs at least 2");
        }
        if (!isString(answer)) {
            out.problem(at + ".answer", "must be a string, one of the choices");
        } else if (!choices.contains(answer.getAsString())) {
            out.problem(at + ".answer", "\"" + answer.getAsString() + "\" is not one of its choices "
                    + quoted(choices) + near(answer.getAsString(), choices));
        }
    }

    private void ordering(JsonElement answer, List<String> choices) {
        List<String> order = list(answer, "the items in the right order");
        if (order == null || choices == null) {
            return;
        }
        if (order.size() < 2) {
            out.problem(at + ".answer", "an ordering needs at least 2 items");
        }
        Map<String, Integer> want = QuizValidator.counts(choices);
        Map<String, Integer> have = QuizValidator.counts(order);
        for (int k = 0; k < order.size(); k++) {
            if (!want.containsKey(order.get(k))) {
                out.problem(at + ".answer[" + k + "]", "\"" + order.get(k) + "\" is not one of the choices"
                        + near(order.get(k), choices));
            }
        }
        for (String c : choices) {
            if (!have.containsKey(c)) {
                out.problem(at + ".answer", "leaves out the choice \"" + c + "\"; the answer orders every item");
            }
        }
    }

    private void matching(JsonElement answer, List<String> choices) {
        if (!answer.isJsonArray() || answer.getAsJsonArray().size() < 2) {
            out.problem(at + ".answer", "must be an array of at least 2 [item, match] pairs");
            return;
        }
        JsonArray pairs = answer.getAsJsonArray();
        List<String> items = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            String here = at + ".answer[" + k + "]";
            JsonElement p = pairs.get(k);
            if (!p.isJsonArray() || p.getAsJsonArray().size() != 2 || !isString(p.getAsJsonArray().get(0))
                    || !isString(p.getAsJsonArray().get(1))) {
                out.problem(here, "must be a pair of strings [item, match]");
                continue;
            }
            items.add(p.getAsJsonArray().get(0).getAsString());
            String match = p.getAsJsonArray().get(1).getAsString();
            if (choices != null && !choices.contains(match)) {
                out.problem(here + "[1]", "\"" + match + "\" is not one of the choices to match"
                        + near(match, choices));
            }
        }
        QuizValidator.counts(items).forEach((item, n) -> {
            if (n > 1) {
                out.problem(at + ".answer", "pairs \"" + item + "\" " + n + " times; each item is matched once");
            }
        });
        if (choices == null && field(q, "choices") == null) {
            out.problem(at + ".choices", "missing: the matches to choose from");
        }
    }

    private void typed(String type, JsonElement answer) {
        if (!isString(answer) || answer.getAsString().isBlank()) {
            out.problem(at + ".answer", "must be a non-empty string");
            return;
        }
        if (type.equals("numeric") && !answer.getAsString().replaceAll("[,\\s]", "").matches("[-+]?\\d+(\\.\\d+)?")
                && rules.strings(q, at, "accept") == null) {
            out.problem(at + ".answer", "\"" + answer.getAsString() + "\" is not a number; give the number in"
                    + " \"accept\" when the answer is written in words");
        }
    }

    private List<String> list(JsonElement answer, String what) {
        if (!answer.isJsonArray()) {
            out.problem(at + ".answer", "must be an array: " + what);
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonElement e : answer.getAsJsonArray()) {
            if (!isString(e)) {
                this.out.problem(at + ".answer", "must be an array of strings: " + what);
                return null;
            }
            out.add(e.getAsString());
        }
        return out;
    }

    private void distinct(List<String> choices) {
        for (int k = 0; k < choices.size(); k++) {
            String c = choices.get(k);
            if (c.isBlank()) {
                out.problem(at + ".choices[" + k + "]", "is empty");
            }
            for (int j = 0; j < k; j++) {
                if (norm(choices.get(j)).equals(norm(c))) {
                    out.problem(at + ".choices[" + k + "]", "\"" + c + "\" repeats choice " + (j + 1)
                            + "; choices must be distinct");
                    break;
                }
            }
        }
    }

    private static String near(String given, List<String> choices) {
        return choices.stream().filter(c -> norm(c).equals(norm(given))).findFirst()
                .map(c -> " (did you mean \"" + c + "\"? the answer is compared exactly)").orElse("");
    }

    private static String norm(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String quoted(List<String> choices) {
        return "[" + String.join(", ", choices.stream().map(c -> "\"" + c + "\"").toList()) + "]";
    }

    private static boolean isString(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isString();
    }
}
