package newsquiz.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsquiz.export.Exported;
import newsquiz.export.Exporter;
import newsquiz.export.Exporters;
import newsquiz.io.WholeFiles;

/**
 * The home screen's export: the formats with what each is for; Enter writes the chosen bank in that format into
 * the current folder, and the screen says where, with what was skipped or shortened.
 */
final class ExportView implements View {
    private final QuizLibrary.Entry entry;
    private final HomeView home;
    private final List<Exporter> formats = Exporters.all();
    private final Path folder;
    private int selected;
    private String message = "";

    ExportView(QuizLibrary.Entry entry, HomeView home) {
        this(entry, home, Path.of("").toAbsolutePath());
    }

    ExportView(QuizLibrary.Entry entry, HomeView home, Path folder) {
        this.entry = entry;
        this.home = home;
        this.folder = folder;
    }

    @Override
    public void draw(Canvas c, TerminalSize size, long now) {
        c.fillRow(0, Canvas.Style.SELECTED);
        c.put(1, 0, "Export · " + entry.quiz().title(), Canvas.Style.SELECTED);
        c.put(1, 1, "Into " + folder, Canvas.Style.DIM);
        for (int i = 0; i < formats.size() && 3 + i < size.getRows() - 3; i++) {
            Exporter e = formats.get(i);
            c.put(1, 3 + i, (i == selected ? "▶ " : "  ") + String.format("%-11s", e.format()) + e.description(),
                    i == selected ? Canvas.Style.SELECTED : Canvas.Style.NORMAL);
        }
        if (!message.isEmpty()) {
            c.paragraph(1, size.getRows() - 3, message, 2, Canvas.Style.GOOD, null);
        }
        c.put(1, size.getRows() - 1, "↑↓ choose · Enter: export · Esc: back", Canvas.Style.DIM);
    }

    @Override
    public View handle(KeyStroke key, long now) {
        switch (key.getKeyType()) {
            case ArrowUp -> selected = Math.max(0, selected - 1);
            case ArrowDown -> selected = Math.min(formats.size() - 1, selected + 1);
            case Escape -> {
                return home;
            }
            case Character -> {
                if (Character.toLowerCase(key.getCharacter()) == 'q') {
                    return home;
                }
            }
            case Enter -> export(formats.get(selected));
            default -> { }
        }
        return this;
    }

    private void export(Exporter exporter) {
        String stem = entry.file().getFileName().toString().replaceFirst("\\.json$", "");
        Path target = folder.resolve(SafeText.line(stem) + "." + exporter.extension());
        try {
            Exported e = exporter.export(entry.quiz());
            WholeFiles.write(target, e.bytes());
            message = "Wrote " + e.written() + " questions to " + target
                    + (e.skipped().isEmpty() ? "" : "; skipped " + e.skipped().size() + " (" + String.join("; ",
                    e.skipped()) + ")") + (e.shortened().isEmpty() ? "" : "; shortened " + e.shortened().size());
        } catch (IOException e) {
            message = "Cannot write " + target + ": " + e.getMessage();
        }
    }
}
