package newsquiz.io;

import java.nio.file.Path;
import java.util.Map;

/** The user's newsquiz folder: $XDG_DATA_HOME/newsquiz, else ~/.local/share/newsquiz. */
public final class DataFolder {
    private DataFolder() {
    }

    public static Path path() {
        return path(System.getenv(), System.getProperty("user.home"));
    }

    static Path path(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home(env, userHome), ".local", "share");
        return base.resolve("newsquiz");
    }

    /**
     * The home folder as the shell knows it: $HOME, else Java's own idea of it. Java reads the account's entry,
     * not $HOME, so `HOME=/tmp/class make run` would otherwise show the account owner's gradebook.
     */
    public static String home() {
        return home(System.getenv(), System.getProperty("user.home"));
    }

    static String home(Map<String, String> env, String userHome) {
        String home = env.get("HOME");
        return home != null && !home.isBlank() ? home : userHome;
    }
}
