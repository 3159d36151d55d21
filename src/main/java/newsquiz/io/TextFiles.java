package newsquiz.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import newsquiz.article.BadInputException;

/** A small text file a user hands in (a quiz to check, a bank to import): UTF-8 or refused with the reason. */
public final class TextFiles {
    /** Far above any quiz bank; guards against a wrong file. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private TextFiles() {
    }

    /** The file's text without a byte-order mark; missing, unreadable, too big, binary or not UTF-8 is refused. */
    public static String read(Path file) throws BadInputException {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file + ": is a folder, not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(file + ": the file is " + Files.size(file) / 1024 / 1024
                        + " MB; a quiz is far smaller");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new BadInputException(file + ": a binary file, not text");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
    }
}
