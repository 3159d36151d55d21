package newsquiz.ui;

import java.util.List;
import java.util.Map;
import newsquiz.questions.Quiz;
import newsquiz.store.Recorder;

/**
 * What the screens need from the gradebook, wired by the command line: who plays, where answers go, best scores,
 * cards due, the stats text, and a study deck. {@link #NONE} is a player-less app (tests).
 */
public interface Services {
    /** A study session's quiz (the due cards) and the recorder that reviews them. */
    record StudyDeck(Quiz quiz, Recorder recorder) {
    }

    String player();

    Recorder recorder();

    Map<String, Integer> bestByQuiz();

    int dueCount();

    List<String> statsLines();

    /** The due cards as a quiz, or null when none is due. */
    StudyDeck study();

    /** Switches to another player (created on first use); returns a message to show. */
    default String switchPlayer(String name) {
        return "";
    }

    /** Students' flags on the quiz's questions, by question id: "reason (player)" each. */
    default Map<String, List<String>> flagsByQuestion(String quizId) {
        return Map.of();
    }

    Services NONE = new Services() {
        @Override
        public String player() {
            return "";
        }

        @Override
        public Recorder recorder() {
            return Recorder.NONE;
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
            return List.of("No gradebook.");
        }

        @Override
        public StudyDeck study() {
            return null;
        }
    };
}
