package newsquiz.session;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import newsquiz.questions.Question;

/**
 * Which questions a session of N asks, and how their choices are ordered. Pure: the same bank and seed give the same
 * session, so a session can be replayed.
 */
final class SessionDraw {
    private SessionDraw() {
    }

    /**
     * The best {@code count} questions of the bank (it is ranked, best first) such that no two ask about one fact (a
     * fact is the article's sentence a question stands on) and no type takes more than half the session while the
     * bank has others, and no name is the answer of more than {@value Question#SAME_NAME} of them. A type over its share waits
     * for a second pass; a second question on a fact, or a third on one name, is never asked, so a small bank can
     * give a shorter session. The drawn questions keep the bank's order.
     */
    static List<Question> top(List<Question> ranked, int count) {
        return top(ranked, count, null);
    }

    /**
     * As {@link #top(List, int)}, and a question whose answer the quiz's title states ("... dies aged 88", shown above
     * every question, over "She was _____.") only when nothing else is left, at the session's end.
     */
    static List<Question> top(List<Question> ranked, int count, String title) {
        String shown = title == null ? "" : " " + AnswerChecker.normal(title).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        List<Question> drawn = new ArrayList<>(topOf(ranked.stream().filter(q -> !lastResort(q, shown)).toList(),
                count));
        if (drawn.size() < count) {
            // what is left: the questions the title answers and generated orders of events, on facts the session
            // does not ask yet
            Set<String> asked = new HashSet<>();
            drawn.forEach(q -> asked.add(fact(q)));
            drawn.addAll(topOf(ranked.stream().filter(q -> lastResort(q, shown) && !asked.contains(fact(q)))
                    .toList(), count - drawn.size()));
        }
        return drawn;
    }

    /**
     * A question a session takes only when nothing else is left: one the title answers, or a generated order of
     * events read off tense-resolved dates (teachers took 1 of 8 and two keys were wrong). An imported or a
     * teacher's own order (no kind "date") is drawn as any other question.
     */
    private static boolean lastResort(Question q, String shownTitle) {
        return titleAnswers(q, shownTitle) || "ordering".equals(q.type()) && "date".equals(q.kind());
    }

    /** A generated question whose answer (a name, an amount, a date) stands in the title as whole words. */
    private static boolean titleAnswers(Question q, String shownTitle) {
        if (shownTitle.isBlank() || !(q.answer() instanceof String a) || q.kind() == null
                || !q.kind().matches("quote|entity|event|quantity|date")) {
            return false;
        }
        String answer = AnswerChecker.normal(a).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return !answer.isEmpty() && shownTitle.contains(" " + answer + " ");
    }

    private static List<Question> topOf(List<Question> ranked, int count) {
        int perType = (count + 1) / 2;
        Set<String> facts = new HashSet<>();
        Map<String, Integer> types = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        boolean[] chosen = new boolean[ranked.size()];
        int drawn = 0;
        for (boolean capTypes : new boolean[] {true, false}) {
            for (int i = 0; i < ranked.size() && drawn < count; i++) {
                Question q = ranked.get(i);
                String name = nameAnswered(q);
                if (chosen[i] || facts.contains(fact(q)) || capTypes && types.getOrDefault(q.type(), 0) >= perType
                        || name != null && names.getOrDefault(name, 0) >= Question.SAME_NAME) {
                    continue;
                }
                chosen[i] = true;
                drawn++;
                facts.add(fact(q));
                types.merge(q.type(), 1, Integer::sum);
                if (name != null) {
                    names.merge(name, 1, Integer::sum);
                }
            }
        }
        List<Question> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            if (chosen[i]) {
                out.add(ranked.get(i));
            }
        }
        return out;
    }

    /** The name a question asks for, in one spelling; null for any other answer. */
    private static String nameAnswered(Question q) {
        return q.nameAsked() == null ? null : AnswerChecker.normal(q.nameAsked());
    }

    /**
     * What a question is about: its first evidence sentence; a matching or ordering question gathers several facts
     * and is about all of its sentences together.
     */
    static String fact(Question q) {
        List<String> evidence = q.evidence() == null ? List.of() : q.evidence();
        if (evidence.isEmpty()) {
            return "question " + q.id();
        }
        boolean gathers = q.type().equals("matching") || q.type().equals("ordering");
        return AnswerChecker.normal(gathers ? String.join(" ", evidence) : evidence.get(0));
    }

    /**
     * The question with its choices in an order of its own, from the seed and the question's id (so one session's
     * questions are not all shuffled alike). True/false keeps True before False.
     */
    static Question shuffleChoices(Question q, long seed) {
        if (q.choices() == null || q.choices().size() < 2 || q.type().equals("true_false")) {
            return q;
        }
        List<String> choices = new ArrayList<>(q.choices());
        Collections.shuffle(choices, new Random(seed * 31 + q.id().hashCode()));
        return new Question(q.id(), q.type(), q.kind(), q.prompt(), List.copyOf(choices), q.answer(), q.accept(),
                q.tolerance(), q.evidence(), q.spans(), q.difficulty(), q.rank(), q.explanation(), null, null,
                q.article());
    }
}
