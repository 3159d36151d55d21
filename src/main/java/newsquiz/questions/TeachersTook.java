package newsquiz.questions;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.facts.Facts;
import newsquiz.facts.Lexicon;
import newsquiz.facts.Quantity;

/**
 * What each form of question is worth to a session, from how teachers took it in blind judging: the head prefers
 * the forms they took, and a form they almost never took waits for the places nothing else fills.
 */
final class TeachersTook {
    private final Facts facts;
    /** A question's answer as its prompts would show it (an amount with its bound: "under two"). */
    private final Function<Question, String> answerOf;

    TeachersTook(Facts facts, Function<Question, String> answerOf) {
        this.facts = facts;
        this.answerOf = answerOf;
        this.storyYear = storyYear();
    }

    /**
     * How teachers took each form of question, judged blind on a rubric over 33 articles by two readers each:
     * who-said typed and amounts were taken most often; "which body does the article describe as ..." and
     * why-questions with the article's own sentences as wrong reasons least (a description match tests little, a
     * reason from another sentence is plainly no reason). The head prefers the forms teachers take; the bank keeps
     * every form for coverage and for teachers' choice.
     */
    static double teachersPrior(Question q) {
        if (q.kind().equals("quote") && q.prompt().startsWith(QuoteQuestions.REPORTED)) {
            return q.type().equals("multiple_choice") ? 0 : -0.6; // see taken(): choices suit reported words
        }
        return switch (q.kind() + "/" + q.type()) {
            case "entity/multiple_choice" -> -2.0;
            case "cause/multiple_choice" -> -1.5;
            case "event/multiple_choice" -> -1.0;
            case "quote/multiple_choice", "statement/multiple_choice" -> -0.6;
            case "quote/true_false", "quantity/true_false", "statement/true_false" -> -0.5;
            default -> 0;
        };
    }

    /**
     * The share of each form of question that both teachers took in the last blind judging (627 questions of 33
     * articles, RUBRIC.md): what a place of the session given to that form is worth, all else equal.
     */
    double taken(Question q) {
        // asked of every candidate at every place of the session: worked out once a question
        return takenOf.computeIfAbsent(q, this::takenUncached);
    }

    private final Map<Question, Double> takenOf = new java.util.IdentityHashMap<>();

