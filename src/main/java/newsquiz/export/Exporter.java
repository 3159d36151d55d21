package newsquiz.export;

import java.io.IOException;
import newsquiz.questions.Quiz;

/** One export format: turns a quiz into the bytes of a file another tool imports. Pure apart from the bytes. */
public interface Exporter {
    /** The name given to --format ("gift", "moodle-xml"). */
    String format();

    /** The file name ending for the default output file ("gift.txt", "xlsx"). */
    String extension();

    /** One line for --help and the export screen. */
    String description();

    Exported export(Quiz quiz) throws IOException;
}
