package newsquiz.questions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.QuoteMarks;

/** Text rules the templates and the ranking share: blanking, excerpts, normal forms. */
final class QuestionText {
    private QuestionText() {
    }

    static boolean shows(String text, String answer) {
        // a two-letter word is too common to tell anything, but a number is not, however short ("48 apartments",
        // "6% to 11%", "9 a.m.")
        return (answer.length() > 2 || answer.matches(".*\\d.*"))
                && Pattern.compile("(?<![\\p{L}\\d]|\\d[.,])" + Pattern.quote(answer) + "(?![\\p{L}\\d]|[.,]\\d)")
                .matcher(text).find();
    }

    static boolean mentionsAny(String text, List<String> names) {
        String t = norm(text);
        return names.stream().anyMatch(n -> n.length() > 2
                && Pattern.compile("\\b" + Pattern.quote(norm(n)) + "\\b").matcher(t).find());
    }

    /**
     * How little a sentence says on its own, as the frame of a blank: "He was _____ years old at the time." names
     * nobody, "_____ Pop-up parks" is a heading. Ranks such blanks low.
     */
    static double vagueFrame(String sentence) {
        String s = sentence.strip();
        if (s.split("\\s+").length < 6) {
            return 3.0;
        }
        return s.matches("(?s)^[“\"‘]?(He|She|It|They|This|That|These|Those|His|Her|Its|Their)\\b.*") ? 2.0 : 0;
    }

    private static final String AMOUNT = "(?:(?<![\\p{L}\\d])\\d[\\d,.]*|_____|\\b(?i:one|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
            + "|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds?|thousands?))";
    private static final String UNIT = "(?:(?:miles|kilometres|kilometers|km) per hour|km/h|m/s|kph|mph|km|kilometres|kilometers|kilometre|kilometer|miles?|metres"
            + "|meters|metre|meter|m|ft|feet|foot|inches|inch|in|cm|mm|kg|kilograms?|grams?|g|lbs?|pounds|ounces|oz"
            + "|tons?|tonnes?|°C|°F|C|F|degrees(?: Celsius| Fahrenheit)?|knots|acres|hectares|ha|litres|liters|gallons"
            + "|square (?:miles|kilometres|kilometers|feet|metres|meters)|sq mi|sq km)";
    /** A measure and the same measure in other units, in brackets: "ten lbs (five kg)", "120 miles (195 km)". */
    private static final Pattern CONVERSION = Pattern.compile("(" + AMOUNT + "(?:\\s|-)?" + UNIT + "|_____)\\s\\(((?:about |around "
            + "|roughly |approximately |nearly |some )?" + AMOUNT + "(?:\\s|-)?" + UNIT + ")\\)");

    /**
     * The text without measures restated in other units: "about _____ lbs (five kg)" gives the blank by arithmetic,
     * and "eleven lbs (five kg)" tells a false statement; null when a blank stands inside a restatement, which asks
     * for the arithmetic itself.
     */
    static String withoutRestatedMeasures(String text) {
        Matcher restated = CONVERSION.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (restated.find()) {
            if (restated.group(2).contains("_____")) {
                return null;
            }
            restated.appendReplacement(kept, Matcher.quoteReplacement(restated.group(1)));
        }
        restated.appendTail(kept);
        return kept.toString();
    }

    /** The sentence with every occurrence of the words blanked; null when none occurs. */
    static String blank(String sentence, String... words) {
        String out = sentence;
        boolean found = false;
        for (String w : words) {
            if (w == null || w.isBlank()) {
                continue;
            }
            // "U.S.-_____ border": a blank glued to another word asks for a set phrase, not for reading
            boolean number = w.matches("(?i)[\\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve");
            // a score or a ratio ("a 2-1 decision") is a set phrase too
            // nor a clock's minutes ("13:_____ local time")
            // nor a word broken at its hyphen ("Ocean- going ships")
            var m = Pattern.compile("(?<![\\p{L}\\d/-]|\\d:)" + Pattern.quote(w) + "(?![\\p{L}\\d/]|-\\d|:\\d"
                    + (number ? ")" : "|-\\p{L}|- \\p{Ll})")).matcher(out);
            if (m.find()) {
                found = true;
                out = m.replaceAll("_____");
            }
        }
        // "the _____ (_____)": a name with its acronym in brackets is one blank
        out = out.replace("_____ (_____)", "_____");
        out = withoutRestatedMeasures(out);
        if (out == null) {
            return null;
        }
        if (!found || out.indexOf("_____") == out.lastIndexOf("_____")) {
            return found ? out : null;
        }
        // "countryman _____ became the first ...; though _____'s time was not ...": a sentence that names the answer
        // twice (or one number for two counts) asks for one blank and shows two, so it is cut to the clauses
        // around the first; null when the second stands in the same clause
        int first = out.indexOf("_____") + 5;
        String marked = out.substring(0, first) + out.substring(first).replace("_____", "\u0001");
        String cut = ClozeExcerpt.around(marked, part -> part.contains("\u0001"));
        return cut == null || cut.contains("\u0001") ? null : cut;
    }

