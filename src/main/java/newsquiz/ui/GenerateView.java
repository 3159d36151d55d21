package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Asks for an article's path (Tab completes it) or web address, then generates its quiz into the first quiz folder
 * ({@link GeneratingView}) and lists it.
 */
final class GenerateView implements Backdrop {
    private final HomeView home;
    private final List<Path> folders;
    private final Runner runner;
    private final StringBuilder path = new StringBuilder();
    private String message = "";

    GenerateView(HomeView home, List<Path> folders, Runner runner) {
        this.home = home;
        this.folders = folders;
        this.runner = runner;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        home.draw(c, size, now);
        int row = size.getRows() - 7;
        for (int r = row; r < size.getRows(); r++) {
            c.fillRow(r, Canvas.Style.NORMAL);
        }
        c.put(1, row, "Generate a quiz from an article: a file or a web address", Canvas.Style.TITLE);
        c.put(1, row + 1, "Path: " + path + "▏", Canvas.Style.HIGHLIGHT);
        c.paragraph(1, row + 3, message, 3, Canvas.Style.BAD, null);
        c.put(1, size.getRows() - 1, "Tab: complete · Ctrl-U: clear · Enter: generate · Esc: back", Canvas.Style.DIM);
    }

    @Override
    public View handle(KeyStroke key, long now) {
        switch (key.getKeyType()) {
            case Escape -> {
                return home;
            }
            case Backspace -> {
                if (path.length() > 0) {
                    path.setLength(path.length() - 1);
                }
            }
            case Tab -> complete();
            case Character -> {
                if (key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'u') {
                    path.setLength(0); // as a shell's line editor does
                } else if (!key.isCtrlDown() && !key.isAltDown() && SafeText.typable(key.getCharacter())) {
                    path.append(key.getCharacter());
                }
            }
            case Enter -> {
                return generate(now);
            }
            default -> { }
        }
        return this;
    }

    /** "~" and "~/x" as a shell reads them: the home folder. */
    static String expandHome(String typed) {
        String home = newsquiz.io.DataFolder.home();
        if (typed.equals("~")) {
            return home + "/";
        }
        return typed.startsWith("~/") ? home + typed.substring(1) : typed;
    }

    /** Completes the path's last part to the longest prefix its matches share. */
    void complete() {
        if (newsquiz.web.WebArticle.isAddress(path.toString())) {
            return; // an address has nothing to complete on this machine
        }
        String typed = path.toString().isEmpty() ? "./" : expandHome(path.toString());
        Path p = Path.of(typed);
        Path dir = typed.endsWith("/") ? p : p.getParent() == null ? Path.of(".") : p.getParent();
        String prefix = typed.endsWith("/") ? "" : p.getFileName().toString();
        List<String> matches = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.map(x -> x.getFileName().toString() + (Files.isDirectory(x) ? "/" : ""))
                    .filter(n -> n.startsWith(prefix)).sorted().forEach(matches::add);
        } catch (IOException e) {
            message = "No such folder: " + dir;
            return;
        }
        if (matches.isEmpty()) {
            message = "Nothing matches.";
            return;
        }
        String common = matches.get(0);
        for (String m : matches) {
            int i = 0;
            while (i < common.length() && i < m.length() && common.charAt(i) == m.charAt(i)) {
                i++;
            }
            common = common.substring(0, i);
        }
        String base = typed.endsWith("/") ? typed : typed.substring(0, typed.length() - prefix.length());
        path.setLength(0);
        path.append(base).append(common);
        message = matches.size() > 1 ? String.join("  ", matches.subList(0, Math.min(8, matches.size()))) : "";
    }

    @Override
    public GenerateView withMessage(String m) {
        message = m;
        return this;
    }

    /** Where quizzes made on the home screen go: the first quiz folder. */
    static Path quizFolder(List<Path> folders) {
        return folders.isEmpty() ? Path.of("quizzes") : folders.get(0);
    }

    /** Starts the work; the next view shows its progress and lets Esc cancel it. */
    private View generate(long now) {
        String article = expandHome(path.toString().strip());
        if (article.isEmpty() || article.equals("-")) {
            message = "Type the article's path first."; // "-" is standard input, the keyboard here
            return this;
        }
        Path folder = quizFolder(folders);
        try {
            Path target = GeneratingView.target(article, folder);
            if (Files.exists(target)) {
                return new ConfirmView(target.getFileName() + " is already in " + folder + ". Replace it with a new"
                        + " quiz from " + GeneratingView.name(article) + "?", this,
                        () -> new GeneratingView(this, runner, article, folder, now));
            }
            return new GeneratingView(this, runner, article, folder, now);
        } catch (java.nio.file.InvalidPathException e) {
            message = "Not a path: " + article;
            return this;
        }
    }
}
