package newsquiz.ui;

import java.text.Normalizer;

/**
 * Makes text from a file, the gradebook or a user safe to show: every text on its way to a terminal (plain mode,
 * the full screen's canvas, stats, reports, messages) or into a CSV cell goes through here.
 *
 * <p>Whole escape sequences are removed (ESC and C1 CSI, OSC, DCS, SOS, PM, APC with their payload, so a title
 * cannot set the window title, write the clipboard or switch screens), then every remaining control character
 * (C0, DEL, C1); a tab becomes a space and line breaks become a space or a newline as the caller needs. Bidi
 * overrides and isolates, zero-width and other invisible format characters, variation selectors, unpaired
 * surrogates, private-use and unassigned code points are dropped, so two texts that look alike are alike. The
 * result is NFC, so an accented letter is one character and one column.
 */
public final class SafeText {
    /** The longest player name kept, in characters: a name is shown in every row of a report. */
    public static final int MAX_NAME = 40;
    /** The longest typed answer kept, in characters: longer than any answer a question has. */
    public static final int MAX_ANSWER = 200;

    private static final int ESC = 0x1B;
    private static final int BEL = 0x07;
    private static final int C1_CSI = 0x9B;
    private static final int C1_ST = 0x9C;

    private SafeText() {
    }

    /** One line: line breaks and tabs become spaces. Null becomes "". */
    public static String line(String s) {
        return clean(s, false);
    }

    /**
     * Text for a Lanterna cell grid: each character outside the Basic Multilingual Plane (emoji and the like) shown
     * as U+FFFD, since Lanterna gets their width wrong and wrapping by characters could split their surrogate pair.
     */
    public static String forScreen(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.isSupplementaryCodePoint(cp)
                || Character.isSurrogate((char) cp) && cp <= 0xFFFF ? 0xFFFD : cp));
        return out.toString();
    }

    /** Text that keeps its line breaks, each as one "\n"; tabs become spaces. Null becomes "". */
    public static String lines(String s) {
        return clean(s, true);
    }

    /** A player's name: one line, runs of spaces as one, trimmed, at most {@link #MAX_NAME} characters. */
    public static String name(String s) {
        return cap(line(s).replaceAll("[\\p{Z}\\s]+", " ").strip(), MAX_NAME).strip();
    }

    /** A stored name as shown: one line, cut with "…" past {@link #MAX_NAME} characters (names from before the cap). */
    public static String shownName(String s) {
        return shorten(line(s).strip(), MAX_NAME);
    }

    /** A typed answer: one line, at most {@link #MAX_ANSWER} characters. */
    public static String answer(String s) {
        return cap(line(s), MAX_ANSWER);
    }

    /** The first {@code max} characters (code points, so a pair is never split). */
    public static String cap(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max));
    }

    /** Shortened to {@code max} characters with an ellipsis when longer. */
    public static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : cap(s, Math.max(0, max - 1)) + "…";
    }

    /** Whether a character typed into a text field may be kept. */
    public static boolean typable(char c) {
        return !Character.isSurrogate(c) && printable(c);
    }

    private static String clean(String s, boolean keepLines) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == ESC) {
                i = afterEscape(s, next);
                continue;
            }
            if (cp == C1_CSI) {
                i = afterCsi(s, next);
                continue;
            }
            if (cp == 0x90 || cp == 0x98 || cp == 0x9D || cp == 0x9E || cp == 0x9F) {
                i = afterString(s, next);
                continue;
            }
            if (cp == '\r' && next < s.length() && s.charAt(next) == '\n') {
                i = next; // CRLF is one line break
                continue;
            }
            if (isLineBreak(cp)) {
                out.append(keepLines ? '\n' : ' ');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (printable(cp)) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /** Whether a code point is visible text: not a control, format, invisible, unpaired, private or unassigned. */
    public static boolean printable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> {
                return false;
            }
            default -> {
                return !invisible(cp);
            }
        }
    }

    /** Characters that draw nothing yet are not format characters: joiners, fillers, variation selectors. */
    private static boolean invisible(int cp) {
        return cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0
                || cp >= 0x180B && cp <= 0x180F || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    /** After ESC: a CSI, a string (OSC, DCS, SOS, PM, APC) or a short sequence such as ESC 7 or ESC ( B. */
    private static int afterEscape(String s, int i) {
        if (i >= s.length()) {
            return i;
        }
        char c = s.charAt(i);
        if (c == '[') {
            return afterCsi(s, i + 1);
        }
        if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
            return afterString(s, i + 1);
        }
        int j = i;
        while (j < s.length() && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2F) {
            j++; // intermediate bytes
        }
        return j < s.length() && s.charAt(j) >= 0x30 && s.charAt(j) <= 0x7E ? j + 1 : j;
    }

    /** A control sequence: parameter bytes, intermediate bytes, one final byte. */
    private static int afterCsi(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x3F) {
            j++;
        }
        return j < s.length() && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7E ? j + 1 : j;
    }

    /**
     * A string sequence's payload up to its terminator (BEL, ESC \ or ST). Without a terminator only the introducer
     * goes: the rest is shown as the plain text it then is.
     */
    private static int afterString(String s, int i) {
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == BEL || c == C1_ST) {
                return j + 1;
            }
            if (c == ESC && j + 1 < s.length() && s.charAt(j + 1) == '\\') {
                return j + 2;
            }
        }
        return i;
    }
}
