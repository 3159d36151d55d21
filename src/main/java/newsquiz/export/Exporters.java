package newsquiz.export;

import java.util.List;
import java.util.Optional;

/** Every export format, in the order --help and the export screen list them. */
public final class Exporters {
    private static final List<Exporter> ALL = List.of(new GiftExporter(), new MoodleXmlExporter(), new QtiExporter(),
            new KahootExporter(), new QuizletExporter(), new AnkiExporter(), new AnkiTsvExporter(),
            new CsvExporter(), new WorksheetExporter(), new MarkdownExporter());

    private Exporters() {
    }

    public static List<Exporter> all() {
        return ALL;
    }

    public static Optional<Exporter> byFormat(String format) {
        return ALL.stream().filter(e -> e.format().equalsIgnoreCase(format)).findFirst();
    }

    public static List<String> formats() {
        return ALL.stream().map(Exporter::format).toList();
    }
}
