package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import newsquiz.store.Fsrs;
import newsquiz.store.Recorder;
import org.junit.jupiter.api.Test;

/** Study: each rating key says when the card comes back; the plain mode refuses a rating it cannot read. */
class StudyScreensTest {
    /** A study recorder that keeps the ratings given. */
    static final class Ratings implements Recorder {
        final List<Fsrs.Rating> given = new ArrayList<>();

        @Override
        public boolean studying() {
            return true;
        }

        @Override
        public void rated(Session session, Session.Outcome outcome, Fsrs.Rating rating, long now) {
            given.add(rating);
        }
    }

    @Test
    void intervalsReadAsAnkiShowsThem() {
        assertThat(StudyIntervals.line(Fsrs.State.fresh(0), 0)).isEqualTo("again 1m · hard 1d · good 4d · easy 14d");
        assertThat(StudyIntervals.span(30_000)).isEqualTo("<1m");
        assertThat(StudyIntervals.span(3 * 3_600_000L)).isEqualTo("3h");
        assertThat(StudyIntervals.span(90 * 86_400_000L)).isEqualTo("3mo");
    }

    @Test
    void theRatingLineSaysWhenTheCardComesBackAfterEachKey() {
        Ratings ratings = new Ratings();
        Services services = new Services() {
            @Override
            public String player() {
                return "Ana";
            }

            @Override
            public StudyDeck study() {
                return new StudyDeck(TestQuizzes.bank(2), ratings);
            }

            @Override
            public String nextIntervals(String questionId, long now) {
                return StudyIntervals.line(Fsrs.State.fresh(now), now);
            }
        };
        Runner runner = new Runner(List.of(), false, Session.Options.defaults(), services);
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.study(0)).press('b');
        assertThat(s.text()).contains("How well did you know it?",
                "Comes back in: again 1m · hard 1d · good 4d · easy 14d");
        s.press('h');
        assertThat(ratings.given).containsExactly(Fsrs.Rating.HARD);
        s.press('a');
        assertThat(s.text()).doesNotContain("Comes back in").contains("Not quite");
    }

    @Test
    void thePlainModeRefusesAnUnknownRating() {
        Ratings ratings = new Ratings();
        StringWriter out = new StringWriter();
        new PlainPlayer(LineSource.of(new ByteArrayInputStream("B\nx\nhard\nB\n\n".getBytes(StandardCharsets.UTF_8))),
                new PrintWriter(out), () -> 0, true, ratings).withIntervals(id -> "again 1m · good 4d")
                .play(TestQuizzes.bank(2), new Session.Options(0, false, 1, java.util.Set.of(), 0));
        assertThat(out.toString()).contains("Comes back in: again 1m · good 4d", "Please answer a, h, g or e");
        assertThat(ratings.given).containsExactly(Fsrs.Rating.HARD, Fsrs.Rating.GOOD);
    }
}
