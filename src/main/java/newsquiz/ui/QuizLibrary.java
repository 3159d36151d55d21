package newsquiz.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import newsquiz.article.BadInputException;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;

/** The quiz banks the home screen lists: the bundled quizzes/ folder and any folder given with --quizzes. */
public final class QuizLibrary {
    /** One file of the library: its quiz, or why it cannot be read. */
    public record Entry(Path file, Quiz quiz, String problem) {
        public boolean readable() {
            return quiz != null;
        }
    }

    private QuizLibrary() {
    }

    /** The bundled folder: quizzes/ beside the jar's target/ folder, else in the working folder. */
    public static Path bundledFolder() {
        try {
            Path jar = Path.of(QuizLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = jar.getParent() == null ? null : jar.getParent().resolveSibling("quizzes");
            if (beside != null && Files.isDirectory(beside)) {
                return beside;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working folder
        }
        return Path.of("quizzes");
    }

    /**
     * The player's own folder, where quizzes generated from the home screen go: $XDG_DATA_HOME/newsquiz/quizzes,
     * else ~/.local/share/newsquiz/quizzes; the bundled folder stays as shipped.
     */
    public static Path userFolder() {
        return newsquiz.io.DataFolder.path().resolve("quizzes");
    }

    public static List<Entry> scan(List<Path> folders) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                        .forEach(p -> files.add(p.toAbsolutePath().normalize()));
            } catch (IOException e) {
                // an unreadable folder lists nothing
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                // opening a fifo waits for a writer: the home screen would never come up
                out.add(new Entry(f, null, f + ": not a regular file (a folder, a pipe or a device)"));
                continue;
            }
            try {
                out.add(new Entry(f, QuizFiles.read(f), null));
            } catch (BadInputException e) {
                out.add(new Entry(f, null, e.getMessage()));
            }
        }
        // the default quiz (the Venezuela bank) first, the rest by file name
        out.sort((a, b) -> Boolean.compare(!isDefault(a), !isDefault(b)));
        return out;
    }

    private static boolean isDefault(Entry e) {
        return e.file().getFileName().toString().startsWith("venezuela-rostec-2019");
    }
}