    private double takenUncached(Question q) {
        if (inQuotedWords(q)) {
            // a blank in someone's quoted words ("as it was in _____ and 2012", "more women in the _____"): it tests
            // the wording of a remark, not a fact the article reports; teachers took none of 9
            return 0.02;
        }
        if (q.kind().equals("entity") && q.type().equals("fill_blank") && q.answer() instanceof String place
                && Lexicon.isPlace(place.replaceFirst("^(?i)the ", ""))) {
            // a country, a state, a well-known city blanked ("the _____ city of Chicago", "_____ sanctions", "in
            // orbit around the _____"): known or guessed, not read; teachers took 6 of 78
            return 0.05;
        }
        if (q.kind().equals("entity") && q.type().equals("fill_blank") && q.answer() instanceof String name
                && INSTITUTION.matcher(name).find() && !EntityQuestions.actorBlank(q.prompt())) {
            // where someone works, studied or was treated ("Holy Cross Hospital", "Rutgers University", "the Wilson
            // Center", "Karl Marx Avenue"), unless it is what acts in its sentence: teachers took 16 of 261
            return 0.04;
        }
        if (q.kind().equals("entity") && q.type().equals("fill_blank")) {
            // the actor of its sentence was taken 10 times in 26, any other name 16 in 148; a name after its title
            // ("Health Minister _____") none in 15, a source or an affiliation ("Ana Lima of the _____") 1 in 31
            return EntityQuestions.titledBlank(q.prompt()) ? 0 : EntityQuestions.sideBlank(q.prompt()) ? 0.03
                    : EntityQuestions.actorBlank(q.prompt()) ? 0.38 : 0.11;
        }
        if (q.kind().equals("quantity") && q.answer() instanceof String a && QuantityQuestions.yearsBetween(q.prompt(), a)) {
            return 0; // "1987–2017; for _____ years": the prompt gives it by subtraction
        }
        if (q.answer() instanceof String a && QuantityQuestions.yearBySpan(q.prompt(), a)) {
            return 0; // "_____–1990; then 1990–2020; for 40 years": so does 2020 less 40; judges struck it
        }
        if (q.kind().equals("quantity") && answerOf.apply(q) != null && briefSpan(q.prompt(), answerOf.apply(q))) {
            return 0.07; // "in _____ days", "for over _____ hours": 7 taken in 98, an incidental detail of news
        }
        if (q.kind().equals("quantity") && q.type().equals("multiple_choice") && answerOf.apply(q) != null
                && vague(answerOf.apply(q))) {
            // "_____ of retailers", "generate _____ in sales", "one of just _____ of nations": a bare order of size
            // or a vague few is rarely the point of its sentence and judges struck it as vague (none of 4 taken on
            // unseen news, 1 of 4 on the dev banks): below RARELY_TAKEN, it waits for the places nothing else fills
            return 0.05;
        }
        if (q.kind().equals("quantity") && answerOf.apply(q) != null && CLOCK.matcher(answerOf.apply(q).strip()).matches()) {
            // "the meeting began at _____", "a red warning at _____ on Saturday": the hour of the day is an incidental
            // detail of news; teachers took 1 of 11 in the last three rounds (the hour a building collapsed)
            return 0.09;
        }
        if (q.kind().equals("quantity") && answerOf.apply(q) != null && ORDINAL.matcher(answerOf.apply(q).strip()).matches()) {
            // "a _____ chance", "his _____ wife", "the _____ apartment block", "second and _____ place": a set phrase,
            // a rank or a count any reader guesses; none of 72 taken in the last eight rounds
            return 0.01;
        }
        if (q.kind().equals("quantity") && q.answer() instanceof String a && setOfFew(q.prompt(), a)) {
            return 0.01;
        }
        if (q.kind().equals("quantity") && !q.type().equals("true_false")) {
            // a count of people or a sum of money or votes: 118 taken of 139 over six rounds; another amount 184 of
            // 377
            Quantity counted = quantityAsked(q);
            if (counted != null && QuantityQuestions.countsWhatNewsIsAbout(counted)) {
                return 0.8;
            }
            if (counted != null && QuantityQuestions.runnersUpTime(counted)) {
                return 0.05; // a runner-up's race time: 0 of 11 taken
            }
        }
        if (q.kind().equals("date") && background(q)) {
            return 0.03; // a date years before the story (a founding, an earlier naming): 1 taken in 34
        }
        if (EntityQuestions.spellsOut(q)) {
            // an acronym spelt out is looked up, not read: none of 5 taken (a definition, 2 of 2); unless the story
            // is about what it names, its headline naming it so
            String headline = facts.article().headline();
            Matcher acronym = Pattern.compile("“([^”]+)”").matcher(q.prompt());
            return headline != null && acronym.find() && Pattern.compile("\\b" + Pattern.quote(acronym.group(1))
                    + "\\b").matcher(headline).find() ? 0.3 : 0;
        }
        if (q.kind().equals("quote") && q.prompt().startsWith(QuoteQuestions.REPORTED)) {
            // reported words ("who said that the plant would close?"): with choices teachers took 53 of 64, typed 28
            // of 72 (a pronoun or another prompt names the one speaker, or the speaker is no name to type: "Parents")
            return q.type().equals("multiple_choice") ? 0.8 : 0.4;
        }
        return switch (q.kind() + "/" + q.type()) {
            case "quote/short_answer" -> 0.57;
            case "quote/multiple_choice" -> 0.45;
            // judged blind once, on 13 alone: 3 or 4 taken; below a who-said question of the same words
            case "statement/multiple_choice" -> 0.3;
            case "quantity/multiple_choice", "quantity/numeric", "quote/true_false" -> 0.43;
            // a statement turned round: not judged yet, taken as an amount's true or false was
            case "date/multiple_choice", "quantity/true_false", "statement/true_false" -> 0.33;
            case "date/ordering" -> 0.08; // 1 of 7, and a wrong order from a forecast told before the event it foretold
            case "cause/multiple_choice" -> 0.08;
            case "event/multiple_choice" -> 0.07;
            case "entity/multiple_choice" -> 0.04;
            case "quote/matching" -> 0;
            default -> 0.3;
        };
    }

    /**
     * A cloze whose blank stands inside quotation marks, counted from the start of its paragraph: a quotation may
     * run over several sentences with its marks only at the first one's start and the last one's end; an inch mark
     * opens none ("a 6'8\" forward").
     */
    private boolean inQuotedWords(Question q) {
        if (q.kind().equals("quote") || q.evidence().isEmpty() || q.spans().isEmpty()) {
            return false;
        }
        int at = ClozeExcerpt.blankAt(q.prompt(), q.evidence().get(0));
        int start = q.spans().get(0)[0];
        String text = facts.article().text();
        var paragraph = facts.article().paragraphs().stream().filter(p -> p.start() <= start && start < p.end())
                .findFirst().orElse(null);
        if (at < 0 || paragraph == null || start + at > text.length()) {
            return false;
        }
        return newsquiz.article.QuoteMarks.openAfter(text, paragraph.start(), start + at, false);
    }

    /** The article's amount a question blanks: of its sentence, written as its key ("a few dozen"). */
    private Quantity quantityAsked(Question q) {
        if (!(q.answer() instanceof String key) || q.evidence().isEmpty()) {
            return null;
        }
        String sentence = q.evidence().get(0);
        // "12" is no part of "120 workers", nor "two" of "twenty-two"
        Pattern asWritten = Pattern.compile("(?i)(?<![\\p{L}\\d.,-])" + Pattern.quote(key.strip()) + "(?![\\p{L}\\d-]|[.,]\\d)");
        return facts.quantities().stream().filter(x -> x.evidence().sentences().contains(sentence)
                && asWritten.matcher(x.mention()).find()).findFirst().orElse(null);
    }

