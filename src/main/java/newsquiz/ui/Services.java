package newsquiz.ui;

import java.util.List;
import java.util.Map;
import newsquiz.questions.Quiz;
import newsquiz.store.Recorder;

/**
 * What the screens need from the gradebook, wired by the command line: who plays, where answers go, best scores,
 * cards due, the stats text, and a study deck; each but the player has a default of no gradebook.
 */
public interface Services {
    /** A study session's quiz (the due cards) and the recorder that reviews them. */
    record StudyDeck(Quiz quiz, Recorder recorder) {
    }

    String player();

    default Recorder recorder() {
        return Recorder.NONE;
    }

    default Map<String, Integer> bestByQuiz() {
        return Map.of();
    }

    default int dueCount() {
        return 0;
    }

    default List<String> statsLines() {
        return List.of("No gradebook.");
    }

    /** The due cards as a quiz, or null when none is due. */
    default StudyDeck study() {
        return null;
    }

    /**
     * In study: when the card of this question would come back after each rating, "again <1m · hard 2d · good 4d ·
     * easy 9d" as Anki shows it, or "" when it is not a study card.
     */
    default String nextIntervals(String questionId, long now) {
        return "";
    }

    /** This player's scores at this quiz, oldest first (the last few), for the results' sparkline. */
    default List<Integer> trend(String quizId) {
        return List.of();
    }

    /** The session options this player last kept on the home screen, or null for the defaults. */
    default newsquiz.session.Session.Options sessionOptions() {
        return null;
    }

    /** Keeps this player's session options for next time. */
    default void rememberSessionOptions(newsquiz.session.Session.Options options) {
    }

    /** The players the gradebook knows, for the "who is playing?" picker. */
    default List<String> players() {
        return List.of();
    }

    /** Switches to another player (created on first use); returns a message to show. */
    default String switchPlayer(String name) {
        return "";
    }

    /** Students' flags on the quiz's questions, by question id: "reason (player)" each. */
    default Map<String, List<String>> flagsByQuestion(String quizId) {
        return Map.of();
    }

    /** A player-less app (tests): nothing is recorded, nobody is remembered. */
    /** Where articles from the web come from and their pages are kept: the network and the user's folder. */
    default newsquiz.web.PageSource pages() {
        return newsquiz.web.PageSource.standard();
    }

    /** The followed news feeds (`newsquiz feeds`), for the home screen's latest news. */
    default List<newsquiz.feeds.Feed> feeds() throws newsquiz.article.BadInputException {
        return newsquiz.feeds.FeedFile.inDataFolder().read();
    }

    Services NONE = () -> "";
}
