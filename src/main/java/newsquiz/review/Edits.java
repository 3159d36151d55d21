package newsquiz.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import newsquiz.questions.Question;

/**
 * A teacher's edit of one field, typed on one line: lists are written "a | b | c", a multiple-choice answer as the
 * choice or its letter, true/false as true or false, an ordering as its items in order. Each edit is checked as the
 * player would need it; a bad one is refused with the reason and changes nothing.
 */
public final class Edits {
    public enum Field { PROMPT, CHOICES, ANSWER, ACCEPT, EXPLANATION }

    record Result(Question question, String problem) {
    }

    private Edits() {
    }

    /** The field as the teacher edits it: the current value on one line. */
    public static String current(Question q, Field field) {
        return switch (field) {
            case PROMPT -> q.prompt();
            case CHOICES -> q.choices() == null ? "" : String.join(" | ", q.choices());
            case ANSWER -> switch (q.type()) {
                case "ordering", "matching" -> String.join(" | ", items(q.answer()));
                default -> String.valueOf(q.answer());
            };
            case ACCEPT -> q.accept() == null ? "" : String.join(" | ", q.accept());
            case EXPLANATION -> q.explanation() == null ? "" : q.explanation();
        };
    }

    static Result apply(Question q, Field field, String typed) {
        String text = typed == null ? "" : typed.strip();
        return switch (field) {
            case PROMPT -> text.isEmpty() ? refuse("the question cannot be empty")
                    : ok(copy(q, text, q.choices(), q.answer(), q.accept(), q.explanation()));
            case EXPLANATION -> ok(copy(q, q.prompt(), q.choices(), q.answer(), q.accept(), text.isEmpty() ? null : text));
            case ACCEPT -> ok(copy(q, q.prompt(), q.choices(), q.answer(), list(text), q.explanation()));
            case CHOICES -> choices(q, list(text));
            case ANSWER -> answer(q, text);
        };
    }

    private static Result choices(Question q, List<String> choices) {
        switch (q.type()) {
            case "multiple_choice" -> {
                if (choices.size() < 2) {
                    return refuse("give at least two choices, split by |");
                }
                if (new HashSet<>(lower(choices)).size() < choices.size()) {
                    return refuse("two choices are the same");
                }
                if (!choices.contains(String.valueOf(q.answer()))) {
                    return refuse("the answer \"" + q.answer() + "\" must stay among the choices (change the answer"
                            + " first)");
                }
            }
            case "ordering" -> {
                if (!new HashSet<>(choices).equals(new HashSet<>(items(q.answer()))) || choices.size()
                        != items(q.answer()).size()) {
                    return refuse("an ordering's choices are its items: the same items, in any order");
                }
            }
            default -> {
                return refuse("a " + q.type().replace('_', ' ') + " question's choices are not edited here");
            }
        }
        return ok(copy(q, q.prompt(), choices, q.answer(), q.accept(), q.explanation()));
    }

    private static Result answer(Question q, String text) {
        if (text.isEmpty()) {
            return refuse("the answer cannot be empty");
        }
        Object answer;
        switch (q.type()) {
            case "multiple_choice" -> {
                List<String> choices = q.choices();
                int letter = text.length() == 1 ? Character.toUpperCase(text.charAt(0)) - 'A' : -1;
                if (letter >= 0 && letter < choices.size()) {
                    answer = choices.get(letter);
                } else if (choices.contains(text)) {
                    answer = text;
                } else {
                    return refuse("give one of the choices, or its letter A-" + (char) ('A' + choices.size() - 1));
                }
            }
            case "true_false" -> {
                String t = text.toLowerCase(Locale.ROOT);
                if (!List.of("true", "false", "t", "f").contains(t)) {
                    return refuse("type true or false");
                }
                answer = t.startsWith("t");
            }
            case "ordering" -> {
                List<String> order = list(text);
                if (!new HashSet<>(order).equals(new HashSet<>(q.choices())) || order.size() != q.choices().size()) {
                    return refuse("give every item once, in the right order, split by |");
                }
                answer = order;
            }
            case "matching" -> {
                return refuse("a matching question's pairs are edited in the quiz file");
            }
            case "numeric" -> {
                if (!text.replaceAll("[,\\s]", "").matches("[-+]?\\d+(\\.\\d+)?")) {
                    return refuse("a numeric answer is a number");
                }
                answer = text;
            }
            default -> answer = text;
        }
        return ok(copy(q, q.prompt(), q.choices(), answer, q.accept(), q.explanation()));
    }

    private static List<String> items(Object answer) {
        List<String> out = new ArrayList<>();
        if (answer instanceof List<?> list) {
            for (Object o : list) {
                out.add(o instanceof List<?> pair ? pair.get(0) + " = " + pair.get(1) : String.valueOf(o));
            }
        }
        return out;
    }

    private static List<String> list(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> lower(List<String> l) {
        return l.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    private static Question copy(Question q, String prompt, List<String> choices, Object answer, List<String> accept,
                                 String explanation) {
        return new Question(q.id(), q.type(), q.kind(), prompt, choices, answer, accept, q.tolerance(), q.evidence(),
                q.spans(), q.difficulty(), q.rank(), explanation, q.review(), q.flag(), q.article());
    }

    private static Result ok(Question q) {
        return new Result(q, null);
    }

    private static Result refuse(String why) {
        return new Result(null, why);
    }
}
