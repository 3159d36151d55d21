package newsquiz.imports;

import java.util.List;
import newsquiz.questions.Quiz;

/** A quiz made from another tool's file, and one line for each question it could not take (never silently). */
public record Imported(Quiz quiz, List<String> skipped) {
    public Imported {
        skipped = List.copyOf(skipped);
    }
}
