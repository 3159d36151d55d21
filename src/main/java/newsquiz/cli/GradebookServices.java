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
    /** Every recorder handed out (players switch, study decks come and go), for what could not be stored. */
    private final List<Recorder> made = new ArrayList<>();

    GradebookServices(Gradebook book, String player) throws StoreException {
        this.book = book;
        this.player = player;
        this.recorder = keep(GradebookRecorder.forPlay(book, player, System.currentTimeMillis()));
    }

    private Recorder keep(Recorder r) {
        made.add(r);
        return r;
    }

    /** What could not be stored in this run, in order. */
    List<String> failures() {
        List<String> out = new ArrayList<>();
        made.forEach(r -> out.addAll(r.failures()));
        return out;
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
            StudyDeck deck = deck(book, player, System.currentTimeMillis());
            if (deck != null) {
                keep(deck.recorder());
            }
            return deck;
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
            recorder = keep(GradebookRecorder.forPlay(book, name, System.currentTimeMillis()));
            return "Now playing: " + name;
        } catch (StoreException e) {
            return SafeText.line(e.getMessage());
        }
    }

    @Override
    public Map<String, List<String>> flagsByQuestion(String quizId) {
        return flags(book, quizId);
    }

    /** The quiz's flags by question id, "reason (player)" each; none when the gradebook cannot say. */
    static Map<String, List<String>> flags(Gradebook book, String quizId) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        try {
            for (newsquiz.store.Flags.Flag f : new newsquiz.store.Flags(book).of(quizId)) {
                out.computeIfAbsent(f.questionId(), k -> new ArrayList<>()).add(f.reason() + " (" + f.player() + ")");
            }
        } catch (StoreException e) {
            return Map.of();
        }
        return out;
    }
}
