package newsquiz.questions;

import java.util.regex.Pattern;

/**
 * A number as an article writes it or a player types it: "1,000", "1000", "1 000" and "1000.0" are one number;
 * words, NaN and infinities are none. The checker judges numeric answers by it and the quiz reader refuses a
 * numeric question whose answer it cannot read, which could never be won.
 */
public final class Numbers {
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[, ](?=\\d{3}\\b)");

    private Numbers() {
    }

    /** The number, or null when the text is none. */
    public static Double read(String s) {
        String t = THOUSANDS.matcher(s.strip().replace("\u00a0", "")).replaceAll("");
        if (!t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null; // Double.valueOf would also take "NaN", "0x1p3" and "1d"
        }
        double d = Double.parseDouble(t);
        return Double.isFinite(d) ? d : null;
    }
}
