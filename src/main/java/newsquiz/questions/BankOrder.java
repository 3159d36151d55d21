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
        this(facts, articleNames, candidates, counted, tested, null);
    }

    /** With a title the teacher gave (null for the headline's): shown as given, it answers what it states. */
    BankOrder(Facts facts, ArticleNames articleNames, List<Question> candidates, Set<Question> counted,
              Map<String, String> tested, String givenTitle) {
        this.facts = facts;
        this.articleNames = articleNames;
        this.candidates = candidates;
        this.counted = counted;
        this.tested = tested;
        this.teachersTook = new TeachersTook(facts, this::answerOf);
        this.storyYear = teachersTook.year();
        this.whoSaidForms = new WhoSaidForms(candidates);
        this.clashes = new SessionClashes(articleNames, whoSaidForms, storyYear, this::answerOf, this::norm);
        this.shownTitle = givenTitle != null ? givenTitle : shownTitle(facts.article().headline());
    }

    /**
     * The title students see: the headline with each answer it states of a question the bank may ask hidden (see
     * {@link QuizTitle}): a name, a number, a date, a speaker. A reason or a statement is a clause of the headline
     * that no mark can stand for, and a headline hiding would leave unreadable stays whole: the questions it answers
     * wait for the places nothing else fills.
     */
    private String shownTitle(String headline) {
        if (headline == null) {
            return null;
        }
        List<String> answers = new ArrayList<>();
        for (Question q : candidates) {
            // the dateline answers "said on _____" wherever the title is shown: nothing of the headline to hide;
            // "what does RTA stand for?" prints its acronym, and a title without it loses its subject
            String a = q.answer() instanceof String key && !q.type().equals("true_false") ? key : answerOf(q);
            if (a == null || !HIDEABLE.contains(q.kind()) || EntityQuestions.spellsOut(q) || !statedBy(q, headline)) {
                continue;
            }
            boolean countedBack = q.kind().equals("date") && YearArithmetic.countedBack(a, headline, storyYear);
            if (q.kind().equals("date") && !countedBack && !Choices.words(headline).containsAll(Choices.words(a))) {
                continue; // a day's number or a month alone ("3 new parks in March") is no date to hide
            }
            answers.add(a);
            if (countedBack) {
                answers.addAll(QuizTitle.spansOf(headline));
            }
        }
        String hidden = QuizTitle.hiding(headline, answers);
        return hidden != null ? hidden : headline;
    }

    /** The kinds of fact a headline states in a word or a few, which the title can hide. */
    private static final Set<String> HIDEABLE = Set.of("entity", "quote", "date", "quantity");

    private final String shownTitle;

    /** The quiz's title as students see it, null without a headline. */
    String shownTitle() {
        return shownTitle;
    }

    private final SessionClashes clashes;

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
        List<Question> restated = restated(pool);
        pool.removeAll(restated);
        List<Question> out = new ArrayList<>();
        Set<String> prompts = new HashSet<>();
        Set<String> usedSentences = new HashSet<>();
        Map<String, Integer> perAnswer = new java.util.HashMap<>();
        Set<String> usedFacts = new HashSet<>();
        boolean relaxed = false;
        // the headline does not change while the head is chosen: which answers it gives is read once
        Set<Question> headlined = new HashSet<>();
        pool.stream().filter(q -> inHeadline(q, shownTitle)).forEach(headlined::add);
        // the headline's claims, hidden from the title: the story's main point, worth a number left out of another
        // prompt that shows it ("the first of the […] victims")
        Set<Question> claims = new HashSet<>();
        String headline = facts.article().headline();
        pool.stream().filter(q -> headline != null && !headlined.contains(q) && statedBy(q, headline))
                .forEach(claims::add);
        while (out.size() < SESSION_HEAD && !pool.isEmpty()) {
            Question pick = null;
            double best = Double.NEGATIVE_INFINITY;
            int looked = 0;
            SessionClashes.Fit chosen = null;
            for (Question q : pool) {
                if (counted.contains(q) || q.type().equals("matching")
                        || factsOf(q).stream().anyMatch(usedFacts::contains) || prompts.contains(norm(q.prompt()))
                        || answered(q, perAnswer) >= answerCap(q)
                        || roleAgain(q, out)
                        || askedOf(q, out) >= (relaxed ? 3 : 2) || clashes.wholeSentenceClash(q, out)
                        || mainActorBlank(q)
                        || headlined.contains(q) || teachersTook.taken(q) < TeachersTook.RARELY_TAKEN && !firstWhy(q, out)
                        || clashes.spokenOrNamed(q, out) >= (relaxed ? 2 : 1) || samePassage(q, out)
                        || clashes.summed(q, out) > 0 || statementsFull(q, out)) {
                    continue;
                }
                SessionClashes.Fit fit = clashes.fit(q, out, claims.contains(q));
                if (fit == null) {
                    continue;
                }
                if (looked++ == 16) {
                    break;
                }
                // a sentence asked again only when it beats what else is left
                boolean shared = q.evidence().stream().anyMatch(usedSentences::contains);
                double score = q.rank() + TeachersTook.teachersPrior(q) - mixing(q, out)
                        - (shared ? SENTENCE_AGAIN : 0) + (claims.contains(q) ? HEADLINE_CLAIM : 0);
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
            SessionClashes.Fit chosen = null;
            double least = Double.POSITIVE_INFINITY;
            for (Question q : fresh) {
                String sentence = q.evidence().get(0);
                // an order of events read off tense-resolved dates can be wrong (a forecast told before what it
                // foretold, a filing and its announcement one event): teachers took 1 in 8, and 2 keys were
                // wrong, so it never fills a session's place
                // a name is the answer of two questions of a session at most: a third waits past its places
                if (perSentence.getOrDefault(sentence, 0) >= PER_SENTENCE || prompts.contains(norm(q.prompt()))
                        || q.type().equals("ordering") || nameAgain(q, out) || statementsFull(q, out)
                        || !lastPlaces && waitsForLastPlaces(q, perAnswer, headlined)) {
                    continue;
                }
                // a question that shows another's answer, or that another shows, never takes a session's place
                // (teachers took 1 in 20 of those whose answer another prompt showed); nor one a sum gives ("born in
                // 1920" beside "died at the age of _____")
                SessionClashes.Fit fit = clashes.fit(q, out, true);
                if (fit == null || clashes.summed(q, out) > 0) {
                    continue;
                }
                double cost = clashes.wholeSentenceClash(q, out) ? 1 : 0;
                // a number or date asked again is one fact told twice, and a speaker's next quotation reads as the
                // same passage: teachers struck both questions, as for a giveaway
                cost += answered(q, perAnswer) >= answerCap(q) ? 2 : 0;
                // a speaker's second quotation, both asked with choices, was taken half the time and spares the
                // first (typed, 17 in 100 and the first struck too): it costs what its place is worth
                long spoken = clashes.spokenOrNamed(q, out);
                cost += spoken == 1 && choicesAgain(q) ? 0 : spoken;
                cost += samePassage(q, out) ? 2 : 0;
                cost += roleAgain(q, out) ? 2 : 0;
                cost += askedOf(q, out);
                cost += 1 - teachersTook.taken(q);
                // the rank says how central its sentence is (early, on the headline's words, the actor's): judges
                // took 14% of the session's questions ranked below 0 and 69% of those ranked 4 or more
                cost -= q.rank() / RANK_PER_COST;
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
        // a question that clashes with the session comes after every other fact: past the session's places when
        // the bank's facts fill them, else in its last places (other forms of facts would ask a fact twice there)
        later.addAll(placeClashing(clashing, out, perSentence, prompts, matching.size()));
        // a third question on one name comes after every other fact ("7 of 10 answers the same person"): in a bank too
        // short for the session's places, in their last ones (a feature about one person, say). An order of events
        // never stands among them, even in a short bank: two keys of eight were wrong (a forecast told before what it
        // foretold, two clauses of one event)
        later.stream().filter(pick -> !pick.type().equals("ordering"))
                .forEach(pick -> placeAfterHead(pick, out, perSentence, prompts, matching.size()));
        for (Question pick : later) {
            if (pick.type().equals("ordering") && out.size() >= SESSION_HEAD) {
                placeAfterHead(pick, out, perSentence, prompts, matching.size());
            }
        }
        pool.stream().filter(counted::contains).limit(COUNTED_DATES)
                .forEach(pick -> placeAfterHead(pick, out, perSentence, prompts, matching.size()));
        // a long bank also keeps another form of a fact it asks (typed after a choice, say), for a teacher's
        // choice and for longer sessions; never within a session's first twenty, where it would ask a fact twice
        otherForms.addAll(restated);
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
        clashes.hideAnswersInSession(out);
        return out;
    }

    /**
     * The question placed among the session's places when it fits there, cut as {@link SessionClashes#fit} cuts it
     * and the questions there: whether it was. A question that shows another's answer, or whose answer another shows, a
     * year a sum gives, a true/false statement beside a question on its sentence, or a prompt the bank has already
     * (a typed who-said turned into one with choices the bank asks) does not join.
     */
    private boolean joinedSession(Question pick, List<Question> out, Map<String, Integer> perSentence,
                                  Set<String> prompts, int keptForLast) {
        SessionClashes.Fit fit = clashes.fit(pick, out, true);
        if (fit == null || clashes.summed(pick, out) > 0 || clashes.wholeSentenceClash(pick, out)) {
            return false;
        }
        int before = out.size();
        Map<Integer, Question> uncut = new java.util.HashMap<>();
        fit.cuts().keySet().forEach(i -> uncut.put(i, out.get(i)));
        fit.cuts().forEach(out::set);
        placeAfterHead(fit.question(), out, perSentence, prompts, keptForLast);
        if (out.size() == before) {
            // crowded or asked already: the session keeps its questions as they were
            uncut.forEach(out::set);
            return false;
        }
        fit.cuts().values().forEach(c -> prompts.add(norm(c.prompt())));
        return true;
    }

    /**
     * The questions that clash with the session, after every other fact: while they still take the session's places
     * (the bank's facts did not fill them), the one that gives away fewest answers still standing first (one already
     * given away by another costs nothing more); past the places, in rank order. Those a session's places cannot take
     * (a third question on one name) are returned, to wait past them.
     */
    private List<Question> placeClashing(List<Question> clashing, List<Question> out, Map<String, Integer> perSentence,
                                        Set<String> prompts, int keptForLast) {
        Set<Integer> givenAway = new HashSet<>();
        List<Question> left = new ArrayList<>(clashing);
        List<Question> waiting = new ArrayList<>();
        while (!left.isEmpty()) {
            Question pick = left.get(0);
            if (out.size() < SESSION_HEAD) {
                // a third question on one name waits past the session's places
                left.stream().filter(q -> nameAgain(q, out)).toList().forEach(q -> {
                    left.remove(q);
                    waiting.add(q);
                });
                if (left.isEmpty()) {
                    break;
                }
                pick = left.get(0);
                long least = Long.MAX_VALUE;
                for (Question q : left) {
                    long strikes = IntStream.range(0, out.size())
                            .filter(i -> !givenAway.contains(i) && clashes.answersAnother(q, List.of(out.get(i))))
                            .count();
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
                IntStream.range(0, at).filter(i -> clashes.answersAnother(placed, List.of(out.get(i))))
                        .forEach(givenAway::add);
                givenAway.add(at);
            }
        }
        return waiting;
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
     * A question that asks for the name of the story's main actor ("_____ has faced sanctions since 2015"), whom
     * nearly every other prompt names: placed early, it is given away by them, and it bars from the session each
     * question whose prompt names the actor (judges struck all five such in the last round). It waits for the places
     * the other facts leave; the who-said questions on the actor's words are asked as before.
     */
    private boolean mainActorBlank(Question q) {
        return !q.kind().equals("quote") && q.nameAsked() != null && articleNames.ubiquitous(q.nameAsked());
    }

    /**
     * A question that takes a session's place only when every other fact has one, whatever those cost: one the
     * title answers (the list of quizzes shows it, see {@link QuizTitle}), or an amount or a date asked already (one
     * fact told twice: teachers took 3 of 36 such over six rounds), or the main actor's name. A short bank still asks
     * them, last, cut as any other place's question is.
     */
    private boolean waitsForLastPlaces(Question q, Map<String, Integer> perAnswer, Set<Question> headlined) {
        return headlined.contains(q) || once(q) && answered(q, perAnswer) >= answerCap(q)
                || mainActorBlank(q);
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

    /**
     * How much rank weighs as much as one unit of a place's cost: a rank of 4 against 0 weighs as much as the least
     * clash (a shared sentence; a number asked again costs 2).
     */
    private static final double RANK_PER_COST = 4;

    /** What asking a sentence of the article a second time costs in the ranking of the session's head. */
    private static final double SENTENCE_AGAIN = 1.5;
    /** The headline's claim, its words hidden from the title, is the story's main point: asked near the start. */
    private static final double HEADLINE_CLAIM = 1.0;

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
    static boolean once(Question q) {
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


    /** The title or the dateline, shown with the quiz, names the answer: asking it tests nothing. */
    private boolean inHeadline(Question q, String headline) {
        return onDateline(q) || statedBy(q, headline);
    }

    /** The story's date, shown with the quiz, is the answer. */
    private boolean onDateline(Question q) {
        if (q.kind().equals("date") && q.answer() instanceof String key && facts.article().published() != null) {
            // the quiz's screens show the story's date above every question: "said on _____" is answered there,
            // as a day with its weekday ("Wednesday, March 13, 2024") too
            String day = WeekdayQuestion.dateOf(key);
            String dateline = Distractors.Format.date(facts.article().published());
            return day.equals(dateline) || dateline.startsWith(day + ",");
        }
        return false;
    }

    /** The headline (or the title shown for it) states the answer. */
    private boolean statedBy(Question q, String headline) {
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
        // "Tropical Depression Three" above "it would have become the _____ named storm" (third): a small number is
        // the same however either writes it
        // (not one: "First Minister" or "One" in a headline's name)
        int small = q.kind().equals("quantity") ? Distractors.smallNumber(a) : -1;
        if (small > 1 && java.util.Arrays.stream(headline.split("[^\\p{L}\\d]+"))
                .anyMatch(w -> Distractors.smallNumber(w) == small)) {
            return true;
        }
        // "in NY" above "will meet ... in _____" (New York); not "RTA" above "what does “RTA” stand for?", which
        // prints it too
        String initials = EntityQuestions.spellsOut(q) ? null : QuizTitle.initials(a);
        if (initials != null && java.util.Arrays.stream(headline.split("[^\\p{L}.]+"))
                .anyMatch(w -> w.replace(".", "").equals(initials))) {
            return true;
        }
        Set<String> h = Choices.words(headline);
        Set<String> words = Choices.words(a);
        return !words.isEmpty() && (h.containsAll(words) || words.stream().anyMatch(w -> w.length() >= 4
                && h.contains(w) && a.matches("(?s).*\\b\\p{Lu}\\p{L}*.*") && Character.isUpperCase(
                a.charAt(a.toLowerCase(Locale.ROOT).indexOf(w) < 0 ? 0 : a.toLowerCase(Locale.ROOT).indexOf(w)))));
    }

    /**
     * The article's own statements asked true or false whose sentence another question asks: "True or false: Stevens
     * retired from the court in 2010" beside "Stevens retired from the court in _____" prints the other's answer, and
     * asks nothing the other does not; so does "Who ..., according to the article?" on such a sentence. They are
     * other forms of that sentence's facts: past a session's places in a long bank, left out of a short one.
     */
    private List<Question> restated(List<Question> pool) {
        // only beside a form teachers take as often: "Who was considered the founding father of ...?" (the main
        // actor, with choices) is no reason to drop the statement it restates
        List<Question> out = new ArrayList<>(pool.stream().filter(s -> isStatement(s) && pool.stream().anyMatch(q ->
                !q.type().equals("true_false") && !q.type().equals("matching")
                && q.evidence().stream().anyMatch(s.evidence()::contains)
                && teachersTook.taken(q) >= teachersTook.taken(s))).toList());
        // "Who travelled selling socks, according to the article?" beside the statement or the cloze of its sentence:
        // the other names the doer (judges took 1 of 21 such over three rounds, each given away or giving away)
        pool.stream().filter(e -> e.kind().equals("event") && e.type().equals("multiple_choice")
                && pool.stream().anyMatch(q -> q != e && !out.contains(q) && !q.type().equals("matching")
                && !q.kind().equals("event") && q.evidence().stream().anyMatch(e.evidence()::contains)))
                .toList().forEach(out::add);
        return out;
    }

    /** The most of the article's statements asked true or false that a session's places hold. */
    static final int SESSION_STATEMENTS = 3;

    /**
     * A statement true or false when the session's places hold {@value #SESSION_STATEMENTS} already: a short sport
     * report gave eight of twenty, a quiz of "did not" read as a pattern, not the story.
     */
    private static boolean statementsFull(Question q, List<Question> out) {
        return isStatement(q) && out.stream().limit(SESSION_HEAD).filter(BankOrder::isStatement).count()
                >= SESSION_STATEMENTS;
    }

    private static boolean isStatement(Question q) {
        return q.kind().equals("statement") && q.type().equals("true_false");
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

    /** How many of the chosen questions ask of the question's sentence: a session asks one sentence twice at most. */
    private static long askedOf(Question q, List<Question> chosen) {
        return chosen.stream().filter(o -> o.evidence().get(0).equals(q.evidence().get(0))).count();
    }

    /** Texts in comparable form: the same prompts and answers are compared many times over while a bank is ordered. */
    private String norm(String text) {
        return normed.computeIfAbsent(text, QuestionText::norm);
    }

    private final Map<String, String> normed = new java.util.HashMap<>();

    static Question withId(Question q) {
        String id = "q-" + sha256(q.type() + "|" + q.prompt()).substring(0, 10);
        return new Question(id, q.type(), q.kind(), q.prompt(), q.choices(), q.answer(), q.accept(), q.tolerance(),
                q.evidence(), q.spans(), q.difficulty(), Math.round(q.rank() * 1000) / 1000.0, q.explanation());
    }
}
