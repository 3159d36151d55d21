package newsquiz.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.api.Test;

/** The live game's rules, one test each, on a clock the test moves by hand. */
class LiveGameTest {
    private static final long LIMIT = 20_000;
    /** In TestQuizzes.bank, choice 1 ("Right") is right and choice 0 ("Wrong") is wrong. */
    private static final int RIGHT = 1;
    private static final int WRONG = 0;

    private final List<String> recorded = new ArrayList<>();
    private final List<List<LiveGame.Standing>> podiums = new ArrayList<>();
    private final LiveGame.Listener listener = new LiveGame.Listener() {
        @Override
        public void answered(String player, int number, Session.Outcome o, long now) {
            recorded.add(player + "#" + number + (o.timedOut() ? ":timeout" : ":" + o.given().get(0) + "=" + o.points()));
        }

        @Override
        public void finished(List<LiveGame.Standing> podium, long now) {
            podiums.add(podium);
        }
    };

    private LiveGame game(int questions) {
        Quiz quiz = TestQuizzes.bank(questions);
        return new LiveGame(quiz, LiveGame.playable(quiz, 0), LIMIT, 50, listener);
    }

    @Test
    void onlyQuestionsAnsweredWithOneKeyArePlayed() {
        Question typed = TestQuizzes.typed("t1", "short_answer", "Maduro", List.of(), null);
        Quiz quiz = TestQuizzes.quiz(List.of(typed, TestQuizzes.choice("c1", "quote", "A", "A", "B"),
                TestQuizzes.choice("c2", "quote", "A", "A", "B"), TestQuizzes.choice("c3", "quote", "A", "A", "B")));
        assertThat(LiveGame.playable(quiz, 2)).extracting(Question::id).containsExactly("c1", "c2");
    }

    @Test
    void aReviewedBankPlaysItsAcceptedQuestionsFirstAndNeverItsRejectedOnes() {
        Question c1 = TestQuizzes.choice("c1", "quote", "A", "A", "B");
        Question c2 = TestQuizzes.choice("c2", "quote", "A", "A", "B").withReview(Question.REJECTED, null);
        Question c3 = TestQuizzes.choice("c3", "quote", "A", "A", "B").withReview(Question.ACCEPTED, null);
        assertThat(LiveGame.playable(TestQuizzes.quiz(List.of(c1, c2, c3)), 0)).extracting(Question::id)
                .containsExactly("c3", "c1");
    }

    @Test
    void aRightAnswerScoresMoreTheFasterItComes() {
        LiveGame g = game(1);
        g.join("fast", 0);
        g.join("slow", 0);
        g.next(0);
        g.answer("fast", RIGHT, 1_000);
        g.answer("slow", RIGHT, 19_000);
        assertThat(recorded).containsExactly("fast#1:Right=975", "slow#1:Right=525");
        assertThat(g.leaderboard()).extracting(LiveGame.Standing::name).containsExactly("fast", "slow");
    }

    @Test
    void aStreakAddsABonusAndAWrongAnswerEndsIt() {
        LiveGame g = game(4);
        g.join("ann", 0);
        long t = 0;
        for (int choice : new int[] {RIGHT, RIGHT, RIGHT, WRONG}) {
            g.next(t);
            g.answer("ann", choice, t); // no time used: full speed bonus
            t += 30_000;
        }
        assertThat(recorded).containsExactly("ann#1:Right=1000", "ann#2:Right=1100", "ann#3:Right=1200",
                "ann#4:Wrong=0");
        assertThat(g.leaderboard().get(0).streak()).isZero();
    }

    @Test
    void theFirstAnswerIsLockedIn() {
        LiveGame g = game(1);
        g.join("ann", 0);
        g.join("bob", 0);
        g.next(0);
        assertThat(g.answer("ann", WRONG, 1_000)).isEqualTo(LiveGame.Lock.LOCKED);
        assertThat(g.answer("ann", RIGHT, 2_000)).isEqualTo(LiveGame.Lock.ALREADY_ANSWERED);
        assertThat(g.answer("ann", 7, 2_000)).isEqualTo(LiveGame.Lock.ALREADY_ANSWERED);
        assertThat(g.answer("bob", 7, 2_000)).isEqualTo(LiveGame.Lock.NO_SUCH_CHOICE);
        assertThat(recorded).containsExactly("ann#1:Wrong=0");
        assertThat(g.distribution()).containsExactly(1, 0, 0);
    }

