package newsquiz.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * A gradebook file looked at from outside, before SQLite opens it: an SQLite file's first 100 bytes are its header,
 * which holds the magic string and the application_id. Anything that is not SQLite, or is marked as another
 * program's, is refused here without being opened, so nothing (not even a -wal or -shm file) is made beside it.
 */
final class SqliteFile {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;
    private static final int APPLICATION_ID_OFFSET = 68;

    private SqliteFile() {
    }

    /** True when there is nothing there yet (no file, or an empty one): a new gradebook may be made. */
    static boolean checkBeforeOpening(Path file) throws StoreException {
        try {
            if (Files.isDirectory(file)) {
                throw new StoreException(file + ": is a folder, not a gradebook file");
            }
            if (!Files.exists(file) || Files.size(file) == 0) {
                return true;
            }
            byte[] head = new byte[HEADER];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, HEADER);
            }
            if (n < MAGIC.length || !Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC)) {
                throw new StoreException(file + ": not an SQLite database (damaged, or another kind of file);"
                        + " newsquiz leaves it as it is. Move it away or choose another with --db.");
            }
            int applicationId = n < HEADER ? 0 : ByteBuffer.wrap(head, APPLICATION_ID_OFFSET, 4).getInt();
            if (applicationId != 0 && applicationId != Schema.APPLICATION_ID) {
                throw new StoreException(file + ": " + String.format(Locale.ROOT, "this database belongs to another"
                        + " program (its application_id is 0x%08X, a newsquiz gradebook's is 0x%08X); newsquiz leaves"
                        + " it as it is. Choose another with --db.", applicationId, Schema.APPLICATION_ID));
            }
            return false;
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read the gradebook file: " + e.getMessage(), e);
        }
    }

    /** Makes the folder a new gradebook goes in. */
    static void makeFolder(Path file) throws StoreException {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot make the gradebook's folder: " + e.getMessage(), e);
        }
    }

    /**
     * The URL that opens the file only to read it. SQLite reads a WAL database through its -shm file, which it
     * must be able to create: in a folder it cannot write to, and with no -wal file there (so no writer is at work),
     * the file is opened as immutable, which needs neither.
     */
    static String readOnlyUrl(Path file, boolean folderWritable) {
        return folderWritable || inUse(file) ? "jdbc:sqlite:" + file : immutableUrl(file);
    }

    /**
     * Opens the file as one that nothing changes: read-only, without locks, and without the -wal and -shm files
     * that even reading a WAL database makes. Only for a first look while no -wal file shows a writer at work.
     */
    static String immutableUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1";
    }

    /** A -wal file beside it: a connection is (or was, before a crash) writing, and may hold what is not yet in it. */
    static boolean inUse(Path file) {
        return Files.exists(Path.of(file + "-wal"));
    }

    static Properties readOnly() {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        return config.toProperties();
    }

    static boolean folderWritable(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent != null && Files.isWritable(parent);
    }
}
