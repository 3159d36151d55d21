package newsquiz.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsquiz.questions.Quiz;
import newsquiz.session.Session;

/**
 * What the screens share: how a session starts, where it goes when it ends (the home screen, or out when the app
 * was opened on one quiz), and the hook where each answer is handed on as it is given.
 */
class Runner {
    private final List<java.nio.file.Path> folders;
    private final boolean hasHome;
    private final Session.Options options;

    Runner(List<java.nio.file.Path> folders, boolean hasHome, Session.Options options) {
        this.folders = folders;
        this.hasHome = hasHome;
        this.options = options;
    }

    View startSession(Quiz quiz, long now) {
        return startSession(quiz, options, now);
    }

    View startSession(Quiz quiz, Session.Options o, long now) {
        Session s = Session.start(quiz, o, now);
        return s.finished() ? home() : new QuestionView(s, this);
    }

    View retryMissed(Session.Result result, Quiz quiz, long now) {
        Set<String> ids = new HashSet<>();
        result.missed().forEach(o -> ids.add(o.question().id()));
        return startSession(quiz, new Session.Options(0, false, options.seed(), ids, options.timeLimitMillis()), now);
    }

    /** Each answer as it is given (the gradebook commits it here). */
    void answered(Session session, Session.Outcome outcome) {
    }

    View results(Session session, long now) {
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
