package newsquiz.questions;

import static newsquiz.questions.QuestionText.sha256;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import newsquiz.facts.Facts;

/** The bank's order: the session's head asking each fact once, then the rest of the bank, one form a fact. */
final class BankOrder {
    private final Facts facts;
    private final ArticleNames articleNames;
    private final List<Question> candidates;
    private final Set<Question> counted;
    private final Map<String, String> tested;

    BankOrder(Facts facts, ArticleNames articleNames, List<Question> candidates, Set<Question> counted,
              Map<String, String> tested) {
        this.facts = facts;
        this.articleNames = articleNames;
        this.candidates = candidates;
        this.counted = counted;
        this.tested = tested;
        this.teachersTook = new TeachersTook(facts, this::answerOf);
        this.storyYear = teachersTook.year();
        this.whoSaidForms = new WhoSaidForms(candidates);
    }

    private final WhoSaidForms whoSaidForms;
    private final TeachersTook teachersTook;
    private final Integer storyYear;

    /** The most questions a bank holds. */
    static final int MAX_QUESTIONS = 60;
    /** How many questions one sentence may give the bank, so that coverage comes from choosing facts. */
    private static final int PER_SENTENCE = 6;
    /** How many ways one fact may be asked (a choice question and a typed one, say). */
    private static final int PER_FACT = 2;

    /**
     * How many questions counted from the dateline ("on Thursday") the bank keeps, the story's main events first:
     * counting from the dateline is no reading, so a teacher gets the calendar date of what matters most and not of
     * every weekday the article names.
     */
    private static final int COUNTED_DATES = 1;
    /** The head of the bank that asks each fact once: as many questions as a long session draws. */
    static final int SESSION_HEAD = 20;

