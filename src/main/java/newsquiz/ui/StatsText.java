package newsquiz.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsquiz.store.Reports;

/** A player's progress as lines of text, for the stats screen and `newsquiz stats`. */
public final class StatsText {
    private static final String BARS = "▁▂▃▄▅▆▇█";

    private StatsText() {
    }

    /** The lines, each one clean line ({@link SafeText}): names, titles and prompts come from the gradebook. */
    public static List<String> lines(Reports.Stats s) {
        return rawLines(s).stream().map(SafeText::line).toList();
    }

    private static List<String> rawLines(Reports.Stats s) {
        List<String> out = new ArrayList<>();
        out.add("Player: " + (s.player() == null ? "everyone" : SafeText.shownName(s.player())) + " · Quiz: "
                + (s.quiz() == null ? "all quizzes" : s.quiz()));
        if (s.attempts() == 0 && s.practice() == 0) {
            out.add("No attempts yet: play a quiz first.");
            return out;
        }
        out.add("Attempts: " + s.attempts() + (s.unfinished() > 0 ? " (" + s.unfinished() + " unfinished)" : "")
                + (s.best() == null ? "" : " · best " + s.best() + "% · last " + s.last() + "%"
                + (s.lastFinished() ? "" : " (unfinished)") + " · average " + Math.round(s.average()) + "%")
                + (s.practice() > 0 ? " · " + s.practice() + " practice round" + (s.practice() == 1 ? "" : "s")
                + " (not scored)" : ""));
        if (!s.trend().isEmpty()) {
            out.add("Trend, oldest to newest: " + sparkline(s.trend()) + "  " + String.join(" ",
                    s.trend().stream().map(p -> p + "%").toList()));
        }
        out.add("By kind of fact: " + accuracy(s.byKind()));
        out.add("By question type: " + accuracy(s.byType()));
        out.add(String.format(Locale.ROOT, "Time per question: %.1f s", s.secondsPerQuestion()));
        if (!s.mostMissed().isEmpty()) {
            out.add("Most missed:");
            for (Reports.Missed m : s.mostMissed()) {
                out.add("  " + m.times() + "× " + m.prompt() + " (" + m.quizTitle() + ")");
            }
        }
        return out;
    }

    static String accuracy(Map<String, int[]> map) {
        if (map.isEmpty()) {
            return "none answered";
        }
        List<String> parts = new ArrayList<>();
        for (var e : map.entrySet()) {
            parts.add(e.getKey() + " " + Math.round(100f * e.getValue()[0] / e.getValue()[1]) + "% ("
                    + e.getValue()[0] + "/" + e.getValue()[1] + ")");
        }
        return String.join(" · ", parts);
    }

    /** Percentages 0..100 as block characters. */
    public static String sparkline(List<Integer> percents) {
        StringBuilder sb = new StringBuilder();
        for (int p : percents) {
            sb.append(BARS.charAt(Math.min(BARS.length() - 1, Math.max(0, p * BARS.length() / 101))));
        }
        return sb.toString();
    }
}
