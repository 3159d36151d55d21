package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsquiz.questions.QuizFiles;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import newsquiz.store.Fsrs;
import newsquiz.store.Recorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screens that show the gradebook: player, best scores, cards due, stats, study ratings, recording. */
class GradebookScreensTest {
    @TempDir
    Path dir;

    /** Records what the screens hand on. */
    static class Log implements Recorder {
        final List<String> events = new ArrayList<>();
        final boolean study;

        Log(boolean study) {
            this.study = study;
        }

        @Override
        public void started(Session s, long now) {
            events.add("start " + s.total());
        }

        @Override
        public void answered(Session s, Session.Outcome o, long now) {
            events.add("answer " + o.question().id() + " " + o.verdict().correct());
        }

        @Override
        public void finished(Session s, long now) {
            events.add("finish " + s.index());
        }

        @Override
        public void rated(Session s, Session.Outcome o, Fsrs.Rating r, long now) {
            events.add("rated " + o.question().id() + " " + r);
        }

        @Override
        public boolean studying() {
            return study;
        }
    }

    static Services services(Log log, boolean dueCards) {
        return new Services() {
            @Override
            public String player() {
                return "Ana";
            }

            @Override
            public Recorder recorder() {
                return log;
            }

            @Override
            public Map<String, Integer> bestByQuiz() {
                return Map.of("abc", 75);
            }

            @Override
            public int dueCount() {
                return dueCards ? 2 : 0;
            }

            @Override
            public List<String> statsLines() {
                return List.of("Attempts: 3 · best 75%", "Trend, oldest to newest: ▂▆▄");
            }

            @Override
            public StudyDeck study() {
                return dueCards ? new StudyDeck(TestQuizzes.bank(2), new Log(true) {
                    @Override
                    public void rated(Session s, Session.Outcome o, Fsrs.Rating r, long now) {
                        log.events.add("rated " + o.question().id() + " " + r);
                    }
                }) : null;
            }
        };
    }

    @Test
    void homeShowsThePlayerBestScoresAndCardsDue() throws Exception {
        QuizFiles.write(TestQuizzes.bank(3), dir.resolve("bank.json"));
        Runner runner = new Runner(List.of(dir), true, Session.Options.defaults(), services(new Log(false), true));
        VirtualScreen s = new VirtualScreen(100, 24, true).show(runner.home());
        assertThat(s.row(1)).contains("Player: Ana (p) · 2 cards due for study (t)");
        assertThat(s.text()).contains("3 questions · best: 75%");
        s.press('s');
        assertThat(s.text()).contains("your progress", "Attempts: 3 · best 75%", "▂▆▄");
        s.press(KeyType.Enter);
        assertThat(s.text()).contains("quizzes from real news");
    }

    @Test
    void everyAnswerIsHandedOnAsItIsGiven() {
        Log log = new Log(false);
        Runner runner = new Runner(List.of(), false, Session.Options.defaults(), services(log, false));
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.startSession(TestQuizzes.bank(2), 0));
        s.press('b');
        assertThat(log.events).containsExactly("start 2", "answer q1 true");
        s.press(KeyType.Enter).press('a').press(KeyType.Enter);
        assertThat(log.events).containsExactly("start 2", "answer q1 true", "answer q2 false", "finish 2");
    }

    @Test
    void studyAsksHowWellARightAnswerWasKnown() throws Exception {
        Log log = new Log(false);
        Runner runner = new Runner(List.of(dir), true, Session.Options.defaults(), services(log, true));
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.home());
        s.press('t');
        assertThat(s.row(0)).contains("Paper · 2019-06-03");
        s.press('b');
        assertThat(s.text()).contains("How well did you know it? a: again · h: hard · g or Enter: good · e: easy");
        s.press('e');
        assertThat(log.events).containsExactly("rated q1 EASY");
        assertThat(s.row(1)).contains("Question 2 of 2");
        s.press('b').press('a');
        assertThat(log.events).containsExactly("rated q1 EASY", "rated q2 AGAIN");
    }

    @Test
    void noCardsDueSaysSo() throws Exception {
        Runner runner = new Runner(List.of(dir), true, Session.Options.defaults(), services(new Log(false), false));
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.home());
        s.press('t');
        assertThat(s.text()).contains("No cards are due: well done.");
    }

    @Test
    void switchingPlayerAsksForAName() throws Exception {
        List<String> switched = new ArrayList<>();
        Services base = services(new Log(false), false);
        Services svc = new Services() {
            @Override
            public String player() {
                return base.player();
            }

            @Override
            public Recorder recorder() {
                return base.recorder();
            }

            @Override
            public Map<String, Integer> bestByQuiz() {
                return Map.of();
            }

            @Override
            public int dueCount() {
                return 0;
            }

            @Override
            public List<String> statsLines() {
                return List.of();
            }

            @Override
            public StudyDeck study() {
                return null;
            }

            @Override
            public String switchPlayer(String name) {
                switched.add(name);
                return "Now playing: " + name;
            }
        };
        Runner runner = new Runner(List.of(dir), true, Session.Options.defaults(), svc);
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.home());
        s.press('p');
        assertThat(s.text()).contains("Who is playing?", "now: Ana");
        s.type("Ben").press(KeyType.Enter);
        assertThat(switched).containsExactly("Ben");
        assertThat(s.text()).contains("Now playing: Ben");
    }

    @Test
    void thePlainModeRatesStudyCardsToo() {
        Log log = new Log(true);
        StringWriter out = new StringWriter();
        LineSource in = LineSource.of(new ByteArrayInputStream("B\nh\nA\n".getBytes(StandardCharsets.UTF_8)));
        new PlainPlayer(in, new PrintWriter(out), () -> 0L, true, log).play(TestQuizzes.bank(2),
                new Session.Options(0, false, 1, java.util.Set.of(), 0));
        assertThat(out.toString()).contains("How well did you know it? a: again, h: hard, g: good, e: easy (Enter: good)");
        assertThat(log.events).contains("rated q1 HARD", "answer q2 false");
    }

    @Test
    void thePlainHomeListsBanksAndReachesStatsAndStudy() throws Exception {
        QuizFiles.write(TestQuizzes.bank(3), dir.resolve("bank.json"));
        Log log = new Log(false);
        StringWriter out = new StringWriter();
        LineSource in = LineSource.of(new ByteArrayInputStream("s\nt\nB\ng\nA\nq\n".getBytes(StandardCharsets.UTF_8)));
        new PlainHome(in, new PrintWriter(out), () -> 0L, services(log, true)).run(List.of(dir), Session.Options.defaults());
        assertThat(out.toString()).contains("1) Test quiz · 3 questions · best 75%", "t) study (2 cards due)",
                "Attempts: 3 · best 75%", "How well did you know it?");
        assertThat(log.events).contains("rated q1 GOOD");
    }
}
