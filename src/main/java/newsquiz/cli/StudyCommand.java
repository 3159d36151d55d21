package newsquiz.cli;

import java.util.concurrent.Callable;
import newsquiz.session.Session;
import newsquiz.store.Gradebook;
import newsquiz.store.StoreException;
import newsquiz.ui.FullScreen;
import newsquiz.ui.LineSource;
import newsquiz.ui.PlainPlayer;
import newsquiz.ui.SafeText;
import newsquiz.ui.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `newsquiz study [--player P]`: the missed questions that are due, scheduled by FSRS. */
@Command(name = "study", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Studies the questions you missed, on a spaced-repetition schedule.")
final class StudyCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--plain", description = "Line by line, for screen readers, dumb terminals and pipes.")
    boolean plain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Gradebook book = store.open()) {
            String player = !plain && FullScreen.available() ? store.knownPlayer(book) : store.player(book);
            if (player.isEmpty()) {
                spec.commandLine().getOut().println("No cards are due: nobody has played yet.");
                return 0;
            }
            long now = System.currentTimeMillis();
            java.util.Map<String, Gradebook.Card> cards = new java.util.HashMap<>();
            Services.StudyDeck deck = GradebookServices.deck(book, player, now, cards);
            if (deck == null) {
                spec.commandLine().getOut().println("No cards are due for " + SafeText.shownName(player)
                        + ". Missed questions come back here on a schedule.");
                return 0;
            }
            if (plain || !FullScreen.available()) {
                new PlainPlayer(LineSource.standardInput(), spec.commandLine().getOut(), System::currentTimeMillis,
                        System.console() == null, deck.recorder())
                        .withIntervals(id -> cards.containsKey(id)
                                ? newsquiz.ui.StudyIntervals.line(cards.get(id).state(), System.currentTimeMillis()) : "")
                        .play(deck.quiz(), new Session.Options(0, false, 1, java.util.Set.of(), 0));
                return StoreOptions.afterSession(deck.recorder().failures(), spec.commandLine().getErr());
            }
            GradebookServices services = new GradebookServices(book, player);
            int code = FullScreen.study(services);
            return Math.max(code, StoreOptions.afterSession(services.failures(), spec.commandLine().getErr()));
        } catch (StoreException e) {
            spec.commandLine().getErr().println("newsquiz: " + SafeText.line(e.getMessage()));
            return 2;
        }
    }
}