    /**
     * A sentence of the article as a true-or-false statement that stands on its own: a connective that ties it to the
     * sentence before ("But", "Meanwhile,", "Soon after, however,") or a relation to a person named there
     * ("Teammate Ana Ruiz ...") is dropped; null when, without the sentence before, it still does not say whom it is
     * about ("... rumours spread he was preparing his son ...", "She said ...", not "This year ..."). The first
     * word is capitalised: a caller that finds its amount in the statement compares without case.
     */
    static String standingAlone(String statement) {
        String s = statement.strip();
        Matcher tie = LEADING_TIE.matcher(s);
        if (tie.lookingAt()) {
            String rest = s.substring(tie.end());
            Matcher pronoun = PERSON_PRONOUN.matcher(rest);
            // "he", "his", "her" before any name: whom it means was said in the sentence before ("Soon after, however,
            // rumours spread he ..."; but "However, Berg said his side ...")
            if (rest.isEmpty() || pronoun.find() && !NAME_BEFORE.matcher(rest.substring(0, pronoun.start())).find()) {
                return null;
            }
            s = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return OPENING_REFERENCE.matcher(s).lookingAt() ? null : s;
    }

    /** What ties a sentence to the one before it, at its start. */
    private static final Pattern LEADING_TIE = Pattern.compile("(?:(?:But|And|Yet)\\b,?\\s+|(?:However|Meanwhile|Instead"
            + "|Then|Later|Afterwards|Moreover|Furthermore|In addition|Soon after|Shortly after|Even so|By contrast"
            + "|In turn|Still|Also),(?:\\s*however,)?\\s+|(?:Countryman|Countrywoman|Compatriot|Teammate|Team-mate"
            + "|Fellow countryman)\\s+(?=\\p{Lu}))");
    /** A pronoun or a pointing word for the subject: it means what the sentence before named. */
    private static final Pattern OPENING_REFERENCE = Pattern.compile("(?:He|She|It|They|His|Her|Its|Their|This|That"
            + "|These|Those|You|We|I)\\b(?!-)(?!\\s+(?:year|week|month|day|season|morning|afternoon|evening|night|time"
            + "|summer|winter|spring|autumn|decade|century|Majesty|Holiness|Excellency|Highness|Royal)\\b)");
    private static final Pattern PERSON_PRONOUN = Pattern.compile("\\b(?:he|she|him|his|her|himself|herself)\\b");
    /** A capitalised word, no day or month: a name the pronoun may point back to. */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:^|\\s)(?!(?:" + ArticleNames.WEEKDAYS_AND_MONTHS
            + ")\\b)\\p{Lu}");

    /**
     * A pronoun that tells a person's sex ("her plans", "his show"): asked with people as choices, the one woman
     * or the one man among them is the answer.
     */
    static boolean tellsSex(String text) {
        return GENDERED.matcher(text).find();
    }

    private static final Pattern GENDERED = Pattern.compile("(?i)\\b(she|her|hers|herself|he|him|his|himself)\\b");

    static boolean insideQuote(String sentence, String mention) {
        int at = sentence.indexOf(mention);
        return at >= 0 && QuoteMarks.inside(sentence, at);
    }

    static String shortExcerpt(String text) {
        String[] words = text.strip().split("\\s+");
        String s = String.join(" ", java.util.Arrays.copyOf(words, Math.min(12, words.length)));
        return s.replaceAll("[,;:.]+$", "") + (words.length > 12 ? " …" : "");
    }

    static String norm(String text) {
        String t = Letters.plain(text);
        t = t.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
