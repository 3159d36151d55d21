package newsquiz.live;

import java.util.List;
import newsquiz.questions.Question;

/** What the teacher's screen shows, taken from the game at one moment. */
record HostView(String title, LiveGame.Phase phase, int number, int total, Question question, long remainingMillis,
                boolean paused, int answered, int eligible, int[] distribution, List<LiveGame.Standing> board) {

    static HostView of(LiveGame g, long now) {
        int[] counts = g.answeredOfEligible();
        return new HostView(g.quiz().title(), g.phase(), g.number(), g.total(), g.question(), g.remaining(now),
                g.paused(), counts[0], counts[1], g.distribution(), g.leaderboard());
    }
}
