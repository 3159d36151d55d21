package newsquiz.cli;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import newsquiz.io.WholeFiles;
import newsquiz.session.Session;

/**
 * Each player's home-screen session options, kept in a small file of the user's newsquiz folder (one line per
 * player: "count 10 time 30 shuffle true kind quote type -"). Only a preference: a file that cannot be read or
 * written is left alone and the defaults are used.
 */
final class SessionOptionsFile {
    private final Path file;

    SessionOptionsFile(Path file) {
        this.file = file;
    }

    Session.Options read(String player) {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            String line = p.getProperty(player);
            return line == null ? null : parse(line);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged preference is no reason to stop a player
        }
    }

    void write(String player, Session.Options o) {
        try {
            Properties p = new Properties();
            if (Files.isRegularFile(file)) {
                p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            }
            p.setProperty(player, "count " + o.count() + " time " + o.timeLimitMillis() / 1000 + " shuffle "
                    + o.shuffle() + " kind " + word(o.onlyKind()) + " type " + word(o.onlyType()));
            StringWriter out = new StringWriter();
            p.store(out, "newsquiz: each player's session options on the home screen");
            WholeFiles.write(file, out.toString());
        } catch (IOException | RuntimeException e) {
            // kept for this run only
        }
    }

    private static String word(String s) {
        return s == null || s.isBlank() ? "-" : s.replaceAll("\\s+", "_");
    }

    static Session.Options parse(String line) {
        String[] w = line.strip().split("\\s+");
        if (w.length != 10 || !w[0].equals("count") || !w[2].equals("time") || !w[4].equals("shuffle")
                || !w[6].equals("kind") || !w[8].equals("type")) {
            return null;
        }
        int count = Integer.parseInt(w[1]);
        int seconds = Integer.parseInt(w[3]);
        if (count < 0 || count > 1000 || seconds < 0 || seconds > 3600) {
            return null;
        }
        return new Session.Options(count, Boolean.parseBoolean(w[5]), 1, Set.of(), seconds * 1000L,
                w[7].equals("-") ? null : w[7], w[9].equals("-") ? null : w[9]);
    }
}
