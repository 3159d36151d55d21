package newsquiz.questions;

import static newsquiz.questions.QuestionText.blank;
import static newsquiz.questions.QuestionText.insideQuote;
import static newsquiz.questions.QuestionText.vagueFrame;
import static newsquiz.questions.QuestionText.shortExcerpt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsquiz.facts.DateFact;
import newsquiz.facts.Facts;

/** When: a date blanked in its sentence or counted from the dateline, and events put in order. */
final class DateQuestions {
    private final QuestionGenerator g;
    private final Facts facts;

    DateQuestions(QuestionGenerator g) {
        this.g = g;
        this.facts = g.facts;
    }

    /**
     * The years a sentence names by "this year", "last year" or "next year", counted from the article's date, when the
     * question asks a year: none of them is the blank's, whose year the sentence writes out.
     */
    private List<String> yearsToldOtherwise(DateFact d, String sentence) {
        var published = facts.article().published();
        if (d.precision() != DateFact.Precision.YEAR || published == null) {
            return List.of();
        }
        List<String> years = new ArrayList<>();
        java.util.regex.Matcher m = RELATIVE_YEAR.matcher(sentence);
        while (m.find()) {
            int shift = switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            years.add(String.valueOf(published.getYear() + shift));
        }
        return years;
    }

    private static final Pattern RELATIVE_YEAR = Pattern.compile(
            "(?i)\\b(this|last|next) year\\b");

    void dates() {
        Set<String> seen = new HashSet<>();
        for (DateFact d : facts.dates()) {
            if (d.iso().isEmpty()) {
                continue;
            }
            String sentence = d.evidence().sentences().get(0);
            // "In February" names its month; only the year is inferred, so it is read, not counted
            boolean counting = d.relative() && !MONTH_NAMED.matcher(d.mention()).find();
            if (counting && WeekdayQuestion.datesAFigure(sentence, d.mention())) {
                continue; // before the day counts as seen: another sentence may tell an event of that day
            }
            // a speaker's "on Thursday" counts from the day they spoke, unknown here; a year or a date written out
            // in a quotation is read like any other
            if (!seen.add(counting ? d.iso() : d.iso() + "|" + sentence)
                    || d.relative() && insideQuote(sentence, d.mention())) {
                continue;
            }
            String answer = d.display();
            List<String> wrong = DateDistractors.of(d, facts.dates(), 3, facts.article().published());
            List<String> toldOtherwise = yearsToldOtherwise(d, sentence);
            if (!toldOtherwise.isEmpty() && wrong.stream().anyMatch(toldOtherwise::contains)) {
                // "This year we have no drought, as there was in _____": this year is no wrong answer, it is ruled
                // out by the sentence itself
                wrong = DateDistractors.of(d, facts.dates(), 3 + toldOtherwise.size(), facts.article().published())
                        .stream().filter(w -> !toldOtherwise.contains(w)).limit(3).toList();
            }
            if (!counting && (d.relative() || !g.articleWords().containsAll(Choices.words(answer)))) {
                // a year the article never writes, or a month it abbreviates: the blank takes the sentence's words
                String written = DateForms.inFormOf(dateWords(d.mention()), answer);
                if (written == null) {
                    continue;
                }
                wrong = DateForms.allInFormOf(written, written, wrong);
                answer = written;
            }
            if (counting) {
                // "on Thursday" → which calendar date? is counting, not reading: never in a session's head, but
                // kept in the bank for a teacher who wants the calendar date of the story's main events (those in
                // the first half of the article)
                if (g.prominence(d.evidence()) - g.headlineOverlap(d.evidence().text()) < 0.5) {
                    continue;
                }
                g.countedDates = true;
                WeekdayQuestion weekday = WeekdayQuestion.of(d, sentence, facts.article().published());
                if (weekday != null) {
                    g.choice("date", weekday.prompt(), weekday.answer(), weekday.wrong(), d.evidence(),
                            2.4 + g.prominence(d.evidence()), 2, weekday.explanation());
                } else {
                    g.choice("date", "The article says: “" + sentence + "” Which date does “" + d.mention()
                            + "” refer to?", answer, wrong, d.evidence(), 2.4 + g.prominence(d.evidence()), 2,
                            "“" + d.mention() + "”, counted from the publication date, is " + answer + ".");
                }
                g.countedDates = false;
                continue;
            }
            String blanked = blank(sentence, dateWords(d.mention()));
            if (blanked == null || blanked.matches("(?is).*\\bas of _____.*")) {
                continue; // "As of _____" dates a figure; it is not an event worth asking
            }
            if (yearInName(blanked)) {
                // a programme “dubbed "Horizon _____"”, the "Electronic Commerce Directive _____", the "Tenure of
                // Office Act of _____": a year that is part of a name dates no event of the story
                continue;
            }
            // a bare year after the lead is mostly background ("founded in 1992", "since 2011"); the year the
            // article was published, in a story about that year, asks nothing ("won the _____ marathon")
            var published = facts.article().published();
            if (d.precision() == DateFact.Precision.YEAR && published != null
                    && d.iso().equals(String.valueOf(published.getYear()))) {
                continue;
            }
            boolean background = d.precision() == DateFact.Precision.YEAR && g.prominence(d.evidence()) < 1.0;
            g.choice("date", "Which date completes this sentence from the article? “" + blanked + "”", answer,
                    wrong, d.evidence(), 2.4 + g.prominence(d.evidence()) - (background ? 1.5 : 0) - vagueFrame(sentence)
                            - (PUBLICATION_DATE.matcher(blanked).find() ? 2.0 : 0), 2,
                    "The article dates this to " + answer + ".");
        }
    }

