package newsquiz.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Reads an article from a file (plain text, Markdown or a saved web page) or standard input ("-"), checks that it
 * is usable text, and parses it. Every refusal is a {@link BadInputException} naming the file.
 */
public final class ArticleReader {
    /** Far above any news article (a long feature is about 100 KB of HTML text); guards against wrong files. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private ArticleReader() {
    }

    public static Article read(String pathOrDash) throws BadInputException {
        if (pathOrDash.equals("-")) {
            try {
                byte[] bytes = System.in.readNBytes((int) MAX_BYTES + 1);
                return fromBytes("(standard input)", "", bytes);
            } catch (IOException e) {
                throw new BadInputException("(standard input): cannot read: " + e.getMessage());
            }
        }
        Path path = Path.of(pathOrDash);
        try {
            if (Files.isDirectory(path)) {
                throw new BadInputException(pathOrDash + ": is a folder, not an article file");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new BadInputException(pathOrDash + ": the file is " + Files.size(path) / 1024
                        + " KB, more than the " + MAX_BYTES / 1024 / 1024 + " MB an article may be");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return fromBytes(pathOrDash, path.getFileName().toString(), in.readAllBytes());
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(pathOrDash + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(pathOrDash + ": cannot read: " + e.getMessage());
        }
    }

    /** Decodes, checks and parses the bytes of an article; {@code fileName} decides the format by its ending. */
    public static Article fromBytes(String label, String fileName, byte[] bytes) throws BadInputException {
        String text = decode(label, bytes);
        String lowerName = fileName.toLowerCase(Locale.ROOT);
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || head.startsWith("<!doctype html")
                || head.startsWith("<html")) {
            HtmlArticle.Extracted page = HtmlArticle.extract(text);
            return parseChecked(label, page.text(), page.captions());
        }
        if (lowerName.endsWith(".md") || lowerName.endsWith(".markdown")) {
            MarkdownArticle.Extracted md = MarkdownArticle.extract(text);
            return parseChecked(label, md.text(), md.captions());
        }
        return parseChecked(label, text, Set.of());
    }

    private static Article parseChecked(String label, String text, Set<String> captions) throws BadInputException {
        Article article = ArticleParser.parse(label, text, captions);
        if (article.bodyParagraphs().isEmpty()) {
            throw new BadInputException(label + ": no article text found (only a headline, header lines or"
                    + " boilerplate)");
        }
        return article;
    }

    /** UTF-8 text with the byte-order mark dropped and CRLF/CR line ends made LF. */
    static String decode(String label, byte[] bytes) throws BadInputException {
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(label + ": more than the " + MAX_BYTES / 1024 / 1024
                    + " MB an article may be");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(label + ", line " + lineAt(bytes, i)
                        + ": this is a binary file (a NUL byte at offset " + i + "), not article text");
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
                    + "); save the article as UTF-8");
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
