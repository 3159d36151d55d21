package newsquiz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsquiz.article.BadInputException;
import newsquiz.imports.AikenReader;
import newsquiz.imports.GiftReader;
import newsquiz.imports.Imported;
import newsquiz.imports.MoodleXmlReader;
import newsquiz.io.TextFiles;
import newsquiz.questions.QuizFiles;
import newsquiz.ui.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `newsquiz import FILE --format gift|aiken|moodle-xml [-o QUIZ.json]`: a quiz file from a teacher's bank. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Makes a quiz file from an existing bank in GIFT, Aiken or Moodle XML.",
                "Imported questions have no article sentence; what newsquiz cannot ask is skipped and counted."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The bank to import.")
    Path file;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "gift, aiken or moodle-xml (default: moodle-xml for .xml, gift for .gift).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "QUIZ.json", description = "The quiz file (default: FILE's name"
            + " with .json, here).")
    Path output;

    @Option(names = "--title", description = "The quiz's title (default: the file's name).")
    String title;

    @Option(names = "--force", description = "Overwrite an existing quiz file.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = file.getFileName() == null ? "bank" : file.getFileName().toString();
        String chosen = format != null ? format.toLowerCase(Locale.ROOT)
                : name.toLowerCase(Locale.ROOT).endsWith(".xml") ? "moodle-xml"
                : name.toLowerCase(Locale.ROOT).endsWith(".gift") ? "gift" : null;
        if (chosen == null || !java.util.List.of("gift", "aiken", "moodle-xml").contains(chosen)) {
            err.println(SafeText.line("newsquiz: " + (chosen == null ? "give --format" : "--format " + chosen
                    + " is not a format I read; choose") + " gift, aiken or moodle-xml"));
            return 2;
        }
        // "bank.gift.txt" and "bank.xml" are the bank "bank"
        String stem = name.replaceFirst("(\\.(gift|aiken|moodle|xml|txt))+$", "");
        Path target = output != null ? output : Path.of(SafeText.line(stem).replaceAll("[/\\\\]", "_") + ".json");
        if (!force && Files.exists(target)) {
            err.println(SafeText.line("newsquiz: " + target + " exists; not overwritten (--force overwrites it)"));
            return 2;
        }
        try {
            String text = TextFiles.read(file);
            String quizTitle = title != null ? title : stem;
            Imported imported = switch (chosen) {
                case "gift" -> GiftReader.read(file.toString(), quizTitle, text);
                case "aiken" -> AikenReader.read(file.toString(), quizTitle, text);
                default -> MoodleXmlReader.read(file.toString(), quizTitle, text);
            };
            QuizFiles.write(imported.quiz(), target);
            PrintWriter out = spec.commandLine().getOut();
            out.println(SafeText.line("Wrote " + imported.quiz().questions().size() + " questions to " + target
                    + (imported.skipped().isEmpty() ? "" : "; skipped " + imported.skipped().size())));
            imported.skipped().forEach(s -> out.println(SafeText.line("  skipped " + s)));
            return 0;
        } catch (BadInputException e) {
            err.println("newsquiz: " + SafeText.line(e.getMessage()));
            return 2;
        } catch (IOException e) {
            err.println(SafeText.line("newsquiz: cannot write " + target + ": " + e.getMessage()));
            return 1;
        }
    }
}
