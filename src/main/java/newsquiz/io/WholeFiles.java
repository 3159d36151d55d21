package newsquiz.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Files written whole or not at all: a temporary file beside the target, then moved over it. The file gets the
 * permissions any new file of the user gets (the umask decides, so a quiz a teacher makes can be read by the
 * class), or keeps those of the file it replaces; {@code Files.createTempFile} would make every file 0600.
 */
public final class WholeFiles {
    private WholeFiles() {
    }

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = null;
        try {
            tmp = createNew(dir, target.getFileName().toString(), bytes);
            keepPermissions(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** A new hidden file beside the target holding the bytes, created as any new file (umask permissions). */
    private static Path createNew(Path dir, String name, byte[] bytes) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
            try {
                Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            } catch (IOException e) {
                Files.deleteIfExists(tmp); // a half-written file (disk full) is not left behind
                throw e;
            }
        }
    }

    /** A file that is replaced keeps its permissions (a teacher's chmod survives regenerating the quiz). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (old != null && Files.isRegularFile(target)) {
            Files.setPosixFilePermissions(tmp, old.readAttributes().permissions());
        }
    }
}
