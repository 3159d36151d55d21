package newsquiz.ui;

import java.util.regex.Pattern;

/** Texts a hostile quiz file, gradebook or user could hold, and the check that none of it reached a terminal. */
public final class Hostile {
    /** Writes the clipboard (OSC 52), sets the window title, rings the bell. */
    public static final String OSC = "\u001B]52;c;cHduZWQ=\u0007\u001B]0;pwned\u001B\\\u0007";
    /** Switches to the alternate screen and clears it; a C1 CSI too. */
    public static final String CSI = "\u001B[?1049h\u001B[2J\u009B31m";
    /** A right-to-left override and a zero-width space: text that looks like other text. */
    public static final String LOOKALIKE = "\u202Eevil\u202C\u200B";
    /** All of it inside an ordinary word. */
    public static final String ALL = "Ro" + OSC + "st" + CSI + "ec" + LOOKALIKE + "\r\n\u0000\u0085";

    private static final Pattern UNSAFE = Pattern.compile(
            "[\\p{Cc}&&[^\\n]]|\\p{Cf}|\\p{Cs}|\\p{Co}|\\p{Cn}|[\\u2028\\u2029]");

    private Hostile() {
    }

    /** Whether the text has anything but printable characters and newlines. */
    public static boolean unsafe(String text) {
        return UNSAFE.matcher(text).find();
    }

    /** The first unsafe character, for a readable failure. */
    public static String firstUnsafe(String text) {
        var m = UNSAFE.matcher(text);
        return m.find() ? String.format("U+%04X at %d", (int) m.group().charAt(0), m.start()) : "none";
    }
}
