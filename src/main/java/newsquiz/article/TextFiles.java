package newsquiz.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Input files read as text, for articles and quiz files alike: never more than a cap (read through a bounded stream,
 * so /dev/zero, /dev/urandom and fifos end too), UTF-8 only, the byte-order mark dropped and line ends made LF.
 * Every refusal is a {@link BadInputException} naming the file, the line where there is one, and the reason.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** The text of {@code path}; {@code what} names the kind of file in messages ("an article", "a quiz file"). */
    public static String read(Path path, long maxBytes, String what) throws BadInputException {
        String label = path.toString();
        if (Files.isDirectory(path)) {
            throw new BadInputException(label + ": is a folder, not " + what);
        }
        try {
            if (Files.isRegularFile(path) && Files.size(path) > maxBytes) {
                throw new BadInputException(label + ": the file is " + Files.size(path) / 1024 + " KB, more than the "
                        + megabytes(maxBytes) + " MB " + what + " may be");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return decode(label, readAtMost(label, in, maxBytes, what), what);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(label + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(label + ": cannot read: " + reason(e));
        }
    }

    /** At most {@code maxBytes} of the stream; one byte more is a refusal, whatever the stream says its size is. */
    public static byte[] readAtMost(String label, InputStream in, long maxBytes, String what)
            throws BadInputException, IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new BadInputException(label + ": more than the " + megabytes(maxBytes) + " MB " + what + " may be");
        }
        return bytes;
    }

    /** An I/O error in words a user can act on: "permission denied", "a part of the path is a file, not a folder". */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException x) {
            return x.getFile() + " is a file, where a folder is needed";
        }
        if (e instanceof FileSystemException x && x.getReason() != null) {
            return x.getReason().equals("Not a directory") ? "a part of the path is a file, not a folder"
                    : x.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** UTF-8 text with the byte-order mark dropped and CRLF/CR line ends made LF; anything else is refused. */
    public static String decode(String label, byte[] bytes, String what) throws BadInputException {
        if (isUtf16(bytes)) {
            throw new BadInputException(label + ": this is UTF-16 text; " + what + " must be UTF-8 (save it as UTF-8)");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(label + ", line " + lineAt(bytes, i)
                        + ": this is a binary file (a NUL byte at offset " + i + "), not " + what);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            throw new BadInputException(label + ", line " + lineAt(bytes, at) + ": not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[Math.min(at, bytes.length - 1)] & 0xff) + " at offset " + at
                    + "); save it as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new BadInputException(label + ": the file is empty");
        }
        return text;
    }

    /** A UTF-16 byte-order mark, or mostly-ASCII text with a NUL in every other byte (UTF-16 without a mark). */
    static boolean isUtf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            return true;
        }
        int n = Math.min(bytes.length, 1024) & ~1;
        if (n < 4) {
            return false;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < n; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        return evenNuls * 10 >= pairs * 8 && oddNuls == 0 || oddNuls * 10 >= pairs * 8 && evenNuls == 0;
    }

    private static long megabytes(long bytes) {
        return bytes / 1024 / 1024;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
