package newsquiz.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import newsquiz.questions.Question;
import newsquiz.review.ArticleContext;
import newsquiz.review.Edits;
import newsquiz.review.ReviewBank;

/**
 * Review line by line, for screen readers and scripts: the numbered question with its key and evidence, then one
 * command per line: a accept, r reject, u undo, Enter or n next, p previous, a number goes there, e edit (asks
 * which field and the new value), f REASON flags, m up|down moves, first N sets "use the first N", l lists all,
 * s saves, q quits.
 */
public final class PlainReview {
    private final LineSource in;
    private final PrintWriter out;
    private final ReviewBank bank;
    private final ArticleContext article;
    private final java.util.Map<String, java.util.List<String>> studentFlags;
    private int at;

    public PlainReview(LineSource in, PrintWriter out, ReviewBank bank, ArticleContext article) {
        this(in, out, bank, article, java.util.Map.of());
    }

    /** With the students' flags from the gradebook, by question id. */
    public PlainReview(LineSource in, PrintWriter out, ReviewBank bank, ArticleContext article,
                       java.util.Map<String, java.util.List<String>> studentFlags) {
        this.in = in;
        this.out = out;
        this.bank = bank;
        this.article = article;
        this.studentFlags = studentFlags;
    }

    public void run() {
        say("Review: " + bank.title() + " · " + bank.size() + " questions. Commands: a accept, r reject, u undo,"
                + " Enter next, p previous, a number goes there, e edit, f REASON flags, m up or m down moves,"
                + " first N, l lists, s saves, q quits.");
        show();
        while (true) {
            String line = ask("Question " + (at + 1) + "> ");
            if (line == null) {
                if (bank.changed()) {
                    say("Input ended: changes not saved.");
                }
                return;
            }
            String cmd = line.strip();
            String word = cmd.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            String rest = cmd.contains(" ") ? cmd.substring(cmd.indexOf(' ') + 1).strip() : "";
            switch (word) {
                case "a" -> verdict(true);
                case "r" -> verdict(false);
                case "u" -> {
                    bank.unreview(at);
                    say("Question " + (at + 1) + " is not reviewed.");
                }
                case "", "n" -> go(at + 1);
                case "p" -> go(at - 1);
                case "e" -> edit(rest);
                case "f" -> {
                    bank.flag(at, rest);
                    say(rest.isEmpty() ? "Flag removed." : "Flagged question " + (at + 1) + ".");
                }
                case "m" -> {
                    at = bank.move(at, rest.startsWith("u") ? -1 : 1);
                    say("Now question " + (at + 1) + ".");
                }
                case "first" -> first(rest);
                case "l" -> list();
                case "s" -> save();
                case "q" -> {
                    if (!bank.changed()) {
                        return;
                    }
                    String answer = ask("Save your changes first? y, n, or c to go on reviewing: ");
                    if (answer == null || answer.strip().equalsIgnoreCase("n")) {
                        return;
                    }
                    if (answer.strip().equalsIgnoreCase("y")) {
                        if (save()) {
                            return;
                        }
                    }
                }
                default -> {
                    if (word.matches("\\d{1,5}")) {
                        go(Integer.parseInt(word) - 1);
                    } else {
                        say("Unknown command " + cmd + ". Commands: a, r, u, n, p, a number, e, f REASON, m up,"
                                + " m down, first N, l, s, q.");
                    }
                }
            }
        }
    }

    private void verdict(boolean accept) {
        if (accept) {
            bank.accept(at);
        } else {
            bank.reject(at);
        }
        int[] n = bank.counts();
        say((accept ? "Accepted" : "Rejected") + " question " + (at + 1) + ". " + n[0] + " accepted, " + n[1]
                + " rejected, " + n[2] + " to review.");
        if (at + 1 < bank.size()) {
            go(at + 1);
        }
    }

    private void go(int i) {
        if (i < 0 || i >= bank.size()) {
            say("There are questions 1 to " + bank.size() + ".");
            return;
        }
        at = i;
        show();
    }

    private void show() {
        Question q = bank.get(at);
        say("");
        say("Question " + (at + 1) + " of " + bank.size() + " (" + q.type().replace('_', ' ') + ", "
                + (q.accepted() ? "accepted" : q.rejected() ? "rejected" : "not reviewed") + ")"
                + (q.flag() == null ? "" : ". Flagged: " + q.flag()));
        if (studentFlags.containsKey(q.id())) {
            say("Flagged by students: " + String.join("; ", studentFlags.get(q.id())));
        }
        say(q.prompt());
        ReviewView.keyLines(q).forEach(l -> say("  " + l.replace("✓", "Right:").strip()));
        if (q.explanation() != null && !q.explanation().isBlank()) {
            say("Explanation: " + q.explanation());
        }
        String text = article.paragraphOf(q);
        say((article.found() ? "In the article: " : "From the article: ") + (text.isBlank() ? Text.NO_EVIDENCE : text));
    }

    private void edit(String given) {
        String name = given.isEmpty() ? ask("Edit which: prompt, choices, answer, accept or explanation? ") : given;
        if (name == null) {
            return;
        }
        Edits.Field field;
        try {
            field = Edits.Field.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            say("No field " + name.strip() + ": prompt, choices, answer, accept or explanation.");
            return;
        }
        say("Now: " + Edits.current(bank.get(at), field));
        String value = ask("New " + field.name().toLowerCase(Locale.ROOT) + " (lists split by |; empty line"
                + " keeps it): ");
        if (value == null || value.isBlank() && field != Edits.Field.EXPLANATION) {
            say("Unchanged.");
            return;
        }
        String problem = bank.edit(at, field, value);
        say(problem == null ? "Changed." : "Not changed: " + problem);
    }

    private void first(String n) {
        if (n.isEmpty() || n.equals("0")) {
            bank.useFirst(null);
            say("Sessions draw from every question not rejected.");
        } else if (n.matches("\\d{1,4}")) {
            bank.useFirst(Integer.parseInt(n));
            say("Sessions draw from the first " + n + ", accepted first.");
        } else {
            say("Give a number: first 10.");
        }
    }

    private void list() {
        for (int i = 0; i < bank.size(); i++) {
            Question q = bank.get(i);
            say((i + 1) + ". " + (q.accepted() ? "accepted" : q.rejected() ? "rejected" : "to review")
                    + (q.flag() == null ? "" : ", flagged") + ": " + SafeText.shorten(SafeText.line(q.prompt()), 70));
        }
    }

    private boolean save() {
        try {
            bank.save();
            say("Saved " + bank.file() + "; the previous version is " + bank.file().getFileName() + ".bak.");
            return true;
        } catch (IOException e) {
            say("Cannot save: " + e.getMessage());
            return false;
        }
    }

    private String ask(String prompt) {
        out.print(SafeText.line(prompt));
        out.flush();
        String line = in.readLine("> ");
        if (System.console() == null) {
            out.println(line == null ? "" : SafeText.line(line));
        }
        return line;
    }

    private void say(String text) {
        out.println(SafeText.lines(text));
        out.flush();
    }
}
