package newsquiz.cli;

import newsquiz.store.Gradebook;
import newsquiz.store.StoreException;
import newsquiz.ui.SafeText;
import picocli.CommandLine.Option;

/** --db and --player, shared by the commands that use the gradebook. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "PATH|URL",
            description = "The gradebook: an SQLite file or a JDBC URL (default: $NEWSQUIZ_DB, else the user's data folder).")
    String db;

    @Option(names = "--player", paramLabel = "NAME", description = "Who is playing (default: the last player).")
    String player;

    Gradebook open() throws StoreException {
        return Gradebook.open(location());
    }

    /** For the commands that only read (stats, report): read-only, so a gradebook in a read-only folder still reads. */
    Gradebook openForReading() throws StoreException {
        return Gradebook.openForReading(location());
    }

    private String location() {
        return db != null ? db : Gradebook.defaultLocation();
    }

    /**
     * After a session: exit code 0 when everything was stored; else each failure on standard error (the answers not
     * kept, by question) and 1, so a script or a teacher's wrapper never takes a lost answer for a kept one.
     */
    static int afterSession(java.util.List<String> failures, java.io.PrintWriter err) {
        if (failures.isEmpty()) {
            return 0;
        }
        err.println("newsquiz: " + failures.size() + (failures.size() == 1 ? " thing" : " things")
                + " could not be saved in the gradebook; everything else was:");
        failures.forEach(f -> err.println("  - " + f));
        err.flush();
        return 1;
    }

    /**
     * The player the full screen starts with: --player, else the last one, else "" (nobody yet: the screen asks,
     * with a picker of the players the gradebook knows). Nothing is asked on the line before the screen opens.
     */
    String knownPlayer(Gradebook book) throws StoreException {
        String name = SafeText.name(player == null || player.isBlank() ? book.lastPlayer().orElse("") : player);
        if (!name.isEmpty()) {
            book.player(name, System.currentTimeMillis());
            book.rememberPlayer(name);
        }
        return name;
    }

    /**
     * The player: --player, else the last one, else asked at a terminal; from a pipe with none known, the login
     * name, so that piped answers are never read as a name. Any of them is cleaned and capped ({@link SafeText#name}).
     */
    String player(Gradebook book) throws StoreException {
        String name = player;
        if (name == null || name.isBlank()) {
            name = book.lastPlayer().orElse(null);
        }
        if ((name == null || name.isBlank()) && System.console() != null) {
            // the plain mode at a terminal: an empty line asks again, only the end of input takes the login name
            String typed = System.console().readLine("Who is playing? ");
            while (typed != null && SafeText.name(typed).isEmpty()) {
                typed = System.console().readLine("Please type your name (Ctrl-D: play as %s): ",
                        SafeText.name(System.getProperty("user.name", "player")));
            }
            name = typed == null ? null : typed.strip();
        }
        name = SafeText.name(name); // typed, given or remembered: one clean line of at most MAX_NAME characters
        if (name.isEmpty()) {
            name = SafeText.name(System.getProperty("user.name", "player"));
        }
        book.player(name, System.currentTimeMillis());
        book.rememberPlayer(name);
        return name;
    }
}
