package newsquiz.cli;

import java.util.concurrent.Callable;
import newsquiz.store.Gradebook;
import newsquiz.store.Reports;
import newsquiz.store.StoreException;
import newsquiz.ui.SafeText;
import newsquiz.ui.StatsText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `newsquiz stats [--player P] [--quiz Q]`: a player's progress from the gradebook. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Shows progress: attempts, best, last and average scores, accuracy, trend, most missed.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--quiz", paramLabel = "Q", description = "One quiz: its file name, id, or words of its title.")
    String quiz;

    @Option(names = "--everyone", description = "Everyone's answers together.")
    boolean everyone;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Gradebook book = store.openForReading()) {
            Reports reports = new Reports(book);
            String player = everyone ? null : store.player != null ? SafeText.name(store.player)
                    : book.lastPlayer().orElse(null);
            String quizId = quiz == null ? null : reports.quizId(quiz);
            StatsText.lines(reports.stats(player, quizId)).forEach(spec.commandLine().getOut()::println);
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println("newsquiz: " + SafeText.line(e.getMessage()));
            return 2;
        }
    }
}
