package newsquiz.questions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.facts.DateFact;

/**
 * The day of a story's event that the article names by its weekday ("On Monday, Nevada became ..."), asked as a
 * reading question: the weekday is blanked and each choice is a weekday with its calendar date ("Monday, February
 * 4, 2019"). Quoting "On Monday" and asking which date it means was arithmetic from the dateline, which teachers
 * struck every time (none of 46 taken); here the student reads the day, and the calendar date comes with it.
 */
record WeekdayQuestion(String prompt, String answer, List<String> wrong, String explanation) {

    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday)\\b");

    /** "As of Monday evening, the depression had winds of 30 mph": the day dates a figure, not an event. */
    private static final Pattern AS_OF = Pattern.compile("(?i)\\bas of _____");

    /** Whether the mention follows "as of" in its sentence: no date worth asking, in any form. */
    static boolean datesAFigure(String sentence, String mention) {
        return Pattern.compile("(?i)\\bas of " + Pattern.quote(mention)).matcher(sentence).find();
    }

    /** The question for a weekday date of one day, or null when its mention names no weekday or its blank fails. */
    static WeekdayQuestion of(DateFact d, String sentence, LocalDate published) {
        Matcher named = WEEKDAY.matcher(d.mention());
        if (d.precision() != DateFact.Precision.DAY || d.iso().startsWith("--") || !named.find()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(d.iso());
        } catch (DateTimeParseException e) {
            return null;
        }
        String weekday = named.group(1);
        if (!weekday.equalsIgnoreCase(day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))) {
            return null; // a weekday the date does not fall on: the resolved date is not the one the article means
        }
        // the one weekday of the sentence: with two ("from Monday to Friday") the blank would ask which of them
        Matcher all = WEEKDAY.matcher(sentence);
        int count = 0;
        while (all.find()) {
            count++;
        }
        String blanked = count == 1 ? QuestionText.blank(sentence, weekday) : null;
        if (blanked == null || AS_OF.matcher(blanked).find()) {
            return null;
        }
        return new WeekdayQuestion("Which day completes this sentence from the article? “" + blanked + "”",
                written(day), wrongDays(day, published), "The article says “" + d.mention() + "”: " + written(day)
                + ", counted from its date.");
    }

    /** The calendar date of an answer this form writes ("Monday, February 4, 2019" → "February 4, 2019"). */
    static String dateOf(String answer) {
        return answer.replaceFirst("^" + WEEKDAY.pattern() + ", ", "");
    }

    /** "Monday, February 4, 2019". */
    static String written(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", "
                + Distractors.Format.date(day);
    }

    /**
     * Three other days near it, each a different weekday, nearest first: any of them is plainly wrong to a reader of
     * the sentence, and each could be true of a week's news. A past event's wrong days stay on or before the story's
     * date, which the student sees.
     */
    static List<String> wrongDays(LocalDate day, LocalDate published) {
        boolean past = published != null && !day.isAfter(published);
        List<LocalDate> near = new ArrayList<>();
        for (int step = -6; step <= 6; step++) {
            if (step != 0 && !(past && day.plusDays(step).isAfter(published))) {
                near.add(day.plusDays(step));
            }
        }
        near.sort(Comparator.comparingLong(d -> Math.abs(d.toEpochDay() - day.toEpochDay())));
        Set<DayOfWeek> used = new HashSet<>(Set.of(day.getDayOfWeek()));
        List<String> out = new ArrayList<>();
        for (LocalDate d : near) {
            if (out.size() < 3 && used.add(d.getDayOfWeek())) {
                out.add(written(d));
            }
        }
        return out;
    }
}
