package newsquiz.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.session.AnswerChecker;
import newsquiz.session.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real jar, end to end: under tmux for the full-screen player (keys with send-keys, the screen with
 * capture-pane), and from a pipe for the plain mode. Runs after `package` (mvn verify). CI installs tmux; where it
 * is missing outside CI, the tmux tests are skipped.
 */
class PlayUnderTmuxIT {
    private static final Path JAR = Path.of("target/newsquiz.jar");
    /**
     * The bundled Venezuela bank with its choice questions first: the runs below answer by letter, and the bank's
     * own order is the generator's to change.
     */
    private static final Path QUIZ = choicesFirst(Path.of("quizzes/venezuela-rostec-2019.json"));

    private static Path choicesFirst(Path bundled) {
        try {
            var json = com.google.gson.JsonParser.parseString(Files.readString(bundled, StandardCharsets.UTF_8))
                    .getAsJsonObject();
            List<com.google.gson.JsonElement> questions = new ArrayList<>();
            json.getAsJsonArray("questions").forEach(questions::add);
            questions.sort(java.util.Comparator.comparing(q -> !q.getAsJsonObject().get("type").getAsString()
                    .equals("multiple_choice")));
            var ordered = new com.google.gson.JsonArray();
            questions.forEach(ordered::add);
            json.add("questions", ordered);
            Path copy = Files.createTempDirectory("play-it").resolve(bundled.getFileName());
            Files.writeString(copy, json.toString(), StandardCharsets.UTF_8);
            return copy;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
    private static final String SOCKET = "newsquiz-it-" + ProcessHandle.current().pid();
    /** Every run writes to a gradebook of its own, never the user's. */
    private static Path gradebook;

    @BeforeAll
    static void jarIsBuilt() throws IOException {
        assertThat(JAR).exists();
        gradebook = Files.createTempDirectory("newsquiz-it").resolve("grades.db");
    }

    private static ProcessBuilder java(String... args) {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("NEWSQUIZ_DB", gradebook.toString());
        pb.environment().put("XDG_DATA_HOME", gradebook.getParent().resolve("data").toString());
        return pb;
    }

    static boolean tmuxAvailable() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void requireTmux() {
        if (System.getenv("CI") != null) {
            assertThat(tmuxAvailable()).as("tmux is installed by .ci/run").isTrue();
        }
        assumeTrue(tmuxAvailable(), "tmux is not installed");
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }

    private static String tmux(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", SOCKET, "-f", "/dev/null"));
        cmd.addAll(List.of(args));
        return run(cmd.toArray(String[]::new));
    }

    private static void start(String command) throws Exception {
        tmux("new-session", "-d", "-s", "it", "-x", "80", "-y", "24",
                "env TERM=xterm-256color LC_ALL=C NEWSQUIZ_DB=" + gradebook + " XDG_DATA_HOME="
                        + gradebook.getParent().resolve("data") + " " + command);
        tmux("set", "-sg", "escape-time", "10");
    }

    private static String screen() throws Exception {
        return tmux("capture-pane", "-t", "it", "-p");
    }

    /** Waits (bounded) until the screen shows the text; returns the screen. */
    private static String waitFor(String text) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        String s = "";
        while (System.currentTimeMillis() < deadline) {
            s = screen();
            if (s.contains(text)) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the screen never showed '" + text + "'" + (sessionAlive() ? "" : " (the app had"
                + " ended: its tmux session is gone)") + ":\n" + s);
    }

    private static void keys(String... keys) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("send-keys", "-t", "it"));
        cmd.addAll(List.of(keys));
        tmux(cmd.toArray(String[]::new));
    }

    private static boolean sessionAlive() throws Exception {
        Process p = new ProcessBuilder("tmux", "-L", SOCKET, "has-session", "-t", "it").start();
        return p.waitFor() == 0;
    }

    @AfterEach
    void stopTmux() throws Exception {
        if (tmuxAvailable()) {
            tmux("kill-server");
        }
    }

    /** The questions a session of n draws from the bank, in order, as the player draws them. */
    private static List<Question> drawn(int n) throws Exception {
        Session s = Session.start(QuizFiles.read(QUIZ), new Session.Options(n, false, 1, java.util.Set.of(), 0), 0);
        List<Question> out = new ArrayList<>();
        while (!s.finished()) {
            out.add(s.current());
            s.answer("", 0);
        }
        return out;
    }

    /** The letter of the right choice of question {@code index} of a session of {@code n}. */
    private static String rightLetter(int n, int index) throws Exception {
        return rightLine(drawn(n).get(index)).toLowerCase(java.util.Locale.ROOT);
    }

    /** The plain mode's line that answers a question right: a letter, letters in turn, or the typed answer. */
    private static String rightLine(Question q) {
        List<String> choices = q.choices() == null ? List.of() : q.choices();
        return switch (q.type()) {
            case "multiple_choice" -> letter(choices.indexOf(String.valueOf(q.answer())));
            case "true_false" -> Boolean.TRUE.equals(q.answer()) ? "A" : "B";
            case "matching" -> String.join(" ", AnswerChecker.matchingAnswer(q).stream()
                    .map(x -> letter(choices.indexOf(x))).toList());
            case "ordering" -> String.join(" ", ((List<?>) q.answer()).stream()
                    .map(x -> letter(choices.indexOf(String.valueOf(x)))).toList());
            default -> String.valueOf(q.answer());
        };
    }

    private static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }

    /** The keys that answer a question right on the full screen. */
    private static List<String> rightKeys(Question q) {
        List<String> keys = new ArrayList<>();
        List<String> choices = q.choices() == null ? List.of() : q.choices();
        switch (q.type()) {
            case "multiple_choice", "true_false" -> keys.add(rightLine(q).toLowerCase(java.util.Locale.ROOT));
            case "matching" -> {
                for (String speaker : AnswerChecker.matchingAnswer(q)) {
                    keys.add(letter(choices.indexOf(speaker)).toLowerCase(java.util.Locale.ROOT));
                    keys.add("Down");
                }
                keys.add("Enter");
            }
            case "ordering" -> {
                // carry the item that belongs at each place up to it: Space picks up, Up carries, Space puts down
                List<String> order = new ArrayList<>(choices);
                List<?> want = (List<?>) q.answer();
                int at = 0;
                for (int place = 0; place < want.size(); place++) {
                    int from = order.indexOf(String.valueOf(want.get(place)));
                    for (; at < from; at++) {
                        keys.add("Down");
                    }
                    for (; at > from; at--) {
                        keys.add("Up");
                    }
                    if (from != place) {
                        keys.add("Space");
                        for (; at > place; at--) {
                            keys.add("Up");
                        }
                        keys.add("Space");
                        order.add(place, order.remove(from));
                    }
                }
                keys.add("Enter");
            }
            default -> {
                keys.add("-l");
                keys.add(String.valueOf(q.answer()));
                keys.add("Enter");
            }
        }
        return keys;
    }

    /** Sends the keys one call at a time ("-l" sends the next one as literal text). */
    private static void answerRight(Question q) throws Exception {
        List<String> k = rightKeys(q);
        for (int i = 0; i < k.size(); i++) {
            if (k.get(i).equals("-l")) {
                keys("-l", k.get(++i));
            } else {
                keys(k.get(i));
            }
        }
    }

    /** A quiz of the bank's first question of each type, for a whole session of every type. */
    private static Path everyType() throws Exception {
        Quiz bank = QuizFiles.read(QUIZ);
        List<Question> one = new ArrayList<>();
        java.util.Set<String> types = new java.util.HashSet<>();
        for (Question q : bank.questions()) {
            if (types.add(q.type())) {
                one.add(q);
            }
        }
        assertThat(types).contains("multiple_choice", "true_false", "short_answer", "numeric", "matching", "ordering");
        Path file = Files.createTempDirectory("every-type").resolve("every-type.json");
        QuizFiles.write(new Quiz(bank.formatVersion(), "every-type", bank.title(), bank.source(), bank.generator(),
                bank.seed(), one), file);
        return file;
    }

    @Test
    void aWholeSessionOfEveryTypeAt80x24() throws Exception {
        requireTmux();
        Path quiz = everyType();
        List<Question> questions = QuizFiles.read(quiz).questions();
        start("java -jar " + JAR + " play " + quiz + " --all --player every-type");
        for (int i = 0; i < questions.size(); i++) {
            String s = waitFor("Question " + (i + 1) + " of " + questions.size());
            assertThat(s).doesNotContain("Russia Withdraws"); // the headline stays hidden while a question shows
            assertThat(s.lines().count()).isLessThanOrEqualTo(24);
            answerRight(questions.get(i));
            // the feedback is drawn in one refresh, but a capture can fall between its lines: wait for its last part
            s = waitFor("From the article:");
            assertThat(s).contains("Right!");
            keys("Enter");
        }
        // the results are drawn over the last feedback in one refresh: a capture can catch its title before the rest
        String s = waitFor("No mistakes");
        assertThat(s).contains("Results", questions.size() + " of " + questions.size() + " right (100%)");
        keys("?");
        waitFor("Keys: results");
        keys("x", "q");
        long deadline = System.currentTimeMillis() + 10_000;
        while (sessionAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(sessionAlive()).as("the app ends after q").isFalse();
    }

    @Test
    void aWholeSessionPlayedWithTheKeyboard() throws Exception {
        requireTmux();
        start("java -jar " + JAR + " play " + QUIZ + " -n 2 --player tmux-player");
        // LC_ALL=C above: accented names must still be drawn as written (UTF-8 whatever the locale)
        List<String> choices = drawn(2).get(0).choices();
        waitFor("Question 1 of 2");
        String first = waitFor(choices.get(choices.size() - 1));
        for (String c : choices) {
            assertThat(first).contains(c);
        }
        answerRight(drawn(2).get(0));
        String s = waitFor("Right!");
        assertThat(s).contains("From the article:");
        keys("Enter");
        waitFor("Question 2 of 2");
        answerRight(drawn(2).get(1));
        waitFor("Right!");
        keys("Enter");
        s = waitFor("2 of 2 right (100%)");
        assertThat(s).contains("Results");
        keys("q");
        long deadline = System.currentTimeMillis() + 10_000;
        while (sessionAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(sessionAlive()).as("the app ends after q").isFalse();
    }

    /**
     * A quiz file and a player name full of escapes (title, OSC 52 clipboard, alternate screen), BEL, RLO, ZWSP;
     * played whole, since its questions share one sentence, which a top-N draw asks once.
     */
    private static String hostileStart(String mode) throws Exception {
        Path dir = Files.createTempDirectory("hostile");
        Path quiz = dir.resolve("hostile.json");
        newsquiz.questions.QuizFiles.write(newsquiz.ui.HostileQuiz.quiz(), quiz);
        Path name = dir.resolve("name.txt");
        Files.writeString(name, newsquiz.ui.HostileQuiz.h("Eve").replace("\r\n", "").replace("\u0000", ""));
        tmux("new-session", "-d", "-s", "it", "-x", "80", "-y", "24", "env TERM=xterm-256color NEWSQUIZ_DB="
                + gradebook + " XDG_DATA_HOME=" + gradebook.getParent().resolve("data") + " java -jar " + JAR
                + " play " + quiz + " --all --player \"$(cat " + name + ")\" " + mode + "; sleep 30");
        tmux("set", "-sg", "escape-time", "10");
        tmux("set", "-s", "set-clipboard", "on");
        tmux("select-pane", "-t", "it", "-T", "before");
        return quiz.toString();
    }

    /** The terminal's title, clipboard (tmux's paste buffers) and screen are as they were. */
    private static void terminalUntouched() throws Exception {
        assertThat(tmux("display", "-p", "-t", "it", "#{pane_title}").strip()).isEqualTo("before");
        assertThat(tmux("list-buffers").strip()).isEmpty();
        assertThat(screen()).doesNotContain("internal error");
    }

    @Test
    void aHostileQuizAndNameNeitherCrashTheFullScreenNorReachTheTerminal() throws Exception {
        requireTmux();
        hostileStart("");
        waitFor("Who said it?evil");
        terminalUntouched();
        keys("b");
        waitFor("Right!");
        keys("Enter");
        waitFor("Type the nameevil");
        keys("Escape");
        waitFor("(y/n)");
        keys("y");
        waitFor("Results");
        terminalUntouched();
        keys("q");
        long deadline = System.currentTimeMillis() + 15_000; // until the app has left and the shell sleeps
        while (!tmux("display", "-p", "-t", "it", "#{pane_current_command}").strip().equals("sleep")
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(tmux("display", "-p", "-t", "it", "#{alternate_on}").strip()).isEqualTo("0");
        terminalUntouched();
    }

    @Test
    void aHostileQuizAndNameInPlainModeNeitherSetTheTitleNorTheClipboard() throws Exception {
        requireTmux();
        hostileStart("--plain");
        waitFor("Who said it?evil");
        keys("A", "Enter");
        waitFor("Type the nameevil");
        keys("q", "Enter", "y", "Enter");
        waitFor("Results:");
        assertThat(tmux("display", "-p", "-t", "it", "#{alternate_on}").strip()).isEqualTo("0");
        terminalUntouched();
    }

    @Test
    void aDumbTerminalGetsThePlainMode() throws Exception {
        requireTmux();
        tmux("new-session", "-d", "-s", "it", "-x", "80", "-y", "24",
                "env TERM=dumb NEWSQUIZ_DB=" + gradebook + " XDG_DATA_HOME=" + gradebook.getParent().resolve("data")
                        + " java -jar " + JAR + " play " + QUIZ
                        + " -n 1 --player dumb; sleep 30");
        waitFor("a letter, A to");
        keys(rightLetter(1, 0), "Enter");
        String s = waitFor("Results: 1 of 1 right (100%)");
        assertThat(s).contains("Question 1 of 1 · score 0", "Right!");
    }

    @Test
    void theHomeScreenQuitAndResize() throws Exception {
        requireTmux();
        Files.deleteIfExists(gradebook);
        start("java -jar " + JAR);
        // the first run asks inside the full screen, never on the line before it opens
        waitFor("Welcome! Who is playing?");
        assertThat(tmux("display", "-p", "-t", "it", "#{alternate_on}").strip()).isEqualTo("1");
        keys("Enter");
        waitFor("Type your name first");
        keys("Ana", "Enter");
        // the home list shows behind the picker too, with the player's name in its header before the picker's
        // footer is redrawn: wait for the home screen's own footer
        waitFor("Player: Ana");
        String s = waitFor("q quit");
        assertThat(s).contains("Player: Ana");
        assertThat(s).contains("… Withdraws Most of Its People From …, … Says");
        assertThat(s.lines().reduce((a, b) -> b).orElse("")).contains("q quit"); // the footer fits 80 columns
        keys("?");
        waitFor("Keys: quizzes");
        keys("x");
        keys("Enter");
        waitFor("Question 1 of 10");
        tmux("resize-window", "-t", "it", "-x", "70", "-y", "20");
        s = waitFor("Question 1 of 10");
        assertThat(s.lines().count()).isLessThanOrEqualTo(20);
        keys("Escape");
        waitFor("(y/n)");
        keys("y");
        waitFor("stopped after 0");
        keys("Enter");
        waitFor("… Withdraws Most of Its People From …, … Says");
        keys("q");
    }

    @Test
    void killingTheAppMidSessionLosesNoAnswer() throws Exception {
        requireTmux();
        Files.deleteIfExists(gradebook);
        start("java -jar " + JAR + " play " + QUIZ + " -n 5 --player kim");
        waitFor("Question 1 of 5");
        keys(rightLetter(5, 0));
        waitFor("Right!");
        keys("Enter");
        waitFor("Question 2 of 5");
        // the bundled bank's second question may be typed: its answer then needs Enter, a choice's letter does not
        List<Question> firstTwo = drawn(5).subList(0, 2);
        keys(rightLetter(5, 1));
        if (!firstTwo.get(1).type().equals("multiple_choice") && !firstTwo.get(1).type().equals("true_false")) {
            keys("Enter");
        }
        waitFor("Right!");
        String pid = tmux("list-panes", "-t", "it", "-F", "#{pane_pid}").strip();
        run("kill", "-9", pid);
        Process p = java("stats", "--player", "kim").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("Attempts: 1 (1 unfinished)", "By question type: ");
        for (String type : firstTwo.stream().map(Question::type).distinct().toList()) {
            long n = firstTwo.stream().filter(q -> q.type().equals(type)).count();
            assertThat(out).contains(type + " 100% (" + n + "/" + n + ")");
        }
        // and a second session is recorded beside it, finished
        Process again = java("play", QUIZ.toString(), "--plain", "-n", "1", "--player", "kim").start();
        again.getOutputStream().write((rightLetter(1, 0) + "\n").getBytes(StandardCharsets.UTF_8));
        again.getOutputStream().close();
        again.getInputStream().readAllBytes();
        assertThat(again.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Process stats = java("stats", "--player", "kim").start();
        out = new String(stats.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).contains("Attempts: 2 (1 unfinished)");
    }

    @Test
    void aTeacherReportsWhileAStudentPlays() throws Exception {
        Files.deleteIfExists(gradebook);
        Process student = java("play", QUIZ.toString(), "--plain", "-n", "3", "--player", "sam").start();
        var out = new java.io.BufferedReader(new java.io.InputStreamReader(student.getInputStream(),
                StandardCharsets.UTF_8));
        student.getOutputStream().write((rightLetter(3, 0) + "\n").getBytes(StandardCharsets.UTF_8));
        student.getOutputStream().flush();
        String line;
        while ((line = out.readLine()) != null && !line.startsWith("Question 2 of 3")) {
            // the student's first answer is in once the second question shows
        }
        Process teacher = java("report", "--quiz", "venezuela-rostec-2019").start();
        String report = new String(teacher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(teacher.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(teacher.exitValue()).isZero();
        assertThat(report).contains("sam ");
        student.getOutputStream().write((rightLine(drawn(3).get(1)) + "\nA\nn\n").getBytes(StandardCharsets.UTF_8));
        student.getOutputStream().close();
        out.lines().count();
        assertThat(student.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(student.exitValue()).isZero();
    }

    @Test
    void aTeachersCsvReportOpensAsItIs() throws Exception {
        Files.deleteIfExists(gradebook);
        for (String player : List.of("ana", "ben")) {
            Process p = java("play", QUIZ.toString(), "--plain", "-n", "2", "--player", player).start();
            p.getOutputStream().write((rightLetter(2, 0) + "\nz\nA\n").getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            p.getInputStream().readAllBytes();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Path csv = Files.createTempDirectory("report").resolve("grades.csv");
        Process p = java("report", "--quiz", "venezuela-rostec-2019", "--csv", csv.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("(2 players)");
        String grades = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(grades).startsWith("\uFEFFplayer,attempts,best %,last %,average %,time (min),last attempt\r\n")
                .contains("\r\nana,1,").contains("\r\nben,1,");
        assertThat(csv.resolveSibling("grades-items.csv")).exists();
    }

    @Test
    void thePlainModePlaysASessionFromAPipe() throws Exception {
        Process p = java("play", QUIZ.toString(), "--plain", "-n", "2", "--player", "pipe").start();
        p.getOutputStream().write((rightLine(drawn(2).get(0)) + "\n" + rightLine(drawn(2).get(1)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out).contains("Question 1 of 2", "Right!", "Results: 2 of 2 right (100%)")
                .doesNotContain("\u001b[");
    }

    @Test
    void aBadQuizFileGetsAMessageAndExitCodeTwo() throws Exception {
        Path bad = Files.createTempFile("bad", ".json");
        Files.writeString(bad, "{\"format_version\": 9, \"questions\": []}");
        Process p = java("play", bad.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(out).contains(bad + ", line 1: field \"format_version\" is 9").doesNotContain("Exception");
    }
}
