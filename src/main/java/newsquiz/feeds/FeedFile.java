package newsquiz.feeds;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsquiz.article.BadInputException;
import newsquiz.article.TextFiles;
import newsquiz.io.WholeFiles;

/** The followed feeds, kept as feeds.json in the user's newsquiz folder and written whole. */
public final class FeedFile {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES).create();
    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private record Stored(int formatVersion, List<Feed> feeds) {
    }

    private final Path path;

    public FeedFile(Path path) {
        this.path = path;
    }

    public static FeedFile inDataFolder() {
        return new FeedFile(newsquiz.io.DataFolder.path().resolve("feeds.json"));
    }

    public Path path() {
        return path;
    }

    /** The feeds, in the order they were added; none when the file does not exist yet. */
    public List<Feed> read() throws BadInputException {
        String text;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new BadInputException(path + ": larger than 10 MB; not a feed list newsquiz wrote");
            }
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            return new ArrayList<>();
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot read: " + TextFiles.reason(e));
        }
        try {
            Stored stored = GSON.fromJson(text, Stored.class);
            if (stored == null || stored.feeds() == null) {
                throw new BadInputException(path + ": no \"feeds\" list in it");
            }
            List<Feed> feeds = new ArrayList<>();
            for (Feed f : stored.feeds()) {
                if (f == null || f.url() == null) {
                    throw new BadInputException(path + ": a feed without its \"url\"");
                }
                feeds.add(new Feed(f.url(), f.title() == null ? "" : f.title(), f.etag(), f.lastModified(),
                        f.checked(), f.items() == null ? List.of() : f.items().stream()
                        .filter(i -> i != null && i.link() != null).toList()));
            }
            return feeds;
        } catch (JsonParseException e) {
            throw new BadInputException(path + ": not a feed list newsquiz can read (" + e.getMessage() + ")");
        }
    }

    public void write(List<Feed> feeds) throws IOException {
        WholeFiles.write(path, GSON.toJson(new Stored(1, feeds)) + "\n");
    }
}
