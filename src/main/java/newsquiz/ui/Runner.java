package newsquiz.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsquiz.questions.Quiz;
import newsquiz.session.Session;
import newsquiz.store.Recorder;

/**
 * What the screens share: how a session starts, where it goes when it ends (the home screen, or out when the app
 * was opened on one quiz), and the hook where each answer is handed on as it is given.
 */
class Runner {
    private final List<java.nio.file.Path> folders;
    private final boolean hasHome;
    private final Session.Options options;
    private final Services services;
    private Recorder recorder;
    /** The home screen's session options and the player they are for, read when first needed. */
    private Session.Options homeOptions;
    private String homePlayer = "";

    Runner(List<java.nio.file.Path> folders, boolean hasHome, Session.Options options) {
        this(folders, hasHome, options, Services.NONE);
    }

    Runner(List<java.nio.file.Path> folders, boolean hasHome, Session.Options options, Services services) {
        this.folders = folders;
        this.hasHome = hasHome;
        this.options = options;
        this.services = services;
        this.recorder = services.recorder();
    }

    Services services() {
        return services;
    }

    Recorder recorder() {
        return recorder;
    }

    /** The first run: nobody is remembered, so the app asks who is playing (inside the full screen) before {@code then}. */
    View whoIsPlaying(java.util.function.Supplier<View> then) {
        return services.player().isEmpty() ? new PlayerView(null, this, then) : then.get();
    }

    /** From the home screen, the player's own options; opened on one quiz, those of the command line. */
    View startSession(Quiz quiz, long now) {
        return startSession(quiz, (hasHome ? homeOptions() : options).forPlayer(services.player()), now);
    }

    /** The options of sessions started from the home screen: this player's kept ones, else the command line's. */
    Session.Options homeOptions() {
        if (homeOptions == null || !homePlayer.equals(services.player())) {
            Session.Options kept = services.sessionOptions();
            homeOptions = kept == null ? options : kept;
            homePlayer = services.player();
        }
        return homeOptions;
    }

    void homeOptions(Session.Options chosen) {
        homeOptions = chosen;
        homePlayer = services.player();
        services.rememberSessionOptions(chosen);
    }

    View startSession(Quiz quiz, Session.Options o, long now) {
        recorder = services.recorder();
        return begin(Session.start(quiz, o, now), now);
    }

    private View begin(Session s, long now) {
        if (s.finished()) {
            return home();
        }
        recorder.started(s, now);
        return question(s, now);
    }

    /** The session's next question on screen: its clock starts now, not when the one before was answered. */
    View question(Session s, long now) {
        s.showing(now);
        return new QuestionView(s, this);
    }

    /** The due study cards as a session, or the home screen with a note when none is due. */
    View study(long now) {
        Services.StudyDeck deck = services.study();
        if (deck == null) {
            View h = home();
            return h instanceof HomeView home ? home.withMessage("No cards are due: well done.") : h;
        }
        recorder = deck.recorder();
        return begin(Session.start(deck.quiz(), new Session.Options(0, false, 1, java.util.Set.of(), 0), now), now);
    }

    View retryMissed(Session.Result result, Quiz quiz, long now) {
        Set<String> ids = new HashSet<>();
        result.missed().forEach(o -> ids.add(o.question().id()));
        return startSession(quiz, new Session.Options(0, false, options.seed(), ids, options.timeLimitMillis()), now);
    }

    /** Each answer as it is given: the gradebook commits it here. */
    void answered(Session session, Session.Outcome outcome) {
        recorder.answered(session, outcome, System.currentTimeMillis());
    }

    View results(Session session, long now) {
        recorder.finished(session, now);
        return new ResultsView(session.result(now), session.quiz(), this);
    }

    View quitSession(Session session) {
        session.quit();
        return results(session, System.currentTimeMillis());
    }

    boolean hasHome() {
        return hasHome;
    }

    /** The home screen, or the end of the app when it was opened straight on a quiz. */
    View home() {
        return hasHome ? new HomeView(QuizLibrary.scan(folders), folders, this) : null;
    }
}
