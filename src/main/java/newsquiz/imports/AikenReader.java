package newsquiz.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.BadInputException;

/**
 * Reads the Aiken format (docs.moodle.org/en/Aiken_format): a question on one line, its choices on the next lines
 * as "A." or "A)", then "ANSWER: X". Every Aiken question is multiple choice. A question whose answer letter is
 * missing or names no choice is skipped with its line.
 */
public final class AikenReader {
    private static final Pattern CHOICE = Pattern.compile("^([A-Z])[.)]\\s+(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER:\\s*([A-Z])\\s*$");

    private AikenReader() {
    }

    public static Imported read(String label, String title, String text) throws BadInputException {
        Bank bank = new Bank("Aiken");
        String prompt = null;
        int promptLine = 0;
        List<String> letters = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher choice = CHOICE.matcher(line);
            Matcher answer = ANSWER.matcher(line);
            if (prompt != null && answer.matches()) {
                int k = letters.indexOf(answer.group(1));
                if (k < 0 || choices.size() < 2) {
                    bank.skip("line " + promptLine, "ANSWER: " + answer.group(1) + " names no choice of its question");
                } else {
                    bank.add(null, "multiple_choice", prompt, List.copyOf(choices), choices.get(k), List.of(), null,
                            null);
                }
                prompt = null;
            } else if (prompt != null && choice.matches()) {
                letters.add(choice.group(1));
                choices.add(choice.group(2).strip());
            } else {
                if (prompt != null) {
                    bank.skip("line " + promptLine, "no ANSWER: line before the next question");
                }
                prompt = line;
                promptLine = i + 1;
                letters.clear();
                choices.clear();
            }
        }
        if (prompt != null) {
            bank.skip("line " + promptLine, "no ANSWER: line at the end of the file");
        }
        return bank.quiz(label, title, text);
    }
}
