package newsquiz.questions;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether text shown beside a question gives its year or its span of years by a sum: "born in 1920" with "died
 * aged 99" in the story's year, "retired in 2010" with "after 35 years on the court" above "nominated in _____",
 * "He died in 1946, _____ years before she was born" beside "born in 1952". Teachers struck such a question as given
 * away by arithmetic. Only spans the text writes as spans of years ("35 years", "aged 99", "a 101-year-old") count,
 * so a year and an unrelated count never make a sum, and the story's year ends only a span counted to now (an age,
 * "years ago").
 */
final class YearArithmetic {
    private YearArithmetic() {
    }

    /**
     * Whether {@code shown} (another question's prompt) together with the question's own prompt gives the question's
     * answer by adding or subtracting, with {@code storyYear} (the year the screens show) as one more known year;
     * the other prompt must give at least one of the terms, as a question alone is judged on its own.
     */
    static boolean gives(String answer, String ownPrompt, String shown, Integer storyYear) {
        return new YearArithmetic.Terms().gives(answer, ownPrompt, shown, storyYear);
    }

    /**
     * Whether the headline gives a year by counting back from the story's year a span it states: "dies aged 95"
     * above "born in _____", "first title in 41 years" above "since _____", "after 130 years" above "took them in
     * _____". A headline rounds ("more than 130 years", a birthday yet to come), so a year either way counts.
     */
    static boolean countedBack(String answer, String headline, Integer storyYear) {
        String key = answer.strip();
        if (storyYear == null || !YEAR.matcher(key).matches()) {
            return false;
        }
        int y = Integer.parseInt(key);
        return spans(headline).stream().anyMatch(n -> Math.abs(storyYear - n - y) <= 1);
    }

    /**
     * The years and spans each prompt shows, read once: the bank's ordering asks of every candidate beside every
     * question already placed, many times over.
     */
    static final class Terms {
        private final java.util.Map<String, Set<Integer>> years = new java.util.HashMap<>();
        private final java.util.Map<String, Set<Integer>> spans = new java.util.HashMap<>();

        boolean gives(String answer, String ownPrompt, String shown, Integer storyYear) {
            String key = answer.strip();
            boolean isYear = YEAR.matcher(key).matches();
            // the cheap test first: most answers are neither a year nor a span of years
            if (!isYear && (!WHOLE.matcher(key).matches() || !SPAN_BLANK.matcher(ownPrompt).find())) {
                return false;
            }
            Set<Integer> ownYears = years.computeIfAbsent(ownPrompt, YearArithmetic::years);
            Set<Integer> shownYears = years.computeIfAbsent(shown, YearArithmetic::years);
            if (isYear) {
                Set<Integer> ownSpans = spans.computeIfAbsent(ownPrompt, YearArithmetic::spans);
                Set<Integer> shownSpans = spans.computeIfAbsent(shown, YearArithmetic::spans);
                if (shownYears.isEmpty() && shownSpans.isEmpty()) {
                    return false;
                }
                int y = Integer.parseInt(key);
                // a year: another year and a span between them, one of the two from the other prompt
                Integer now = FROM_NOW.matcher(ownPrompt).find() || FROM_NOW.matcher(shown).find() ? storyYear : null;
                for (int z : union(ownYears, shownYears, now)) {
                    for (int n : union(ownSpans, shownSpans, null)) {
                        boolean fromShown = shownYears.contains(z) || shownSpans.contains(n);
                        if (fromShown && z != y && (Math.abs(z - y) == n || ages(ownPrompt, shown)
                                && Math.abs(z - y) == n + 1)) {
                            return true;
                        }
                    }
                }
                return false;
            }
            Double n = QuantityQuestions.number(key);
            if (n == null || n != Math.rint(n) || n < 1 || n > 150 || shownYears.isEmpty()) {
                return false;
            }
            // a span of years or an age: two years the prompts show, one of them from the other prompt; the
            // story's year ends only a span counted to now ("_____ years ago", an age), not "the ban lasts _____
            // years" beside "the law of 2014"
            Set<Integer> all = union(ownYears, shownYears, FROM_NOW.matcher(ownPrompt).find() ? storyYear : null);
            for (int a : all) {
                for (int b : all) {
                    if (b > a && (shownYears.contains(a) || shownYears.contains(b))
                            && (b - a == n.intValue() || AGE_BLANK.matcher(ownPrompt).find() && b - a == n.intValue() + 1)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static boolean ages(String ownPrompt, String shown) {
        return AGE.matcher(ownPrompt).find() || AGE.matcher(shown).find();
    }

    private static Set<Integer> union(Set<Integer> a, Set<Integer> b, Integer extra) {
        Set<Integer> out = new HashSet<>(a);
        out.addAll(b);
        if (extra != null) {
            out.add(extra);
        }
        return out;
    }

    static Set<Integer> years(String text) {
        Set<Integer> out = new HashSet<>();
        Matcher m = YEAR_IN_TEXT.matcher(text);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    /** "35 years", "six years before", "aged 99", "at the age of 99", "a 101-year-old bottle". */
    static Set<Integer> spans(String text) {
        Set<Integer> out = new HashSet<>();
        Matcher m = SPAN.matcher(text);
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            Double n = QuantityQuestions.number(number);
            if (n != null && n == Math.rint(n) && n >= 1 && n <= 150) {
                out.add(n.intValue());
            }
        }
        return out;
    }

    private static final Pattern YEAR = Pattern.compile("1[5-9]\\d\\d|20\\d\\d");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<![\\d,.$€£])\\b(1[5-9]\\d\\d|20\\d\\d)\\b(?![,.]\\d)");
    /** The numbers {@link QuantityQuestions#number} reads: digits, and words up to fifteen and twenty. */
    private static final String NUMBER = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|twenty)";
    private static final Pattern WHOLE = Pattern.compile("(?i)" + NUMBER);
    /** Whole from its first character: not the "five" of "twenty-five years" nor the "5" of "2.5 years". */
    private static final String START = "(?<![\\p{L}\\d.,-])";
    private static final Pattern SPAN = Pattern.compile("(?i)" + START + NUMBER + "[ -]years?\\b|\\b(?:aged|age of|dies at"
            + "|died at) "
            + NUMBER + "\\b(?![.,]\\d)");
    /** A span counted from now, which the story's year ends: "three years ago", "since 2014", "born in". */
    private static final Pattern FROM_NOW = Pattern.compile("(?i)\\b(ago|since|born|aged|age of|dies at|died at|-year-old"
            + "|years? old)\\b");
    private static final Pattern AGE = Pattern.compile("(?i)\\b(aged|age of|dies at|died at|years? old|-year-old|born)\\b");
    /** The blank of a span or an age: "_____ years", "aged _____", "at the age of _____", "_____-year-old". */
    private static final Pattern SPAN_BLANK = Pattern.compile("(?i)_____[ -]years?\\b|\\b(aged|age of) _____");
    private static final Pattern AGE_BLANK = Pattern.compile("(?i)_____[ -]years? old|_____-year-old|\\b(aged|age of) _____");
}
