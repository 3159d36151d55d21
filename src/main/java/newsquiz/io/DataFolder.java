package newsquiz.io;

import java.nio.file.Path;

/** The user's newsquiz folder: $XDG_DATA_HOME/newsquiz, else ~/.local/share/newsquiz. */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path path() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("newsquiz");
    }
}
