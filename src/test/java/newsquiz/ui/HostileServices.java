package newsquiz.ui;

import static newsquiz.ui.HostileQuiz.h;

import java.util.List;
import java.util.Map;
import newsquiz.questions.Quiz;
import newsquiz.store.Recorder;

/** A gradebook view whose remembered player name and stats are full of escapes, and 100,000 characters long. */
class HostileServices implements Services {
    String player = h("Ana") + "x".repeat(100_000);
    Quiz deck = HostileQuiz.quiz();

    @Override
    public String player() {
        return player;
    }

    @Override
    public Recorder recorder() {
        return Recorder.NONE;
    }

    @Override
    public Map<String, Integer> bestByQuiz() {
        return Map.of(h("hostile"), 50);
    }

    @Override
    public int dueCount() {
        return 1;
    }

    @Override
    public List<String> statsLines() {
        return List.of(h("stats line"), h("most missed"));
    }

    @Override
    public StudyDeck study() {
        return new StudyDeck(deck, Recorder.NONE);
    }

    @Override
    public String switchPlayer(String name) {
        player = name;
        return "Now playing: " + name;
    }
}
