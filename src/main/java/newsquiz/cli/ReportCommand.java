package newsquiz.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsquiz.article.BadInputException;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.store.ClassReport;
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
                    spec.commandLine().getOut().println("Report: " + SafeText.line(q.title()));
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
            ClassReport r = reports.report(version);
            if (csv != null) {
                List<Path> files = new ArrayList<>();
                for (String part : List.of("", "-items", "-answers", "-attempts")) {
                    files.add(part.isEmpty() ? csv : csv.resolveSibling(
                            csv.getFileName().toString().replaceFirst("(\\.csv)?$", part + ".csv")));
                }
                write(files.get(0), ReportTables.gradebookRows(r));
                write(files.get(1), ReportTables.itemRows(r));
                write(files.get(2), ReportTables.gridRows(r, true));
                write(files.get(3), ReportTables.attemptRows(r));
                spec.commandLine().getOut().println(SafeText.line("Wrote " + files.get(0) + " (" + r.players().size() + " players) and "
                        + files.get(1) + " (" + r.items().size() + " questions), " + files.get(2) + " (who answered"
                        + " what), " + files.get(3) + " (" + r.attempts().size() + " attempts)"));
            } else {
                ReportTables.print(r, spec.commandLine().getOut());
                printFlags(book, r);
                if (!note.isEmpty()) {
                    spec.commandLine().getOut().println(note);
                }
            }
            return 0;
        } catch (BadInputException e) {
            spec.commandLine().getErr().println("newsquiz: " + SafeText.line(e.getMessage()));
            return 2;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("newsquiz: " + SafeText.line(e.getMessage()));
            return 2;
        } catch (IOException e) {
            spec.commandLine().getErr().println(SafeText.line("newsquiz: cannot write " + csv + ": " + e.getMessage()));
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

    /** Students' flags on the quiz's questions, by the report's question numbers (Q1 is the quiz's first). */
    private void printFlags(Gradebook book, ClassReport r) {
        java.util.Map<String, List<String>> flags = GradebookServices.flags(book, r.quizId());
        if (flags.isEmpty()) {
            return;
        }
        spec.commandLine().getOut().println();
        spec.commandLine().getOut().println("Flagged by students:");
        for (ClassReport.QuestionRow q : r.questions()) {
            for (String f : flags.getOrDefault(q.id(), List.of())) {
                spec.commandLine().getOut().println(SafeText.line("  Q" + q.number() + " (" + q.id() + "): "
                        + f));
            }
        }
    }

    /** The report's CSV text: see {@link newsquiz.io.Csv}. */
    static String csv(List<List<String>> rows) {
        return newsquiz.io.Csv.of(rows);
    }

    private static void write(Path target, List<List<String>> rows) throws IOException {
        newsquiz.io.WholeFiles.write(target, csv(rows));
    }
}
