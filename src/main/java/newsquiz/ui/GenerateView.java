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
 * Asks for an article's path (Tab completes it), then generates its quiz into the first quiz folder
 * ({@link GeneratingView}) and lists it.
 */
final class GenerateView implements View {
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
        c.put(1, row, "Generate a quiz from an article (text, Markdown or saved web page)", Canvas.Style.TITLE);
        c.put(1, row + 1, "Path: " + path + "▏", Canvas.Style.HIGHLIGHT);
        c.paragraph(1, row + 3, message, 3, Canvas.Style.BAD, null);
        c.put(1, size.getRows() - 1, "Tab: complete · Enter: generate · Esc: back", Canvas.Style.DIM);
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
                if (SafeText.typable(key.getCharacter())) {
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

    /** Completes the path's last part to the longest prefix its matches share. */
    void complete() {
        String typed = path.toString().isEmpty() ? "./" : path.toString();
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

    GenerateView withMessage(String m) {
        message = m;
        return this;
    }

    /** Starts the work; the next view shows its progress and lets Esc cancel it. */
    private View generate(long now) {
        String article = path.toString().strip();
        if (article.isEmpty() || article.equals("-")) {
            message = "Type the article's path first."; // "-" is standard input, the keyboard here
            return this;
        }
        Path folder = folders.isEmpty() ? Path.of("quizzes") : folders.get(0);
        try {
            return new GeneratingView(this, runner, article, folder, now);
        } catch (java.nio.file.InvalidPathException e) {
            message = "Not a path: " + article;
            return this;
        }
    }
}
