package newsquiz.questions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.QuoteMarks;

/**
 * The part of a blanked sentence a cloze question needs: the clause around the blank, cut where the sentence
 * changes clause (a comma, a semicolon, a dash, a bracket, "because", "but", "according to"), so that two
 * questions on one sentence do not print each other's answers. A session asks a long lead sentence two or three
 * ways ("who announced it", "how many drugs", "why it stopped"); each one's prompt shows only its own clause.
 */
final class ClozeExcerpt {
    static final String BLANK = "_____";
    /** Fewer words of context than this beside the blank and the excerpt no longer says what it is about. */
    static final int MIN_WORDS = 8;

    /** A prompt that quotes a blanked sentence: its introduction, then the sentence in curly quotes. */
    private static final Pattern QUOTED_CLOZE = Pattern.compile("(?s)^(.*?“)(.*" + BLANK + ".*)(”)$");
    /** Where a clause ends: after a comma, semicolon or colon, around a dash or a bracket, before a connective. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[,;:])\\s+|\\s+(?=[—(])|(?<=[—)])\\s+"
            + "|\\s+(?=(?:because|but|while|whereas|although|though|so that|in order to|according to)\\b)"
            // "It weighed ten lbs and the researchers estimate ...": "and" before a clause of its own
            + "|\\s+(?=and (?:the|a|an|its|his|her|their|it|he|she|they|we|officials|police)\\s)");

    /** A prompt that quotes someone's words whole, with no blank: "Who said: “...”?". */
    private static final Pattern QUOTATION = Pattern.compile("(?s)^([^“”]*“)([^“”]+)(”[?.]?)$");
    /** Where a quotation's sentence ends, besides where its clauses end. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu}|\\[)");
    /** Fewer words of a quotation than this and a student can no longer tell which words are asked about. */
    static final int MIN_QUOTED_WORDS = 7;

    private ClozeExcerpt() {
    }

    /**
     * A who-said prompt with its quotation cut to a run of its sentences and clauses, from a sentence's start, that shows nothing {@code
     * shows} flags ("Our house is burning. Literally. …" rather than the next words' "20 percent" that another
     * question asks): the prompt unchanged when it shows nothing flagged; null when its frame is flagged ("True or
     * false: Ana Lima said ...") or no run of {@value #MIN_QUOTED_WORDS} words or more is left.
     */
    static String quotationAvoiding(String prompt, Predicate<String> shows) {
        if (!shows.test(prompt)) {
            return prompt;
        }
        Matcher m = QUOTATION.matcher(prompt);
        if (!m.matches() || shows.test(m.group(1)) || shows.test(m.group(3))) {
            return null;
        }
        String words = m.group(2);
        boolean cutBefore = words.startsWith("… ");
        boolean cutAfter = words.endsWith(" …");
        List<String> parts = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        for (String sentence : SENTENCE_END.split(words.replaceAll("^… | …$", ""))) {
            starts.add(parts.size());
            parts.addAll(clauses(sentence));
        }
        // the longest run of clauses from a sentence's start that shows nothing flagged, the earliest of equal
        // ones: a run from mid-sentence ("… is good surveillance …") no longer tells which words are meant
        int bestFrom = -1;
        int bestTo = -1;
        int bestWords = 0;
        for (int from : new java.util.TreeSet<>(starts)) {
            int to = from - 1;
            // the clauses taken together, as around() takes them: a name in one and words in the next tell it
            while (to + 1 < parts.size() && !shows.test(String.join(" ", parts.subList(from, to + 2)))) {
                to++;
            }
            if (to >= from && words(parts, from, to) > bestWords) {
                bestFrom = from;
                bestTo = to;
                bestWords = words(parts, from, to);
            }
        }
        if (bestWords < MIN_QUOTED_WORDS) {
            return null;
        }
        return m.group(1) + marked(parts, bestFrom, bestTo, cutBefore, cutAfter) + m.group(3);
    }

