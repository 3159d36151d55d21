package newsquiz.live;

import newsquiz.questions.Question;
import newsquiz.session.Session;

/**
 * What one student's screen shows, taken from the game at one moment: the phase, the question they are in (null in
 * the lobby or when they joined during it), the choice they locked in, its outcome once known, their score, streak
 * and rank among {@code players}.
 */
public record StudentView(String name, LiveGame.Phase phase, int number, int total, Question question,
                          long remainingMillis, boolean paused, Integer choice, Session.Outcome outcome, int score,
                          int streak, int rank, int players) {
}
