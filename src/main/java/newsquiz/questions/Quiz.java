package newsquiz.questions;

import java.util.List;

/** A quiz bank (format version 1): where it comes from and its questions, best first. */
public record Quiz(int formatVersion, String id, String title, Source source, String generator, long seed,
                   List<Question> questions) {
    public static final int FORMAT_VERSION = 1;

    public record Source(String headline, String byline, String published, String publisher, String file,
                         String checksum) {
    }
}