    /**
     * The prompt with its quoted sentence cut to the clauses around the blank that show nothing {@code shows}
     * flags; the prompt unchanged when it already shows nothing flagged; null when no cut can hide it (the flagged
     * words stand beside the blank) or the prompt quotes no blanked sentence.
     */
    static String avoiding(String prompt, Predicate<String> shows) {
        if (!shows.test(prompt)) {
            return prompt;
        }
        Matcher m = QUOTED_CLOZE.matcher(prompt);
        if (!m.matches() || shows.test(m.group(1))) {
            return null;
        }
        String excerpt = around(m.group(2), shows);
        return excerpt == null ? null : m.group(1) + excerpt + m.group(3);
    }

    /**
     * The clause holding the blank with every clause on either side until {@code shows} flags the clauses taken so
     * far together, so the subject and the context stay whenever they can; "…" marks a cut. Null when the blank's
     * own clause is flagged or fewer than {@value #MIN_WORDS} words are left, too few to say what the blank is
     * about.
     */
    static String around(String sentence, Predicate<String> shows) {
        // an excerpt cut before: its marks stay where the sentence was cut
        boolean cutBefore = sentence.startsWith("… ");
        boolean cutAfter = sentence.endsWith(" …");
        List<String> parts = clauses(sentence.replaceAll("^… | …$", ""));
        int at = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).contains(BLANK)) {
                at = i;
                break;
            }
        }
        boolean ownPhraseCut = at >= 0 && shows.test(parts.get(at));
        if (ownPhraseCut) {
            // "Stevens was born in _____ in Chicago, Illinois and studied law at ...": the clause ends at the blank's
            // own phrase when what it shows comes after ("Stevens was born in _____ …")
            String own = ownPhrase(parts.get(at));
            if (own == null) {
                return null;
            }
            parts = new ArrayList<>(parts.subList(0, at));
            parts.add(own);
            cutAfter = true;
        }
        // "… _____, and people of color …": a blank alone in its clause says not what it counts
        if (at < 0 || shows.test(parts.get(at)) || words(parts, at, at) < 3) {
            return null;
        }
        int from = at;
        int to = at;
        // the clauses taken together: a speaker named in one clause and their words in the next tell who said them
        while (from > 0 && !shows.test(String.join(" ", parts.subList(from - 1, to + 1)))) {
            from--;
        }
        while (to < parts.size() - 1 && !shows.test(String.join(" ", parts.subList(from, to + 2)))) {
            to++;
        }
        if (words(parts, from, to) < MIN_WORDS) {
            return null;
        }
        String excerpt = marked(parts, from, to, cutBefore, cutAfter);
        // a clause ended at its blank's phrase must not leave a quotation open in what is shown
        return ownPhraseCut && QuoteMarks.inside(excerpt, excerpt.length()) ? null : excerpt;
    }

    /**
     * A clause up to the end of its blank's phrase: cut before the next preposition or conjunction after the blank
     * ("born in _____ in Chicago" is "born in _____"); null when nothing follows that could be cut.
     */
    private static String ownPhrase(String clause) {
        int blank = clause.indexOf(BLANK);
        Matcher next = PHRASE_AFTER_BLANK.matcher(clause);
        if (blank < 0 || !next.find(blank + BLANK.length())) {
            return null;
        }
        String own = clause.substring(0, next.start());
        // never inside a quotation: its words would stand without their closing mark
        return QuoteMarks.inside(own, own.length()) ? null : own;
    }

    /** Where a blank's phrase ends: before a preposition or a conjunction opening the next phrase. */
    private static final Pattern PHRASE_AFTER_BLANK = Pattern.compile("\\s+(?=(?:in|at|on|by|with|from|for|after|before"
            + "|during|and|while|when|as|where|which|who|since|until)\\s)");

    /** What stands for a number, a date or a name left out of a quoted sentence, as an editor marks words left out. */
    static final String ELIDED = "[…]";
    /**
     * More answers than this left out of one sentence and it no longer reads as the article's. Teachers took prompts
     * with words left out about as often as whole ones (0.41 with one, 0.38 with two), and a question whose answer
     * another prompt shows 1 in 20: a lead holding four facts of a short bank is asked with three left out.
     */
    private static final int MOST_ELIDED = 3;

    /**
     * A cloze of a short sentence that opens with a pronoun ("She was _____.", "It was founded in _____.") with the
     * sentence before it in front, so the student knows whom or what it speaks of: "… completes this passage …
     * “At the time of her murder, Qandeel Baloch had ... followers. She was _____.”". Null when the cloze needs no
     * context or the sentence before is missing or too long to stand in a prompt.
     */
    static String withSentenceBefore(String prompt, String before) {
        Matcher m = QUOTED_CLOZE.matcher(prompt);
        if (before == null || !m.matches() || !PRONOUN_OPENING.matcher(m.group(2)).lookingAt()
                || m.group(2).split("\\s+").length > CONTEXTLESS_WORDS
                || before.split("\\s+").length > CONTEXT_WORDS) {
            return null;
        }
        return m.group(1).replace(" this sentence ", " this passage ") + before.strip() + " " + m.group(2) + m.group(3);
    }

    /** A cloze {@link #withSentenceBefore} gave the sentence before its pronoun. */
    static boolean toldBefore(String prompt) {
        Matcher m = QUOTED_CLOZE.matcher(prompt);
        return m.matches() && TOLD_BEFORE.matcher(m.group(2)).find();
    }

    /** A pronoun that names no one by itself. */
    private static final String PRONOUN = "(?:He|She|It|They|His|Her|Its|Their|This|These)";
    private static final Pattern TOLD_BEFORE = Pattern.compile("[.!?] " + PRONOUN + "\\b[^.!?]*" + BLANK);

    /** A subject that names no one: who "he" is, or what "it" is, the sentence before says. */
    private static final Pattern PRONOUN_OPENING = Pattern.compile(PRONOUN + "\\b");
    /** A sentence this short says little beyond its blank. */
    private static final int CONTEXTLESS_WORDS = 12;
    /** A sentence before it longer than this would bury the question. */
    private static final int CONTEXT_WORDS = 40;

    /**
     * The cloze with the numbers, dates and names other questions ask left out of its quoted sentence ("… which
     * include _____ Democrats and […] Republicans …"), where no cut at a clause can hide them because they stand in
     * the blank's own clause; null when the prompt quotes no blanked sentence, none of them stands there, more than
     * {@value #MOST_ELIDED} would go, or one would stand beside the blank. A date stands in a sentence also as its
     * day and month ("February 21"). The sentence's opening words (its subject) and a name inside a longer one stay.
     */
    static String eliding(String prompt, List<String> answers) {
        Matcher m = QUOTED_CLOZE.matcher(prompt);
        if (!m.matches() || answers.isEmpty()) {
            return null;
        }
        String sentence = m.group(2);
        int elided = 0;
        for (String answer : answers) {
            for (String form : writtenForms(answer)) {
                if (form.isBlank()) {
                    continue;
                }
                // a month asked by itself stays in a day's date ("February 18"): the day alone would read as nothing;
                // a number inside another ("3:12 a.m.", "4.5%", "12,000", "3–12") is no answer of its own
                Matcher at = Pattern.compile("(?i)(?<![\\p{L}\\d$£€-])(?<!\\d[.,:/–—])" + Pattern.quote(form)
                        + "(?![\\p{L}\\d-]|\\s\\d|[.,:/–—]\\d)").matcher(sentence);
                StringBuilder out = new StringBuilder();
                while (at.find()) {
                    // the sentence's opening words are its subject: left out, it no longer says who did what
                    boolean opening = sentence.substring(0, at.start()).replaceAll("[…\\s\"'“‘(]", "").isEmpty();
                    // a name inside a longer one ("Governor Ricardo Rosselló Nevares") stays: "Ricardo […] Nevares"
                    // would read as nothing
                    boolean insideName = Character.isUpperCase(form.charAt(0))
                            && (INSIDE_NAME_BEFORE.matcher(sentence.substring(0, at.start())).find()
                            || INSIDE_NAME_AFTER.matcher(sentence.substring(at.end())).lookingAt());
                    boolean kept = opening || insideName;
                    at.appendReplacement(out, Matcher.quoteReplacement(kept ? at.group() : ELIDED));
                    elided += kept ? 0 : 1;
                }
                at.appendTail(out);
                sentence = out.toString();
            }
        }
        // counted over the whole sentence: another question's amount may have been left out of it before
        if (elided == 0 || gaps(sentence) > MOST_ELIDED || CROWDED.matcher(sentence).find()) {
            return null;
        }
        return m.group(1) + sentence + m.group(3);
    }

    /**
     * Where a cloze's blank stands in its sentence: an offset at the words it hides (their start, found by the
     * article's words just before the blank, or, at an excerpt's start, their end, by the words just after it); -1
     * when the prompt quotes no blanked sentence or those words are not found there once.
     */
    static int blankAt(String prompt, String sentence) {
        Matcher m = QUOTED_CLOZE.matcher(prompt);
        if (!m.matches()) {
            return -1;
        }
        String excerpt = m.group(2);
        int blank = excerpt.indexOf(BLANK);
        String[] before = excerpt.substring(0, blank).split("…|" + Pattern.quote(ELIDED), -1);
        String left = before[before.length - 1].strip();
        if (!left.isEmpty()) {
            int at = sentence.indexOf(left);
            return at < 0 || sentence.indexOf(left, at + 1) >= 0 ? -1 : at + left.length();
        }
        String right = excerpt.substring(blank + BLANK.length()).split("…|" + Pattern.quote(ELIDED), -1)[0].strip();
        int at = right.isEmpty() ? -1 : sentence.indexOf(right);
        return at <= 0 || sentence.indexOf(right, at + 1) >= 0 ? -1 : at - 1;
    }

    /** How many words a text leaves out ("[…]"). */
    static int gaps(String text) {
        return text.split(Pattern.quote(ELIDED), -1).length - 1;
    }

    /**
     * Words left out beside the blank or before a possessive ("[…] _____ has", "scientists from […]'s _____"): the
     * blank no longer has words around it to say what it is. Two left out side by side ("halfway to […], […].") read
     * as nothing either.
     */
    private static final Pattern CROWDED = Pattern.compile("\\[…\\]\\S*\\s+" + BLANK + "|" + BLANK
            + "\\S*\\s+\\[…\\]|\\[…\\]['’]s\\b|\\[…\\]['’](?=\\s)|\\[…\\]\\S{0,2}\\s+\\[…\\]");

    /** A capitalised word right before or after a name: the name is part of a longer one. */
    private static final Pattern INSIDE_NAME_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*\\s$");
    private static final Pattern INSIDE_NAME_AFTER = Pattern.compile("\\s\\p{Lu}|'s \\p{Lu}|’s \\p{Lu}|\\s(vs\\.?|v\\.)\\s");

    /** "February 21, 2019" as the article may write it: whole, or without its year ("February 21"). */
    private static List<String> writtenForms(String answer) {
        String a = answer.strip();
        Matcher dayOfYear = DAY_OF_YEAR.matcher(a);
        return dayOfYear.matches() ? List.of(a, dayOfYear.group(1)) : List.of(a);
    }

    private static final Pattern DAY_OF_YEAR = Pattern.compile("^(\\p{L}+ \\d{1,2}), \\d{4}$");

    /** The clauses from..to joined, "…" marking a cut on either side (or one made before, when it was cut already). */
    private static String marked(List<String> parts, int from, int to, boolean cutBefore, boolean cutAfter) {
        String text = String.join(" ", parts.subList(from, to + 1));
        if (to < parts.size() - 1 || cutAfter) {
            text = text.replaceAll("[\\s,;:—(]+$", "") + " …";
        }
        if (from > 0 || cutBefore) {
            text = "… " + text;
        }
        return text;
    }

    private static List<String> clauses(String sentence) {
        List<String> parts = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(sentence);
        int start = 0;
        while (m.find()) {
            if (m.start() > start) {
                parts.add(sentence.substring(start, m.start()));
            }
            start = m.end();
        }
        if (start < sentence.length()) {
            parts.add(sentence.substring(start));
        }
        return parts;
    }

    private static int words(List<String> parts, int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) {
            for (String w : parts.get(i).split("\\s+")) {
                n += w.isBlank() || w.equals(BLANK) ? 0 : 1;
            }
        }
        return n;
    }
}