    @Test
    void timeUpRecordsEveryoneWhoDidNotAnswerOnceAndOpensTheReveal() {
        LiveGame g = game(2);
        g.join("ann", 0);
        g.join("bob", 0);
        g.next(0);
        g.answer("ann", RIGHT, 5_000);
        g.tick(19_999);
        assertThat(g.phase()).isEqualTo(LiveGame.Phase.QUESTION);
        g.tick(20_000);
        g.tick(21_000);
        assertThat(g.phase()).isEqualTo(LiveGame.Phase.REVEAL);
        assertThat(g.answer("bob", RIGHT, 21_000)).isEqualTo(LiveGame.Lock.NOT_OPEN);
        assertThat(recorded).containsExactly("ann#1:Right=875", "bob#1:timeout");
    }

    @Test
    void theQuestionClosesWhenEveryoneHereHasAnswered() {
        LiveGame g = game(2);
        g.join("ann", 0);
        g.join("bob", 0);
        g.leave("bob", 0);
        g.next(0);
        g.answer("ann", RIGHT, 1_000);
        assertThat(g.phase()).isEqualTo(LiveGame.Phase.REVEAL);
        assertThat(recorded).containsExactly("ann#1:Right=975", "bob#1:timeout");
    }

    @Test
    void aLateJoinerStartsAtTheNextQuestion() {
        LiveGame g = game(2);
        g.join("ann", 0);
        g.next(0);
        g.join("late", 1_000);
        assertThat(g.answer("late", RIGHT, 2_000)).isEqualTo(LiveGame.Lock.NOT_IN_THIS_QUESTION);
        assertThat(g.studentView("late", 2_000).question()).isNull();
        g.answer("ann", RIGHT, 3_000);
        g.next(30_000);
        assertThat(g.answer("late", RIGHT, 30_000)).isEqualTo(LiveGame.Lock.LOCKED);
        assertThat(recorded).containsExactly("ann#1:Right=925", "late#2:Right=1000");
    }

    @Test
    void aPlayerWhoRejoinsByNameKeepsTheirScore() {
        LiveGame g = game(2);
        g.join("Ann", 0);
        g.join("bob", 0);
        g.next(0);
        g.answer("Ann", RIGHT, 0);
        g.leave("Ann", 1_000);
        LiveGame.Join again = g.join("ann", 2_000);
        assertThat(again.accepted()).isTrue();
        assertThat(again.rejoined()).isTrue();
        assertThat(again.name()).isEqualTo("Ann");
        assertThat(g.studentView("ann", 2_000).choice()).isEqualTo(RIGHT);
        g.skip(3_000);
        assertThat(g.studentView("ann", 3_000).score()).isEqualTo(1000);
    }

    @Test
    void aStudentSeesRightOrWrongAndTheirPointsOnlyWhenTimeIsUp() {
        LiveGame g = game(1);
        g.join("ann", 0);
        g.join("bob", 0);
        g.next(0);
        g.answer("ann", RIGHT, 0);
        StudentView during = g.studentView("ann", 1_000);
        assertThat(during.choice()).isEqualTo(RIGHT);
        assertThat(during.outcome()).isNull();
        assertThat(during.score()).isZero();
        assertThat(during.rank()).isZero();
        g.skip(2_000);
        StudentView after = g.studentView("ann", 2_000);
        assertThat(after.outcome().verdict().correct()).isTrue();
        assertThat(after.score()).isEqualTo(1000);
        assertThat(after.rank()).isEqualTo(1);
    }

    @Test
    void namesAreCleanedAndADuplicateOfAPlayerHereIsRefused() {
        LiveGame g = game(1);
        assertThat(g.join("\u001b]0;pwned\u0007 eve\u202e", 0).name()).isEqualTo("eve");
        assertThat(g.join("EVE", 0).accepted()).isFalse();
        assertThat(g.join("EVE", 0).refusal()).contains("already playing");
        assertThat(g.join("\u001b[2J", 0).accepted()).isFalse();
        assertThat(g.join("x".repeat(500), 0).name()).hasSize(40);
    }

