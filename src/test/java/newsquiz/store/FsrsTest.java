package newsquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * FSRS-4.5 with its published default parameters, against reference values computed separately from the
 * published formulas (a short Python transcription of them, kept out of the code base).
 */
class FsrsTest {
    private static final long DAY = 86_400_000L;

    @Test
    void aNewCardStartsFromTheRatingsInitialStabilityAndDifficulty() {
        Fsrs.State good = Fsrs.review(Fsrs.State.fresh(0), Fsrs.Rating.GOOD, 0);
        assertThat(good.stability()).isCloseTo(3.7145, within(1e-9));
        assertThat(good.difficulty()).isCloseTo(5.1618, within(1e-9));
        assertThat(good.due()).isEqualTo(4 * DAY);
        assertThat(Fsrs.initialDifficulty(Fsrs.Rating.AGAIN)).isCloseTo(7.6214, within(1e-9));
        assertThat(Fsrs.initialDifficulty(Fsrs.Rating.EASY)).isCloseTo(3.932, within(1e-9));
        assertThat(Fsrs.initialStability(Fsrs.Rating.EASY)).isCloseTo(13.8206, within(1e-9));
    }

    @Test
    void retrievabilityAndTheIntervalAtNinetyPercent() {
        assertThat(Fsrs.retrievability(4, 3.7145)).isCloseTo(0.8934995006528037, within(1e-12));
        assertThat(Fsrs.retrievability(0, 3.7145)).isEqualTo(1.0);
        assertThat(Fsrs.intervalDays(3.7145)).isCloseTo(3.7145, within(1e-9));
    }

    @Test
    void rightAnswersScheduleFurtherOutAndAForgottenCardComesBackSoon() {
        Fsrs.State first = Fsrs.review(Fsrs.State.fresh(0), Fsrs.Rating.GOOD, 0);
        Fsrs.State second = Fsrs.review(first, Fsrs.Rating.GOOD, 4 * DAY);
        assertThat(second.stability()).isCloseTo(14.808100506496405, within(1e-9));
        assertThat(second.difficulty()).isCloseTo(5.1618, within(1e-9));
        assertThat(second.due() - 4 * DAY).isEqualTo(15 * DAY);
        Fsrs.State forgotten = Fsrs.review(second, Fsrs.Rating.AGAIN, 14 * DAY);
        assertThat(forgotten.stability()).isCloseTo(3.001839580232771, within(1e-9));
        assertThat(forgotten.difficulty()).isCloseTo(6.901155, within(1e-9));
        assertThat(forgotten.due()).isEqualTo(14 * DAY + 60_000);
        assertThat(forgotten.lapses()).isEqualTo(1);
        assertThat(forgotten.reps()).isEqualTo(3);
    }

    @Test
    void hardAndEasyScaleTheGrowth() {
        Fsrs.State first = Fsrs.review(Fsrs.State.fresh(0), Fsrs.Rating.GOOD, 0);
        assertThat(Fsrs.review(first, Fsrs.Rating.EASY, 4 * DAY).stability()).isCloseTo(35.61414825643041, within(1e-9));
        assertThat(Fsrs.review(first, Fsrs.Rating.HARD, 4 * DAY).stability()).isCloseTo(6.234966035075983, within(1e-9));
    }
}
