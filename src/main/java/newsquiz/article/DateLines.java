package newsquiz.article;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication date from a header line, also when a scrape glued junk to it ("June 3, 2019Worldshare")
 * or a weekday stands before it ("Monday, January 7, 2019").
 */
public final class DateLines {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "^(?:Published:?\\s*|Updated:?\\s*|Posted:?\\s*)?" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "^(?:Published:?\\s*|Updated:?\\s*|Posted:?\\s*)?" + WEEKDAY + "(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private DateLines() {
    }

    /** The date a line starts with, if it starts with a full date. */
    public static Optional<LocalDate> leadingDate(String line) {
        String s = line.strip();
        try {
            Matcher m = MONTH_DAY_YEAR.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
                        Integer.parseInt(m.group(2))));
            }
            m = DAY_MONTH_YEAR.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            m = ISO.matcher(s);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Month number for a month name or its abbreviation ("Sept.", "feb"); 0 when it is none. */
    public static int month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (int m = 1; m <= 12; m++) {
            String full = java.time.Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() >= 3 && full.startsWith(n))) {
                return m;
            }
        }
        return 0;
    }
}
