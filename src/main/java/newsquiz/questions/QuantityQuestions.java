package newsquiz.questions;

import static newsquiz.questions.QuestionText.blank;
import static newsquiz.questions.QuestionText.insideQuote;
import static newsquiz.questions.QuestionText.vagueFrame;

import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.facts.Evidence;
import newsquiz.facts.Facts;
import newsquiz.facts.Quantity;

/** How many: an amount blanked with choices or typed, and its sentence stated true or false. */
final class QuantityQuestions {
    private final QuestionGenerator g;
    private final Facts facts;

    QuantityQuestions(QuestionGenerator g) {
        this.g = g;
        this.facts = g.facts;
    }

    void quantities() {
        int numeric = 0;
        // a quotation's later sentences carry no marks of their own ("“The work I can offer is short. ... pay for six
        // months.”", or in single marks a paragraph's): the speaker's words, which no true/false statement gives as
        // the article's
        var opened = NegationQuestions.openedBefore(facts.article().sentences());
        Set<String> quoting = new HashSet<>();
        NegationQuestions.insideQuotations(facts.article().sentences(), opened).forEach(s -> quoting.add(s.text()));
        // and an amount of one is the speaker's as one inside marks is: teachers took 1 of 5 such clozes
        Set<String> quotingWithoutMarks = new HashSet<>();
        opened.forEach(s -> quotingWithoutMarks.add(s.text()));
        for (Quantity q : facts.quantities()) {
            if (q.unit().equals("ordinal") && q.counts().isEmpty()) {
                continue;
            }
            String sentence = q.evidence().sentences().get(0);
            if (insideQuote(sentence, q.mention()) || quotingWithoutMarks.contains(sentence)
                    && beforeTheClosingMark(sentence, q.mention())) {
                continue;
            }
            String shown = q.unit().equals("years") ? q.from() : q.mention();
            String blanked = blank(otherUsesLeftOut(sentence, shown, q.counts()), shown);
            if (blanked == null || TIME_LATER.matcher(blanked).find()) {
                continue; // "_____ minutes later" only moves the story along; it is no fact worth asking
            }
            // "at _____ ET (1354 UTC)": the amount restated in brackets beside the blank gives it away by arithmetic
            blanked = RESTATEMENT_AFTER_BLANK.matcher(blanked).replaceFirst("$1");
            if (heading(sentence) || SMALL_RANGE.matcher(blanked).find() || FUSED_SHARE.matcher(blanked).find()
                    || countsItsList(blanked, shown) || setPhrase(blanked) || halfOfAMixedAmount(blanked, shown)
                    || ageOfTheEarth(blanked, shown) || RESTATED_IN_BRACKETS.matcher(blanked).find()
                    || NOT_AN_AMOUNT.matcher(blanked).find() || shareOfAUnit(shown, blanked)) {
                // "13 Needle in a haystack" numbers a heading; "two or _____ minutes", "a _____-thirds majority",
                // "_____-dimensional" are set phrases; "_____ astronauts, Ana Lima and Bo Chan" counts what the
                // sentence lists; "at 8:17 a.m. local time (_____ UTC)" asks for arithmetic on the clock
                continue;
            }
            // "in under _____ hours": a bound stays in the sentence and the blank asks the amount; as a choice,
            // "under two" stood out beside "three" and "four", and "under three" would be true as well
            Matcher bound = BOUND_OR_ROUGH.matcher(shown);
            boolean bounded = bound.lookingAt();
            if (bounded && !q.unit().equals("years") && bound.end() < shown.length()
                    && Character.isWhitespace(shown.charAt(bound.end()))) {
                blanked = blanked.replace(ClozeExcerpt.BLANK, shown.substring(0, bound.end()) + " " + ClozeExcerpt.BLANK);
                shown = shown.substring(bound.end()).strip();
            }
            double weight = 2.4 + g.prominence(q.evidence()) + (q.counts().isEmpty() ? -0.5 : 0.2) - minorAmount(q)
                    - vagueFrame(sentence) + (countsWhatNewsIsAbout(q) ? PEOPLE_OR_MONEY : 0);
            // "_____–1987": a span's first year is offered among years near it, never after the span's end
            List<String> wrong = q.unit().equals("years") ? Distractors.startYears(shown, q.value(), SPARE)
                    : q.unit().equals("age") || q.unit().equals("percent")
                    ? Distractors.bounded(shown, q.value(), q.unit(), SPARE)
                    : Distractors.amounts(shown, q.value(), SPARE);
            // a share of a whole ("the first _____ of the year", "fell by almost _____"): after the article's own
            // bound, shares without one of their own ("almost about a quarter" reads as nothing); "after the _____
            // marker" is an ordinal
            // ("the _____ of several markers" is a place in a row, as "a third of voters" is not)
            List<String> shares = (blanked.contains(ClozeExcerpt.BLANK + " of ")
                    || OWN_BOUND.matcher(wordsBefore(blanked)).find()) && !ONE_OF_A_ROW.matcher(blanked).find()
                    ? Distractors.sharesAfter(wordsBefore(blanked), shown, 3) : null;
            if (shares != null) {
                wrong = shares;
            }
            wrong = possible(blanked, shown, wrong);
            if (wrong.size() < 3 && MORE_THAN_BLANK.matcher(blanked).find()) {
                // under a lower bound only larger amounts are wrong ("over _____ of the seats", 80%: "over 60%" is
                // true too): the larger ones this amount's scale allows
                wrong = possible(blanked, shown, above(shown, wrong));
            } else if (wrong.size() < 3 && (LESS_THAN_BLANK.matcher(blanked).find()
                    || wholeIncluding(blanked, shown) != null)) {
                // and a part of a whole the sentence counts: smaller ones
                wrong = possible(blanked, shown, below(shown, wrong));
            }
            if (nationsCounted(blanked, shown)) {
                // "one of just a handful of nations": the world has about two hundred, so "several thousand"
                // nations, or "a few hundred", is impossible
                wrong = Distractors.atMostTwoHundred(shown, wrong);
            }
            wrong = sameSideOfChange(blanked, shown, wrong);
            if (!Double.isNaN(Distractors.roughSize(shown)) && blanked.contains(ClozeExcerpt.BLANK + " of ")
                    && !shown.matches("(?i)dozens|hundreds|thousands|millions|billions")) {
                // "one of just _____ of nations": a vague amount before "of" takes the forms that go with it (a bare
                // plural's wrong answers are plurals already)
                wrong = Distractors.takingOf(shown, wrong, nationsCounted(blanked, shown));
            }
            wrong = beyondIfNot(blanked, shown, wrong);
            wrong = wrong.subList(0, Math.min(3, wrong.size()));
            // "About 40" opened its sentence; inside the explanation it is "about 40"
            String told = BOUND_OR_ROUGH.matcher(q.mention()).lookingAt()
                    ? Character.toLowerCase(q.mention().charAt(0)) + q.mention().substring(1) : q.mention();
            String explanation = "The article gives " + told + (q.counts().isEmpty() ? "" : " " + q.counts())
                    + (q.from() != null && !q.unit().equals("years") ? ", down or up from " + q.from() : "") + ".";
            g.choice("quantity", "Which amount completes this sentence from the article? “" + blanked + "”", shown,
                    wrong, q.evidence(), weight, 2, explanation);
            if (q.value() != null && shown.matches("[\\d,.]+") && !q.unit().equals("years") && numeric++ < 3) {
                g.add(new Question(null, "numeric", "quantity", "Type the number missing from this sentence of the"
                        + " article: “" + blanked + "”", null, shown, List.of(q.value()), 0.0,
                        q.evidence().sentences(), q.evidence().spans(), 3, weight - 0.7, explanation));
            }
            if (!bounded && !quoting.contains(sentence)) {
                // "more than twenty" is not contradicted by "more than ten", nor "about 50" by "about 60": a bound
                // or a rough amount makes no statement the article plainly gets wrong
                trueOrFalse(sentence, shown, Choices.sameShape(shown, wrong), q.evidence(), weight - 0.9, explanation);
            }
        }
    }

