package newsquiz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsquiz.article.BadInputException;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.store.Gradebook;
import newsquiz.store.Reports;
import newsquiz.store.StoreException;
import newsquiz.ui.Text;
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

    @Option(names = "--quiz", required = true, paramLabel = "Q", description = "The quiz: its file (as play takes it), file name, id, or words of its title.")
    String quiz;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write CSV: FILE (gradebook) and FILE-items.csv (items).")
    Path csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Gradebook book = store.openForReading()) {
            Reports reports = new Reports(book);
            long version;
            String note = "";
            Path file = quizFile(quiz);
            if (file != null) {
                // the file `play` takes: exactly its version of the quiz
                Quiz q = QuizFiles.read(file);
                java.util.Optional<Long> v = reports.versionOf(q);
                if (v.isEmpty()) {
                    spec.commandLine().getOut().println("Report: " + q.title());
                    spec.commandLine().getOut().println("No attempts yet: nobody has played this quiz"
                            + (reports.versionCount(q.id()) > 0 ? " in this version (other versions were played)." : "."));
                    return 0;
                }
                version = v.get();
            } else {
                String id = reports.quizId(quiz);
                version = reports.latestVersion(id);
                int versions = reports.versionCount(id);
                if (versions > 1) {
                    note = "The newest of " + versions + " versions of this quiz (same id, other title or questions);"
                            + " give its file to --quiz for another.";
                }
            }
            Reports.Report r = reports.report(version);
            if (csv != null) {
                Path items = csv.resolveSibling(csv.getFileName().toString().replaceFirst("(\\.csv)?$", "-items.csv"));
                write(csv, gradebookRows(r));
                write(items, itemRows(r));
                spec.commandLine().getOut().println("Wrote " + csv + " (" + r.players().size() + " players) and "
                        + items + " (" + r.items().size() + " questions)");
            } else {
                print(r, spec.commandLine().getOut());
                if (!note.isEmpty()) {
                    spec.commandLine().getOut().println(note);
                }
            }
            return 0;
        } catch (BadInputException e) {
            spec.commandLine().getErr().println("newsquiz: " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("newsquiz: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println("newsquiz: cannot write " + csv + ": " + e.getMessage());
            return 1;
        }
    }

    /** The quiz argument as a quiz file, when it names one (a path, as `play` takes); else null. */
    private static Path quizFile(String quiz) {
        try {
            Path p = Path.of(quiz);
            return Files.isRegularFile(p) ? p : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
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

    /** RFC 4180: fields quoted when they hold a comma, quote or line break; quotes doubled. */
    static String csv(List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                String c = Text.nfc(cell);
                cells.add(c.matches("(?s).*[,\"\r\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            sb.append(String.join(",", cells)).append("\r\n");
        }
        return sb.toString();
    }

    private static void write(Path target, List<List<String>> rows) throws IOException {
        newsquiz.io.WholeFiles.write(target, csv(rows));
    }

    private static void print(Reports.Report r, PrintWriter out) {
        out.println("Report: " + r.title());
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

    private static void table(List<List<String>> rows, PrintWriter out) {
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
