package newsquiz.questions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsquiz.facts.DateFact;

/** Wrong dates for a date question: the article's own near the answer, then the answer shifted by its unit. */
final class DateDistractors {
    private DateDistractors() {
    }

    /**
     * Other dates of the article near the answer first, then nearby dates, all written like the answer. A date of
     * the article far from the answer is no distractor: a man's birth year among the years of his arrest, the day
     * of his death among the days of a coup decades before, are plainly wrong without reading.
     */
    static List<String> of(DateFact answer, List<DateFact> others, int count) {
        return of(answer, others, count, null);
    }

    /**
     * Dates of the article near the answer first, then the answer shifted by its own unit (a day, a week, a month,
     * a year). The shifts are chosen by the answer so that it stands lowest, highest or between in equal measure:
     * with always one earlier and two later, a student who picks "the second latest" wins without reading. A past
     * event's wrong dates stay on or before the story's date, which the student sees.
     */
    static List<String> of(DateFact answer, List<DateFact> others, int count, LocalDate published) {
        Set<String> out = new LinkedHashSet<>();
        String right = Distractors.Format.date(answer);
        Set<String> alsoTrue = alsoTrue(answer, others);
        for (DateFact d : others) {
            String s = Distractors.Format.date(d);
            // the article's other dates too: a past event's wrong date is never one after the story's date ("2026"
            // of a programme's name beside "licensed in 2018")
            boolean later = published != null && answer.iso().matches("\\d{4}.*") && d.iso().matches("\\d{4}.*")
                    && Integer.parseInt(answer.iso().substring(0, 4)) <= published.getYear()
                    && Integer.parseInt(d.iso().substring(0, 4)) > published.getYear();
            // and a coming event's is never one before it ("the walkout on Thursday" beside last week's dates)
            boolean earlier = published != null && d.precision() == DateFact.Precision.DAY
                    && answer.precision() == DateFact.Precision.DAY && !answer.iso().startsWith("--")
                    && !d.iso().startsWith("--") && LocalDate.parse(answer.iso()).isAfter(published)
                    && !LocalDate.parse(d.iso()).isAfter(published);
            if (d.precision() == answer.precision() && !s.equals(right) && d.iso().startsWith("--") == answer.iso().startsWith("--")
                    && near(answer, d) && out.size() < count && !later && !earlier && !alsoTrue.contains(d.iso())) {
                out.add(s);
            }
        }
        if (answer.precision() == DateFact.Precision.DAY) {
            boolean noYear = answer.iso().startsWith("--"); // "March 5" of an unknown year
            LocalDate base = LocalDate.parse(noYear ? "2000" + answer.iso().substring(1) : answer.iso());
            // a day either side, then whole weeks: "a week later" is a date a student could believe
            int room = !noYear && published != null && !base.isAfter(published)
                    ? (int) java.time.temporal.ChronoUnit.DAYS.between(base, published) : 999;
            // a coming event's wrong days come after the story's date too
            int floor = !noYear && published != null && base.isAfter(published)
                    ? 1 - (int) java.time.temporal.ChronoUnit.DAYS.between(published, base) : -999;
            for (int step : steps(answer, room, floor, true)) {
                if (out.size() >= count) {
                    break;
                }
                LocalDate day = base.plusDays(step);
                String s = noYear ? Distractors.Format.date(day).replaceFirst(", \\d+$", "") : Distractors.Format.date(day);
                if (!s.equals(right)) {
                    out.add(s);
                }
            }
        } else if (answer.precision() == DateFact.Precision.MONTH) {
            LocalDate base = LocalDate.parse(answer.iso() + "-01");
            int room = published != null && !base.isAfter(published)
                    ? (int) java.time.temporal.ChronoUnit.MONTHS.between(base, published.withDayOfMonth(1)) : 999;
            int floor = published != null && base.isAfter(published)
                    ? -(int) java.time.temporal.ChronoUnit.MONTHS.between(published.withDayOfMonth(1), base) : -999;
            for (int step : steps(answer, room, floor, false)) {
                if (out.size() < count) {
                    out.add(Distractors.Format.month(base.plusMonths(step)));
                }
            }
        } else {
            int year = Integer.parseInt(answer.iso());
            int room = published != null && year <= published.getYear() ? published.getYear() - year : 999;
            // a target year ahead ("by 2030") is never offered as a year already past
            int floor = published != null && year > published.getYear() ? published.getYear() - year : -999;
            for (int step : steps(answer, room, floor, false)) {
                String s = String.valueOf(year + step);
                if (out.size() < count && !s.equals(right)) {
                    out.add(s);
                }
            }
        }
        return new ArrayList<>(out).subList(0, Math.min(count, out.size()));
    }

