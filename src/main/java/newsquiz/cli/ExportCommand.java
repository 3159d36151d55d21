package newsquiz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsquiz.article.BadInputException;
import newsquiz.export.Exported;
import newsquiz.export.Exporter;
import newsquiz.export.Exporters;
import newsquiz.io.WholeFiles;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.ui.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `newsquiz export QUIZ.json --format FORMAT [-o FILE]`: the quiz in another tool's format. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Writes a quiz in another tool's format: ${COMPLETION-CANDIDATES}, or all of them.",
                "Rejected questions are left out; what a format cannot express is skipped and counted."})
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUIZ.json", description = "The quiz file.")
    Path quiz;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "gift, moodle-xml, qti, kahoot, quizlet, anki, anki-tsv, csv, worksheet, markdown or all.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "The file to write (default: the quiz's name with the format's ending, here); a folder"
                    + " with --format all.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws BadInputException {
        PrintWriter err = spec.commandLine().getErr();
        boolean all = format.equalsIgnoreCase("all");
        if (!all && Exporters.byFormat(format).isEmpty()) {
            err.println(SafeText.line("newsquiz: --format " + format + " is not a format; choose one of "
                    + String.join(", ", Exporters.formats()) + " or all"));
            return 2;
        }
        Quiz q = QuizFiles.read(quiz); // unreadable: Main says why, exit 2
        List<Exporter> chosen = all ? Exporters.all() : List.of(Exporters.byFormat(format).orElseThrow());
        int code = 0;
        for (Exporter exporter : chosen) {
            Path target = all ? (output == null ? Path.of(".") : output).resolve(defaultName(exporter))
                    : output != null ? output : Path.of(defaultName(exporter));
            code = Math.max(code, write(q, exporter, target));
        }
        return code;
    }

    /** "venezuela-rostec-2019.gift.txt" for quizzes/venezuela-rostec-2019.json. */
    private String defaultName(Exporter exporter) {
        String stem = quiz.getFileName().toString().replaceFirst("\\.json$", "");
        return SafeText.line(stem).replaceAll("[/\\\\]", "_") + "." + exporter.extension();
    }

    private int write(Quiz q, Exporter exporter, Path target) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Exported e = exporter.export(q);
            WholeFiles.write(target, e.bytes());
            out.println(SafeText.line("Wrote " + e.written() + " question" + (e.written() == 1 ? "" : "s") + " to "
                    + target + " (" + exporter.format() + ")"
                    + (e.skipped().isEmpty() ? "" : "; skipped " + e.skipped().size())
                    + (e.shortened().isEmpty() ? "" : "; shortened " + e.shortened().size())));
            e.skipped().forEach(s -> out.println(SafeText.line("  skipped " + s)));
            if (!e.shortened().isEmpty()) {
                out.println(SafeText.line("  shortened to fit: " + String.join(", ", e.shortened())));
            }
            int rejected = (int) q.questions().stream().filter(x -> x.rejected()).count();
            if (rejected > 0) {
                out.println("  left out " + rejected + " rejected in review");
            }
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println(SafeText.line("newsquiz: cannot write " + target + ": "
                    + e.getMessage()));
            return 1;
        }
    }
}
