package newsquiz.ui;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import newsquiz.session.Session;

/**
 * The home screen in the plain mode: the quiz banks as a numbered list; a number plays one, n lists the latest news
 * (a number there fetches the story, makes its quiz and plays it), q quits.
 */
public final class PlainHome {
    private final LineSource in;
    private final PrintWriter out;
    private final LongSupplier clock;
    private final Services services;

    public PlainHome(LineSource in, PrintWriter out, LongSupplier clock, Services services) {
        this.in = in;
        this.out = out;
        this.clock = clock;
        this.services = services;
    }

    public void run(List<Path> folders, Session.Options options) {
        while (true) {
            List<QuizLibrary.Entry> entries = QuizLibrary.scan(folders);
            say("newsquiz · quizzes from real news" + (services.player().isEmpty() ? ""
                    : " · player " + SafeText.shownName(services.player())));
            java.util.Map<String, Integer> best = services.bestByQuiz();
            if (entries.isEmpty()) {
                say("No quiz banks found in " + folders + ". Make one with: newsquiz generate ARTICLE -o QUIZ.json");
                if (LatestNews.read(services).stories().isEmpty()) {
                    out.flush();
                    return;
                }
            }
            for (int i = 0; i < entries.size(); i++) {
                QuizLibrary.Entry e = entries.get(i);
                Integer b = e.readable() ? best.get(e.quiz().id()) : null;
                say("  " + (i + 1) + ") " + (e.readable() ? e.quiz().title() + " · "
                        + e.quiz().questions().size() + " questions" + (b == null ? "" : " · best " + b + "%")
                        : e.file().getFileName() + " (unreadable: " + e.problem() + ")"));
            }
            int due = services.dueCount();
            say("  s) your stats" + (services.player().isEmpty() ? "" : "   t) study" + (due > 0 ? " (" + due
                    + " card" + (due == 1 ? "" : "s") + " due)" : "")) + "   n) latest news");
            String line = ask("Quiz number to play, s, t, n, or q to quit: ");
            if (line == null || line.strip().equalsIgnoreCase("q")) {
                out.println();
                out.flush();
                return;
            }
            if (line.strip().equalsIgnoreCase("s")) {
                services.statsLines().forEach(this::say);
                out.println();
                continue;
            }
            if (line.strip().equalsIgnoreCase("n")) {
                latestNews(GenerateView.quizFolder(folders), options);
                out.println();
                continue;
            }
            if (line.strip().equalsIgnoreCase("t")) {
                Services.StudyDeck deck = services.study();
                if (deck == null) {
                    say("No cards are due: well done.");
                } else {
                    new PlainPlayer(in, out, clock, System.console() == null, deck.recorder())
                            .play(deck.quiz(), new Session.Options(0, false, 1, java.util.Set.of(), 0));
                }
                out.println();
                continue;
            }
            try {
                int n = Integer.parseInt(line.strip()) - 1;
                if (n >= 0 && n < entries.size() && entries.get(n).readable()) {
                    new PlainPlayer(in, out, clock, System.console() == null, services.recorder()).play(entries.get(n).quiz(), options);
                    out.println();
                    continue;
                }
            } catch (NumberFormatException e) {
                // fall through to the message
            }
            say("Please type a number from 1 to " + entries.size() + ", s, t, n or q.");
        }
    }

    /** The typed line (echoed when input is not a terminal, as a script's transcript), null at the end of input. */
    private String ask(String prompt) {
        out.print(prompt);
        out.flush();
        String line = in.readLine("> ");
        if (System.console() == null) {
            say(line == null ? "" : SafeText.answer(line));
        }
        return line;
    }

    /**
     * The latest news as numbered lines (title, source, date, "new"); a number fetches that story, writes its quiz
     * to the quiz folder (asking before replacing one of the same name) and plays it, as the full screen's Enter.
     */
    private void latestNews(Path folder, Session.Options options) {
        LatestNews news = LatestNews.read(services);
        if (news.stories().isEmpty()) {
            say(news.emptyMessage());
            return;
        }
        say("Latest news:");
        List<LatestNews.Story> stories = news.stories();
        for (int i = 0; i < stories.size(); i++) {
            LatestNews.Story s = stories.get(i);
            say("  " + (i + 1) + ") " + s.title() + " · " + s.source() + " · " + (s.date().isEmpty() ? "no date"
                    : s.date()) + (s.isNew() ? " · new" : ""));
        }
        String line = ask("Story number to quiz, or Enter to go back: ");
        int n;
        try {
            n = line == null || line.isBlank() ? -1 : Integer.parseInt(line.strip()) - 1;
        } catch (NumberFormatException e) {
            n = -2;
        }
        if (n < 0 || n >= stories.size()) {
            if (n != -1) {
                say("No story " + SafeText.answer(line.strip()) + ": the numbers go from 1 to " + stories.size()
                        + ".");
            }
            return;
        }
        String link = stories.get(n).link();
        String name = GeneratingView.name(link);
        Path target = GeneratingView.target(link, folder);
        if (java.nio.file.Files.exists(target)) {
            String yes = ask(target.getFileName() + " is already in " + folder + ". Replace it with a new quiz of"
                    + " this story? (y/n) ");
            if (yes == null || !yes.strip().equalsIgnoreCase("y")) {
                return;
            }
        }
        say("Generating a quiz from " + name + ": fetching the page…");
        newsquiz.web.PageSource pages = services.pages();
        GeneratingView.Made made;
        try {
            made = GeneratingView.make(link, pages, name, stage -> say(stage + "…"));
        } catch (newsquiz.article.BadInputException | newsquiz.web.FetchException e) {
            say(e.getMessage());
            return;
        }
        String problem = GeneratingView.save(made, name, target, pages);
        if (problem != null) {
            say(problem);
            return;
        }
        say("Wrote " + made.quiz().questions().size() + " questions to " + target);
        new PlainPlayer(in, out, clock, System.console() == null, services.recorder()).play(made.quiz(), options);
    }

    /** Every line goes out cleaned: titles, file names, reasons and player names are untrusted ({@link SafeText}). */
    private void say(String line) {
        out.println(SafeText.line(line));
    }
}
