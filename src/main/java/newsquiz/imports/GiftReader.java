package newsquiz.imports;

import java.util.ArrayList;
import java.util.List;
import newsquiz.article.BadInputException;

/**
 * Reads Moodle's GIFT format (docs.moodle.org/en/GIFT_format): questions separated by blank lines, // comments,
 * ::title::, [format] markers, answers in braces. Multiple choice, true/false, short answer, missing word (the
 * blank becomes "_____"), numerical (value:tolerance or low..high) and matching are taken; multiple-answer questions
 * (several right choices with weights), essays and descriptions are skipped and counted.
 */
public final class GiftReader {
    private GiftReader() {
    }

    public static Imported read(String label, String title, String text) throws BadInputException {
        Bank bank = new Bank("GIFT");
        List<String> block = new ArrayList<>();
        int blockLine = 1;
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            String t = line.strip();
            if (t.startsWith("//") || t.startsWith("$CATEGORY:")) {
                continue;
            }
            if (t.isEmpty()) {
                if (!block.isEmpty()) {
                    question(bank, "line " + blockLine, String.join("\n", block));
                    block.clear();
                }
                continue;
            }
            if (block.isEmpty()) {
                blockLine = i + 1;
            }
            block.add(line);
        }
        return bank.quiz(label, title, text);
    }

    private static void question(Bank bank, String where, String block) {
        String s = block.strip();
        String name = null;
        if (s.startsWith("::")) {
            int end = unescaped(s, "::", 2);
            if (end > 0) {
                name = unescape(s.substring(2, end)).strip();
                s = s.substring(end + 2).strip();
            }
        }
        s = s.replaceFirst("^\\[(html|moodle|plain|markdown)\\]", "");
        boolean html = block.contains("[html]");
        int open = unescaped(s, "{", 0);
        int close = open < 0 ? -1 : lastUnescaped(s, '}');
        if (open < 0 || close < open) {
            bank.skip(where, "a description (no answers), not a question");
            return;
        }
        String before = text(s.substring(0, open), html);
        String after = text(s.substring(close + 1), html);
        String prompt = after.isBlank() ? before : before + " _____ " + after;
        String answers = s.substring(open + 1, close).strip();
        String feedback = null;
        int general = unescaped(answers, "####", 0);
        if (general >= 0) {
            feedback = text(answers.substring(general + 4), html);
            answers = answers.substring(0, general).strip();
        }
        if (prompt.isBlank()) {
            bank.skip(where, "no question text");
            return;
        }
        String tf = answers.replaceFirst("#.*$", "").strip().toUpperCase(java.util.Locale.ROOT);
        if (List.of("T", "TRUE", "F", "FALSE").contains(tf)) {
            bank.add(name, "true_false", prompt, List.of("True", "False"), tf.startsWith("T"), List.of(), null,
                    feedback);
        } else if (answers.startsWith("#")) {
            numeric(bank, where, name, prompt, answers.substring(1), feedback);
        } else if (answers.isEmpty()) {
            bank.skip(where, "an essay question (no answer to check)");
        } else {
            choices(bank, where, name, prompt, answers, feedback, html);
        }
    }

    private static void numeric(Bank bank, String where, String name, String prompt, String answers, String feedback) {
        List<String> parts = split(answers);
        String first = parts.isEmpty() ? answers : parts.get(0).substring(1);
        if (parts.size() > 1 || first.startsWith("%")) {
            first = first.replaceFirst("^%[^%]*%", "");
        }
        String value = unescape(first.replaceFirst("(?<!\\\\)#.*$", "")).strip();
        try {
            double answer;
            double tolerance = 0;
            if (value.contains("..")) {
                double low = Double.parseDouble(value.substring(0, value.indexOf("..")).strip());
                double high = Double.parseDouble(value.substring(value.indexOf("..") + 2).strip());
                answer = (low + high) / 2;
                tolerance = (high - low) / 2;
            } else if (value.contains(":")) {
                answer = Double.parseDouble(value.substring(0, value.indexOf(':')).strip());
                tolerance = Double.parseDouble(value.substring(value.indexOf(':') + 1).strip());
            } else {
                answer = Double.parseDouble(value);
            }
            String shown = answer == Math.rint(answer) ? String.valueOf((long) answer) : String.valueOf(answer);
            bank.add(name, "numeric", prompt, null, shown, List.of(), tolerance, feedback);
        } catch (NumberFormatException e) {
            bank.skip(where, "a numerical answer that is not a number: " + value);
        }
    }

    private static void choices(Bank bank, String where, String name, String prompt, String answers, String feedback,
                                boolean html) {
        List<String> right = new ArrayList<>();
        List<String> all = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        boolean weighted = false;
        for (String part : split(answers)) {
            boolean correct = part.startsWith("=");
            String body = part.substring(1).strip();
            if (body.startsWith("%")) {
                weighted = weighted || !body.startsWith("%100%");
                body = body.replaceFirst("^%[^%]*%", "");
            }
            int hash = unescaped(body, "#", 0);
            if (hash >= 0) {
                body = body.substring(0, hash);
            }
            int arrow = unescaped(body, "->", 0);
            if (correct && arrow >= 0) {
                pairs.add(new String[] {text(body.substring(0, arrow), html), text(body.substring(arrow + 2), html)});
                continue;
            }
            String choice = text(body, html);
            all.add(choice);
            if (correct) {
                right.add(choice);
            }
        }
        if (!pairs.isEmpty()) {
            List<String> matches = new ArrayList<>();
            pairs.stream().map(p -> p[1]).filter(m -> !matches.contains(m)).forEach(matches::add);
            List<List<String>> answer = new ArrayList<>();
            pairs.stream().filter(p -> !p[0].isEmpty()).forEach(p -> answer.add(List.of(p[0], p[1])));
            bank.add(name, "matching", prompt, matches, answer, List.of(), null, feedback);
        } else if (all.size() == right.size()) {
            bank.add(name, "short_answer", prompt, null, right.get(0), right.subList(1, right.size()), null, feedback);
        } else if (right.size() == 1 && !weighted) {
            bank.add(name, "multiple_choice", prompt, all, right.get(0), List.of(), null, feedback);
        } else {
            bank.skip(where, "a multiple-answer question (several right choices or partial credit)");
        }
    }

    /** The answers split before each unescaped = or ~ (the first one included). */
    private static List<String> split(String answers) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < answers.length(); i++) {
            char c = answers.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == '~') {
                if (start >= 0) {
                    parts.add(answers.substring(start, i));
                }
                start = i;
            }
        }
        if (start >= 0) {
            parts.add(answers.substring(start));
        }
        return parts;
    }

    private static int unescaped(String s, String what, int from) {
        for (int i = from; i <= s.length() - what.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.startsWith(what, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastUnescaped(String s, char c) {
        int found = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == c) {
                found = i;
            }
        }
        return found;
    }

    private static String text(String s, boolean html) {
        String t = unescape(s.strip()).replaceAll("\\s+", " ").strip();
        return html ? org.jsoup.Jsoup.parse(t).text() : t;
    }

    /** GIFT's escapes: \~ \= \# \{ \} \: \\ stand for the character, \n for a line break. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                b.append(next == 'n' ? '\n' : next);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
