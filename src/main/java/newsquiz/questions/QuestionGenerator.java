package newsquiz.questions;

import static newsquiz.questions.QuestionText.norm;
import static newsquiz.questions.QuestionText.sha256;
import static newsquiz.questions.QuestionText.shows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import newsquiz.article.Article;
import newsquiz.article.Sentence;
import newsquiz.facts.Cause;
import newsquiz.facts.Evidence;
import newsquiz.facts.Facts;

/**
 * Turns facts into a ranked bank of questions built from templates (never by moving a sentence's words around),
 * each grounded in its evidence sentence and passed through quality gates. Pure: same facts and seed, same quiz.
 * The templates live in one class per family ({@link QuoteQuestions}, {@link DateQuestions},
 * {@link QuantityQuestions}, {@link EntityQuestions}, {@link CauseQuestions}), the order in {@link BankOrder}; this
 * class holds what they share and the gates ({@link #choice}, {@link #add}) every question passes.
 */
public final class QuestionGenerator {
    final Facts facts;
    /** The quiz's seed: same facts and seed, same quiz. */
    private final long seed;
    /** What the article shows about its names, for the templates and the ranking. */
    final ArticleNames names;
    private final List<Question> candidates = new ArrayList<>();
    private final int sentenceCount;

    private QuestionGenerator(Facts facts, long seed) {
        this.facts = facts;
        this.seed = seed;
        this.names = new ArticleNames(facts);
        this.sentenceCount = Math.max(1, facts.article().factSentences().size());
    }

    /**
     * A source of chance for one question, from the quiz's seed and what the question asks: a question keeps its
     * choice order and its true/false statement however many questions the templates made before it, so that a
     * change to one template does not reshuffle the rest of every bank.
     */
    Random randomFor(String question) {
        return new Random(seed ^ question.hashCode() * 0x9E3779B97F4A7C15L);
    }

    public static Quiz generate(Facts facts, long seed, String title, String fileName) {
        QuestionGenerator g = templated(facts, seed);
        Article a = facts.article();
        String checksum = sha256(a.text());
        Quiz.Source source = new Quiz.Source(a.headline(), a.byline(),
                a.published() == null ? null : a.published().toString(), a.publisher(), fileName, checksum);
        // the title as students see it: the teacher's, or the headline with the words that answer the bank's questions
        // hidden (the source keeps the headline whole for teachers)
        BankOrder order = new BankOrder(facts, g.names, g.candidates, g.counted, g.tested, title);
        List<Question> ranked = order.ranked();
        return new Quiz(Quiz.FORMAT_VERSION, checksum.substring(0, 12), order.shownTitle(),
                source, "newsquiz " + newsquiz.cli.Main.VERSION, seed, ranked);
    }

    /**
     * Every question the templates make and the gates let through, unranked, each fact in all its forms: the bank
     * keeps one form of each fact, so the templates are tested here.
     */
    static List<Question> candidates(Facts facts, long seed) {
        return List.copyOf(templated(facts, seed).candidates);
    }

    private static QuestionGenerator templated(Facts facts, long seed) {
        QuestionGenerator g = new QuestionGenerator(facts, seed);
        // the templates share one Random: their order is part of the quiz a seed makes
        QuoteQuestions quotes = new QuoteQuestions(g);
        quotes.quotes();
        quotes.matching();
        new StatementQuestions(g).statements();
        DateQuestions dates = new DateQuestions(g);
        dates.dates();
        dates.ordering();
        new QuantityQuestions(g).quantities();
        EntityQuestions entities = new EntityQuestions(g);
        entities.entities();
        entities.terms();
        entities.events();
        entities.acronyms();
        g.causes();
        new NegationQuestions(g).statements();
        return g;
    }

    // ---- causes: "Why was the trial stopped early?" ----

    private void causes() {
        var lead = facts.article().factSentences().stream().findFirst().map(newsquiz.article.Sentence::text).orElse("");
        CauseQuestions questions = new CauseQuestions(names.lowerCaseWords(), Choices.words(facts.article().text()),
                facts.article().headline() + " " + lead);
        for (Cause c : facts.causes()) {
            CauseQuestions.Draft d = questions.draft(c, facts.quotes());
            if (d != null) {
                choice("cause", d.prompt(), d.answer(), d.wrong(), c.evidence(), 3.0 + prominence(c.evidence()), 2,
                        d.explanation());
            }
        }
    }

    // ---- the gates every template's question passes ----