    /** "Horizon _____", "Euro _____": a year written after a capitalised word that is no month nor a preposition. */
    static boolean yearInName(String blanked) {
        var m = Pattern.compile("(?<!\\p{L})(\\p{Lu}[\\p{L}-]*) _____").matcher(blanked);
        return m.find() && !MONTH_NAMED.matcher(m.group(1)).matches() && !OPENERS.contains(m.group(1))
                || Pattern.compile("\\b(Act|Treaty|Convention|Agreement|Accord|Protocol|Declaration|Directive|Charter)"
                + " of _____").matcher(blanked).find();
    }

    /** Words that open a sentence before a year: "In 2017 and 2018 ...", "Since 1986 ...". */
    private static final Set<String> OPENERS = Set.of("In", "On", "At", "By", "Since", "Until", "From", "During",
            "Through", "Before", "After", "Of", "For", "The", "A", "Early", "Late", "Mid", "Around", "About", "Between");

    private static final Pattern MONTH_NAMED = Pattern.compile("\\b(January|February|March|April|May|June|July"
            + "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b");

    /**
     * A date that bounds a state rather than dating an event ("schools would stay closed until Wednesday", "open
     * since Monday"): the statement and the bound are two times, and ordering by the bound reads a wrong order.
     */
    private static final Pattern BOUND = Pattern.compile("(?i)(until|till|through|by|from|since|before|after)\\b");

    /**
     * "It was forecast to dissipate by Tuesday": an event foretold, whose date is not when anything happened, so it
     * has no place in an order of events (told on Monday, it would be put after Tuesday's).
     */
    private static final Pattern FORETOLD = Pattern.compile("(?i)\\b(is|are|was|were|be|been)( not)? (forecast|"
            + "expected|predicted|projected|scheduled|due|set|likely) to\\b");

    /**
     * A date inside a clause the sentence reports or subordinates ("Ford said in a filing that the inquiry started
     * after it told regulators on February 21"): the date is not when the sentence's own event happened, so the
     * event has no place in an order by it (teachers judged such an order wrong twice).
     */
    private static boolean dateOfAnotherClause(DateFact d) {
        String sentence = d.evidence().sentences().get(0);
        int at = sentence.indexOf(d.mention());
        return at > 0 && (SUBORDINATE.matcher(sentence.substring(0, at)).find()
                || REDUCED_RELATIVE.matcher(sentence.substring(0, at)).find());
    }

