package newsquiz.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.store.Gradebook;
import newsquiz.store.GradebookRecorder;
import newsquiz.store.Recorder;
import newsquiz.store.Reports;
import newsquiz.store.StoreException;
import newsquiz.ui.SafeText;
import newsquiz.ui.Services;
import newsquiz.ui.StatsText;

/** The screens' view of the gradebook for one player. */
final class GradebookServices implements Services {
    private final Gradebook book;
    private String player;
    private Recorder recorder;

    GradebookServices(Gradebook book, String player) throws StoreException {
        this.book = book;
        this.player = player;
        this.recorder = GradebookRecorder.forPlay(book, player, System.currentTimeMillis());
    }

    @Override
    public String player() {
        return player;
    }

    @Override
    public Recorder recorder() {
        return recorder;
    }

    @Override
    public Map<String, Integer> bestByQuiz() {
        try {
            return new Reports(book).bestByQuiz(player);
        } catch (StoreException e) {
            return Map.of();
        }
    }

    @Override
    public int dueCount() {
        try {
            return book.dueCount(player, System.currentTimeMillis());
        } catch (StoreException e) {
            return 0;
        }
    }

    @Override
    public List<String> statsLines() {
        try {
            return StatsText.lines(new Reports(book).stats(player, null));
        } catch (StoreException e) {
            return List.of(e.getMessage());
        }
    }

    @Override
    public StudyDeck study() {
        try {
            return deck(book, player, System.currentTimeMillis());
        } catch (StoreException e) {
            return null;
        }
    }

    /** The player's due cards, from every quiz, as one quiz; null when none is due. */
    static StudyDeck deck(Gradebook book, String player, long now) throws StoreException {
        List<Gradebook.Card> due = book.dueCards(player, now);
        if (due.isEmpty()) {
            return null;
        }
        List<Question> questions = new ArrayList<>();
        Map<String, Gradebook.Card> byId = new HashMap<>();
        for (Gradebook.Card c : due) {
            Question q = c.question();
            String id = c.quizId() + "/" + q.id();
            questions.add(new Question(id, q.type(), q.kind(), q.prompt(), q.choices(), q.answer(), q.accept(),
                    q.tolerance(), q.evidence(), q.spans(), q.difficulty(), q.rank(), q.explanation()));
            byId.put(id, c);
        }
        Quiz quiz = new Quiz(Quiz.FORMAT_VERSION, "study", "Study: " + due.size() + " card" + (due.size() == 1 ? "" : "s")
                + " due", null, "newsquiz", 1, questions);
        return new StudyDeck(quiz, GradebookRecorder.forStudy(book, player, byId, now));
    }

    @Override
    public String switchPlayer(String typed) {
        String name = SafeText.name(typed);
        if (name.isEmpty()) {
            return "";
        }
        try {
            book.player(name, System.currentTimeMillis());
            book.rememberPlayer(name);
            player = name;
            recorder = GradebookRecorder.forPlay(book, name, System.currentTimeMillis());
            return "Now playing: " + name;
        } catch (StoreException e) {
            return SafeText.line(e.getMessage());
        }
    }
}
