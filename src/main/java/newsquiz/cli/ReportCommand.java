package newsquiz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsquiz.store.Gradebook;
import newsquiz.store.Reports;
import newsquiz.store.StoreException;
import newsquiz.ui.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `newsquiz report --quiz Q [--csv FILE]`: the teacher's gradebook (a row per player) and item analysis (a row per
 * question). With --csv, FILE holds the gradebook and FILE-items.csv the item analysis, in UTF-8 with a byte-order
 * mark and CRLF lines, so a spreadsheet opens them as they are.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A teacher's report on a quiz: gradebook and item analysis.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--quiz", required = true, paramLabel = "Q", description = "The quiz: its file name, id, or words of its title.")
    String quiz;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write CSV: FILE (gradebook) and FILE-items.csv (items).")
    Path csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Gradebook book = store.open()) {
            Reports reports = new Reports(book);
            Reports.Report r = reports.report(reports.quizId(quiz));
            if (csv != null) {
                Path items = csv.resolveSibling(csv.getFileName().toString().replaceFirst("(\\.csv)?$", "-items.csv"));
                write(csv, gradebookRows(r));
                write(items, itemRows(r));
                spec.commandLine().getOut().println(SafeText.line("Wrote " + csv + " (" + r.players().size()
                        + " players) and " + items + " (" + r.items().size() + " questions)"));
            } else {
                print(r, spec.commandLine().getOut());
            }
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("newsquiz: " + SafeText.line(e.getMessage()));
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println(SafeText.line("newsquiz: cannot write " + csv + ": " + e.getMessage()));
            return 1;
        }
    }

    static List<List<String>> gradebookRows(Reports.Report r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("player", "attempts", "best %", "last %", "average %", "time (min)"));
        for (Reports.PlayerRow p : r.players()) {
            rows.add(List.of(p.player(), String.valueOf(p.attempts()), String.valueOf(p.best()),
                    String.valueOf(p.last()), String.format(Locale.ROOT, "%.1f", p.average()),
                    String.format(Locale.ROOT, "%.1f", p.millis() / 60000.0)));
        }
        return rows;
    }

    static List<List<String>> itemRows(Reports.Report r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("question", "prompt", "answers", "share correct", "discrimination", "average seconds",
                "most-chosen wrong answer"));
        for (Reports.ItemRow i : r.items()) {
            rows.add(List.of(i.questionId(), i.prompt(), String.valueOf(i.answers()),
                    String.format(Locale.ROOT, "%.2f", i.shareCorrect()),
                    i.discrimination() == null ? "" : String.format(Locale.ROOT, "%.2f", i.discrimination()),
                    String.format(Locale.ROOT, "%.1f", i.averageSeconds()), i.commonWrong()));
        }
        return rows;
    }

    /** RFC 4180: fields quoted when they hold a comma or quote; quotes doubled. Every cell {@link #inert}. */
    static String csv(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                String c = inert(cell);
                cells.add(c.matches("(?s).*[,\"\r\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString();
    }

    /** Spreadsheets hold at most 32,767 characters in a cell; an answer stored before the cap may be longer. */
    private static final int MAX_CSV_CELL = 32_000;

    /**
     * A cell a spreadsheet shows as text and never runs: cleaned to one line ({@link SafeText}) that a spreadsheet
     * can hold, and a text that would start a formula (= + - @, also after spaces, tabs or line breaks, or in their
     * full-width forms) gets a leading ' as OWASP recommends. Plain numbers such as -0.25 stay numbers.
     */
    static String inert(String cell) {
        String c = SafeText.shorten(SafeText.line(cell), MAX_CSV_CELL);
        String start = c.stripLeading();
        boolean formula = !start.isEmpty() && "=+-@＝＋－＠".indexOf(start.charAt(0)) >= 0;
        return formula && !c.matches("[+-]?\\d+(\\.\\d+)?") ? "'" + c : c;
    }

    private static void write(Path target, List<List<String>> rows) throws IOException {
        newsquiz.io.WholeFiles.write(target, csv(rows));
    }

    private static void print(Reports.Report r, PrintWriter out) {
        out.println("Report: " + SafeText.line(r.title()));
        out.println();
        out.println("Gradebook");
        table(gradebookRows(r), out);
        out.println();
        out.println("Item analysis (discrimination: share right in the top 27% of players minus the bottom 27%)");
        table(itemRows(r).stream().map(row -> {
            List<String> x = new ArrayList<>(row);
            x.set(1, x.get(1).length() > 48 ? x.get(1).substring(0, 47) + "…" : x.get(1));
            return (List<String>) x;
        }).toList(), out);
    }

    /** The widest cell of the text report: a name or an answer of any length cannot pad every row. */
    private static final int MAX_CELL = 48;

    /** Columns padded to their widest cell; every cell one clean line ({@link SafeText}) of at most MAX_CELL. */
    private static void table(List<List<String>> raw, PrintWriter out) {
        List<List<String>> rows = raw.stream()
                .map(row -> row.stream().map(c -> SafeText.shorten(SafeText.line(c), MAX_CELL)).toList()).toList();
        int[] width = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                sb.append(String.format("%-" + (width[i] + 2) + "s", row.get(i)));
            }
            out.println(sb.toString().stripTrailing());
        }
        if (rows.size() == 1) {
            out.println("(no answers yet)");
        }
    }
}