    /**
     * The answer's steps from {@link Distractors#sides} in its unit (for days: one day, then whole weeks), none more
     * than {@code room} units after it (the story's date, for a past event) nor below {@code floor} (the story's
     * date, for a coming one): the steps on the other side fill in.
     */
    private static int[] steps(DateFact answer, int room, int floor, boolean days) {
        return java.util.Arrays.stream(Distractors.sides(answer.iso()))
                .map(unit -> days && Math.abs(unit) > 1 ? Integer.signum(unit) * 7 * (Math.abs(unit) - 1) : unit)
                .filter(step -> step <= room && step >= floor).toArray();
    }

    /**
     * The dates the article joins to the answer's with "and" in one sentence ("disclosed this to the EPA on February
     * 18, and also to the state board on February 21"): the deed of both, so a question on one of those sentences
     * has two defensible answers. Not a span's ends ("between 2010 and 2015").
     */
    static Set<String> alsoTrue(DateFact answer, List<DateFact> all) {
        Set<String> joined = new java.util.HashSet<>();
        for (DateFact a : all) {
            if (!a.iso().equals(answer.iso()) || a.evidence().sentences().isEmpty()) {
                continue;
            }
            String sentence = a.evidence().sentences().get(0);
            for (DateFact o : all) {
                if (o.iso().equals(answer.iso()) || !o.evidence().sentences().equals(a.evidence().sentences())) {
                    continue;
                }
                int i = sentence.indexOf(a.mention());
                int j = sentence.indexOf(o.mention());
                if (i < 0 || j < 0 || i == j) {
                    continue; // one mention read as two dates ("on Monday" of two weeks)
                }
                int firstEnds = Math.min(i, j) + (i < j ? a : o).mention().length();
                if (firstEnds > Math.max(i, j)) {
                    continue; // one mention holds the other ("2019" of "February 18, 2019")
                }
                String between = sentence.substring(firstEnds, Math.max(i, j));
                if (JOINED.matcher(between).find() && between.split("\\s+").length <= 14
                        && !SPAN.matcher(sentence.substring(0, Math.min(i, j))).find()) {
                    joined.add(o.iso());
                }
            }
        }
        return joined;
    }

    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("(?i)\\band\\b");
    /** "between 2010 and", "between the years 2010 and": the two dates end one span. */
    private static final java.util.regex.Pattern SPAN = java.util.regex.Pattern.compile(
            "(?i)\\bbetween\\s+(?:the\\s+)?(?:years?\\s+)?$");

    /** Years within {@value #NEAR_YEARS} of each other, days and months within a year: dates one could mix up. */
    private static boolean near(DateFact a, DateFact b) {
        if (a.iso().startsWith("--")) {
            return true; // days of an unknown year: all of one story
        }
        int years = Math.abs(Integer.parseInt(a.iso().substring(0, 4)) - Integer.parseInt(b.iso().substring(0, 4)));
        return a.precision() == DateFact.Precision.YEAR ? years <= NEAR_YEARS : years <= 1;
    }

    private static final int NEAR_YEARS = 12;
}
