package newsquiz.ui;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongSupplier;
import newsquiz.session.Session;

/** The home screen in the plain mode: the quiz banks as a numbered list; a number plays one, q quits. */
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
                out.flush();
                return;
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
                    + " card" + (due == 1 ? "" : "s") + " due)" : "")));
            out.print("Quiz number to play, s, t, or q to quit: ");
            out.flush();
            String line = in.readLine("> ");
            if (System.console() == null) {
                say(line == null ? "" : SafeText.answer(line));
            }
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
            say("Please type a number from 1 to " + entries.size() + ", s, t or q.");
        }
    }

    /** Every line goes out cleaned: titles, file names, reasons and player names are untrusted ({@link SafeText}). */
    private void say(String line) {
        out.println(SafeText.line(line));
    }
}
