package newsquiz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsquiz.article.BadInputException;
import newsquiz.feeds.Feed;
import newsquiz.feeds.FeedFile;
import newsquiz.feeds.FeedUpdater;
import newsquiz.ui.SafeText;
import newsquiz.web.FetchException;
import newsquiz.web.PageFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `newsquiz feeds add URL | list | remove N | update`: the news feeds a player follows. */
@Command(name = "feeds", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Follows RSS and Atom news feeds: their latest items can be made into quizzes"
                + " (newsquiz generate LINK).",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Remove.class,
                FeedsCommand.Update.class})
final class FeedsCommand implements Callable<Integer> {
    private static final String NONE_YET = "No feeds followed yet: newsquiz feeds add URL (the README suggests"
            + " some).";
    /** Items shown per feed by `list`. */
    private static final int SHOWN = 5;

    /** The feed list's file (tests): by default feeds.json in the user's newsquiz folder. */
    @Option(names = "--feeds-file", hidden = true, scope = picocli.CommandLine.ScopeType.INHERIT)
    Path feedsFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    FeedFile file() {
        return feedsFile != null ? new FeedFile(feedsFile) : FeedFile.inDataFolder();
    }

    static FeedUpdater updater() {
        return new FeedUpdater(new PageFetcher(PageFetcher.Limits.DEFAULT));
    }

    /** Runs {@code work} over the kept feeds, with the messages and exit codes every subcommand shares. */
    int withFeeds(CommandSpec sub, Work work) {
        PrintWriter err = sub.commandLine().getErr();
        try {
            FeedFile file = file();
            return work.run(file, new ArrayList<>(file.read()), sub.commandLine().getOut(), err);
        } catch (BadInputException e) {
            err.println("newsquiz: " + SafeText.line(e.getMessage()));
            return 2;
        } catch (FetchException e) {
            err.println("newsquiz: " + SafeText.line(e.getMessage()));
            return 1;
        } catch (IOException e) {
            err.println(SafeText.line("newsquiz: " + file().path() + ": cannot write: "
                    + newsquiz.article.TextFiles.reason(e)));
            return 1;
        }
    }

    interface Work {
        int run(FeedFile file, List<Feed> feeds, PrintWriter out, PrintWriter err)
                throws BadInputException, FetchException, IOException;
    }

    /** A subcommand: its work over the kept feeds, run by {@link #withFeeds}. */
    abstract static class Sub implements Callable<Integer>, Work {
        @ParentCommand
        FeedsCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return parent.withFeeds(spec, this);
        }
    }

    static String skippedNote(int skipped) {
        return skipped == 0 ? "" : "; " + skipped + (skipped == 1 ? " entry" : " entries")
                + " skipped (no web link)";
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Follows a feed (read once to check it).")
    static final class Add extends Sub {
        @Parameters(paramLabel = "URL", description = "The feed's address (RSS 2.0 or Atom).")
        String url;

        @Override
        public int run(FeedFile file, List<Feed> feeds, PrintWriter out, PrintWriter err)
                throws BadInputException, FetchException, IOException {
            var address = PageFetcher.address(url);
            if (feeds.stream().anyMatch(f -> f.url().equals(address.toString()))) {
                err.println(SafeText.line("newsquiz: " + address + ": already followed"));
                return 2;
            }
            FeedUpdater.Checked checked = updater().first(address);
            feeds.add(checked.feed());
            file.write(feeds);
            out.println(SafeText.line("Following " + title(checked.feed()) + " (" + checked.feed().items().size()
                    + " items" + skippedNote(checked.skipped()) + "): feed " + feeds.size()));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the followed feeds, numbered, each with its latest items.")
    static final class ListFeeds extends Sub {
        @Override
        public int run(FeedFile file, List<Feed> feeds, PrintWriter out, PrintWriter err)
                throws BadInputException, FetchException, IOException {
            if (feeds.isEmpty()) {
                out.println(NONE_YET);
                return 0;
            }
            for (int i = 0; i < feeds.size(); i++) {
                Feed f = feeds.get(i);
                out.println(SafeText.line((i + 1) + ". " + title(f) + "  " + f.url() + "  (checked "
                        + (f.checked() == null ? "never" : f.checked()) + ")"));
                f.items().stream().limit(SHOWN).forEach(item -> out.println(SafeText.line("   "
                        + (item.isNew() ? "new " : "    ") + (item.published() == null ? "          "
                        : item.published().substring(0, 10)) + "  "
                        + (item.title().isBlank() ? "(untitled)" : item.title()) + "  " + item.link())));
            }
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stops following feed N (see list).")
    static final class Remove extends Sub {
        @Parameters(paramLabel = "N", description = "The feed's number in `newsquiz feeds list`.")
        int number;

        @Override
        public int run(FeedFile file, List<Feed> feeds, PrintWriter out, PrintWriter err)
                throws BadInputException, FetchException, IOException {
            if (number < 1 || number > feeds.size()) {
                err.println("newsquiz: no feed " + number + (feeds.isEmpty() ? ": none is followed"
                        : ": the feeds are numbered 1 to " + feeds.size() + " (newsquiz feeds list)"));
                return 2;
            }
            Feed removed = feeds.remove(number - 1);
            file.write(feeds);
            out.println(SafeText.line("No longer following " + title(removed)));
            return 0;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Checks every feed for new items (a feed that has not changed costs one short answer).")
    static final class Update extends Sub {
        @Override
        public int run(FeedFile file, List<Feed> feeds, PrintWriter out, PrintWriter err)
                throws BadInputException, FetchException, IOException {
            if (feeds.isEmpty()) {
                out.println(NONE_YET);
                return 0;
            }
            FeedUpdater updater = updater();
            int failed = 0;
            for (int i = 0; i < feeds.size(); i++) {
                try {
                    FeedUpdater.Checked checked = updater.check(feeds.get(i));
                    feeds.set(i, checked.feed());
                    out.println(SafeText.line((i + 1) + ". " + title(checked.feed()) + ": " + (checked.unchanged()
                            ? "not changed" : checked.fresh() + " new" + skippedNote(checked.skipped()))));
                } catch (FetchException e) {
                    failed++; // the others go on; this feed keeps what it had
                    err.println("newsquiz: " + SafeText.line(e.getMessage()));
                }
            }
            file.write(feeds);
            return failed == 0 ? 0 : 1;
        }
    }

    private static String title(Feed f) {
        return f.title().isBlank() ? f.url() : f.title();
    }
}
