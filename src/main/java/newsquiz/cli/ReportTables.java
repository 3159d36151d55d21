package newsquiz.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import newsquiz.ui.SafeText;
import java.util.Locale;
import newsquiz.store.ClassReport;

/**
 * The teacher's report as tables (rows of cells): the same rows go to the terminal as aligned text and to CSV.
 * Questions are named by number (Q1 is the first of the quiz) and prompt.
 */
final class ReportTables {
    /** How much of a prompt or a wrong answer the text tables show; the CSV files hold them whole. */
    private static final int PROMPT_SHOWN = 60;
    private static final int ANSWER_SHOWN = 16;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ReportTables() {
    }

    static List<List<String>> gradebookRows(ClassReport r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("player", "attempts", "best %", "last %", "average %", "time (min)", "last attempt"));
        for (ClassReport.PlayerRow p : r.players()) {
            rows.add(List.of(p.player(), String.valueOf(p.attempts()), String.valueOf(p.best()),
                    String.valueOf(p.last()), String.format(Locale.ROOT, "%.1f", p.average()),
                    String.format(Locale.ROOT, "%.1f", p.millis() / 60000.0), p.lastFinished() ? "finished" : "unfinished"));
        }
        return rows;
    }

    static List<List<String>> attemptRows(ClassReport r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("player", "started", "status", "answered", "score %"));
        for (ClassReport.AttemptRow a : r.attempts()) {
            String status = (a.finished() ? "finished" : "unfinished") + (a.practice() ? ", practice (not scored)" : "");
            rows.add(List.of(a.player(), date(a.started()), status, a.answered() + " of " + a.total(),
                    String.valueOf(a.percent())));
        }
        return rows;
    }

    static String date(long millis) {
        return DATE.format(Instant.ofEpochMilli(millis).atZone(ZoneId.systemDefault()));
    }

    /**
     * Players by questions: ✓ right, ✗ and the answer given when wrong, – when not answered (the player's latest
     * scored answer). {@code whole}: CSV, with each prompt in its column's header and answers in full.
     */
    static List<List<String>> gridRows(ClassReport r, boolean whole) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("player"));
        r.questions().forEach(q -> header.add("Q" + q.number() + (whole ? ": " + q.prompt() : "")));
        rows.add(header);
        for (ClassReport.GridRow g : r.grid()) {
            List<String> row = new ArrayList<>(List.of(g.player()));
            for (ClassReport.Cell c : g.cells()) {
                row.add(!c.answered() ? "–" : c.correct() ? "✓" : "✗ " + (whole ? c.given() : shorten(c.given(), ANSWER_SHOWN)));
            }
            rows.add(row);
        }
        return rows;
    }

    static List<List<String>> itemRows(ClassReport r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("question", "prompt", "answers", "share correct", "discrimination", "average seconds",
                "most-chosen wrong answer"));
        for (ClassReport.ItemRow i : r.items()) {
            rows.add(List.of("Q" + i.number(), i.prompt(), String.valueOf(i.answers()),
                    String.format(Locale.ROOT, "%.2f", i.shareCorrect()),
                    i.discrimination() == null ? "" : String.format(Locale.ROOT, "%.2f", i.discrimination()),
                    String.format(Locale.ROOT, "%.1f", i.averageSeconds()), i.commonWrong()));
        }
        return rows;
    }

    static void print(ClassReport r, PrintWriter out) {
        out.println("Report: " + SafeText.line(r.title()));
        if (r.noAttempts()) {
            out.println("No attempts yet: nobody has played this quiz.");
            return;
        }
        out.println(r.players().size() + (r.players().size() == 1 ? " player" : " players")
                + (r.classAverage() == null ? "" : String.format(Locale.ROOT, " · class average %.0f%% (each player's"
                + " best scored attempt)", r.classAverage())));
        out.println();
        out.println("Attempts (practice, retrying missed questions, is listed but never scored)");
        table(attemptRows(r), out);
        out.println();
        out.println("Gradebook");
        table(gradebookRows(r), out);
        out.println();
        out.println("Questions");
        List<List<String>> questions = new ArrayList<>();
        r.questions().forEach(q -> questions.add(List.of("Q" + q.number(), shorten(q.prompt(), 100))));
        if (questions.isEmpty()) {
            out.println("(none answered yet)");
        } else {
            table(questions, out);
        }
        out.println();
        out.println("Who answered what (✓ right, ✗ wrong with the answer given, – not answered)");
        table(gridRows(r, false), out);
        out.println();
        if (r.discriminationShown()) {
            out.println("Item analysis (discrimination: share right in the top 27% of players minus the bottom 27%)");
        } else {
            out.println("Item analysis (discrimination needs at least " + ClassReport.MIN_PLAYERS_FOR_DISCRIMINATION
                    + " players; this quiz has " + r.playersRanked() + ", so it is left out)");
        }
        table(itemRows(r).stream().map(row -> {
            List<String> x = new ArrayList<>(row);
            x.set(1, shorten(x.get(1), PROMPT_SHOWN));
            return (List<String>) x;
        }).toList(), out);
    }

    private static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }

    /** The widest cell of the text report: a name or an answer of any length cannot pad every row. */
    private static final int MAX_CELL = 100;

    /** Columns padded to their widest cell; every cell one clean line ({@link SafeText}) of at most MAX_CELL. */
    private static void table(List<List<String>> raw, PrintWriter out) {
        List<List<String>> rows = raw.stream()
                .map(row -> row.stream().map(c -> SafeText.shorten(SafeText.line(c), MAX_CELL)).toList()).toList();
        int[] width = new int[rows.get(0).size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                sb.append(String.format("%-" + (width[i] + 2) + "s", row.get(i)));
            }
            out.println(sb.toString().stripTrailing());
        }
        if (rows.size() == 1) {
            out.println("(no answers yet)");
        }
    }
}