    /**
     * Best first. The head of the bank, the size of a long session, asks each fact once and no question there
     * shows another's answer (a cloze is cut to the clauses that hide it, see {@link ClozeExcerpt}); a sentence is
     * asked twice at most and an answer three times at most, each repeat only when it outranks what else is left
     * (a long lead holds more of the story than a side remark); it also mixes kinds and types. The rest of the
     * bank asks every other fact once (a sentence at most {@value #PER_SENTENCE} times): within the session's places
     * only those that show no answer of a question there and whose answer none shows, then those that clash (past
     * the places when the other facts fill them); a long bank then adds other forms of its facts (at most
     * {@value #PER_FACT} of one) past the head.
     */
    List<Question> ranked() {
        List<Question> pool = new ArrayList<>(candidates);
        pool.sort((a, b) -> Double.compare(b.rank(), a.rank()));
        List<Question> out = new ArrayList<>();
        Set<String> prompts = new HashSet<>();
        Set<String> usedSentences = new HashSet<>();
        Map<String, Integer> perAnswer = new java.util.HashMap<>();
        Set<String> usedFacts = new HashSet<>();
        boolean relaxed = false;
        // the headline does not change while the head is chosen: which answers it gives is read once
        Set<Question> headlined = new HashSet<>();
        pool.stream().filter(this::inHeadline).forEach(headlined::add);
        while (out.size() < SESSION_HEAD && !pool.isEmpty()) {
            Question pick = null;
            double best = Double.NEGATIVE_INFINITY;
            int looked = 0;
            Fit chosen = null;
            for (Question q : pool) {
                if (counted.contains(q) || q.type().equals("matching")
                        || factsOf(q).stream().anyMatch(usedFacts::contains) || prompts.contains(norm(q.prompt()))
                        || answered(q, perAnswer) >= answerCap(q)
                        || roleAgain(q, out)
                        || askedOf(q, out) >= (relaxed ? 3 : 2) || wholeSentenceClash(q, out)
                        || headlined.contains(q) || teachersTook.taken(q) < TeachersTook.RARELY_TAKEN && !firstWhy(q, out)
                        || spoken(q, out) >= (relaxed ? 2 : 1) || samePassage(q, out) || summed(q, out) > 0) {
                    continue;
                }
                Fit fit = fit(q, out, false);
                if (fit == null) {
                    continue;
                }
                if (looked++ == 16) {
                    break;
                }
                // a sentence asked again only when it beats what else is left
                boolean shared = q.evidence().stream().anyMatch(usedSentences::contains);
                double score = q.rank() + TeachersTook.teachersPrior(q) - mixing(q, out)
                        - (shared ? SENTENCE_AGAIN : 0);
                if (score > best) {
                    best = score;
                    pick = q;
                    chosen = fit;
                }
            }
            if (pick == null && !relaxed) {
                // out of facts that keep to the caps: a sentence a third time, a speaker's second quotation,
                // rather than a question another one gives away
                relaxed = true;
                continue;
            }
            if (pick == null) {
                break;
            }
            pool.remove(pick);
            chosen.cuts().forEach(out::set);
            chosen.cuts().values().forEach(c -> prompts.add(norm(c.prompt())));
            pick = chosen.question();
            usedSentences.addAll(pick.evidence());
            usedFacts.addAll(factsOf(pick));
            countAnswer(pick, perAnswer);
            prompts.add(norm(pick.prompt()));
            out.add(withId(pick));
        }
        Map<String, Integer> perSentence = new java.util.HashMap<>();
        for (Question q : out) {
            perSentence.merge(q.evidence().get(0), 1, Integer::sum);
            perSentence.merge(q.evidence().get(0) + "|" + q.answer(), 1, Integer::sum);
        }
        // every other fact once; the matching of all quotations and the keys of facts asked only true or false
        // come after them
        List<Question> fresh = new ArrayList<>();
        List<Question> again = new ArrayList<>();
        List<Question> otherForms = new ArrayList<>();
        List<Question> matching = new ArrayList<>();
        Set<String> named = new HashSet<>();
        out.stream().filter(q -> q.answer() instanceof String).forEach(q -> named.addAll(factsOf(q)));
        for (Question q : pool) {
            if (counted.contains(q)) {
                continue;
            }
            if (q.type().equals("matching")) {
                // it asks every quotation's speaker again at once: the bank's very last question
                matching.add(q);
                continue;
            }
            // a fact is asked once in the whole bank; but for a fact asked only true or false so far, its key is
            // kept too, at the very end, for a teacher to choose (true/false does not say who or how many)
            if (factsOf(q).stream().anyMatch(usedFacts::contains)) {
                if (q.answer() instanceof String && factsOf(q).stream().noneMatch(named::contains)) {
                    again.add(q);
                    named.addAll(factsOf(q));
                } else {
                    otherForms.add(q);
                }
                continue;
            }
            usedFacts.addAll(factsOf(q));
            if (q.answer() instanceof String) {
                named.addAll(factsOf(q));
            }
            fresh.add(q);
        }
        // the session's places the head left: every fact still unasked there costs the session something (it
        // shares a sentence or an answer with the head, or reads as the same passage), so each place takes the one
        // that costs least. One that shows another's answer, or whose answer another shows, takes none: judges
        // struck it and often the other too
        boolean lastPlaces = false;
        while (out.size() < SESSION_HEAD && !fresh.isEmpty()) {
            Question pick = null;
            Fit chosen = null;
            double least = Double.POSITIVE_INFINITY;
            for (Question q : fresh) {
                String sentence = q.evidence().get(0);
                // an order of events read off tense-resolved dates can be wrong (a forecast told before what it
                // foretold, a filing and its announcement one event): teachers took 1 in 8, and 2 keys were
                // wrong, so it never fills a session's place
                // a name is the answer of two questions of a session at most: a third waits past its places
                if (perSentence.getOrDefault(sentence, 0) >= PER_SENTENCE || prompts.contains(norm(q.prompt()))
                        || q.type().equals("ordering") || nameAgain(q, out)
                        || !lastPlaces && waitsForLastPlaces(q, perAnswer, headlined)) {
                    continue;
                }
                // a question that shows another's answer, or that another shows, never takes a session's place
                // (teachers took 1 in 20 of those whose answer another prompt showed); nor one a sum gives ("born in
                // 1920" beside "died at the age of _____")
                Fit fit = fit(q, out, true);
                if (fit == null || summed(q, out) > 0) {
                    continue;
                }
                double cost = wholeSentenceClash(q, out) ? 1 : 0;
                // a number or date asked again is one fact told twice, and a speaker's next quotation reads as the
                // same passage: teachers struck both questions, as for a giveaway
                cost += answered(q, perAnswer) >= answerCap(q) ? 2 : 0;
                // a speaker's second quotation, both asked with choices, was taken half the time and spares the
                // first (typed, 17 in 100 and the first struck too): it costs what its place is worth
                long spoken = spoken(q, out);
                cost += spoken == 1 && choicesAgain(q) ? 0 : spoken;
                cost += samePassage(q, out) ? 2 : 0;
                cost += roleAgain(q, out) ? 2 : 0;
                cost += askedOf(q, out);
                cost += 1 - teachersTook.taken(q);
                cost -= q.rank() / 100;
                if (cost < least) {
                    least = cost;
                    pick = q;
                    chosen = fit;
                }
            }
            if (pick == null && !lastPlaces) {
                lastPlaces = true;
                continue;
            }
            if (pick == null) {
                break;
            }
            fresh.remove(pick);
            chosen.cuts().forEach(out::set);
            chosen.cuts().values().forEach(c -> prompts.add(norm(c.prompt())));
            pick = chosen.question();
            perSentence.merge(pick.evidence().get(0), 1, Integer::sum);
            perSentence.merge(pick.evidence().get(0) + "|" + pick.answer(), 1, Integer::sum);
            countAnswer(pick, perAnswer);
            prompts.add(norm(pick.prompt()));
            out.add(withId(pick));
        }
        // counted dates go last, so that even a short bank never opens a session with one; a third question on a
        // name waits past the session's places, before them
        List<Question> rest = new ArrayList<>(fresh);
        rest.addAll(again);
        List<Question> later = new ArrayList<>();
        List<Question> clashing = new ArrayList<>();
        for (Question pick : rest) {
            if (out.size() >= SESSION_HEAD) {
                placeAfterHead(pick, out, perSentence, prompts, matching.size());
            } else if (nameAgain(pick, out) || pick.type().equals("ordering")) {
                later.add(pick);
            } else if (!joinedSession(pick, out, perSentence, prompts, matching.size())) {
                clashing.add(pick);
            }
        }
        later.stream().filter(pick -> !pick.type().equals("ordering"))
                .forEach(pick -> placeAfterHead(pick, out, perSentence, prompts, matching.size()));
        // a question that clashes with the session comes after every other fact: past the session's places when
        // the bank's facts fill them, else in its last places (other forms of facts would ask a fact twice there)
        placeClashing(clashing, out, perSentence, prompts, matching.size());
        for (Question pick : later) {
            // an order of events never stands among a session's places, even in a short bank: two keys of eight
            // were wrong (a forecast told before what it foretold, two clauses of one event)
            if (pick.type().equals("ordering") && out.size() >= SESSION_HEAD) {
                placeAfterHead(pick, out, perSentence, prompts, matching.size());
            }
        }
        pool.stream().filter(counted::contains).limit(COUNTED_DATES)
                .forEach(pick -> placeAfterHead(pick, out, perSentence, prompts, matching.size()));
        // a long bank also keeps another form of a fact it asks (typed after a choice, say), for a teacher's
        // choice and for longer sessions; never within a session's first twenty, where it would ask a fact twice
        for (Question pick : otherForms) {
            // the matching keeps its place at the end of a full bank
            if (out.size() >= MAX_QUESTIONS - matching.size() || out.size() < SESSION_HEAD) {
                break;
            }
            String fact = pick.evidence().get(0) + "|" + pick.answer();
            if (perSentence.getOrDefault(fact, 0) < PER_FACT && prompts.add(norm(pick.prompt()))) {
                perSentence.merge(fact, 1, Integer::sum);
                out.add(withId(pick));
            }
        }
        for (Question pick : matching) {
            // within a session's first twenty it would ask every speaker again beside the questions that ask each
            // one (teachers struck it and them as one fact twice): a short bank goes without it
            if (out.size() >= SESSION_HEAD && out.size() < MAX_QUESTIONS && prompts.add(norm(pick.prompt()))) {
                out.add(withId(pick));
            }
        }
        hideAnswersInSession(out);
        return out;
    }

