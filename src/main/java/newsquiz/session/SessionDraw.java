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
     * bank has others. A type over its share waits for a second pass; a second question on a fact is never asked, so
     * a small bank can give a shorter session. The drawn questions keep the bank's order.
     */
    static List<Question> top(List<Question> ranked, int count) {
        int perType = (count + 1) / 2;
        Set<String> facts = new HashSet<>();
        Map<String, Integer> types = new HashMap<>();
        boolean[] chosen = new boolean[ranked.size()];
        int drawn = 0;
        for (boolean capTypes : new boolean[] {true, false}) {
            for (int i = 0; i < ranked.size() && drawn < count; i++) {
                Question q = ranked.get(i);
                if (chosen[i] || facts.contains(fact(q)) || capTypes && types.getOrDefault(q.type(), 0) >= perType) {
                    continue;
                }
                chosen[i] = true;
                drawn++;
                facts.add(fact(q));
                types.merge(q.type(), 1, Integer::sum);
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
