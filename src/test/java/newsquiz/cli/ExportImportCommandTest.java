package newsquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import newsquiz.questions.QuizFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportCommandTest {
    private static final String QUIZ = "src/test/resources/quizzes/every-type.json";

    @TempDir
    Path dir;

    @Test
    void exportsToEveryFormatAndSaysWhatWasSkipped() throws Exception {
        FactsCommandTest.Result r = FactsCommandTest.run("export", QUIZ, "--format", "all", "-o", dir.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Wrote 7 questions to " + dir.resolve("every-type.gift.txt") + " (gift); skipped 1",
                "  skipped Q8 (ordering): GIFT has no ordering question", "(worksheet)", "(anki)");
        assertThat(Files.list(dir).count()).isEqualTo(10);
    }

    @Test
    void anUnknownFormatOrABadQuizIsExitTwo() throws Exception {
        FactsCommandTest.Result r = FactsCommandTest.run("export", QUIZ, "--format", "docx");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format docx is not a format; choose one of gift, moodle-xml");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{");
        assertThat(FactsCommandTest.run("export", bad.toString(), "--format", "gift").code()).isEqualTo(2);
    }

    @Test
    void importsTheGiftFileBackIntoAQuizThatPlays() throws Exception {
        Path gift = dir.resolve("bank.gift");
        assertThat(FactsCommandTest.run("export", QUIZ, "-f", "gift", "-o", gift.toString()).code()).isZero();
        Path quiz = dir.resolve("bank.json");
        FactsCommandTest.Result r = FactsCommandTest.run("import", gift.toString(), "-o", quiz.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Wrote 7 questions to " + quiz);
        assertThat(QuizFiles.read(quiz).title()).isEqualTo("bank");
        FactsCommandTest.Result again = FactsCommandTest.run("import", gift.toString(), "-o", quiz.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("bank.json exists; not overwritten");
        FactsCommandTest.Result played = FactsCommandTest.run("validate", quiz.toString());
        assertThat(played.code()).isZero();
    }

    @Test
    void theDefaultQuizFileIsNamedAfterTheBank() throws Exception {
        Path gift = dir.resolve("my-bank.gift.txt");
        assertThat(FactsCommandTest.run("export", QUIZ, "-f", "gift", "-o", gift.toString()).code()).isZero();
        Path aiken = dir.resolve("other.txt");
        java.nio.file.Files.writeString(aiken, "Q?\nA. x\nB. y\nANSWER: B\n");
        FactsCommandTest.Result r = FactsCommandTest.run("import", gift.toString(), "-f", "gift", "-o",
                dir.resolve("x.json").toString());
        assertThat(QuizFiles.read(dir.resolve("x.json")).title()).isEqualTo("my-bank");
        assertThat(FactsCommandTest.run("import", aiken.toString()).err()).contains("give --format gift, aiken or"
                + " moodle-xml");
        assertThat(r.code()).isZero();
    }
}
