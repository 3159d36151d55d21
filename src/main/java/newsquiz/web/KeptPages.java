package newsquiz.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import newsquiz.io.Hashes;
import newsquiz.io.WholeFiles;

/**
 * Fetched pages kept in the user's newsquiz folder (pages/HOST-HASH.html, UTF-8), so a quiz can be made again
 * offline from the same page: the name comes from the address, the first line says where and when it was fetched.
 */
public final class KeptPages {
    private final Path folder;

    public KeptPages(Path folder) {
        this.folder = folder;
    }

    public static KeptPages inDataFolder() {
        return new KeptPages(newsquiz.io.DataFolder.path().resolve("pages"));
    }

    public Path file(URI url) {
        String host = url.getHost() == null ? "page" : url.getHost().replaceAll("[^A-Za-z0-9.-]", "_");
        return folder.resolve(host + "-" + Hashes.hex("SHA-256", url.toString()).substring(0, 12) + ".html");
    }

    public void keep(URI url, String html) throws IOException {
        Files.createDirectories(folder);
        WholeFiles.write(file(url), "<!-- fetched by newsquiz from " + url + " at "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " -->\n" + html);
    }

    /** The kept page of {@code url}, if one was kept. */
    public Optional<String> load(URI url) throws IOException {
        try {
            byte[] bytes = Files.readAllBytes(file(url));
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