    void choice(String kind, String prompt, String answer, List<String> wrong, Evidence evidence,
                double rank, int difficulty, String explanation) {
        String shown = norm(prompt);
        // a wrong answer printed in the question ("from _____ until 2007" beside 2007) is plainly wrong
        wrong = Choices.sameShape(answer, wrong.stream().filter(w -> !shows(shown, norm(w))).toList());
        if (wrong.size() < 2) {
            return;
        }
        List<String> choices = new ArrayList<>(wrong.subList(0, Math.min(3, wrong.size())));
        choices.add(answer);
        Collections.shuffle(choices, randomFor(prompt));
        if (!Choices.wellFormed(choices, answer)) {
            return;
        }
        add(new Question(null, "multiple_choice", kind, prompt, choices, answer, List.of(), null,
                evidence.sentences(), evidence.spans(), difficulty, rank, explanation));
    }

    void add(Question q) {
        q = withSentenceBefore(q);
        if (q.prompt().length() > 600 || q.evidence().isEmpty() || givesAway(q)
                || !countedDates && !answerFromArticle(q)) {
            return;
        }
        candidates.add(q);
        if (countedDates) {
            counted.add(q);
        }
    }

    /**
     * A cloze of a short sentence that opens with a pronoun ("She was _____.") with its paragraph's sentence before
     * it in front, unless that sentence shows the answer: teachers struck "He was _____." as unclear.
     */
    private Question withSentenceBefore(Question q) {
        if (q.type().equals("true_false") || q.type().equals("matching") || q.type().equals("ordering")
                || q.kind().equals("quote") || q.spans().isEmpty()) {
            return q;
        }
        int start = q.spans().get(0)[0];
        Sentence before = null;
        for (Sentence s : facts.article().sentences()) {
            if (s.start() == start) {
                String prompt = before == null || before.paragraph() != s.paragraph() ? null
                        : ClozeExcerpt.withSentenceBefore(q.prompt(), before.text());
                if (prompt == null) {
                    return q;
                }
                Question told = q.withPrompt(prompt);
                // nor one of its wrong choices, which would read as the answer
                boolean choiceShown = q.choices() != null && q.choices().stream()
                        .anyMatch(c -> shows(norm(prompt), norm(c)) && !shows(norm(q.prompt()), norm(c)));
                boolean answerShown = q.answer() instanceof String a && shows(norm(prompt), norm(a));
                return givesAway(told) || answerShown || choiceShown ? q : told;
            }
            before = s;
        }
        return q;
    }

    /** Set while adding a question whose answer is counted from the publication date ("on Thursday"). */
    boolean countedDates;
    /** Those questions: the bank keeps them, the head of the bank never asks them. */
    private final Set<Question> counted = new HashSet<>();

    /** Every word of the answer stands in the article, so a student can check it there. */
    private boolean answerFromArticle(Question q) {
        if (q.type().equals("true_false")) {
            return true;
        }
        return articleWords().containsAll(Choices.words(String.valueOf(q.answer())));
    }

    Set<String> articleWords() {
        if (articleWords == null) {
            articleWords = Choices.words(facts.article().text());
        }
        return articleWords;
    }

    private Set<String> articleWords;

    /** The answer standing in the prompt (choice lists of matching and ordering excepted). */
    private static boolean givesAway(Question q) {
        if (q.type().equals("matching") || q.type().equals("ordering") || q.type().equals("true_false")) {
            return false;
        }
        String prompt = norm(q.prompt());
        String answer = norm(String.valueOf(q.answer()));
        return answer.length() > 2 && Pattern.compile("\\b" + Pattern.quote(answer) + "\\b").matcher(prompt).find();
    }

    /** What a true/false statement tests, by its prompt: the true amount or speaker it does or does not show. */
    final Map<String, String> tested = new java.util.HashMap<>();

    /**
     * How central the evidence is to the story: early in the article (news puts the main point first) and sharing
     * the headline's words; the lead sentence gets a little more.
     */
    double prominence(Evidence e) {
        int start = e.spans().get(0)[0];
        int index = 0;
        for (Sentence s : facts.article().factSentences()) {
            if (s.start() >= start || s.section() != newsquiz.article.Section.BODY) {
                if (s.start() >= start) {
                    break;
                }
                continue;
            }
            index++;
        }
        double position = 1.0 - (double) index / sentenceCount + (index == 0 ? 0.4 : index == 1 ? 0.2 : 0);
        return position + headlineOverlap(e.text());
    }

    /** The share of the headline's content words that the text repeats, 0 without a headline. */
    double headlineOverlap(String text) {
        String headline = facts.article().headline();
        if (headline == null || headline.isBlank()) {
            return 0;
        }
        Set<String> h = Choices.words(headline);
        h.removeIf(w -> w.length() < 4);
        if (h.isEmpty()) {
            return 0;
        }
        Set<String> t = Choices.words(text);
        long shared = h.stream().filter(t::contains).count();
        return (double) shared / h.size();
    }
}
