package newsquiz.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsquiz.article.BadInputException;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;

/**
 * Collects imported questions into a quiz file of format 1: ids kept when the file names its questions (unique,
 * else made like the generator's from type and prompt), no evidence and no source (the player says so), rank by
 * the file's order, and the count of what was skipped and why.
 */
final class Bank {
    private final String format;
    private final List<Question> questions = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    Bank(String format) {
        this.format = format;
    }

    void skip(String where, String why) {
        skipped.add(where + ": " + why);
    }

    /** Adds a question; {@code name} is the file's own name for it (a GIFT title, Moodle's name) or null. */
    void add(String name, String type, String prompt, List<String> choices, Object answer, List<String> accept,
             Double tolerance, String feedback) {
        String id = name != null && name.strip().matches("[\\p{L}\\p{N}_.:-]{1,64}") ? name.strip()
                : "q-" + hash(type + "\n" + prompt).substring(0, 10);
        for (int n = 2; ids.contains(id); n++) {
            id = id.replaceFirst("-\\d+$", "") + "-" + n;
        }
        ids.add(id);
        String kind = "imported";
        questions.add(new Question(id, type, kind, prompt.strip(), choices, answer, accept == null ? List.of() : accept,
                tolerance, List.of(), null, 2, 0.0,
                feedback == null || feedback.isBlank() ? null : feedback.strip()));
    }

    Imported quiz(String label, String title, String text) throws BadInputException {
        if (questions.isEmpty()) {
            throw new BadInputException(label + ": no " + format + " question could be read"
                    + (skipped.isEmpty() ? "" : " (" + skipped.size() + " skipped: " + skipped.get(0) + ")"));
        }
        Quiz quiz = new Quiz(Quiz.FORMAT_VERSION, hash(text).substring(0, 12), title, null,
                "newsquiz " + newsquiz.cli.Main.VERSION + " import " + format, 1, questions);
        return new Imported(quiz, skipped);
    }

    static String hash(String text) {
        return newsquiz.io.Hashes.hex("SHA-256", text);
    }
}
