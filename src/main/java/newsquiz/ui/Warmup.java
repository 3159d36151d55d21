package newsquiz.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsquiz.questions.Quiz;
import newsquiz.session.Session;

/** Draws the home (with its picker and help), question and feedback screens once on a given screen: for the class-data archive. */
public final class Warmup {
    private Warmup() {
    }

    public static void drawScreens(Screen screen, List<Path> folders, Quiz quiz, Session.Options options,
                                   Services services) throws IOException {
        FullScreen app = new FullScreen(screen, System::currentTimeMillis, true);
        Runner runner = new Runner(folders, true, options, Services.NONE);
        View home = runner.home();
        app.draw(home);
        app.draw(new PlayerView(null, runner, runner::home)); // the first run's picker
        app.draw(home.handle(new KeyStroke('?', false, false), System.currentTimeMillis()));
        View question = runner.startSession(quiz, System.currentTimeMillis());
        app.draw(question);
        app.draw(question.handle(new KeyStroke(KeyType.Enter), System.currentTimeMillis()));
        services.bestByQuiz();
        services.dueCount();
    }
}
