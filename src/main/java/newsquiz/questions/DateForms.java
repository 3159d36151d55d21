package newsquiz.questions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written the way its sentence writes it. A blank is filled with the article's own words: "In February"
 * asks for "February", not for "February 2019" when the year was only inferred; "until Feb. 8" for "Feb. 8". The
 * wrong dates are written the same way, so that form gives nothing away.
 */
final class DateForms {
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern ABBREVIATED = Pattern.compile("^(\\p{Lu}\\p{Ll}{2,3})\\.(\\s|$)");
    private static final Pattern FULL_MONTH = Pattern.compile("^(January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\b");

    private DateForms() {
    }

    /**
     * A date's display ("February 8, 2018", "February 2019") in the form of the words a sentence used ("Feb. 8",
     * "February"); null when the sentence's form is not one of a month (maybe abbreviated) and a day or year.
     */
    static String inFormOf(String written, String display) {
        String w = written.strip();
        String out = display.strip();
        if (!w.matches("(?U)\\p{Lu}\\p{Ll}+\\.?(\\s\\d{1,2}(st|nd|rd|th)?)?(,?\\s\\d{4})?")) {
            return null;
        }
        if (!YEAR.matcher(w).find()) {
            out = out.replaceFirst(",?\\s\\d{4}$", "");
        }
        Matcher abbreviated = ABBREVIATED.matcher(w);
        if (abbreviated.find()) {
            Matcher month = FULL_MONTH.matcher(out);
            if (!month.find()) {
                return null;
            }
            String full = month.group(1);
            // "Sept." keeps its four letters; "May", "June" and "July" are never cut
            String cut = full.length() <= 4 ? full : abbreviated.group(1).length() == 4 && full.startsWith("Sept")
                    ? "Sept." : full.substring(0, 3) + ".";
            out = cut + out.substring(full.length());
        }
        return out;
    }

    /** The wrong dates in the answer's written form, without any that became the answer or each other. */
    static List<String> allInFormOf(String written, String answer, List<String> displays) {
        List<String> out = new ArrayList<>();
        for (String d : displays) {
            String s = inFormOf(written, d);
            if (s != null && !s.equals(answer) && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