    @Test
    void theGameRefusesPlayersWhenFull() {
        Quiz quiz = TestQuizzes.bank(1);
        LiveGame g = new LiveGame(quiz, LiveGame.playable(quiz, 0), LIMIT, 2, listener);
        g.join("a", 0);
        g.join("b", 0);
        assertThat(g.join("c", 0).refusal()).contains("full");
    }

    @Test
    void pausingStopsTheClockAndRefusesAnswers() {
        LiveGame g = game(1);
        g.join("ann", 0);
        g.next(0);
        g.pause(5_000);
        assertThat(g.answer("ann", RIGHT, 6_000)).isEqualTo(LiveGame.Lock.PAUSED);
        g.tick(100_000);
        assertThat(g.phase()).isEqualTo(LiveGame.Phase.QUESTION);
        assertThat(g.remaining(100_000)).isEqualTo(15_000);
        g.resume(100_000);
        assertThat(g.remaining(110_000)).isEqualTo(5_000);
        g.tick(115_000);
        assertThat(g.phase()).isEqualTo(LiveGame.Phase.REVEAL);
    }

    @Test
    void extendingAddsTimeAndSkippingClosesAtOnce() {
        LiveGame g = game(2);
        g.join("ann", 0);
        g.join("bob", 0);
        g.next(0);
        g.extend(10_000, 1_000);
        assertThat(g.remaining(1_000)).isEqualTo(29_000);
        g.tick(25_000);
        assertThat(g.phase()).isEqualTo(LiveGame.Phase.QUESTION);
        g.answer("ann", RIGHT, 15_000); // half of the 30 s given was left
        assertThat(recorded).containsExactly("ann#1:Right=750");
        g.skip(16_000);
        assertThat(g.phase()).isEqualTo(LiveGame.Phase.REVEAL);
        assertThat(recorded).containsExactly("ann#1:Right=750", "bob#1:timeout");
    }

    @Test
    void aRemovedPlayerLeavesTheBoardAndCannotComeBack() {
        LiveGame g = game(1);
        g.join("ann", 0);
        g.join("troll", 0);
        g.next(0);
        assertThat(g.remove("TROLL", 1_000)).isTrue();
        assertThat(g.isRemoved("troll")).isTrue();
        assertThat(g.join("troll", 2_000).accepted()).isFalse();
        assertThat(g.leaderboard()).extracting(LiveGame.Standing::name).containsExactly("ann");
        assertThat(g.studentView("troll", 2_000)).isNull();
    }

    @Test
    void afterTheLastQuestionThePodium() {
        LiveGame g = game(1);
        g.join("ann", 0);
        g.join("bob", 0);
        g.next(0);
        g.answer("ann", WRONG, 0);
        g.answer("bob", RIGHT, 0);
        g.next(30_000);
        assertThat(g.phase()).isEqualTo(LiveGame.Phase.FINISHED);
        assertThat(podiums).hasSize(1);
        assertThat(podiums.get(0)).extracting(LiveGame.Standing::name).containsExactly("bob", "ann");
        assertThat(podiums.get(0)).extracting(LiveGame.Standing::rank).containsExactly(1, 2);
    }

    @Test
    void endingMidQuestionKeepsWhatWasAnsweredAndTimesOutTheRest() {
        LiveGame g = game(3);
        g.join("ann", 0);
        g.join("bob", 0);
        g.next(0);
        g.answer("ann", RIGHT, 0);
        g.end(1_000);
        g.end(2_000);
        assertThat(g.phase()).isEqualTo(LiveGame.Phase.FINISHED);
        assertThat(recorded).containsExactly("ann#1:Right=1000", "bob#1:timeout");
        assertThat(podiums).hasSize(1);
    }

    @Test
    void equalScoresShareARank() {
        LiveGame g = game(1);
        g.join("ann", 0);
        g.join("bob", 0);
        g.join("cy", 0);
        g.next(0);
        g.answer("ann", RIGHT, 0);
        g.answer("bob", RIGHT, 0);
        g.answer("cy", WRONG, 0);
        assertThat(g.leaderboard()).extracting(LiveGame.Standing::rank).containsExactly(1, 1, 3);
    }
}
