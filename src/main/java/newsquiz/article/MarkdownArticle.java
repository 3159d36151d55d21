package newsquiz.article;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a Markdown article into plain text: headings, emphasis, links, list and quote markers and front matter
 * give way to their text; image alt texts become captions; tables are dropped (their rows are not sentences).
 * The patterns never scan past the next bracket, so a long line of brackets stays linear.
 */
final class MarkdownArticle {
    record Extracted(String text, Set<String> captions) {
    }

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\[\\]]*)\\]\\([^()]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]+)\\]\\([^()]*\\)");
    private static final Pattern TAG = Pattern.compile("<[^<>]+>");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|(?<![\\p{L}\\d])_)(.+?)\\1");
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("^(title|author|date):(.*)$");

    private MarkdownArticle() {
    }

    static Extracted extract(String markdown) {
        StringBuilder out = new StringBuilder();
        Set<String> captions = new LinkedHashSet<>();
        String[] lines = markdown.split("\n", -1);
        int i = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            StringBuilder header = new StringBuilder();
            for (i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
                Matcher m = FRONT_MATTER_FIELD.matcher(lines[i].strip());
                String value = m.matches() ? unquoted(m.group(2).strip()) : "";
                if (!value.isBlank()) {
                    header.append(m.group(1).equals("author") ? "By " : "").append(value).append("\n\n");
                }
            }
            out.append(header);
            i++;
        }
        boolean inCode = false;
        boolean inTable = false; // after a table's header: its rows run to the first line without a pipe
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (inCode || isThematicBreak(line.strip())) {
                continue;
            }
            inTable = inTable && line.contains("|") || isTableRow(line, i + 1 < lines.length ? lines[i + 1] : "");
            if (inTable) {
                continue;
            }
            Matcher image = IMAGE.matcher(line);
            while (image.find()) {
                if (!image.group(1).isBlank()) {
                    captions.add(image.group(1).strip());
                    out.append(image.group(1).strip()).append("\n\n");
                }
            }
            line = IMAGE.matcher(line).replaceAll("");
            if (line.matches("\\s{0,3}#{1,6}\\s.*")) {
                line = heading(line);
            }
            line = line.replaceFirst("^\\s{0,3}>\\s?", "").replaceFirst("^\\s*([-*+]|\\d+[.)])\\s+", "");
            line = LINK.matcher(line).replaceAll("$1");
            line = EMPHASIS.matcher(line).replaceAll("$2");
            line = TAG.matcher(line).replaceAll("").replace("\\", "");
            out.append(line).append('\n');
        }
        return new Extracted(out.toString(), captions);
    }

    /** A row of a table: its header (the next line is the delimiter row), the delimiter, or a row between pipes. */
    private static boolean isTableRow(String line, String next) {
        String t = line.strip();
        if (!t.contains("|") && !t.contains("-")) {
            return false;
        }
        return t.startsWith("|") && t.endsWith("|") && t.length() > 1 || t.contains("|") && isDelimiterRow(t)
                || t.contains("|") && next.contains("|") && isDelimiterRow(next.strip());
    }

    /*
     * The three checks below are loops, not patterns: a repeated group ("(\\|\\s*:?-+:?\\s*)*") recurses once per
     * repetition in java.util.regex, and a 5 MB line of "|-|-" overflowed the stack.
     */

    /** A table's delimiter row: cells of dashes with optional colons, between pipes ("| --- | :---: |"). */
    private static boolean isDelimiterRow(String t) {
        boolean dash = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return dash;
    }

    /** A thematic break: three or more of one of "-", "*" or "_", spaces between allowed ("- - -", "***"). */
    private static boolean isThematicBreak(String t) {
        int marks = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == t.charAt(0)) {
                marks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return marks >= 3 && (t.charAt(0) == '-' || t.charAt(0) == '*' || t.charAt(0) == '_');
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** A heading's text without its opening and closing hashes ("## Title ##" is "Title"). */
    private static String heading(String line) {
        String t = line.strip().replaceFirst("^#{1,6}", "").strip();
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '#') {
            end--;
        }
        return end == 0 || Character.isWhitespace(t.charAt(end - 1)) ? t.substring(0, end).strip() : t;
    }
}
