package newsquiz.export;

import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.ui.SafeText;

/**
 * What every format needs from a question, as clean one-line text: the questions to export (the reviewed order:
 * accepted first, never rejected), the answer as words, the evidence and its source. Text from the quiz file is
 * untrusted: every piece goes through {@link SafeText} before any format's own escaping.
 */
final class Items {
    private Items() {
    }

    /** The questions an export holds: those a session could draw, in that order. */
    static List<Question> of(Quiz quiz) {
        return quiz.reviewedOrder();
    }

    static String clean(String s) {
        return SafeText.line(s).strip();
    }

    static List<String> clean(List<String> list) {
        return list == null ? List.of() : list.stream().map(Items::clean).toList();
    }

    static String prompt(Question q) {
        return clean(q.prompt());
    }

    /** The right answer as one line of words ("True", "A → B → C", "quote — speaker; …"). */
    static String answer(Question q) {
        return switch (q.type()) {
            case "true_false" -> Boolean.TRUE.equals(q.answer()) ? "True" : "False";
            case "ordering" -> String.join(" → ", clean(orderedItems(q)));
            case "matching" -> String.join("; ", pairs(q).stream().map(p -> p[0] + " — " + p[1]).toList());
            default -> clean(String.valueOf(q.answer()));
        };
    }

    /** The evidence sentences as one line; "" for a question without an article. */
    static String evidence(Question q) {
        return String.join(" ", clean(q.evidence()));
    }

    /** What the article says and what the explanation adds: the feedback every format shows after answering. */
    static String feedback(Question q) {
        String evidence = evidence(q);
        String explanation = clean(q.explanation());
        if (evidence.isEmpty()) {
            return explanation;
        }
        return "From the article: " + evidence + (explanation.isEmpty() ? "" : " (" + explanation + ")");
    }

    /** Wrong choices of a multiple-choice question, in order. */
    static List<String> wrong(Question q) {
        List<String> out = new ArrayList<>();
        for (String c : clean(q.choices())) {
            if (!c.equals(clean(String.valueOf(q.answer())))) {
                out.add(c);
            }
        }
        return out;
    }

    /** Typed answers that count as right: the answer, then its accepted variants, each once. */
    static List<String> typedAnswers(Question q) {
        List<String> out = new ArrayList<>();
        out.add(clean(String.valueOf(q.answer())));
        for (String a : clean(q.accept())) {
            if (!a.isEmpty() && !out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** A numeric question's number ("1,000" → 1000), from the answer or an accepted variant; null if none is one. */
    static Double number(Question q) {
        for (String t : typedAnswers(q)) {
            String s = t.replace("\u00a0", "").replaceAll("(?<=\\d)[, ](?=\\d{3}\\b)", "");
            if (s.matches("[-+]?\\d+(\\.\\d+)?")) {
                return Double.valueOf(s);
            }
        }
        return null;
    }

    /** A number as a person writes it: 1000, not 1000.0. */
    static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    @SuppressWarnings("unchecked")
    static List<String> orderedItems(Question q) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) q.answer()) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    /** A matching question's [item, match] pairs, cleaned. */
    @SuppressWarnings("unchecked")
    static List<String[]> pairs(Question q) {
        List<String[]> out = new ArrayList<>();
        for (Object o : (List<Object>) q.answer()) {
            List<Object> pair = (List<Object>) o;
            out.add(new String[] {clean(String.valueOf(pair.get(0))), clean(String.valueOf(pair.get(1)))});
        }
        return out;
    }

    /** Where the questions come from, one line: headline, publisher, date. */
    static String source(Quiz quiz) {
        Quiz.Source s = quiz.source();
        if (s == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {s.headline(), s.byline(), s.publisher(), s.published()}) {
            if (p != null && !p.isBlank()) {
                parts.add(clean(p));
            }
        }
        return String.join(" · ", parts);
    }

    static String title(Quiz quiz) {
        return clean(quiz.title() == null ? "Untitled quiz" : quiz.title());
    }

    /** "Q3 (ordering)": how a skipped question is named in the message. */
    static String name(int number, Question q) {
        return "Q" + number + " (" + q.type() + ")";
    }
}