    /**
     * "confirms a report published in the Journal on Sunday": a participle after a noun, no auxiliary before it,
     * dates the thing it describes, not the sentence's own event ("The law was signed on Monday" is the event's).
     */
    private static final Pattern REDUCED_RELATIVE = Pattern.compile("(?i)\\b(?!was\\b|were\\b|been\\b|is\\b|are\\b"
            + "|be\\b|has\\b|have\\b|had\\b|being\\b)\\p{L}+ (published|reported|released|issued|posted|filed"
            + "|broadcast|aired|printed|written|sent|made|held|taken|recorded)\\b[^,.;:]{0,60}$");

    private static final Pattern SUBORDINATE = Pattern.compile("(?i)\\b(that|after|before|when|since|until|which|who"
            + "|because)\\b");

    void ordering() {
        Map<String, DateFact> byDay = new LinkedHashMap<>();
        // two events told in the same words (a passage repeated) would be two identical items to order
        Set<String> told = new HashSet<>();
        for (DateFact d : facts.dates()) {
            if (d.precision() == DateFact.Precision.DAY && !d.iso().startsWith("--") && !byDay.containsKey(d.iso())
                    && d.event().split("\\s+").length >= 4 && !told.contains(shortExcerpt(d.event()))
                    && !insideQuote(d.evidence().sentences().get(0), d.mention())
                    && !d.event().matches("^[“\"‘].*") && !FORETOLD.matcher(d.event()).find() && !dateOfAnotherClause(d)
                    && !BOUND.matcher(d.mention()).lookingAt()) {
                byDay.put(d.iso(), d);
                told.add(shortExcerpt(d.event()));
            }
        }
        if (byDay.size() < 3) {
            return;
        }
        List<DateFact> events = new ArrayList<>(byDay.values()).subList(0, Math.min(5, byDay.size()));
        List<DateFact> sorted = new ArrayList<>(events);
        sorted.sort((a, b) -> a.iso().compareTo(b.iso()));
        List<String> items = new ArrayList<>();
        for (DateFact d : events) {
            items.add(shortExcerpt(d.event()));
        }
        List<String> shown = new ArrayList<>(items);
        Collections.shuffle(shown, g.randomFor(String.join("|", items)));
        List<Object> answer = new ArrayList<>();
        for (DateFact d : sorted) {
            answer.add(items.get(events.indexOf(d)));
        }
        StringBuilder prompt = new StringBuilder("Put these events in the order they happened, earliest first:");
        char label = 'A';
        for (String s : shown) {
            prompt.append(" ").append(label++).append(") ").append(s).append(s.endsWith("…") ? "" : ".");
        }
        List<String> evidence = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (DateFact d : sorted) {
            evidence.addAll(d.evidence().sentences());
            spans.addAll(d.evidence().spans());
        }
        g.add(new Question(null, "ordering", "date", prompt.toString(), shown, answer, List.of(), null, evidence, spans,
                3, 2.9, "In order: " + String.join("; ", sorted.stream().map(DateFact::display).toList()) + "."));
    }

    /** "a _____ press release", "The _____ issue of": the date of a publication, not of an event. */
    private static final Pattern PUBLICATION_DATE = Pattern.compile("(?i)_____,? (\\p{L}+ )?(press release|statement|"
            + "issue|edition|report|interview|post|tweet|letter|filing|broadcast|episode)\\b");

    /** "on June 3" → "June 3": the words of a date mention without its preposition. */
    private static String dateWords(String mention) {
        return mention.replaceFirst("^(?i:on|in|by|until|since|from|during|through|of|early|late|mid-)\\s*", "");
    }
}
