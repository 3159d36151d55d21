package newsquiz.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsquiz.store.Fsrs;

/** When a study card would come back after each rating, as Anki shows it beside its buttons. */
public final class StudyIntervals {
    private StudyIntervals() {
    }

    /** "again 1m · hard 2d · good 4d · easy 9d" for a card in this state. */
    public static String line(Fsrs.State state, long now) {
        List<String> parts = new ArrayList<>();
        for (Fsrs.Rating r : Fsrs.Rating.values()) {
            String name = r.name().toLowerCase(Locale.ROOT);
            parts.add(name + " " + span(Fsrs.review(state, r, now).due() - now));
        }
        return String.join(" · ", parts);
    }

    /** "<1m", "10m", "5h", "4d", "3mo", "2y". */
    static String span(long millis) {
        long minutes = millis / 60_000;
        if (minutes < 1) {
            return "<1m";
        }
        if (minutes < 60) {
            return minutes + "m";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + "h";
        }
        long days = Math.round(minutes / (24 * 60.0));
        if (days < 30) {
            return days + "d";
        }
        return days < 365 ? Math.round(days / 30.0) + "mo" : Math.round(days / 365.0) + "y";
    }
}