    /**
     * "The 22-mile journey took 22 minutes": the same number counting something else in the sentence would be blanked
     * too, or show the key; where the amount's own count follows only some of them, the others are left out ("The
     * […] journey took _____ minutes").
     */
    static String otherUsesLeftOut(String sentence, String shown, String counts) {
        // "a 2–2 draw", "1987–2017": a score or a span is one thing, never cut in two
        if (counts.isEmpty() || !shown.matches("\\d+|\\p{Ll}+") || Pattern.compile("\\d\\s?[–—-]\\s?"
                + Pattern.quote(shown) + "|" + Pattern.quote(shown) + "\\s?[–—-]\\s?\\d").matcher(sentence).find()) {
            return sentence;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\d/-])" + Pattern.quote(shown) + "(-\\p{L}+)?(?![\\p{L}\\d/]|[.,]\\d)",
                Pattern.CASE_INSENSITIVE).matcher(sentence);
        String unit = counts.split("\\s+")[0];
        StringBuilder out = new StringBuilder();
        int own = 0;
        int others = 0;
        int last = 0;
        while (m.find()) {
            boolean counted = m.group(1) == null && sentence.startsWith(" " + unit, m.end());
            if (counted) {
                own++;
                continue;
            }
            // only another count ("22-mile", "22 km"): a day of a month or a flight's number stays, and then the
            // sentence is left whole
            boolean anotherCount = m.group(1) != null || sentence.startsWith(" ", m.end()) && m.end() + 1 < sentence.length()
                    && Character.isLowerCase(sentence.charAt(m.end() + 1));
            boolean named = Pattern.compile("(?:\\b(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|Some|About|Nearly"
                    + "|Over|Only|All|In|On|At|By|For)\\s)\\p{Lu}\\p{L}*|\\d)\\s$").matcher(sentence.substring(0, m.start())).find();
            if (!anotherCount || named) {
                return sentence;
            }
            others++;
            out.append(sentence, last, m.start()).append("[…]");
            last = m.end();
        }
        out.append(sentence.substring(last));
        return own == 1 && others > 0 ? out.toString() : sentence;
    }

    /** "the _____ of several yellow markers", "the _____ of five stages": a place in a row, no share of a whole. */
    private static final Pattern ONE_OF_A_ROW = Pattern.compile("(?i)\\bthe " + Pattern.quote(ClozeExcerpt.BLANK)
            + " of (several|many|\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\\b");
    /** A count of what the world has some two hundred of at most: nations, countries, member states. */
    private static final Pattern FEW_HUNDRED_AT_MOST = Pattern.compile("(?i)" + Pattern.quote(ClozeExcerpt.BLANK)
            + " (?:of (?:the )?)?(?:[\\p{L}’']+ )?(?:nations|countries|member states|member countries)\\b(?![’'])");

    /** "one of just a handful of nations", "_____ of the world's countries": not "of the poorest countries' debt". */
    static boolean nationsCounted(String blanked, String shown) {
        return FEW_HUNDRED_AT_MOST.matcher(blanked).find() && !SCALE.matcher(shown).find();
    }

    private static final Pattern SCALE = Pattern.compile("(?i)\\b(thousand|million|billion|trillion)s?\\b|%|percent");

    /** How many wrong amounts are asked for, so that some may fall to the sentence's own bounds. */
    private static final int SPARE = 5;

    private static final Pattern FUSED_SHARE = Pattern.compile("_____-(thirds|quarters|fifths|tenths|in-\\p{L}+)\\b");

    /**
     * "(_____ UTC)" after an amount: the blank restates the amount before it (another clock, another unit), so it
     * asks for arithmetic, not for the article.
     */
    private static final Pattern RESTATED_IN_BRACKETS = Pattern.compile("(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\\b)[^()]{0,30}"
            + "\\((?:about |around |roughly )?"
            + Pattern.quote(ClozeExcerpt.BLANK) + "[^()]{0,15}\\)");

    /**
     * "1987–2017; for _____ years": a count of years two years in the same sentence give by subtraction. Asked, since
     * how long is often the story's point, but never in a session's first twenty (see {@link BankOrder}).
     */
    static boolean yearsBetween(String blanked, String shown) {
        Double n = number(shown);
        if (n == null || !blanked.matches("(?s).*" + Pattern.quote(ClozeExcerpt.BLANK) + "[ -]years?\\b.*")) {
            return false;
        }
        List<Integer> years = new java.util.ArrayList<>();
        Matcher y = YEAR.matcher(blanked);
        while (y.find()) {
            years.add(Integer.parseInt(y.group()));
        }
        for (int a : years) {
            for (int b : years) {
                if (b - a == n.intValue() && b > a) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "_____–1990; then as mayor, 1990–2020; for 40 years": a year the prompt gives by subtraction, from a span of
     * years it states and a year at the span's other end.
     */
    static boolean yearBySpan(String blanked, String shown) {
        Matcher key = YEAR.matcher(shown.strip());
        Matcher span = SPAN_OF_YEARS.matcher(blanked);
        if (!key.matches() || !span.find()) {
            return false;
        }
        int year = Integer.parseInt(key.group(1));
        int length = Integer.parseInt(span.group(1));
        Matcher y = YEAR.matcher(blanked);
        while (y.find()) {
            if (Math.abs(Integer.parseInt(y.group()) - year) == length) {
                return true;
            }
        }
        return false;
    }

    /** A year as news writes it: 1500 to 2099. */
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");
    private static final Pattern SPAN_OF_YEARS = Pattern.compile("(?i)\\bfor (?:about |nearly |almost |more than |over )?"
            + "(\\d{1,3}) years\\b");

    /**
     * Blanks that ask no amount: another clock in brackets ("(_____ UTC)"), a share of a number ("_____ a million",
     * which is an amount of its own), a day of a month ("Tuesday _____ April").
     */
    private static final Pattern NOT_AN_AMOUNT = Pattern.compile("\\(" + Pattern.quote(ClozeExcerpt.BLANK)
            + " (UTC|GMT|ET|EST|EDT|CET|BST)\\)|" + Pattern.quote(ClozeExcerpt.BLANK) + " an? (million|billion|thousand"
            + "|hundred|dozen)\\b|" + Pattern.quote(ClozeExcerpt.BLANK) + " (of )?(January|February|March|April|May|June"
            + "|July|August|September|October|November|December)\\b");

    /**
     * "half a mile", "a third of an hour" with the share blanked: a measure written as a share, whose wrong shares
     * ("nearly all a mile") do not read, and whose point is the distance or the time, not the share.
     */
    static boolean shareOfAUnit(String shown, String blanked) {
        return shown.matches("(?i)(about |nearly |almost |more than |less than )?(a |one )?(half|third|quarter)")
                && Pattern.compile(Pattern.quote(ClozeExcerpt.BLANK) + " (of )?an? \\p{L}").matcher(blanked).find();
    }

    /**
     * A number fused to a word that is no unit of it ("_____-dimensional", "a _____-letter code"): a set phrase, while
     * "a _____-day trip" or "a _____-member board" counts something.
     */
    static boolean setPhrase(String blanked) {
        Matcher fused = Pattern.compile(Pattern.quote(ClozeExcerpt.BLANK) + "-(\\p{L}+)").matcher(blanked);
        return fused.find() && !UNITS.matcher(fused.group(1)).matches();
    }

    /**
     * "an hour and a _____", "a mile and a _____": the half of a mixed amount, which no one misses; "record sales and a
     * _____ rise in profit" asks a real amount.
     */
    static boolean halfOfAMixedAmount(String blanked, String shown) {
        return AND_A_BLANK.matcher(blanked).find() && shown.strip().matches("(?i)half|a half|quarter|a quarter|third");
    }

    private static final Pattern AND_A_BLANK = Pattern.compile("(?i)\\band an? " + Pattern.quote(ClozeExcerpt.BLANK)
            + "(?![\\p{L}\\d-])");

    /**
     * "it lived _____ of years after flying dinosaurs": "millions of years" is how English says "very long ago", and
     * teachers struck it as a collocation anyone completes; an amount written as a number is asked.
     */
    static boolean ageOfTheEarth(String blanked, String shown) {
        return orderOfSize(shown) && blanked.contains(ClozeExcerpt.BLANK + " of years");
    }

    /** An order of size alone: "hundreds", "tens of thousands", "millions". */
    static boolean orderOfSize(String amount) {
        return ORDER_OF_SIZE.matcher(amount.strip()).matches();
    }

    private static final Pattern ORDER_OF_SIZE = Pattern.compile("(?i)(tens of |hundreds of )?(dozens|hundreds"
            + "|thousands|millions|billions)");

    private static final Pattern UNITS = Pattern.compile("(?i)(second|minute|hour|day|night|week|month|year|decade"
            + "|century|mile|kilometre|kilometer|km|metre|meter|foot|feet|inch|yard|acre|hectare|tonne|ton|pound|kilo"
            + "|kilogram|gram|litre|liter|gallon|room|bed|storey|story|floor|member|person|man|woman|seat|point|game"
            + "|match|page|lane|car|vote|time|goal|run|shot|lap|stage|round|episode|part|star|percent|degree|hole)s?");

    /** A bound or a rough word of the article's own just before a blank: "almost _____", "more than _____". */
    private static final Pattern OWN_BOUND = Pattern.compile("(?i)\\b(almost|nearly|about|around|roughly|some|over"
            + "|under|more than|less than|fewer than|at least|up to)$");

    /** The two words just before the blank ("more than" in "more than _____ of voters"), or fewer. */
    static String wordsBefore(String blanked) {
        Matcher m = Pattern.compile("((?:[\\p{L}]+\\s+)?[\\p{L}]+)\\s+" + Pattern.quote(ClozeExcerpt.BLANK)).matcher(blanked);
        return m.find() ? m.group(1) : "";
    }

    private static final String COUNTABLE = "\\d[\\d,.]*|" + String.join("|", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");
    /** "Eleven of the _____": the whole is more than its part. */
    private static final Pattern PART_OF_BLANK = Pattern.compile("(?i)\\b(" + COUNTABLE + ") of (?:(?:the|these|those"
            + "|its|their|them,?) )?" + Pattern.quote(ClozeExcerpt.BLANK));
    /**
     * "killed at least _____, including, according to government reports, 54 small children": the blank counts a
     * whole the later number is part of (an aside between commas may come between them).
     */
    private static final Pattern INCLUDING = Pattern.compile("(?i)" + Pattern.quote(ClozeExcerpt.BLANK)
            + "(?: [\\p{L}-]+){0,3},? (?:including|among them|of (?:them|whom|which))(?:,[^,]{1,60},)? (\\d[\\d,]*|"
            + COUNTABLE + ")\\b(?![.,]?\\d|-|%| percent| (?:hundred|thousand|million|billion|trillion)\\b)");
    /**
     * "killed at least 40, including, officials said, _____ children": the blank counts a part
     * of the whole the earlier number counts, so no wrong amount reaches the whole.
     */
    private static final Pattern INCLUDED = Pattern.compile("(?i)(?<![\\d,.])\\b(\\d[\\d,]*|" + COUNTABLE + ")\\b(?![.,]?\\d|-|%"
            + "| percent| (?:hundred|thousand|million|billion|trillion)\\b)(?: [\\p{L}-]+){0,3},? (?:including|among them)"
            + "(?:,[^,]{1,60},)? " + Pattern.quote(ClozeExcerpt.BLANK));
    /**
     * The whole a blanked part belongs to ("killed at least 40, including _____ children": 40), when it counts more than
     * the key; null when the number before "including" is no count of the same things: a year, a day of a month ("since
     * 1 January, including"), a span of time ("in the past 24 hours, including"), or "no one, including".
     */
    static Double wholeIncluding(String blanked, String key) {
        Matcher m = INCLUDED.matcher(blanked);
        Double keyValue = key == null ? null : number(key);
        if (!m.find() || keyValue == null) {
            return null;
        }
        Double whole = number(m.group(1));
        if (whole == null || keyValue >= whole || m.group(1).matches("(1[5-9]|20)\\d\\d")
                || MONTH_BEFORE.matcher(blanked.substring(0, m.start(1))).find()
                || TIME_AFTER.matcher(blanked.substring(m.end(1))).lookingAt()) {
            return null;
        }
        return whole;
    }

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b(?:" + MONTHS + ")\\.?\\s*$");
    private static final Pattern TIME_AFTER = Pattern.compile("\\s+(?:" + MONTHS + "|seconds?|minutes?|hours?|days?"
            + "|weeks?|months?|years?|decades?)\\b");
    /** An amount written with a scale word, which {@link #number} reads without it. */
    private static final Pattern SCALED = Pattern.compile("(?i)\\b(hundred|thousand|million|billion|trillion)s?\\b");
    /** A scale word after the number of a range's end: "between 25 million and _____". */
    private static final String END_SCALE = "(?: (?:hundred|thousand|million|billion|trillion)\\b)?";
    /** "_____ to 11%", "between _____ and 40": the blank is the lower end of a range. */
    private static final Pattern LOWER_END = Pattern.compile("(?i)(?<!from )(?:" + Pattern.quote(ClozeExcerpt.BLANK)
            + "(?:%| percent)? to|between " + Pattern.quote(ClozeExcerpt.BLANK) + "(?:%| percent)? and) [^\\d\\s]{0,3}"
            + "(\\d[\\d,.]*" + END_SCALE + ")");
    /** "6% to _____", "between 30 and _____": the blank is the upper end of a range. */
    private static final Pattern UPPER_END = Pattern.compile("(?i)(?:(?<!from )(?<![\\d,.])"
            + "(\\d[\\d,.]*" + END_SCALE + ")(?:%| percent)? to"
            + "|between (\\d[\\d,.]*" + END_SCALE + ")(?:%| percent)? and)"
            + " [^\\d\\s]{0,3}" + Pattern.quote(ClozeExcerpt.BLANK));


    /**
     * The wrong amounts the sentence itself does not rule out: a whole no smaller than its part ("Eleven of the
     * _____" never offers 9, "killed _____, including 54 children" never 37), a part below its whole ("killed 40,
     * including _____ children" never 45), the lower end of a range below its upper end ("_____ to 11%" never offers
     * 12%).
     */
    static List<String> possible(String blanked, List<String> wrong) {
        return possible(blanked, null, wrong);
    }

    /** As {@link #possible(String, List)}, knowing the key: a growth of "more than 200 per cent" is a real one. */
    static List<String> possible(String blanked, String key, List<String> wrong) {
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        Matcher part = PART_OF_BLANK.matcher(blanked);
        if (part.find() && number(part.group(1)) != null) {
            min = number(part.group(1));
        }
        Matcher lower = LOWER_END.matcher(blanked);
        String maxText = null;
        if (lower.find() && number(lower.group(1)) != null) {
            max = number(lower.group(1));
            maxText = lower.group(1);
        }
        // the part's count bounds the whole only when both are plain counts: not "including 2016 Olympic gold",
        // "including 17-year-old Ana", "including 300,000 children" beside a key of "2 million"
        Matcher including = INCLUDING.matcher(blanked);
        double counted = Double.NEGATIVE_INFINITY;
        if (including.find() && number(including.group(1)) != null
                && !including.group(1).matches("(1[5-9]|20)\\d\\d")) {
            counted = number(including.group(1));
        }
        // and the whole bounds its part from above: "killed at least 40, including _____ children" never offers 45
        Double whole = wholeIncluding(blanked, key);
        if (whole != null && whole < max) {
            max = whole;
            maxText = null;
        }
        Matcher upper = UPPER_END.matcher(blanked);
        String minText = null;
        if (upper.find()) {
            String end = upper.group(1) != null ? upper.group(1) : upper.group(2);
            if (number(end) > min) {
                min = number(end);
                minText = end;
            }
        }
        final double low = min;
        final double high = max;
        final String lowText = minText;
        final String highText = maxText;
        final double atLeast = counted;
        // "over _____ of the seats": more than the whole is no share at all, so "over 100%" is never offered
        boolean moreThanAShare = MORE_THAN_BLANK.matcher(blanked).find()
                && (key == null || number(key) == null || number(key) < 100);
        // "more than _____ victims" (twenty): "more than eighteen" is true as well, so a wrong amount under a lower
        // bound is larger than the key
        Double keyValue = key == null || SCALED.matcher(key).find() ? null : number(key);
        boolean lowerBound = keyValue != null && MORE_THAN_BLANK.matcher(blanked).find();
        // and under an upper bound smaller ("in under _____ hours", three: "under four hours" is true as well)
        boolean upperBound = keyValue != null && LESS_THAN_BLANK.matcher(blanked).find();
        return wrong.stream().filter(w -> {
            Double v = number(w);
            if (v != null && !SCALED.matcher(w).find() && (lowerBound && v <= keyValue || upperBound && v >= keyValue)) {
                return false;
            }
            if (moreThanAShare && v != null && v >= 100 && PERCENT.matcher(w).find()) {
                return false;
            }
            // a range's end and a wrong amount that both write a scale word compare with it: "between 25 million
            // and _____" never offers "10 million"; one written once ("between 30 and _____", key "40 million")
            // compares bare, as the sentence does
            boolean scaledLow = lowText != null && SCALED.matcher(lowText).find() && SCALED.matcher(w).find();
            boolean scaledHigh = highText != null && SCALED.matcher(highText).find() && SCALED.matcher(w).find();
            return v == null || (scaledLow ? scaled(w) > scaled(lowText) : v > low)
                    && (scaledHigh ? scaled(w) < scaled(highText) : v < high)
                    && (SCALED.matcher(w).find() || v > atLeast);
        }).toList();
    }

    /**
     * A change the sentence tells from one figure to another ("cut its staff from 1,000 to _____", "rose from _____ to
     * 40"): a wrong figure lies on the same side of the other as the key, since "cut from 1,000 to several thousand"
     * is no cut. Amounts in words ("a few dozen") compare by the size they name.
     */
    static List<String> sameSideOfChange(String blanked, String key, List<String> wrong) {
        Matcher to = CHANGE_TO_BLANK.matcher(blanked);
        Matcher from = CHANGE_FROM_BLANK.matcher(blanked);
        String other = to.find() ? to.group(1) : from.find() ? from.group(1) : null;
        // "from 14 to 9 million": the key's scale word is the other figure's too
        Matcher scale = SCALED.matcher(key);
        if (other != null && scale.find() && !SCALED.matcher(other).find()) {
            other = other + " " + scale.group(1);
        }
        double k = size(key);
        double o = other == null ? Double.NaN : size(other);
        if (Double.isNaN(o) || Double.isNaN(k) || k == o) {
            return wrong;
        }
        return wrong.stream().filter(w -> {
            double v = size(w);
            return Double.isNaN(v) || (v < o) == (k < o) && v != o;
        }).toList();
    }

    /**
     * "thousands if not _____": the blank outdoes the amount before "if not", so a wrong answer does too ("thousands if
     * not a few hundred" reads as nothing); vague amounts of that size stand in when too few are left.
     */
    static List<String> beyondIfNot(String blanked, String key, List<String> wrong) {
        Matcher m = IF_NOT_BLANK.matcher(blanked);
        if (!m.find() || Double.isNaN(size(m.group(1))) || !(size(key) > size(m.group(1)))) {
            return wrong;
        }
        double floor = size(m.group(1));
        List<String> out = new ArrayList<>(wrong.stream().filter(w -> size(w) > floor && size(w) != size(key)).toList());
        for (String v : List.of("dozens", "hundreds", "thousands", "tens of thousands", "hundreds of thousands",
                "millions")) {
            if (out.size() < 3 && !key.matches(".*\\d.*") && size(v) > floor && size(v) != size(key)
                    && !Choices.overlaps(v, key) && out.stream().noneMatch(o -> Choices.overlaps(o, v))) {
                out.add(v);
            }
        }
        return out;
    }

    /** "thousands if not _____", "dozens, if not _____": the amount the blank outdoes. */
    private static final Pattern IF_NOT_BLANK = Pattern.compile("(?i)(?<![\\p{L}\\d,.])((?:[\\d,.]+(?: (?:thousand|million"
            + "|billion))?|\\p{L}+(?: of \\p{L}+)?)),? if not " + Pattern.quote(ClozeExcerpt.BLANK));

    /** The size an amount names: its number with its scale word, or a vague amount's rough size; NaN for none. */
    private static double size(String amount) {
        if (amount.matches(".*\\d.*")) {
            return scaled(amount);
        }
        double rough = Distractors.roughSize(amount);
        if (!Double.isNaN(rough)) {
            return rough;
        }
        Double n = number(amount);
        return n == null ? Double.NaN : n;
    }

    private static final String CHANGED_FIGURE = "(?:about |around |some |nearly |almost |over |more than |just |only )?"
            + "(\\d[\\d,.]*(?:%| percent| thousand| million| billion)?)";
    /** "from 1,000 to _____": the blank is the figure a change ends at. */
    private static final Pattern CHANGE_TO_BLANK = Pattern.compile("(?i)\\bfrom " + CHANGED_FIGURE + " to "
            + Pattern.quote(ClozeExcerpt.BLANK));
    /** "from _____ to 40": the blank is the figure a change starts from. */
    private static final Pattern CHANGE_FROM_BLANK = Pattern.compile("(?i)\\bfrom " + Pattern.quote(ClozeExcerpt.BLANK)
            + "(?:%| percent)? to " + CHANGED_FIGURE);

    /**
     * Wrong amounts above the key, for a blank after a lower bound: a share five to fifteen points higher ("80%":
     * 85%, 90%, 95%), a count or sum half again, twice and three times as large, written as the key is.
     */
    static List<String> above(String key, List<String> have) {
        return beside(key, have, new int[] {5, 10, 15}, new double[] {1.5, 2, 3}, 0);
    }

    /**
     * Wrong amounts below the key, for a blank after an upper bound: a share five to fifteen points lower, a count
     * or sum three quarters, half and a quarter as large, a count in words one to three fewer, written as the key is.
     */
    static List<String> below(String key, List<String> have) {
        return beside(key, have, new int[] {-5, -10, -15}, new double[] {0.75, 0.5, 0.25}, 3);
    }

    /** The amounts {@link #above} and {@link #below} add: the key's share moved by points, its count by factors. */
    private static List<String> beside(String key, List<String> have, int[] points, double[] factors, int fewerWords) {
        List<String> out = new ArrayList<>(have);
        String k = key.strip();
        Matcher share = SHARE_KEY.matcher(k);
        int word = WORDS.indexOf(k.toLowerCase(Locale.ROOT));
        if (share.matches()) {
            int v = Integer.parseInt(share.group(1));
            for (int step : points) {
                if (v + step > 0 && v + step < 100) {
                    out.add((v + step) + share.group(2));
                }
            }
        } else if (COUNT_KEY.matcher(k).matches()) {
            long v = Long.parseLong(k.replace(",", ""));
            for (double f : factors) {
                long n = Math.round(v * f);
                if (n >= 1 && n != v) {
                    out.add(k.contains(",") || n >= 10_000 ? String.format(Locale.US, "%,d", n) : String.valueOf(n));
                }
            }
        } else if (word > 1) {
            for (int n = word - 1; n >= Math.max(1, word - fewerWords); n--) {
                String w = WORDS.get(n);
                out.add(Character.isUpperCase(k.charAt(0)) ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            }
        }
        return out.stream().distinct().toList();
    }

    private static final Pattern SHARE_KEY = Pattern.compile("^(\\d{1,2})(%| per ?cent| percent)$");
    private static final Pattern COUNT_KEY = Pattern.compile("^\\d{1,3}(,\\d{3})*$|^\\d+$");

    /** A strict upper bound before the blank: "under", "fewer than", "no more than"; not "nearly", "almost". */
    private static final Pattern LESS_THAN_BLANK = Pattern.compile("(?i)\\b(under|less than|fewer than|below"
            + "|no more than|not more than|at most) " + Pattern.quote(ClozeExcerpt.BLANK));

    /** A lower bound before the blank; "no more than _____" is an upper one. */
    private static final Pattern MORE_THAN_BLANK = Pattern.compile("(?i)(?<!\\bno |\\bnot )\\b(over|more than|above"
            + "|at least|exceeding|upwards of|in excess of) " + Pattern.quote(ClozeExcerpt.BLANK));
    private static final Pattern PERCENT = Pattern.compile("%|\\bper ?cent\\b");

    /** The number a text writes, times its scale word ("25 million" is 25,000,000); NaN when there is none. */
    private static double scaled(String text) {
        Double n = number(text);
        if (n == null) {
            return Double.NaN;
        }
        Matcher scale = SCALED.matcher(text);
        if (!scale.find()) {
            return n;
        }
        return n * newsquiz.facts.Lexicon.scaleOf(scale.group(1));
    }

    /** The first number written in a text, in digits or as a word up to twenty; null when there is none. */
    static Double number(String text) {
        Matcher digits = Pattern.compile("\\d[\\d,]*(\\.\\d+)?").matcher(text);
        if (digits.find()) {
            return Double.parseDouble(digits.group().replace(",", ""));
        }
        Matcher word = Pattern.compile("(?i)\\b(" + COUNTABLE.substring(COUNTABLE.indexOf('|') + 1) + ")\\b").matcher(text);
        return word.find() ? (double) WORDS.indexOf(word.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");

    /**
     * A small count of what the sentence goes on to list ("considering _____ names for it: a, b and c", "_____
     * astronauts, Ana Lima and Bo Chan,"): the list answers it. A list is items after a colon or a comma following
     * the blank, the last of them after "and" or "or".
     */
    static boolean countsItsList(String blanked, String shown) {
        Double n = number(shown);
        int at = blanked.indexOf(ClozeExcerpt.BLANK);
        if (n == null || n < 2 || n > 12 || at < 0 || !shown.matches("(?i)\\s*(" + COUNTABLE + ")\\s*")) {
            return false;
        }
        String tail = blanked.substring(at + ClozeExcerpt.BLANK.length());
        Matcher opening = Pattern.compile("[:,—]").matcher(tail);
        if (!opening.find()) {
            return false;
        }
        String list = tail.substring(opening.end());
        String separator = list.contains(";") ? ";" : ",";
        int items = 0;
        for (String piece : list.split(separator)) {
            String[] parts = piece.strip().split("\\s+(?=(?:and|or)\\s)");
            for (String item : parts) {
                String t = item.strip();
                if (t.isEmpty()) {
                    continue;
                }
                items++;
                if (t.matches("(?s)(and|or)\\s.*") && items == n.intValue()) {
                    return true;
                }
                if (t.split("\\s+").length > 14) {
                    return false;
                }
            }
        }
        return false;
    }

    /** A few words without a full stop: a heading, a numbered section's title ("13 Needle in a haystack"). */
    private static boolean heading(String sentence) {
        String s = sentence.strip();
        return s.split("\\s+").length < 8 && !s.matches("(?s).*[.!?…”\"’')]$");
    }

    private static final String SMALL_NUMBER = "(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";
    private static final Pattern SMALL_RANGE = Pattern.compile("(?i)\\b" + SMALL_NUMBER + " or _____|_____ or "
            + SMALL_NUMBER + "\\b");

    private static final Pattern RESTATEMENT_AFTER_BLANK = Pattern.compile("(_____(?: [\\p{L}.$€£%]+){0,2})"
            + " \\((?:about |around |roughly |approximately )?[^()]{0,12}\\d[^()]{0,20}\\)");

    private static final Pattern TIME_LATER = Pattern.compile("(?i)_____ ([\\p{L}-]+ ){0,2}(seconds|minutes|hours"
            + "|days|weeks) (later|earlier|afterwards)\\b");

    /** Sentences already asked true or false: one statement a sentence. */
    private final Set<String> statedOnce = new HashSet<>();

    private static final String BOUNDS = "more than|at least|over|nearly|almost|about|around|up to|fewer than"
            + "|less than|under|some|roughly|approximately|close to|as many as|as few as|upwards of|in excess of"
            + "|just over|just under";
    private static final Pattern BOUND_OR_ROUGH = Pattern.compile("(?i)(" + BOUNDS + ")\\b");

    private static final Pattern BOUND_BEFORE_BLANK = Pattern.compile("(?i)\\b(" + BOUNDS + ") " + ClozeExcerpt.BLANK);

    /**
     * The amount as the article writes it, bound and all ("under two"): what another prompt would have to show to
     * give it away; the bare number ("two") stands in many sentences about other things.
     */
    static String asWritten(String prompt, String answer) {
        var m = BOUND_BEFORE_BLANK.matcher(prompt);
        return m.find() ? m.group(1) + " " + answer : answer;
    }

    /**
     * Whether the swapped amount would still be true of what the article says: "dozens of products" of a company that
     * sells hundreds, "more than 40 people" where more than 50 were, "under 90%" where it was under 80%. An order of
     * size is never swapped; a bound only for an amount beyond it, and one that cannot be read is not swapped.
     */
    static boolean alsoTrue(String sentence, String right, String wrong) {
        if (orderOfSize(right) || orderOfSize(wrong)) {
            return true;
        }
        var bound = Pattern.compile("(?i)\\b(" + BOUNDS + ") " + Pattern.quote(right)).matcher(sentence);
        if (!bound.find()) {
            return false;
        }
        Double r = Numbers.read(right.replaceAll("[^\\d.,]", ""));
        Double w = Numbers.read(wrong.replaceAll("[^\\d.,]", ""));
        if (r == null || w == null) {
            return true;
        }
        String b = bound.group(1).toLowerCase(java.util.Locale.ROOT);
        boolean lower = b.matches("more than|at least|over|upwards of|in excess of|just over|as many as");
        boolean upper = b.matches("fewer than|less than|under|up to|just under|as few as");
        return lower && w < r || upper && w > r;
    }

    /**
     * "True or false, according to the article: ...": the sentence as written, or with its amount swapped for a
     * wrong one of the same form, which the article plainly contradicts. Asked only of a plain statement (no
     * quotation, no pronoun for its subject), so that the statement stands on its own.
     */
    private void trueOrFalse(String sentence, String right, List<String> wrong, Evidence evidence, double rank,
                             String explanation) {
        String s = QuestionText.withoutRestatedMeasures(sentence.strip().replaceAll("[.!?]+$", ""));
        if (s == null) {
            return; // the article's own text holds a blank's mark inside a bracket: no statement to make of it
        }
        s = QuestionText.standingAlone(s);
        if (s == null) {
            return; // "Soon after, however, rumours spread he was ...": whom it is about was said before it
        }
        // "Meanwhile, three boats sank" stands alone as "Three boats sank": the amount as the statement writes it
        String shown = right;
        String shownWrong = wrong.isEmpty() ? null : wrong.get(0);
        if (!right.isEmpty() && Character.isLowerCase(right.charAt(0)) && !s.startsWith(right)
                && s.regionMatches(true, 0, right, 0, right.length())) {
            shown = Character.toUpperCase(right.charAt(0)) + right.substring(1);
            shownWrong = shownWrong == null || shownWrong.isEmpty() ? shownWrong
                    : Character.toUpperCase(shownWrong.charAt(0)) + shownWrong.substring(1);
        }
        if (RESTATEMENT_AFTER_BLANK.matcher(s.replace(shown, ClozeExcerpt.BLANK)).find()) {
            return; // "at 8:54 a.m. ET (1354 UTC)": the bracket beside it tells a false time by arithmetic
        }
        if (wrong.isEmpty() || !statedOnce.add(sentence) || vagueFrame(sentence) > 0
                || s.matches("(?s).*\\b(thirds?|quarters?|halves|half)\\b.*") || s.matches("(?s).*[“”\"].*") || s.split("\\s+").length > 30
                || !Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(shown) + "(?![\\p{L}\\d])").matcher(s).find()) {
            return;
        }
        if (alsoTrue(s, right, wrong.get(0))) {
            return;
        }
        boolean truth = g.randomFor(sentence).nextBoolean();
        String statement = truth ? s : s.replaceFirst("(?<![\\p{L}\\d])" + Pattern.quote(shown) + "(?![\\p{L}\\d])",
                Matcher.quoteReplacement(shownWrong));
        g.tested.put("True or false, according to the article: " + statement + ".", right);
        g.add(new Question(null, "true_false", "quantity", "True or false, according to the article: " + statement + ".",
                List.of("True", "False"), truth, List.of(), null, evidence.sentences(), evidence.spans(), 1, rank,
                (truth ? "True. " : "False. ") + explanation));
    }

    /**
     * How incidental an amount is: "the third place", "two records", "five months" are details a teacher would
     * not ask first; a toll, a price or a count of people is the story.
     */
    private static double minorAmount(Quantity q) {
        if (q.unit().equals("ordinal") || q.unit().equals("time") || runnersUpTime(q)) {
            return 2.0;
        }
        boolean small = q.value() != null && q.value().matches("\\d{1,2}") && Integer.parseInt(q.value()) <= 12;
        boolean people = countsPeople(q) || q.counts().matches("(?i).*\\b(seats|nations|countries|states)\\b.*");
        return small && !people && !q.unit().matches("money|percent|age|votes") ? 1.2 : 0;
    }

    /**
     * In a sentence that opens inside a quotation, an amount before the mark that closes it is the speaker's; one
     * after it is the narrator's ("... sad,” Hall said, adding that 8,300 miners had left").
     */
    private static boolean beforeTheClosingMark(String sentence, String mention) {
        int closing = sentence.indexOf('”') >= 0 ? sentence.indexOf('”') : sentence.indexOf('"');
        int at = sentence.indexOf(mention);
        return closing < 0 || at < 0 || at < closing;
    }

    /**
     * A race time told after the place it came ("Second and third place went to ... with times of 2:20:51 and
     * 2:20:55", "He was followed closely by ..., 2:05:46"): the runners-up's, which teachers took 0 of 11 times against
     * 14 of 17 winners' and records' times.
     */
    static boolean runnersUpTime(Quantity q) {
        if (!q.unit().equals("duration")) {
            return false;
        }
        String sentence = q.evidence().sentences().get(0);
        int at = sentence.indexOf(q.mention());
        if (at <= 0) {
            return false;
        }
        // the place word shortly before the time ("Second and third place went to A and B, with times of ..."), and
        // no winner told from it on ("won his second title in 2:00:35", "behind her ... to take the crown")
        int from = Math.max(0, at - 90);
        Matcher place = RUNNER_UP.matcher(sentence.substring(from, at));
        int last = -1;
        while (place.find()) {
            last = from + place.start();
        }
        return last >= 0 && !WINNER.matcher(sentence.substring(last)).find();
    }

    private static final Pattern RUNNER_UP = Pattern.compile("(?i)\\b(second|third|fourth|fifth|sixth|runner-up"
            + "|runners-up|followed|behind|trailing|trailed)\\b(?!-)");
    private static final Pattern WINNER = Pattern.compile("(?i)\\b(won|wins|win|winning|winner|victory|record|crown"
            + "|title|champion|fastest)\\b");

    /**
     * What the head prefers among amounts: a count of people (the dead, the workers laid off, the voters) or a sum of
     * money or of votes. Over six rounds of blind judging teachers took 118 of 139 such, against 76 of 145 counts of
     * things ("a checklist of _____ items", "a _____-room home") and 11 of 28 spans of time (184 of 377 other amounts).
     */
    static boolean countsWhatNewsIsAbout(Quantity q) {
        if (capacity(q)) {
            return false; // "a chapel which seats 200 people": how many fit, not how many it happened to
        }
        // "received 192" counts votes; "won 9 of their 10 games", "received two degrees" count something else
        return q.unit().equals("money") || q.unit().equals("votes") && (q.counts().isEmpty()
                || q.counts().matches("(?i).*\\bvotes?\\b.*")) || countsPeople(q) || tollCount(q);
    }

    private static boolean countsPeople(Quantity q) {
        return q.unit().equals("count") && PEOPLE_COUNTED.matcher(q.counts()).find();
    }

    /** "the death toll had reached 312": a toll counts the dead, though no noun follows its number. */
    private static boolean tollCount(Quantity q) {
        return q.unit().equals("count") && q.counts().isEmpty() && Pattern.compile("(?i)\\btoll\\b[^.;]{0,30}\\b(reached"
                + "|rose to|climbed to|stood at|stands at|of|is|was|at)\\s+(?:\\w+\\s+)?" + Pattern.quote(q.mention()))
                .matcher(q.evidence().sentences().get(0)).find();
    }

    private static boolean capacity(Quantity q) {
        return Pattern.compile("(?i)\\b(seats|seating|holds|hold|accommodates?|room for|capacity of|capacity for|fits|sleeps)"
                + "\\s+(?:up to\\s+|about\\s+|some\\s+|more than\\s+)?" + Pattern.quote(q.mention()))
                .matcher(q.evidence().sentences().get(0)).find();
    }

    /** What a count of people counts: "people", "the dead", "workers", "voters"; not nations (4 of 12 taken). */
    private static final Pattern PEOPLE_COUNTED = Pattern.compile("(?i)\\b(people|persons|dead|deaths|killed|died"
            + "|injured|victims|children|kids|babies|women|men|girls|boys|workers|employees|staff|residents|patients"
            + "|cases|members|votes|voters|senators|lawmakers|democrats|republicans|students|pupils|teachers"
            + "|soldiers|troops|officers|police|protesters|demonstrators|migrants|refugees|survivors|rescuers"
            + "|passengers|fans|spectators|customers|users|families|households|homes|jobs|citizens|inhabitants"
            + "|prisoners|inmates|adults|participants|volunteers|civilians|visitors|tourists|nurses|pilgrims|detainees"
            + "|hostages|casualties|fatalities|evacuees)\\b");
    /** How much higher a count of people or a sum of money stands than another amount of its sentence's place. */
    private static final double PEOPLE_OR_MONEY = 0.6;
}