    /**
     * Within a session's places, a prompt that still shows another question's number, date or name (a short bank puts
     * every question there, those placed past the head too) leaves it out where its sentence allows: "The turnout was
     * about _____, some […] higher than last year" beside the question that asks the "25%".
     */
    private void hideAnswersInSession(List<Question> out) {
        int places = Math.min(SESSION_HEAD, out.size());
        for (int i = 0; i < places; i++) {
            Question q = out.get(i);
            if (q.type().equals("true_false") || q.type().equals("matching") || q.type().equals("ordering")) {
                continue;
            }
            List<String> shown = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int j = 0; j < places; j++) {
                Question other = out.get(j);
                String theirs = answerOf(other);
                if (j != i && theirs != null && elidable(other) && !namedFreely(other, q.prompt())
                        && articleNames.showsAny(norm(q.prompt()), theirs)) {
                    shown.add(theirs);
                    // the bare key is left out, its bound kept: "about _____, some […] higher", not "_____, […]"
                    keys.add(other.answer() instanceof String key ? key : theirs);
                }
            }
            if (shown.isEmpty()) {
                continue;
            }
            String hidden = hide(q, keys, text -> shown.stream().anyMatch(a -> articleNames.showsAny(norm(text), a)));
            if (hidden != null && !hidden.equals(q.prompt())) {
                out.set(i, withId(q.withPrompt(hidden)));
            }
        }
    }

    /**
     * The question placed among the session's places when it fits there, cut as {@link #fit} cuts it and the
     * questions there: whether it was. A question that shows another's answer, or whose answer another shows, a
     * year a sum gives, a true/false statement beside a question on its sentence, or a prompt the bank has already
     * (a typed who-said turned into one with choices the bank asks) does not join.
     */
    private boolean joinedSession(Question pick, List<Question> out, Map<String, Integer> perSentence,
                                  Set<String> prompts, int keptForLast) {
        Fit fit = fit(pick, out, true);
        if (fit == null || summed(pick, out) > 0 || wholeSentenceClash(pick, out)
                || out.stream().anyMatch(o -> norm(o.prompt()).equals(norm(fit.question().prompt())))) {
            return false;
        }
        int before = out.size();
        List<Question> was = new ArrayList<>(out);
        fit.cuts().forEach(out::set);
        placeAfterHead(fit.question(), out, perSentence, prompts, keptForLast);
        if (out.size() == before) {
            // crowded or asked already: the session keeps its questions as they were
            for (int i = 0; i < was.size(); i++) {
                out.set(i, was.get(i));
            }
            return false;
        }
        fit.cuts().values().forEach(c -> prompts.add(norm(c.prompt())));
        return true;
    }

    /**
     * The questions that clash with the session, after every other fact: while they still take the session's places
     * (the bank's facts did not fill them), the one that gives away fewest answers still standing first (one already
     * given away by another costs nothing more); past the places, in rank order.
     */
    private void placeClashing(List<Question> clashing, List<Question> out, Map<String, Integer> perSentence,
                               Set<String> prompts, int keptForLast) {
        Set<Integer> givenAway = new HashSet<>();
        List<Question> left = new ArrayList<>(clashing);
        while (!left.isEmpty()) {
            Question pick = left.get(0);
            if (out.size() < SESSION_HEAD) {
                long least = Long.MAX_VALUE;
                for (Question q : left) {
                    long strikes = IntStream.range(0, out.size())
                            .filter(i -> !givenAway.contains(i) && answersAnother(q, List.of(out.get(i)))).count();
                    if (strikes < least) {
                        least = strikes;
                        pick = q;
                    }
                }
            }
            left.remove(pick);
            int at = out.size();
            placeAfterHead(pick, out, perSentence, prompts, keptForLast);
            if (out.size() > at && at < SESSION_HEAD) {
                Question placed = pick;
                IntStream.range(0, at).filter(i -> answersAnother(placed, List.of(out.get(i))))
                        .forEach(givenAway::add);
                givenAway.add(at);
            }
        }
    }

    /** A question past the head, unless the bank is full or its sentence, fact or prompt is asked enough already. */
    private void placeAfterHead(Question pick, List<Question> out, Map<String, Integer> perSentence, Set<String> prompts,
                                int keptForLast) {
        if (out.size() >= MAX_QUESTIONS - keptForLast) {
            return;
        }
        String sentence = pick.evidence().get(0);
        String fact = sentence + "|" + pick.answer();
        boolean crowded = !pick.type().equals("matching") && !pick.type().equals("ordering")
                && (perSentence.getOrDefault(sentence, 0) >= PER_SENTENCE
                || perSentence.getOrDefault(fact, 0) >= PER_FACT);
        if (crowded || !prompts.add(norm(pick.prompt()))) {
            return;
        }
        perSentence.merge(sentence, 1, Integer::sum);
        perSentence.merge(fact, 1, Integer::sum);
        out.add(withId(pick));
    }

    /**
     * A question that takes a session's place only when every other fact has one, whatever those cost: one the
     * headline answers (the home screen lists the quiz by its headline), or an amount or a date asked already (one
     * fact told twice: teachers took 3 of 36 such over six rounds). A short bank still asks them, last, cut as any
     * other place's question is.
     */
    private boolean waitsForLastPlaces(Question q, Map<String, Integer> perAnswer, Set<Question> headlined) {
        return headlined.contains(q) || once(q) && answered(q, perAnswer) >= answerCap(q);
    }

    /**
     * A third question of the session's places whose answer is one name ("7 of 10 answers the same person"): it
     * waits past them, as a session drawn from the bank would skip it.
     */
    private boolean nameAgain(Question q, List<Question> chosen) {
        String name = nameAnswered(q);
        return name != null && chosen.stream().limit(SESSION_HEAD).filter(o -> name.equals(nameAnswered(o))).count()
                >= Question.SAME_NAME;
    }

    private String nameAnswered(Question q) {
        return q.nameAsked() == null ? null : norm(q.nameAsked());
    }


    /**
     * How many who-said questions of the session already have this one's speaker: a second quotation of one
     * speaker reads as the same passage asked again, and its answer is known from the first.
     */
    private long spoken(Question q, List<Question> chosen) {
        if (!q.kind().equals("quote") || answerOf(q) == null) {
            return 0;
        }
        return chosen.stream().filter(o -> o.kind().equals("quote") && answerOf(o) != null
                && norm(answerOf(o)).equals(norm(answerOf(q)))).count();
    }

    /** A who-said question on a quotation, which the session can ask with choices. */
    private boolean choicesAgain(Question q) {
        return WhoSaidForms.withChoices(q) || whoSaidForms.withChoicesFor(q) != null;
    }

    /**
     * A speaker's quotation from the paragraph of another of theirs the session asks, or the next one: teachers read
     * the two as one passage asked twice and struck both (taken 20 of 68 in one paragraph, 9 of 30 in the next, 23 of
     * 34 further apart).
     */
    private boolean samePassage(Question q, List<Question> chosen) {
        if (!q.kind().equals("quote") || answerOf(q) == null) {
            return false;
        }
        int at = paragraphOf(q);
        return at >= 0 && chosen.stream().anyMatch(o -> o.kind().equals("quote") && answerOf(o) != null
                && norm(answerOf(o)).equals(norm(answerOf(q))) && paragraphOf(o) >= 0
                && Math.abs(paragraphOf(o) - at) <= 1 && !o.evidence().equals(q.evidence()));
    }

    /** The paragraph of the article that holds the question's first sentence of evidence; -1 when none does. */
    private int paragraphOf(Question q) {
        return paragraphs.computeIfAbsent(q.evidence().get(0), sentence -> facts.article().paragraphs().stream()
                .filter(p -> p.text().contains(sentence)).mapToInt(newsquiz.article.Paragraph::index).findFirst()
                .orElse(-1));
    }

    private final Map<String, Integer> paragraphs = new java.util.HashMap<>();

    /** The session's one why-question: why things happened is part of a story's main point, whatever the form. */
    private static boolean firstWhy(Question q, List<Question> chosen) {
        // "What reason does Ana Lima give for saying ...?" reads a reason out of a quotation and names its
        // speaker: not the story's why
        return q.kind().equals("cause") && !q.prompt().startsWith("What reason does")
                && chosen.stream().noneMatch(o -> o.kind().equals("cause"));
    }

    /** What asking a sentence of the article a second time costs in the ranking of the session's head. */
    private static final double SENTENCE_AGAIN = 1.5;

    /** How many questions of the head already have this question's answer (a true/false one: the one it tests). */
    private int answered(Question q, Map<String, Integer> perAnswer) {
        String a = answerOf(q);
        int asked = a == null ? 0 : perAnswer.getOrDefault(norm(a), 0);
        // "more than 3.4 million strong" and "about 3.4 million people" ask one amount under two bounds
        return once(q) && q.answer() instanceof String key ? Math.max(asked, perAnswer.getOrDefault(BARE + norm(key), 0))
                : asked;
    }

    /** The question's answer counted as the head's; an amount's or a date's bare key as well. */
    private void countAnswer(Question q, Map<String, Integer> perAnswer) {
        if (answerOf(q) != null) {
            perAnswer.merge(norm(answerOf(q)), 1, Integer::sum);
        }
        if (once(q) && q.answer() instanceof String key) {
            perAnswer.merge(BARE + norm(key), 1, Integer::sum);
        }
    }

    /** Marks an amount's key counted without its bound, apart from answers counted as written. */
    private static final String BARE = "bare|";

    /**
     * How many questions of a session may have one answer: a number or a date once (an amount asked twice is one
     * fact told twice), a name twice.
     */
    private static int answerCap(Question q) {
        return once(q) ? 1 : Question.SAME_NAME;
    }

    /** A number or a date: asked twice in a session, it is one fact told twice, however short the article. */
    private static boolean once(Question q) {
        return q.kind().equals("quantity") || q.kind().equals("date");
    }

    /**
     * A person's or body's role asked again: "which person does the article describe as “Samoan Prime Minister”"
     * beside "... as “Prime Minister”" or "Prime Minister _____" asks one fact, the holder of one office, twice.
     */
    private boolean roleAgain(Question q, List<Question> chosen) {
        if (!asksRole(q) || !(q.answer() instanceof String a)) {
            return false;
        }
        return chosen.stream().anyMatch(o -> asksRole(o) && o.answer() instanceof String b
                && (articleNames.showsAny(norm(b), a) || articleNames.showsAny(norm(a), b)));
    }

    private static boolean asksRole(Question q) {
        return q.kind().equals("entity") && (q.prompt().contains(" does the article describe as “")
                || EntityQuestions.titledBlank(q.prompt()));
    }

    /** The answer a student must know: the key, or for a true/false statement what it tests; null for lists. */
    private String answerOf(Question q) {
        if (q.answer() instanceof String a) {
            // asked of every pair of questions at every place: an amount's bound is read once a question
            return q.kind().equals("quantity") ? amountsWritten.computeIfAbsent(q,
                    k -> QuantityQuestions.asWritten(q.prompt(), a)) : a;
        }
        return tested.get(q.prompt());
    }

    private final Map<Question, String> amountsWritten = new java.util.IdentityHashMap<>();

    /**
     * A fact is what a sentence says of one answer: the same sentence and answer asked twice is one fact ("who is
     * the ambassador" and "who said this" of one sentence naming him). Who said a quotation is one fact however it
     * is asked (typed, with choices, true or false).
     */
    private List<String> factsOf(Question q) {
        String answer = answerOf(q) != null ? norm(answerOf(q)) : q.prompt();
        // a quotation over two sentences is one fact of each: "... as well," Sarah Sanders told reporters' with
        // her name blanked asks who said it again
        List<String> facts = new ArrayList<>();
        q.evidence().forEach(sentence -> facts.add(sentence + "|" + answer));
        if ((q.kind().equals("quote") || q.kind().equals("statement")) && !q.type().equals("matching")) {
            // what someone said and who said it are one fact of the words
            facts.add("quote|" + q.evidence().get(0));
        }
        return facts;
    }

    /**
     * A true/false statement prints its whole sentence, so it shares that sentence with no other question of the
     * session (a quotation's statement excepted: it prints only the quoted words).
     */
    private static boolean wholeSentenceClash(Question q, List<Question> chosen) {
        return chosen.stream().anyMatch(o -> (statesSentence(q) || statesSentence(o))
                && (o.evidence().stream().anyMatch(q.evidence()::contains) || printsStated(q, o) || printsStated(o, q)));
    }

    /** A cloze printing the stated sentence before its own ("… a teacher. He taught in _____.") tells it too. */
    private static boolean printsStated(Question stating, Question other) {
        if (!statesSentence(stating)) {
            return false;
        }
        String sentence = stating.evidence().get(0).strip().replaceAll("[.!?]+$", "");
        return sentence.length() > 20 && other.prompt().contains(sentence);
    }

    /** How many of the chosen questions ask of the question's sentence: a session asks one sentence twice at most. */
    private static long askedOf(Question q, List<Question> chosen) {
        return chosen.stream().filter(o -> o.evidence().get(0).equals(q.evidence().get(0))).count();
    }

    private static boolean statesSentence(Question q) {
        return q.type().equals("true_false") && !q.kind().equals("quote");
    }

    /** A question as it can join a session, with the questions already there that had to be cut for it. */
    private record Fit(Question question, Map<Integer, Question> cuts) {
    }

    /**
     * The question as it can join the chosen ones without one answering another: a cloze cut to the clauses of
     * its sentence that hide their answers, and theirs cut to hide its own; null when no cut does.
     */
    private Fit fit(Question asked, List<Question> placed, boolean eliding) {
        // a why-question's reason, told by a cloze of its sentence, is left out of the cloze as a number is ("… is
        // not in operation […]"): both keep their places
        Question reasonHidden = asked;
        Map<Integer, Question> reasonCuts = new java.util.HashMap<>();
        if (eliding) {
            for (Question o : placed) {
                String hidden = reasonShown(o, reasonHidden) ? reasonLeftOut(reasonHidden, o) : null;
                reasonHidden = hidden != null ? reasonHidden.withPrompt(hidden) : reasonHidden;
            }
            for (int i = 0; i < placed.size(); i++) {
                String hidden = reasonShown(reasonHidden, placed.get(i)) ? reasonLeftOut(placed.get(i), reasonHidden)
                        : null;
                if (hidden != null) {
                    reasonCuts.put(i, withId(placed.get(i).withPrompt(hidden)));
                }
            }
        }
        Question q = reasonHidden;
        List<Question> chosen = IntStream.range(0, placed.size()).mapToObj(i -> reasonCuts.getOrDefault(i,
                placed.get(i))).toList();
        if (chosen.stream().anyMatch(o -> reasonShown(q, o) || reasonShown(o, q)
                || claimShown(q, o) || claimShown(o, q))) {
            return null; // a reason or a claim is a clause: no cut hides it and keeps the other question whole
        }
        // a speaker asked with choices is not given away by a prompt naming them without their words
        List<String> theirs = chosen.stream().filter(o -> !mainActorSpeaks(o) && !namedFreely(o, q.prompt()))
                .map(this::answerOf).filter(a -> a != null).toList();
        // the head asks the facts that need no words left out; a place it left takes one with a number, a date or
        // a name left out before one that shows another's answer
        List<String> leftOut = !eliding ? List.of() : chosen.stream().filter(this::elidable).map(this::answerOf)
                .filter(a -> a != null).toList();
        String prompt = hide(q, leftOut, text -> theirs.stream().anyMatch(a -> articleNames.showsAny(norm(text), a)));
        Map<Integer, Question> cuts = new java.util.HashMap<>();
        if (prompt == null) {
            // no cut hides the speakers it names: those asked typed are asked with choices instead, and the words
            // they are asked about are cut from it ("Ana Lima of the _____, speaking to the BBC, said …")
            List<Integer> speakers = IntStream.range(0, chosen.size())
                    .filter(i -> !mainActorSpeaks(chosen.get(i)) && answerOf(chosen.get(i)) != null
                            && (WhoSaidForms.withChoices(chosen.get(i))
                            || whoSaidForms.withChoicesFor(chosen.get(i)) != null)).boxed().toList();
            List<String> rest = IntStream.range(0, chosen.size()).filter(i -> !speakers.contains(i))
                    .mapToObj(chosen::get).filter(o -> !mainActorSpeaks(o))
                    .map(this::answerOf).filter(a -> a != null).toList();
            prompt = speakers.isEmpty() ? null : hide(q, leftOut, text -> rest.stream()
                    .anyMatch(a -> articleNames.showsAny(norm(text), a))
                    || speakers.stream().anyMatch(i -> whoSaidForms.tellsWords(text, chosen.get(i))));
            if (prompt == null) {
                return null;
            }
            String shown = norm(prompt);
            for (int i : speakers) {
                if (!WhoSaidForms.withChoices(chosen.get(i)) && articleNames.showsAny(shown, answerOf(chosen.get(i)))) {
                    cuts.put(i, withId(whoSaidForms.withChoicesFor(chosen.get(i))));
                }
            }
        }
        Question fitted = prompt.equals(q.prompt()) ? q : q.withPrompt(prompt);
        String mine = answerOf(q);
        if (mine != null && !mainActorSpeaks(q)) {
            for (int i = 0; i < chosen.size(); i++) {
                Question o = cuts.getOrDefault(i, chosen.get(i));
                if (namedFreely(fitted, o.prompt())) {
                    continue;
                }
                String cut = hide(o, eliding && elidable(q) ? List.of(mine) : List.of(),
                        text -> articleNames.showsAny(norm(text), mine));
                if (cut == null && whoSaidForms.withChoicesFor(fitted) != null
                        && !whoSaidForms.tellsWords(o.prompt(), fitted)) {
                    // its speaker named by a prompt no cut can spare: asked with choices
                    fitted = whoSaidForms.withChoicesFor(fitted);
                    continue;
                }
                if (cut == null) {
                    return null;
                }
                if (!cut.equals(o.prompt())) {
                    cuts.put(i, withId(o.withPrompt(cut)));
                }
            }
        }
        if (spoken(fitted, chosen) > 0) {
            // a speaker asked twice: typed, the second reads as the first's answer again (teachers took 17 in 100
            // such, and 48 of the first), with choices half of the second and most of the first
            Question offered = whoSaidForms.withChoicesFor(fitted);
            fitted = offered != null ? offered : fitted;
            for (int i = 0; i < chosen.size(); i++) {
                Question o = cuts.getOrDefault(i, chosen.get(i));
                Question again = spoken(o, List.of(fitted)) > 0 ? whoSaidForms.withChoicesFor(o) : null;
                if (again != null) {
                    cuts.put(i, withId(again));
                }
            }
        }
        reasonCuts.forEach(cuts::putIfAbsent);
        return new Fit(fitted, cuts);
    }

    /** The cloze with the why-question's reason left out, when it still reads and no longer tells the reason. */
    private static String reasonLeftOut(Question cloze, Question why) {
        if (cloze.kind().equals("cause") || !(why.answer() instanceof String reason)) {
            return null;
        }
        String hidden = ClozeExcerpt.eliding(cloze.prompt(), List.of(reason.replaceFirst(
                "^(because|after|following|as|since|due to|for) ", "")));
        return hidden == null || reasonShown(why, cloze.withPrompt(hidden)) ? null : hidden;
    }

    /** A who-said question with choices, which another prompt may name the speaker of without telling the words. */
    private boolean namedFreely(Question whoSaid, String otherPrompt) {
        return whoSaidForms.namedFreely(whoSaid, otherPrompt);
    }

    /**
     * A question whose answer another cloze may leave out of its sentence: a number, a date, or a name (not the
     * story's main actor, whom every prompt may name).
     */
    private boolean elidable(Question q) {
        return once(q) || q.answer() instanceof String && !mainActorSpeaks(q)
                && (q.kind().equals("entity") || q.kind().equals("quote") || q.kind().equals("event"));
    }

    /**
     * The question's prompt showing nothing flagged: cut (see {@link #cut}), or else, for a cloze whose own clause
     * shows another question's number, date or name, with those left out ("… and […] Republicans", "fashion designer
     * _____ and Grateful Dead drummer […]"); null when neither hides it. A cut comes first: it reads as the article's
     * own words.
     */
    private static String hide(Question q, List<String> leftOut, java.util.function.Predicate<String> shows) {
        // a cloze given the sentence before its pronoun keeps it: words left out rather than the clause that says
        // whom "He was _____" means cut away
        if (ClozeExcerpt.toldBefore(q.prompt()) && !leftOut.isEmpty()) {
            String elided = ClozeExcerpt.eliding(q.prompt(), leftOut);
            if (elided != null && !shows.test(elided)) {
                return elided;
            }
        }
        String cut = cut(q, shows);
        if (cut != null || q.kind().equals("quote")) {
            return cut;
        }
        String elided = ClozeExcerpt.eliding(q.prompt(), leftOut);
        return elided == null ? null : ClozeExcerpt.avoiding(elided, shows);
    }

    /**
     * The question's prompt cut so that it shows nothing flagged: a cloze to the clauses around its blank, a who-said
     * question's quotation to a run of its words (a date or an amount in the quoted words is another question's).
     */
    private static String cut(Question q, java.util.function.Predicate<String> shows) {
        return q.kind().equals("quote") ? ClozeExcerpt.quotationAvoiding(q.prompt(), shows)
                : ClozeExcerpt.avoiding(q.prompt(), shows);
    }

    /**
     * Who said it, when it is the story's main actor: every prompt may name the actor without telling which words
     * are theirs. Any other question on the main actor ("Fill in: _____ announced ...") is given away by them.
     */
    private boolean mainActorSpeaks(Question q) {
        return q.kind().equals("quote") && answerOf(q) != null && articleNames.ubiquitous(answerOf(q));
    }

    /** One question of the session answering another: its answer in their prompt, or theirs in its prompt. */
    private boolean answersAnother(Question q, List<Question> chosen) {
        String prompt = norm(q.prompt());
        for (Question other : chosen) {
            if (reasonShown(q, other) || reasonShown(other, q) || bySum(q, other) || bySum(other, q)
                    || claimShown(q, other) || claimShown(other, q)) {
                return true;
            }
            if (q.answer() instanceof String a && !mainActorSpeaks(q) && !namedFreely(q, other.prompt())
                    && articleNames.showsAny(norm(other.prompt()), a)
                    || other.answer() instanceof String b && !mainActorSpeaks(other) && !namedFreely(other, q.prompt())
                    && articleNames.showsAny(prompt, b)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "What did Sheldon Yett say?" shows whole claims as its choices, and so the answers they hold ("... to exceed 90
     * percent" beside "... was to exceed _____"); and any other question on its sentence shows its key.
     */
    private boolean claimShown(Question statement, Question other) {
        if (!statement.kind().equals("statement") || other == statement) {
            return false;
        }
        if (other.evidence().stream().anyMatch(statement.evidence()::contains)) {
            return true;
        }
        String theirs = answerOf(other);
        return theirs != null && statement.choices() != null && articleNames.showsAny(norm(String.join(" | ",
                statement.choices())), theirs);
    }

    private final YearArithmetic.Terms sums = new YearArithmetic.Terms();

    /** How many placed questions make a sum with this one, either giving the other's year or span. */
    private long summed(Question q, List<Question> chosen) {
        return chosen.stream().filter(o -> bySum(q, o) || bySum(o, q)).count();
    }

    /** A year or a span of years another prompt gives by a sum ("born in 1920" beside "died at the age of _____"). */
    private boolean bySum(Question q, Question other) {
        return (q.kind().equals("date") || q.kind().equals("quantity")) && !q.type().equals("true_false")
                && q.answer() instanceof String a && other != q
                && sums.gives(a, q.prompt(), other.prompt(), storyYear);
    }

    /**
     * A why-question's reason told by another prompt, even with one of its words blanked ("... as it was not an
     * open race sanctioned under _____ rules"): most of the reason's content words stand there.
     */
    private static boolean reasonShown(Question why, Question other) {
        if (!why.kind().equals("cause") || !(why.answer() instanceof String reason) || other == why) {
            return false;
        }
        Set<String> words = new HashSet<>(Choices.words(reason));
        words.removeIf(w -> w.length() <= 3);
        if (words.size() < 2) {
            return false;
        }
        // "Trump's refusal to re-certify the deal" tells "Trump refused to certify it": another form of a word is
        // shown too
        Set<String> shown = Choices.words(other.prompt());
        return words.stream().filter(w -> shown.stream().anyMatch(v -> sameWord(w, v))).count() * 10
                >= words.size() * 6;
    }

    /**
     * Two forms of one word: most of the longer one, five letters at least, begins both ("refused", "refusal"); not
     * "governor" and "government", "contract" and "control".
     */
    private static boolean sameWord(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return a.equals(b) || common >= STEM && common * 10 >= Math.max(a.length(), b.length()) * 7;
    }

    private static final int STEM = 5;

    /** The headline or the dateline, shown with the quiz, names the answer: asking it tests nothing. */
    private boolean inHeadline(Question q) {
        String headline = facts.article().headline();
        if (q.kind().equals("date") && q.answer() instanceof String key && facts.article().published() != null) {
            // the quiz's screens show the story's date above every question: "said on _____" is answered there,
            // as a day with its weekday ("Wednesday, March 13, 2024") too
            String day = WeekdayQuestion.dateOf(key);
            String dateline = Distractors.Format.date(facts.article().published());
            if (day.equals(dateline) || dateline.startsWith(day + ",")) {
                return true;
            }
        }
        // a true/false statement tests the amount or the speaker it states: the headline gives that away as well
        // (an amount's key is read bare: "four" under "Bees can count to four", not "up to four")
        String a = q.answer() instanceof String key ? key : answerOf(q);
        if (headline != null && a != null && q.kind().equals("cause")) {
            // "Germany bans Mahan Air, citing 'security'" above "why ...? security reasons": half the reason's words
            // the headline prints and no wrong reason shares ("Congress" in a long reason tells nothing)
            Set<String> others = new HashSet<>();
            (q.choices() == null ? List.<String>of() : q.choices()).stream().filter(c -> !c.equals(a))
                    .forEach(c -> others.addAll(Choices.words(c)));
            Set<String> h = Choices.words(headline);
            List<String> words = Choices.words(a).stream().filter(w -> w.length() >= 4).toList();
            long printed = words.stream().filter(w -> h.contains(w) && !others.contains(w)).count();
            return printed > 0 && printed * 2 >= words.size();
        }
        if (headline == null || a == null) {
            return false;
        }
        // "dies aged 95" above "was born in _____", "in 41 years" above "since _____": the year by subtraction
        if (q.kind().equals("date") && YearArithmetic.countedBack(a, headline, storyYear)) {
            return true;
        }
        // "101-year-old bottle" above "The bottle had been at sea for _____ years"
        var number = Pattern.compile("\\d[\\d,.]*\\d|\\d").matcher(a);
        while (number.find()) {
            if (Pattern.compile("(?<![\\d,.])" + Pattern.quote(number.group()) + "(?![\\d]|[,.]\\d)")
                    .matcher(headline).find()) {
                return true;
            }
        }
        Set<String> h = Choices.words(headline);
        Set<String> words = Choices.words(a);
        return !words.isEmpty() && (h.containsAll(words) || words.stream().anyMatch(w -> w.length() >= 4
                && h.contains(w) && a.matches("(?s).*\\b\\p{Lu}\\p{L}*.*") && Character.isUpperCase(
                a.charAt(a.toLowerCase(Locale.ROOT).indexOf(w) < 0 ? 0 : a.toLowerCase(Locale.ROOT).indexOf(w)))));
    }

    /** How much a question repeats the kinds and types just before it. */
    private static double mixing(Question q, List<Question> out) {
        double penalty = 0;
        for (int back = 1; back <= 3 && back <= out.size(); back++) {
            Question prev = out.get(out.size() - back);
            penalty += (prev.kind().equals(q.kind()) ? 0.6 : 0) / back;
            penalty += (prev.type().equals(q.type()) ? 0.4 : 0) / back;
        }
        return penalty;
    }

    /** Texts in comparable form: the same prompts and answers are compared many times over while a bank is ordered. */
    private String norm(String text) {
        return normed.computeIfAbsent(text, QuestionText::norm);
    }

    private final Map<String, String> normed = new java.util.HashMap<>();

    private static Question withId(Question q) {
        String id = "q-" + sha256(q.type() + "|" + q.prompt()).substring(0, 10);
        return new Question(id, q.type(), q.kind(), q.prompt(), q.choices(), q.answer(), q.accept(), q.tolerance(),
                q.evidence(), q.spans(), q.difficulty(), Math.round(q.rank() * 1000) / 1000.0, q.explanation());
    }
}