    /**
     * A span of time in small units, seconds to weeks, or in decades: how long something took or will take is an
     * incidental detail of most news ("discuss this in _____ days", "trapped for over _____ hours"), while years and
     * months (a sentence, a term, an age) are often the point.
     */
    static boolean briefSpan(String prompt, String answer) {
        // a true/false statement states the amount it tests: "for the next ten days"
        return BRIEF_UNIT_AFTER_BLANK.matcher(prompt).find() || BRIEF_UNIT.matcher(answer.strip()).find()
                || Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(answer.strip()) + " " + BRIEF_UNITS + "\\b")
                .matcher(prompt).find();
    }

    /**
     * A few things the sentence points back to ("the _____ records", "the other _____ treatments", "their _____ sons
     * Wyatt and Zachary"): a set the article lists or another question counts, so the number is read off, not learnt;
     * teachers took none of 50, against 87 of 202 small counts with no such word before the blank ("after _____
     * children died").
     */
    static boolean setOfFew(String prompt, String answer) {
        return FEW.matcher(answer.strip()).matches() && SET_BEFORE_BLANK.matcher(prompt).find();
    }

    private static final Pattern FEW = Pattern.compile("(?i)two|three|four|five|six|seven|eight|nine|ten|[2-9]|10");
    /** "the _____ records", not "the _____-year-old girl", whose blank is an age. */
    private static final Pattern SET_BEFORE_BLANK = Pattern.compile("(?i)\\b(the|its|their|his|her|our|these|those"
            + "|other) " + Pattern.quote(ClozeExcerpt.BLANK) + "(?!-)");

    /** An hour of the day: "6 p.m.", "3:00 p.m.", "7.30pm", "19:00", "noon"; not a race time ("2:20:51", "3:34.62"). */
    static final Pattern CLOCK = Pattern.compile("(?i)(?:about |around |at )?(?:\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:a\\.m\\.?|p\\.m\\.?|am"
            + "|pm)|[01]?\\d:[0-5]\\d|2[0-3]:[0-5]\\d|noon|midnight)");
    private static final Pattern ORDINAL = Pattern.compile("(?i)first|second|third|fourth|fifth|sixth|seventh|eighth"
            + "|ninth|tenth|eleventh|twelfth|\\d+(st|nd|rd|th)");
    private static final String BRIEF_UNITS = "(?:seconds?|minutes?|hours?|days?|weeks?|decades?)";
    private static final Pattern BRIEF_UNIT_AFTER_BLANK = Pattern.compile("_____ " + BRIEF_UNITS + "\\b");
    private static final Pattern BRIEF_UNIT = Pattern.compile("^\\S+ " + BRIEF_UNITS + "$");

    /**
     * A date five years or more before the story, in a story that is not about a life (an obituary's birth and
     * career are its story): background, which teachers struck as trivia.
     */
    private boolean background(Question q) {
        Matcher year = YEAR.matcher(String.valueOf(q.answer()));
        if (!year.find() || storyYear == null) {
            return false;
        }
        return storyYear - Integer.parseInt(year.group()) >= BACKGROUND_YEARS && !LIFE_STORY.matcher(
                String.valueOf(facts.article().headline())).find();
    }

    static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");
    private static final Pattern LIFE_STORY = Pattern.compile("(?i)\\b(dies|died|dead|death|obituary|passes away"
            + "|passed away|remembered|life of|aged \\d+)\\b");
    private static final int BACKGROUND_YEARS = 5;

    /** The story's year: its publication date's, else the latest year its dates name. */
    private Integer storyYear() {
        if (facts.article().published() != null) {
            return facts.article().published().getYear();
        }
        return facts.dates().stream().map(d -> YEAR.matcher(d.iso())).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group())).max(Integer::compare).orElse(null);
    }

    private final Integer storyYear;

    /** The story's year, as {@link #storyYear()} read it once; null when the article names no year. */
    Integer year() {
        return storyYear;
    }

    /**
     * Forms teachers almost never took (a description to match to a name, who-did paraphrases, why-questions
     * whose wrong reasons are no reasons): not in the head, but for one why-question; they fill a session's place
     * only when nothing better is left, and the bank keeps them for coverage and for teachers' choice.
     */
    static final double RARELY_TAKEN = 0.1;

    /** A bare order of size ("hundreds", "tens of thousands") or a vague few ("a handful", "several"). */
    private static boolean vague(String amount) {
        return QuantityQuestions.orderOfSize(amount) || VAGUE_FEW.matcher(amount).matches();
    }

    private static final Pattern VAGUE_FEW = Pattern.compile("(?i)\\s*(a handful|a couple|a few|several)\\s*");
    /** A name that is a place of work, study or care, by its last word or its opening "University of". */
    private static final Pattern INSTITUTION = Pattern.compile("\\b(Hospital|University|College|Institute|Institution"
            + "|Center|Centre|Lab|Laboratory|Laboratories|Foundation|Museum|Clinic|Academy|School|Avenue|Street|Road)$"
            + "|^(?:the )?(?:University|College|Institute|Museum|Academy|School) of\\b");
}
