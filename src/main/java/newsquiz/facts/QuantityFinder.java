package newsquiz.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.Section;
import newsquiz.nlp.Token;

/**
 * Finds amounts with what they count: digits and number words, vague amounts ("a few dozen", "a handful"),
 * qualifiers ("more than", "nearly"), percentages, money, ages, votes, ordinals, ranges and changes ("from 1,000 to
 * a few dozen").
 */
final class QuantityFinder {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100), Map.entry("dozen", 12));
    private static final String QUALIFIER = "(?:(more than|less than|fewer than|nearly|almost|about|around|roughly"
            + "|approximately|at least|at most|up to|over|under|some|just|only|as many as|an estimated|close to)\\s+)?";
    private static final String NUMBER_WORD = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one"
            + "|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven"
            + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one(?=\\s+(?:million|billion"
            + "|thousand|hundred|trillion)))";
    private static final String VAGUE = "(?:a few dozen|several dozen|a few hundred|several hundred|a few thousand"
            + "|several thousand|tens of thousands|hundreds of thousands|hundreds|thousands|millions|billions|dozens"
            + "|a dozen|a handful|a quarter|a third|half|a few)";
    /**
     * "9:54 a.m. ET (1354 UTC)", "500 euros (about $550)": an amount opening a bracket right after another restates
     * it in a second clock or currency, as the bracketed time after a time does.
     */
    private static final Pattern RESTATES_BEFORE = Pattern.compile("\\d(?:[\\d,.:]*\\d)?(?: ?[\\p{L}.%]+){0,2}"
            + " \\((?:about |around |roughly |approximately |some )?[^\\d()]{0,6}$");

    /** A unit hyphened onto its amount: "a five-day trip", "a two-and-a-half-hour journey". */
    private static final String HYPHENED_UNIT = "(?:year|day|month|week|hour|minute|room|point|star|seat|member|mile"
            + "|kilometer|foot|page)";
    private static final Pattern AMOUNT = Pattern.compile(
            "(?i:\\b" + QUALIFIER + ")"
                    + "(?:(US\\$|\\$|€|£|A\\$|C\\$)\\s?)?"
                    // "two and a half lengths" is one amount, not "two" and a share
                    + "((?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?i:" + NUMBER_WORD + ")\\b)"
                    + "(?i:[\\s-]and[\\s-]a[\\s-]half(?!-(?!" + HYPHENED_UNIT + "s?\\b))\\b)?|(?i:" + VAGUE + ")\\b)"
                    + "(?:[\\s-](million|billion|trillion|thousand|hundred)\\b)?"
                    + "(\\s?%|\\s(?:percent|per cent)\\b)?"
                    + "(-" + HYPHENED_UNIT + "s?(?:-old)?)?");
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
                    + "|twentieth|hundredth)\\b");
    private static final Pattern TIME = Pattern.compile("\\b(\\d{1,2}(?::\\d\\d)?\\s?(?:a\\.m\\.|p\\.m\\.|am|pm))",
            Pattern.CASE_INSENSITIVE);
    /** A race or record time, hours, minutes and seconds: "finished in 2:14:04". */
    private static final Pattern DURATION = Pattern.compile("(?<![\\d:.])(\\d{1,2}:\\d\\d:\\d\\d(?:\\.\\d+)?)(?![\\d:])");
    /** A currency written out after its amount; not "pounds", which weighs as often as it pays. */
    private static final Pattern CURRENCY_WORD = Pattern.compile("(?i)(?:us |u\\.s\\. |canadian |australian )?(dollars"
            + "|euros|rubles|roubles|yen|yuan|renminbi|rupees|francs|pesos|kronor|kroner|krona|shekels|rand|naira"
            + "|dirhams|riyals|won|lira|liras|zlotys|forints|hryvnias|pence|cents)");
    /** A unit written onto its number: "725mph", "12km", "40kg". */
    private static final Pattern GLUED_UNIT = Pattern.compile("^(mph|kph|km/h|kmh|km|kg|mg|lbs?|cm|mm|ft|mi|ml|kW|MW|GW)\\b");
    private static final Pattern HARMED = Pattern.compile("\\b(killed|killing|injured|injuring|wounded|wounding"
            + "|infected|infecting|evacuated|rescued|arrested|displaced)\\s*$");

    /** What a number that looks like a year counts when it counts something: "over 1800 people". */
    static final Pattern COUNTED_AFTER_YEARLIKE = Pattern.compile("\\s+(people|persons|troops|soldiers|votes|deaths"
            + "|cases|members|employees|workers|patients|children|residents|homes|jobs|students|refugees)\\b");
    private static final Pattern YEAR_RANGE = Pattern.compile("\\b((?:1[89]|20)\\d\\d)\\s?[–-]\\s?((?:1[89]|20)\\d\\d)\\b");
    /** A month as a date before its day writes it: whole, or cut short with a full stop ("Feb.", "Sept."). */
    private static final String MONTH_BEFORE_DAY = "(?i)(January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)\\s+";
    private static final Pattern DATE_NUMBER = Pattern.compile(MONTH_BEFORE_DAY + "$");

    /** A range's first day, before its last one: "May 24 to 26", "from June 3 through 5", "Oct. 1-4". */
    private static final Pattern RANGE_FIRST_DAY = Pattern.compile(MONTH_BEFORE_DAY
            + "\\d{1,2}(?:st|nd|rd|th)?\\s*(?:to|through|until|and|-|–|—)\\s*$");

    /** The month after a day written first: "20 Nov", "1 March". */
    private static final Pattern DAY_FIRST_MONTH = Pattern.compile("(?i)\\s(January|February|March|April|May|June|July"
            + "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b");

    private final List<TaggedSentence> sentences;

    QuantityFinder(List<TaggedSentence> sentences) {
        this.sentences = sentences;
    }

    List<Quantity> find() {
        List<Quantity> out = new ArrayList<>();
        for (TaggedSentence ts : sentences) {
            if (ts.sentence().section() != Section.BODY) {
                continue;
            }
            String text = ts.text();
            boolean[] used = new boolean[text.length() + 1];
            Matcher m = YEAR_RANGE.matcher(text);
            while (m.find()) {
                mark(used, m.start(), m.end());
                out.add(new Quantity(m.group(), m.group(2), "", "years", "", m.group(1), Evidence.of(ts.sentence())));
            }
            m = DURATION.matcher(text);
            while (m.find()) {
                mark(used, m.start(), m.end());
                out.add(new Quantity(m.group(1), null, "", "duration", "", null, Evidence.of(ts.sentence())));
            }
            m = TIME.matcher(text);
            boolean timeBefore = false;
            while (m.find()) {
                mark(used, m.start(), m.end());
                // "at 2:49 a.m. local time (7:49 a.m. UTC)": the bracketed time converts the one before it
                boolean conversion = timeBefore && text.substring(0, m.start()).endsWith("(");
                timeBefore = true;
                if (conversion) {
                    continue;
                }
                out.add(new Quantity(m.group(1), m.group(1), "", "time", "", null, Evidence.of(ts.sentence())));
            }
            m = AMOUNT.matcher(text);
            List<Quantity> inSentence = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            while (m.find()) {
                if (isUsed(used, m.start(), m.end()) || isDateOrYear(text, m)
                        || RESTATES_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                    continue;
                }
                mark(used, m.start(), m.end());
                Quantity q = amount(ts, m);
                if (q != null) {
                    inSentence.add(q);
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
            out.addAll(changes(ts, inSentence, spans));
            m = ORDINAL.matcher(text);
            while (m.find()) {
                if (isUsed(used, m.start(), m.end()) || m.group(1).equalsIgnoreCase("second") && !followedByNoun(ts, m.end())) {
                    continue;
                }
                String counts = countedNoun(ts, m.end());
                // "the second half" of a match is a part of it, not a count
                if (!counts.isEmpty() && !counts.equals("half")) {
                    out.add(new Quantity(m.group(1), m.group(1), "", "ordinal", counts, null, Evidence.of(ts.sentence())));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.evidence().spans().get(0)[0], b.evidence().spans().get(0)[0]));
        return out;
    }

    private Quantity amount(TaggedSentence ts, Matcher m) {
        String text = ts.text();
        String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        String currency = m.group(2);
        String number = m.group(3);
        String scale = m.group(4);
        boolean percent = m.group(5) != null;
        String suffix = m.group(6);
        String mention = m.group().strip();
        if (qualifier.equals("some") || qualifier.equals("just") || qualifier.equals("only") || qualifier.equals("over")
                || qualifier.equals("under")) {
            if (!qualifier.equals("over") && !qualifier.equals("under")) {
                mention = mention.substring(qualifier.length()).strip();
            }
        }
        if (Character.isUpperCase(number.charAt(0)) && Character.isLetter(number.charAt(0))
                && !text.substring(0, m.start()).matches("(?s)[\\s“”\"‘’'(—-]*")
                && (text.substring(m.end()).matches("(?s)^\\s+[\\p{Lu}\\d].*")
                || text.substring(0, m.start()).matches("(?s)(.*[\\s“\"(])?\\p{Lu}[\\p{L}.'’-]*\\s+"))) {
            // "a rearrangement of Three O'Clock Blues", "in Chapter Two of", "Big Ten players": a title's word
            return null;
        }
        String before = text.substring(0, m.start()).toLowerCase(Locale.ROOT);
        if (number.equalsIgnoreCase("half") && before.matches("(?s).*\\b(first|second|other|opening|closing)\\s*$")
                && !text.substring(m.end()).matches("(?s)^\\s+of\\b.*")) {
            return null; // "scored twice in the first half": a part of a match, not a share ("the first half of 2019" is)
        }
        String value = value(number, scale);
        String unit = currency != null ? "money" : percent ? "percent" : "count";
        String counts = "";
        if (suffix != null && suffix.endsWith("-old")) {
            unit = "age";
            counts = "years of age";
        }
        String after = text.substring(m.end());
        Matcher glued = GLUED_UNIT.matcher(after);
        if (suffix == null && scale == null && !percent && glued.find() && number.matches("[\\d.,]+")) {
            mention = mention + glued.group(1); // the blank takes "725mph" whole, as the sentence writes it
            counts = glued.group(1);
        }
        if (counts.isEmpty() && !percent) {
            counts = countedNoun(ts, m.end());
        }
        Matcher numberOf = Pattern.compile("(?i)\\bnumber of ([a-z]+(?: [a-z]+)?),\\s*$").matcher(text.substring(0, m.start()));
        if (counts.isEmpty() && numberOf.find()) {
            counts = numberOf.group(1); // "the greatest number of women, 102"
        }
        if ((before.matches("(?s).*\\b(aged|age of|died at)\\s*$") || personIs(text.substring(0, m.start()), value))
                && unit.equals("count") && counts.isEmpty() && after.matches("(?s)^\\s*(years old\\b.*|[.,;].*|$)")) {
            unit = "age";
            counts = "years of age";
        }
        if (unit.equals("count") && CURRENCY_WORD.matcher(counts).matches()
                && !after.matches("(?s)^\\s*\\S+['’]\\s*worth\\b.*")) { // not "his two cents' worth"
            unit = "money"; // "45 million euros", "200 rubles": a sum, as "€45 million" is
        }
        if (counts.equals("votes") || counts.endsWith(" votes") || before.matches("(?s).*\\b(received|won|got)\\s*$")) {
            unit = unit.equals("count") ? "votes" : unit;
        }
        // "killed at least 62", "injuring 14": a bare number after a verb of harm counts its victims
        Matcher harmed = HARMED.matcher(before);
        if (unit.equals("count") && counts.isEmpty() && harmed.find()) {
            counts = harmed.group(1);
        }
        if (unit.equals("count") && counts.isEmpty()) {
            if (value != null && value.length() <= 1) {
                return null; // "one of", a bare digit: not a fact worth asking
            }
            if (number.matches("\\d+") && !before.matches("(?s).*\\b(received|won|got|with|to|from|of|reached)\\s*$")) {
                return null; // a bare number with nothing counted
            }
        }
        return new Quantity(mention, value, qualifier, unit, counts, null, Evidence.of(ts.sentence()));
    }

    /** "from 1,000 to a few dozen": the second amount is a change from the first. */
    private List<Quantity> changes(TaggedSentence ts, List<Quantity> found, List<int[]> spans) {
        List<Quantity> out = new ArrayList<>(found);
        String text = ts.text();
        for (int i = 0; i + 1 < found.size(); i++) {
            String between = text.substring(spans.get(i)[1], spans.get(i + 1)[0]).strip().toLowerCase(Locale.ROOT);
            String before = text.substring(0, spans.get(i)[0]).toLowerCase(Locale.ROOT);
            if (between.equals("to") && before.matches("(?s).*\\bfrom\\s*$")) {
                String counts = numberOf(text.substring(0, spans.get(i)[0]));
                Quantity a = found.get(i);
                Quantity b = found.get(i + 1);
                String what = !counts.isEmpty() ? counts : !b.counts().isEmpty() ? b.counts() : a.counts();
                out.set(i, new Quantity(a.mention(), a.value(), a.qualifier(), a.unit(), what, null, a.evidence()));
                out.set(i + 1, new Quantity(b.mention(), b.value(), b.qualifier(), b.unit(), what, a.mention(),
                        b.evidence()));
            }
        }
        return out;
    }

    /** "the number of its employees in Venezuela from": what a change counts. */
    private static String numberOf(String before) {
        Matcher m = Pattern.compile("(?i)\\bnumber of (?:its |their |his |her |the )?([a-z]+(?: [a-z]+)?)").matcher(before);
        String found = "";
        while (m.find()) {
            found = m.group(1).replaceFirst("\\s+(in|at|on|from|to|of)$", "");
        }
        return found;
    }

    /** The noun phrase right after an amount: adjectives and nouns, or "of" + a noun phrase for vague amounts. */
    private static String countedNoun(TaggedSentence ts, int charEnd) {
        List<Token> t = ts.tokens();
        int k = ts.tokenAt(ts.sentence().start() + charEnd);
        boolean of = k < t.size() && t.get(k).is("of");
        if (of) {
            k++;
            while (k < t.size() && (t.get(k).tag().equals("DT") || t.get(k).tag().startsWith("PRP"))) {
                k++;
            }
        }
        int start = k;
        int lastNoun = -1;
        while (k < t.size() && k - start < 5) {
            Token tok = t.get(k);
            if (tok.tag().startsWith("NN") || tok.tag().equals("VBN") && k + 1 < t.size() && t.get(k + 1).tag().startsWith("NN")
                    || tok.tag().startsWith("JJ") || tok.text().contains("-") && Character.isLowerCase(tok.text().charAt(0))) {
                if (tok.tag().startsWith("NN")) {
                    lastNoun = k;
                }
                k++;
            } else {
                break;
            }
        }
        // "a handful of nations": the "of" stays, so that the amount and what it counts read as written
        return lastNoun < 0 ? "" : (of ? "of " : "") + ts.span(start, lastNoun + 1);
    }

    private static boolean followedByNoun(TaggedSentence ts, int charEnd) {
        return !countedNoun(ts, charEnd).isEmpty();
    }

    private static String value(String number, String scale) {
        String n = number.toLowerCase(Locale.ROOT).replace(",", "");
        Matcher andAHalf = AND_A_HALF.matcher(n);
        if (andAHalf.matches()) {
            String whole = value(andAHalf.group(1), scale);
            return whole == null ? null : new BigDecimal(whole).add(scale == null ? new BigDecimal("0.5")
                    : BigDecimal.valueOf(Lexicon.scaleOf(scale) / 2)).stripTrailingZeros().toPlainString();
        }
        BigDecimal base;
        if (n.matches("\\d+(\\.\\d+)?")) {
            base = new BigDecimal(n);
        } else if (n.contains("-") && WORDS.containsKey(n.split("-")[0])) {
            String[] parts = n.split("-");
            base = BigDecimal.valueOf(WORDS.get(parts[0]) + WORDS.getOrDefault(parts[1], 0));
        } else if (WORDS.containsKey(n)) {
            base = BigDecimal.valueOf(WORDS.get(n));
        } else if (n.equals("one")) {
            base = BigDecimal.ONE;
        } else {
            return null; // a vague amount has no single value
        }
        if (scale != null) {
            base = base.multiply(BigDecimal.valueOf(Lexicon.scaleOf(scale)));
        }
        return base.stripTrailingZeros().toPlainString();
    }

    private static final Pattern AND_A_HALF = Pattern.compile("(.+?)[\\s-]and[\\s-]a[\\s-]half");

    /** Numbers that belong to a date ("June 3") or are a year ("in 2016"): the date finder has them. */
    private static boolean isDateOrYear(String text, Matcher m) {
        String number = m.group(3);
        if (DATE_NUMBER.matcher(text.substring(0, m.start(3))).find()) {
            return true;
        }
        if (number.matches("\\d{1,2}") && RANGE_FIRST_DAY.matcher(text.substring(0, m.start(3))).find()) {
            return true; // the last day of a range of days: "May 24 to 26" is no amount of 26
        }
        if (text.substring(m.end(3)).matches("(?s)^(st|nd|rd|th)\\b.*")) {
            return true; // an ordinal: "116th", "21st century"
        }
        if (number.matches("\\d{1,2}") && DAY_FIRST_MONTH.matcher(text.substring(m.end(3))).lookingAt()) {
            return true; // a date written day first: "on 20 Nov 2019", "1 March"
        }
        if (m.group(1) == null && m.group(2) == null && number.matches("\\d+")
                && text.substring(0, m.start()).matches("(?s).*\\b\\p{Lu}[\\p{L}-]*\\s$")
                && !text.substring(0, m.start()).matches("(?s)^\\S+\\s$")) {
            return true; // part of a name: "Falcon 9", "Boeing 737"
        }
        if (number.matches("(1[89]|20)\\d\\d") && m.group(4) == null && m.group(5) == null && m.group(2) == null
                && !COUNTED_AFTER_YEARLIKE.matcher(text.substring(m.end(3))).lookingAt()) {
            return true; // "in 2019", but not "over 1800 people"
        }
        int end = m.end(3);
        return text.substring(end).matches("(?s)^(st|nd|rd|th)?,?\\s+\\d{4}.*") || text.substring(end).startsWith(":")
                || text.substring(end).matches("(?s)^\\s+(?i:(January|February|March|April|May|June|July|August|September|October|November|December))\\b.*");
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }

    private static boolean isUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He was 95.", "Mugabe, who is 71,", "The driver was 45.", "Ram Thapa, the bus owner, is 62.": a person is a
     * number of years old; "the limit for a broadcast message is 50." or "The death toll in Nepal was 80" counts
     * something else. No one is 120 or older.
     */
    private static boolean personIs(String before, String value) {
        if (value == null || !value.matches("\\d{1,3}") || Integer.parseInt(value) >= 120) {
            return false;
        }
        Matcher name = NAME_IS.matcher(before);
        // "The death toll from Cyclone Idai was 80", "The gap between Arsenal and Chelsea is 5": a count's subject
        String clause = before.substring(Math.max(0, before.length() - 60));
        if (COUNT_SUBJECT.matcher(clause).find()) {
            return false;
        }
        return PERSON_IS.matcher(before).find() || PERSON_NOUN_IS.matcher(before).find()
                || name.find() && !Lexicon.isPlace(name.group(2)) && (name.group(1) == null
                || !name.group(1).matches("(?i)in|of|at|from|to|for|on|by|near"));
    }

    private static final Pattern COUNT_SUBJECT = Pattern.compile("(?i)\\b(toll|total|number|count|tally|figure|score"
            + "|gap|margin|lead|rate|population|attendance|turnout|limit|price|cost|temperature)\\b");
    private static final Pattern PERSON_IS = Pattern.compile("\\b(?:[Hh]e|[Ss]he|I|who)\\s+(?:was|is)\\s*$");
    /** "The driver was 45", "the youngest victim was 6", ", the bus owner, is 62". */
    private static final Pattern PERSON_NOUN_IS = Pattern.compile("(?i)\\b(?:driver|victim|man|woman|boy|girl|child"
            + "|son|daughter|father|mother|husband|wife|brother|sister|suspect|owner|pilot|teacher|student|singer"
            + "|actor|actress|player|officer|soldier|worker|patient|survivor|passenger|founder|leader|author|artist"
            + "|president|minister|chief|grandfather|grandmother|baby|toddler|teenager|girlfriend|boyfriend),?\\s+"
            + "(?:was|is)\\s*$");
    /** A name right before "was" or "is", with the word before it: "in Nepal was" is a place's. */
    private static final Pattern NAME_IS = Pattern.compile("(?:\\b(\\p{L}+)\\s+)?\\b(?!(?:It|This|That|There|What"
            + "|Which|The)\\b)(\\p{Lu}\\p{L}+)\\s+(?:was|is)\\s*$");
}
