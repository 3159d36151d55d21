package newsquiz.questions;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import newsquiz.facts.DateFact;

/** Wrong answers of the same kind as the right one: names, dates and amounts that a student could believe. */
final class Distractors {
    private static final List<String> VAGUE = List.of("a handful", "a few dozen", "a few hundred", "several thousand",
            "tens of thousands", "millions");

    private Distractors() {
    }

    /** Other names, none an alias of the answer nor sharing a word with it. */
    static List<String> names(String answer, List<String> answerAliases, List<String> pool, int count) {
        Set<String> out = new LinkedHashSet<>();
        for (String candidate : pool) {
            if (out.size() == count) {
                break;
            }
            if (candidate.equalsIgnoreCase(answer) || answerAliases.stream().anyMatch(candidate::equalsIgnoreCase)
                    || Choices.overlaps(candidate, answer) || out.stream().anyMatch(o -> Choices.overlaps(o, candidate))) {
                continue;
            }
            out.add(candidate);
        }
        return new ArrayList<>(out);
    }

    /**
     * Wrong counts of something the world has some two hundred of at most (nations, countries): numbers above that
     * go, and a vague answer gets vague wrong ones that fit ("about a dozen", "about a hundred") rather than "a few
     * hundred" or "several thousand".
     */
    static List<String> atMostTwoHundred(String answer, List<String> wrong) {
        if (answer.matches(".*\\d.*")) {
            return wrong.stream().filter(w -> {
                Double v = QuantityQuestions.number(w);
                return v == null || v <= 200;
            }).toList();
        }
        if (!answer.matches("(?i).*\\b(handful|dozens?|hundreds?|thousands?|few|several|scores?)\\b.*")) {
            return wrong; // "the two countries": a count in words keeps its wrong counts in words
        }
        int own = vagueClass(answer);
        List<String> out = new ArrayList<>();
        for (String v : COUNTRY_SCALE) {
            int apart = Math.abs(COUNTRY_SCALE.indexOf(v) - COUNTRY_SCALE.indexOf(nearest(answer, own)));
            if (apart >= 1 && !v.equalsIgnoreCase(answer.strip())) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * Vague wrong amounts as a blank before "of" takes them: "a few dozen" and "about a dozen" become "dozens" ("one of
     * just about a dozen of nations" reads as nothing), "a few hundred" "hundreds"; none in the key's own class and
     * none above the two hundred nations there are when nations are counted, where, with fewer than two left, "a
     * couple" stands in even beside "a handful" (two against a few: near, but not the same amount).
     */
    static List<String> takingOf(String key, List<String> wrong, boolean nations) {
        int own = vagueClass(key);
        List<String> offered = new ArrayList<>();
        for (String w : wrong) {
            offered.add(w.toLowerCase(Locale.ROOT).matches("(a few|about a|several|some) (dozen|hundred|thousand)")
                    ? w.replaceFirst("(?i)^(a few|about a|several|some) ", "") + "s" : w);
        }
        // then the forms "of" takes, nearest the key's size first
        OF_FORMS.stream().sorted(java.util.Comparator.comparingInt(f -> Math.abs(vagueClass(f) - own)))
                .forEach(offered::add);
        Set<String> out = new LinkedHashSet<>();
        for (String of : offered) {
            if (out.size() < 3 && vagueClass(of) != own && !Choices.overlaps(of, key) && !(nations && vagueClass(of) > 2)
                    && out.stream().noneMatch(o -> vagueClass(o) == vagueClass(of) || Choices.overlaps(o, of))) {
                out.add(of);
            }
        }
        if (nations && out.size() < 2 && !key.toLowerCase(Locale.ROOT).matches("a couple|a few|two")) {
            out.add("a couple");
        }
        return new ArrayList<>(out);
    }

    /** Vague amounts that read before "of": "dozens of nations", "a handful of states", "tens of thousands of fans". */
    private static final List<String> OF_FORMS = List.of("a handful", "dozens", "hundreds", "thousands",
            "tens of thousands", "millions");

    /** The rough size a vague amount names ("a few dozen": about 40), so that it compares with a number; NaN else. */
    static double roughSize(String amount) {
        return switch (amount.strip().toLowerCase(Locale.ROOT)) {
            case "a couple", "a couple of" -> 2;
            case "a few", "a handful", "several" -> 5;
            case "about a dozen", "a dozen" -> 12;
            case "a few dozen", "several dozen", "dozens", "scores" -> 40;
            case "about a hundred", "a hundred" -> 100;
            case "a few hundred", "several hundred", "hundreds" -> 400;
            case "about a thousand", "a thousand" -> 1_000;
            case "several thousand", "a few thousand", "thousands" -> 4_000;
            case "tens of thousands" -> 40_000;
            case "hundreds of thousands" -> 400_000;
            case "millions" -> 4_000_000;
            default -> Double.NaN;
        };
    }

    private static final List<String> COUNTRY_SCALE = List.of("a handful", "about a dozen", "a few dozen",
            "about a hundred");

    /** The step of {@link #COUNTRY_SCALE} a vague answer stands on. */
    private static String nearest(String answer, int own) {
        String a = answer.toLowerCase(Locale.ROOT);
        if (a.contains("hundred")) {
            return "about a hundred";
        }
        if (a.contains("dozens") || a.contains("few dozen") || a.contains("several dozen") || a.contains("score")) {
            return "a few dozen";
        }
        if (a.contains("dozen")) {
            return "about a dozen";
        }
        return own <= 1 ? "a handful" : "about a hundred";
    }

    /** The order of magnitude a vague amount names: dozens and "a few dozen" are one class, never two choices. */
    private static int vagueClass(String amount) {
        String a = amount.toLowerCase(Locale.ROOT);
        if (a.matches(".*\\b(millions?|billions?)\\b.*")) {
            return 6;
        }
        if (a.contains("tens of thousands")) {
            return 5;
        }
        if (a.contains("thousand")) {
            return 4;
        }
        if (a.contains("hundred")) {
            return 3;
        }
        if (a.contains("dozen") || a.contains("score")) {
            return 2;
        }
        return 1; // a handful, a few, several
    }

    /**
     * Shares of a whole as the blank's frame takes them: after a bound of its own ("About _____") "a quarter",
     * never "about a quarter"; after a determiner ("his _____ of the prize", "the first _____ of the year") a bare
     * "quarter"; after "more than" only larger shares and after "less than" only smaller ones, which the article
     * contradicts ("more than a third" is true of "more than half"); otherwise the nearest shares, in the answer's
     * form. Null when the answer is no bare share.
     */
    static List<String> sharesAfter(String frame, String answer, int count) {
        String a = answer.toLowerCase(Locale.ROOT).strip().replaceFirst("^(a|one) ", "");
        String f = frame.toLowerCase(Locale.ROOT).strip();
        String before = f.replaceFirst("^.*\\s", "");
        Integer own = SHARES.get(a);
        if (own == null) {
            return null;
        }
        // "about a _____ of the market": the article's own "a" stands before the blank, so the shares come bare
        boolean bare = before.matches("the|his|her|its|their|our|my|your|first|last|second|final|a");
        int direction = f.matches(".*\\b(more than|over|at least)") ? 1 : f.matches(".*\\b(less|fewer) than|under") ? -1 : 0;
        List<String> out = new ArrayList<>();
        List<Map.Entry<String, Integer>> byNearness = new ArrayList<>(SHARES.entrySet());
        byNearness.sort(Comparator.comparingInt(e -> Math.abs(e.getValue() - own)));
        for (var e : byNearness) {
            int side = Integer.compare(e.getValue(), own);
            if (out.size() < count && side != 0 && (direction == 0 || side == direction)
                    && !(bare && e.getKey().contains(" "))) {
                // unhyphenated, so that its form is the answer's ("two thirds" beside "half")
                out.add(bare || e.getKey().contains(" ") || e.getKey().equals("half") ? e.getKey() : "a " + e.getKey());
            }
        }
        return out;
    }

    /** Shares of a whole, in hundredths. */
    private static final Map<String, Integer> SHARES = new java.util.LinkedHashMap<>();

    static {
        // in a fixed order, so that shares as near as each other are chosen the same way on every run
        SHARES.put("quarter", 25);
        SHARES.put("third", 33);
        SHARES.put("half", 50);
        SHARES.put("two thirds", 67);
        SHARES.put("three quarters", 75);
        SHARES.put("tenth", 10);
        SHARES.put("fifth", 20);
    }

    /** "more than half" against other shares of a whole. */
    private static List<String> fractions(String answer, int count) {
        List<String> out = new ArrayList<>();
        for (String f : List.of("about a quarter", "about a third", "nearly all", "less than a tenth", "about two-thirds")) {
            if (out.size() < count && !answer.contains(f.replaceFirst("^(about|nearly|less than) ", ""))
                    && !(answer.contains("half") && f.contains("two-thirds"))) {
                out.add(f);
            }
        }
        return out;
    }

    /** "two and a half", "4 and a half million": a whole amount, its "and a half" and its scale word. */
    private static final Pattern AND_A_HALF = Pattern.compile("(?i)(.+?)([\\s-]and[\\s-]a[\\s-]half)"
            + "(\\s+(?:thousand|million|billion|trillion))?");

    /** Amounts at a similar scale and in the same form: 1,000 against 100, 500 and 10,000; vague against vague. */
    static List<String> amounts(String mention, String value, int count) {
        // "two and a half": other whole amounts and a half, written alike ("three and a half", not "3")
        Matcher andAHalf = AND_A_HALF.matcher(mention);
        if (andAHalf.matches() && value != null && value.matches("\\d+(\\.\\d+)?")) {
            // "4 and a half million": the whole part's wrong amounts, each and a half million
            double scale = andAHalf.group(3) == null ? 1 : newsquiz.facts.Lexicon.scaleOf(andAHalf.group(3).strip());
            double whole = Double.parseDouble(value) / scale - 0.5;
            if (whole != Math.rint(whole)) {
                return List.of();
            }
            String tail = andAHalf.group(2) + (andAHalf.group(3) == null ? "" : andAHalf.group(3));
            return amounts(andAHalf.group(1), String.valueOf((long) whole), count).stream()
                    .filter(w -> !w.matches(".*\\.\\d.*")).map(w -> w + tail).toList();
        }
        Set<String> out = new LinkedHashSet<>();
        String lower = mention.toLowerCase(Locale.ROOT);
        String qualifier = "";
        for (String q : List.of("more than ", "less than ", "fewer than ", "nearly ", "almost ", "about ", "around ",
                "roughly ", "at least ", "up to ", "over ")) {
            if (lower.startsWith(q)) {
                qualifier = mention.substring(0, q.length());
            }
        }
        if (value == null || !value.matches("[\\d.]+")) {
            List<String> special = ordinalsOrTimes(mention, count);
            if (special != null) {
                return special;
            }
            if (lower.matches(".*\\b(half|third|thirds|quarter|quarters|majority|minority|most|all)\\b.*")
                    && !lower.matches(".*\\b(hundred|thousand|million|billion)s?\\b.*")) {
                return fractions(lower, count);
            }
            int own = vagueClass(lower);
            if (lower.matches("(dozens|hundreds|thousands|millions|billions)")) {
                // "tens of _____", "_____ of viewers": one plural word against the nearest others, as the blank
                // needs ("billions" of homeless people was struck as absurd)
                List<String> plurals = List.of("dozens", "hundreds", "thousands", "millions", "billions");
                int at = plurals.indexOf(lower);
                for (int step : new int[] {-1, 1, -2, 2, -3, 3}) {
                    int k = at + step;
                    if (k >= 0 && k < plurals.size() && out.size() < count && !(k == 4 && at < 3)) {
                        out.add(plurals.get(k));
                    }
                }
                return new ArrayList<>(out);
            }
            // the nearest orders of magnitude, two at most away: "one of just a handful of nations" beside
            // "several thousand" nations was struck as impossible
            List<String> near = new ArrayList<>(VAGUE);
            near.sort(java.util.Comparator.comparingInt(v -> Math.abs(vagueClass(v) - own)));
            for (String v : near) {
                int apart = Math.abs(vagueClass(v) - own);
                if (apart >= 1 && apart <= 2 && out.size() < count) {
                    out.add(v);
                }
            }
            return new ArrayList<>(out);
        }
        List<String> special = ordinalsOrTimes(mention, count);
        if (special != null) {
            return special;
        }
        double v = Double.parseDouble(value);
        String number = mention.substring(qualifier.length());
        boolean percent = number.contains("%") || number.toLowerCase(Locale.ROOT).contains("percent");
        String prefix = number.replaceFirst("^([^\\d]*).*$", "$1");
        String suffix = number.replaceFirst("^[^\\d]*[\\d.,]+", "");
        if (!number.matches("^[^\\d]*\\d.*")) {
            // "two countries": answer in words, so the wrong answers are words too, with the answer's glued unit
            // ("eleven-month-old") and scale ("one million"); after "more than" or "at least", far enough apart
            // that a smaller one is not also true
            var parts = java.util.regex.Pattern.compile("(?i)^(\\p{L}+)((?:-[\\p{L}-]+)?)((?: (?:hundred|thousand|million|"
                    + "billion))?)$").matcher(number);
            String glued = parts.matches() ? parts.group(2) + parts.group(3) : "";
            int own = parts.matches() ? NUMBER_WORDS.indexOf(parts.group(1).toLowerCase(Locale.ROOT)) : -1;
            int base = own > 0 && !parts.group(3).isEmpty() ? own : (int) v;
            // which side the wrong counts fall on depends on the amount, so that the answer is lowest, highest or
            // between in equal measure ("three" against two, four and six made it second lowest every time)
            int[][] sides = {{base + 1, base + 2, base * 2}, {base - 1, base + 1, base * 2}, {base - 2, base - 1, base + 1},
                    {base - 1, base - 2, base - 3}};
            int[] side = sides[Math.floorMod(number.hashCode(), sides.length)];
            int[] steps = qualifier.isEmpty() ? new int[] {side[0], side[1], side[2], base + 1, base - 1, base * 2,
                    base + 2, base * 3, base + 3, base * 5, base - 2, base - 3} : new int[] {base * 2, base * 3, base / 2,
                    base * 5};
            List<String> words = new ArrayList<>();
            for (int n : steps) {
                // "nine hundred" beside "eight hundred", never "ten hundred" or "eighteen hundred"
                boolean hundreds = glued.strip().equalsIgnoreCase("hundred");
                if (n > 1 && n < NUMBER_WORDS.size() && n != base && words.size() < count && (!hundreds || n < 10)) {
                    String w = NUMBER_WORDS.get(n);
                    // "Three people have died": "Four" once, though two steps come to four
                    String word = qualifier + (Character.isUpperCase(number.charAt(0)) ? Character.toUpperCase(w.charAt(0))
                            + w.substring(1) : w) + glued;
                    if (!words.contains(word)) {
                        words.add(word);
                    }
                }
            }
            if (own > 0 || v == Math.rint(v) && v < NUMBER_WORDS.size()) {
                return words;
            }
            prefix = "";
            suffix = percent ? "%" : "";
            number = Format.number(v);
        }
        double scaleOfMention = v;
        String scaleWord = "";
        for (String w : List.of(" million", " billion", " thousand", " trillion")) {
            if (suffix.toLowerCase(Locale.ROOT).startsWith(w)) {
                scaleWord = suffix.substring(0, w.length());
                suffix = suffix.substring(w.length());
                scaleOfMention = Double.parseDouble(number.replaceAll("[^\\d.]", ""));
            }
        }
        double base = scaleWord.isEmpty() ? v : scaleOfMention;
        // wrong amounts that are no plain multiples of the key (192 beside 384 and 576 reads as arithmetic, and a
        // teacher sees the key at once), rounded as the key is written (1,500 beside 900 and 2,100, never 1,125),
        // on either side of it: which side depends on the amount itself, so it is fixed per question yet varies
        // (and lowest, highest or between in equal measure: one pattern of four each)
        double[][] patterns = {{0.6, 1.4, 1.8, 0.8, 2.3}, {0.55, 0.75, 1.35, 0.4, 1.8}, {0.45, 0.7, 0.85, 1.6, 1.3},
                {1.2, 1.45, 1.9, 0.65, 2.6}};
        double[] factors = patterns[Math.floorMod(mention.hashCode(), patterns.length)];
        String digits = number.replaceFirst("^[^\\d]*([\\d.,]+).*$", "$1");
        boolean grouped = digits.contains(",");
        int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
        String whole = digits.replaceAll("[,]", "").replaceFirst("\\..*$", "");
        double roundness = Math.pow(10, whole.length() - whole.replaceFirst("0+$", "").length());
        // a key written with a thousands comma ("over 1,000 people") has wrong amounts written with one too: "800"
        // beside "1,000" is the one choice of another form; the larger factors stand in for the smaller
        // (not under an upper bound: "under 1,400" would be true of "under 1,000" as well)
        boolean commaOnly = grouped && scaleWord.isEmpty() && decimals == 0
                && !lower.matches("(under|below|fewer than|less than|almost|nearly|up to|just under|not quite)\\b.*");
        double[] tried = commaOnly ? DoubleStream.concat(Arrays.stream(factors), DoubleStream.of(1.2, 1.45, 1.9, 2.6))
                .toArray() : factors;
        for (double f : tried) {
            double d = decimals > 0 ? Math.round(base * f * Math.pow(10, decimals)) / Math.pow(10, decimals)
                    : roundedLike(base * f, roundness);
            if (commaOnly && f > 1 && d == roundedLike(base, roundness)) {
                d = roundedLike(base * f, Math.min(roundness, 100)); // "1,200" beside "1,000", not "1,000" again
            }
            if (percent && d > 100 || d <= 0 || d == base || commaOnly && d < 1000) {
                continue;
            }
            String n = decimals > 0 ? String.format(Locale.US, "%." + decimals + "f", d)
                    : grouped || d < 1000 || !scaleWord.isEmpty() ? Format.number(d) : String.valueOf(Math.round(d));
            String candidate = qualifier + prefix + n + scaleWord + suffix;
            if (!candidate.equalsIgnoreCase(mention) && out.size() < count) {
                out.add(candidate);
            }
        }
        if (out.size() < count && !scaleWord.isEmpty() && decimals == 0 && base < 10) {
            // "1 billion people", "$2 million": rounded as the key, most factors come back to the key itself; whole
            // steps of the same scale instead, on a side fixed by the amount
            int b = (int) base;
            int[][] sides = {{b + 1, b + 2, b * 3}, {b - 1, b + 1, b * 2}, {b + 2, b - 1, b + 1}, {b * 2, b + 3, b * 3}};
            int[] side = sides[Math.floorMod(mention.hashCode(), sides.length)];
            for (int n : IntStream.concat(Arrays.stream(side), IntStream.of(b + 1, b + 2, b + 3, b * 5)).toArray()) {
                String candidate = qualifier + prefix + n + scaleWord + suffix;
                if (n > 0 && n != b && !out.contains(candidate) && !candidate.equalsIgnoreCase(mention)
                        && out.size() < count) {
                    out.add(candidate);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * A whole number rounded as the key is (to hundreds beside 1,500), or to its own first digit when it is
     * smaller than that: 450 beside 1,000 is 500.
     */
    private static double roundedLike(double v, double roundness) {
        double unit = v < roundness ? Math.pow(10, Math.floor(Math.log10(Math.max(v, 1)))) : roundness;
        return Math.round(v / unit) * unit;
    }

    /**
     * Ages and percentages: a scale with bounds, so wrong answers step by a sensible amount and stay possible
     * (never an age of 114 or 5.1 percent beside 50.8), written with the answer's qualifier, decimals and unit.
     */
    static List<String> bounded(String mention, String value, String unit, int count) {
        if (value == null || !value.matches("[\\d.]+") || !mention.matches("(?s)[^\\d]*\\d[\\d.,]*.*")) {
            return amounts(mention, value, count);
        }
        double v = Double.parseDouble(value);
        var m = java.util.regex.Pattern.compile("[\\d][\\d.,]*").matcher(mention);
        m.find();
        String number = m.group();
        int decimals = number.contains(".") ? number.length() - number.indexOf('.') - 1 : 0;
        double max = unit.equals("age") ? 105 : 100;
        double min = unit.equals("age") ? 1 : 0.01; // no share of nothing: "0%" beside "6%" is no amount
        double unitStep = Math.pow(10, -decimals);
        // a small share steps by a third of itself in its own decimals: 1.15% beside 0.75% and 1.55%, not 4.15%
        // a large share steps by less of itself: "more than 54% of the young are out of work" against 68, 82 and 96
        // reads as absurd beside it (teachers struck it); against 62, 70 and 46 each could be true
        // an age steps by a tenth of itself and stays within a quarter above it (nine years above a young one):
        // "the 67-year-old killer" against 87 and 97 was struck as absurd, against 74 and 81 each could be true
        double step = unit.equals("age") ? Math.max(3, Math.round(v * 0.1))
                : v < 10 && decimals > 0 ? Math.max(unitStep, Math.round(v * 0.35 / unitStep) * unitStep)
                : v >= 30 ? Math.max(3, Math.round(v * 0.15))
                : Math.max(1, Math.round(Math.max(v, 10) * 0.25));
        // nearly all of something is a claim of its own: a wrong share above nine in ten only beside a key near it
        double highest = unit.equals("age") ? Math.min(max, Math.max(v * 1.25, v + 9)) : v >= 80 ? max : 90;
        List<String> out = new ArrayList<>();
        for (int f : sides(mention)) {
            double d = v + f * step;
            if (d < min || d > highest || out.size() >= count) {
                continue;
            }
            String n = decimals == 0 ? String.valueOf(Math.round(d)) : String.format(Locale.US, "%." + decimals + "f", d);
            String candidate = mention.substring(0, m.start()) + n + mention.substring(m.end());
            if (!candidate.equals(mention) && !out.contains(candidate)) {
                out.add(candidate);
            }
        }
        return out;
    }

    /**
     * Wrong first years of a span ("_____–1987"): years near the answer on the sides {@link #sides} chooses, before
     * the span's last year; not multiples of it ("3560–1987" is no year).
     */
    static List<String> startYears(String from, String to, int count) {
        int first = Integer.parseInt(from);
        int last = Integer.parseInt(to);
        List<String> out = new ArrayList<>();
        for (int step : sides(from)) {
            int year = first + step * (Math.abs(step) == 1 ? 1 : 2);
            if (year < last && year != first && out.size() < count) {
                out.add(String.valueOf(year));
            }
        }
        return out;
    }

    /**
     * Three steps away from the answer, on sides chosen by the answer itself, so that across a quiz the answer is
     * lowest, highest or between in equal measure (always one below and two above, 202 of 321 amounts were the
     * second lowest: a student could pick it unread); then more steps either side, should some be impossible.
     */
    static int[] sides(String answer) {
        Set<Integer> steps = new LinkedHashSet<>();
        for (int step : SIDES[Math.floorMod(answer.hashCode(), SIDES.length)]) {
            steps.add(step);
        }
        for (int step : new int[] {-1, 1, 2, -2, 3, -3, 4, -4}) {
            steps.add(step);
        }
        return steps.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The three sides a wrong answer's steps take, each putting the answer at another rank among four. */
    private static final int[][] SIDES = {{-3, -2, -1}, {-2, -1, 1}, {-1, 1, 2}, {1, 2, 3}};

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");
    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");

    /**
     * The value of a small number written as a word or an ordinal ("three", "Third", "3rd"), or -1: what a headline
     * gives away however it writes it ("Tropical Depression Three" above "the _____ named storm", "third").
     */
    static int smallNumber(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        int n = NUMBER_WORDS.indexOf(w);
        n = n >= 0 ? n : ORDINAL_WORDS.indexOf(w) + 1;
        var digits = SMALL_DIGITS.matcher(w);
        return n > 0 ? n : digits.matches() ? Integer.parseInt(digits.group(1)) : -1;
    }

    /** "3", "3rd", "12th": asked of every headline word for every amount, so compiled once. */
    private static final java.util.regex.Pattern SMALL_DIGITS = java.util.regex.Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");

    /** "sixth" against "fifth", "seventh"...; "116th" against "115th"...; "2:49 a.m." against other hours. */
    private static List<String> ordinalsOrTimes(String mention, int count) {
        List<String> out = new ArrayList<>();
        String lower = mention.toLowerCase(Locale.ROOT);
        int word = ORDINAL_WORDS.indexOf(lower);
        var digits = java.util.regex.Pattern.compile("^(\\d+)(st|nd|rd|th)$").matcher(lower);
        var time = java.util.regex.Pattern.compile("^(\\d{1,2})((?::\\d\\d)?\\s?(?:a\\.m\\.|p\\.m\\.|am|pm))$",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(mention);
        var duration = java.util.regex.Pattern.compile("^(\\d{1,2}):(\\d\\d):(\\d\\d)$").matcher(mention);
        if (duration.matches()) {
            // a race time against others a minute or two away, some faster and some slower
            int seconds = Integer.parseInt(duration.group(1)) * 3600 + Integer.parseInt(duration.group(2)) * 60
                    + Integer.parseInt(duration.group(3));
            int[] shifts = Math.floorMod(seconds, 2) == 0 ? new int[] {-71, 58, 133} : new int[] {64, -127, -49};
            for (int shift : shifts) {
                int t = seconds + shift;
                out.add(t / 3600 + ":" + String.format(Locale.ROOT, "%02d:%02d", t / 60 % 60, t % 60));
            }
            return out.subList(0, Math.min(count, out.size()));
        }
        for (int shift : sides(mention)) {
            if (out.size() >= count + 2) {
                break;
            }
            if (word >= 0 && word + shift >= 0 && word + shift < ORDINAL_WORDS.size()) {
                out.add(ORDINAL_WORDS.get(word + shift));
            } else if (digits.matches()) {
                int n = Integer.parseInt(digits.group(1)) + shift;
                if (n > 0) {
                    out.add(n + suffix(n));
                }
            } else if (time.matches()) {
                int h = (Integer.parseInt(time.group(1)) + shift + 11) % 12 + 1;
                out.add(h + time.group(2));
            }
        }
        if (word < 0 && !digits.matches() && !time.matches()) {
            return null;
        }
        return out.subList(0, Math.min(count, out.size()));
    }

    private static String suffix(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** Numbers written with thousands separators, as news does. */
    static final class Format {
        private Format() {
        }

        static String number(double v) {
            return NumberFormat.getIntegerInstance(Locale.US).format(Math.round(v));
        }

        static String decimal(double v) {
            String s = String.format(Locale.US, "%.1f", v);
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }

        static String date(DateFact d) {
            return d.display();
        }

        static String date(LocalDate d) {
            return d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
                    + d.getDayOfMonth() + ", " + d.getYear();
        }

        static String month(LocalDate d) {
            return d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
        }
    }
}
