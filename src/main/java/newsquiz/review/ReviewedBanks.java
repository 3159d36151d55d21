package newsquiz.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsquiz.article.BadInputException;
import newsquiz.questions.QuizFiles;

/** Whether a file on disk holds a teacher's review, which `generate` must not overwrite by accident. */
public final class ReviewedBanks {
    private ReviewedBanks() {
    }

    /**
     * True when the file is a quiz with reviewed or flagged questions; also when it no longer reads as a quiz but
     * its text still carries review fields (a hand edit gone wrong is still a teacher's work).
     */
    public static boolean isReviewed(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return QuizFiles.read(file).reviewed();
        } catch (BadInputException e) {
            try {
                return Files.readString(file).matches("(?s).*\"(review|flag|use_first)\"\\s*:.*");
            } catch (IOException | RuntimeException unreadable) {
                return false;
            }
        }
    }
}
