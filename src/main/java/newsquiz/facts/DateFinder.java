package newsquiz.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.DateLines;
import newsquiz.article.QuoteMarks;
import newsquiz.article.Section;

/**
 * Finds dates and resolves them as far as the article allows: a year from the sentence, the paragraph or the
 * publication date; weekdays and "yesterday", "last month" against the publication date (the past for past tense,
 * the future after "will" or "scheduled").
 */
final class DateFinder {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\."
            + "|Dec\\.)";
    private static final Pattern FULL = Pattern.compile(
            "\\b(?:(?i:on|by|until|since|from)\\s+)?" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(?:(?i:on)\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "\\b(?:((?i:in|since|until|through|by|during|last|this|next|early|late|mid-))\\s*)?" + MONTH
                    + "(?:\\s+(?:of\\s+)?(\\d{4}))?\\b");
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:((?i:in|since|until|by|from|of|during|before|after|early|late|mid-))\\s*)?(1[89]\\d\\d|20\\d\\d)\\b(?![-–]\\d)(?!s\\b)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:((?i:on|last|this|next|since|until|by|from))\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                    + "|Sunday)(?:\\s+(morning|afternoon|evening|night))?\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(yesterday|today|tomorrow|(?:earlier |later )?(?:last|this|next) (?:month|year)|earlier (?:in )?the month"
                    + "|earlier this month)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(will|would|shall|scheduled|planned|plans|set to|expected to|is to|are to|due to)\\b");

    private final LocalDate published;
    private final List<TaggedSentence> sentences;

    DateFinder(LocalDate published, List<TaggedSentence> sentences) {
        this.published = published;
        this.sentences = sentences;
    }

    List<DateFact> find() {
        List<DateFact> out = new ArrayList<>();
        Integer paragraphYear = null;
        int paragraph = -1;
        for (TaggedSentence ts : sentences) {
            if (ts.sentence().section() != Section.BODY) {
                continue;
            }
            if (ts.sentence().paragraph() != paragraph) {
                paragraph = ts.sentence().paragraph();
                paragraphYear = null;
            }
            String text = ts.text();
            boolean[] used = new boolean[text.length() + 1];
            Integer sentenceYear = explicitYear(text);
            Integer contextYear = sentenceYear != null ? sentenceYear : paragraphYear;
            boolean future = FUTURE.matcher(text).find();
            Matcher m = FULL.matcher(text);
            while (m.find()) {
                int month = DateLines.month(m.group(1));
                int day = Integer.parseInt(m.group(2));
                Integer year = m.group(3) != null ? Integer.valueOf(m.group(3))
                        : yearFor(month, day, contextYear, futureAt(ts, m.start(), future));
                if (day < 1 || day > 31) {
                    continue;
                }
                if (m.group(3) != null) {
                    paragraphYear = year;
                }
                add(out, ts, m, used, day(year, month, day), false);
            }
            m = DAY_FIRST.matcher(text);
            while (m.find()) {
                if (overlaps(used, m)) {
                    continue;
                }
                int month = DateLines.month(m.group(2));
                int day = Integer.parseInt(m.group(1));
                Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : yearFor(month, day, contextYear, future);
                if (day >= 1 && day <= 31) {
                    add(out, ts, m, used, day(year, month, day), false);
                }
            }
            m = MONTH_ONLY.matcher(text);
            while (m.find()) {
                if (overlaps(used, m) || m.group(2).equals("May") && m.group(1) == null && m.group(3) == null
                        || m.group(1) != null && m.group(1).equalsIgnoreCase("may")) {
                    continue; // "May" alone is usually the verb
                }
                int month = DateLines.month(m.group(2));
                // "since October" looks back, whatever the rest of the sentence plans
                boolean since = "since".equalsIgnoreCase(m.group(1));
                Integer year = m.group(3) != null ? Integer.valueOf(m.group(3))
                        : monthYear(m.group(1), month, contextYear, !since && futureAt(ts, m.start(), future));
                add(out, ts, m, used, new Resolved(year == null ? null : year + "-" + two(month),
                        DateFact.Precision.MONTH, monthName(month) + (year == null ? "" : " " + year)), m.group(3) == null);
            }
            m = YEAR.matcher(text);
            while (m.find()) {
                if (overlaps(used, m) || m.group(1) == null && !looksLikeYear(text, m)) {
                    continue;
                }
                add(out, ts, m, used, new Resolved(m.group(2), DateFact.Precision.YEAR, m.group(2)), false);
            }
            m = WEEKDAY.matcher(text);
            while (m.find()) {
                if (overlaps(used, m) || QuoteMarks.inside(text, m.start())) {
                    continue;
                }
                add(out, ts, m, used, weekday(m.group(2), m.group(1), futureAt(ts, m.start(), future)), true);
            }
            m = RELATIVE.matcher(text);
            while (m.find()) {
                boolean possessive = text.startsWith("’s", m.end()) || text.startsWith("'s", m.end());
                if (!overlaps(used, m) && !QuoteMarks.inside(text, m.start()) && !possessive) { // "today's economy"
                    add(out, ts, m, used, relative(m.group(1).toLowerCase(Locale.ROOT)), true);
                }
            }
        }
        return out;
    }

    /** A date as resolved: iso null when it cannot be resolved. */
    private record Resolved(String iso, DateFact.Precision precision, String display) {
    }

    private void add(List<DateFact> out, TaggedSentence ts, Matcher m, boolean[] used, Resolved r, boolean relative) {
        for (int i = m.start(); i < m.end(); i++) {
            used[i] = true;
        }
        if (r == null || r.iso() == null && r.precision() != DateFact.Precision.DAY) {
            return;
        }
        String mention = m.group().strip();
        String event = (ts.text().substring(0, m.start()) + ts.text().substring(m.end()))
                .replaceAll("\\s+,", ",").replaceAll("\\s{2,}", " ").replaceAll("^[,\\s]+|[,.\\s]+$", "")
                .replaceAll("^\\s*,\\s*", "");
        String iso = r.iso() == null ? "" : r.iso();
        out.add(new DateFact(iso, r.precision(), mention, r.display(), relative, event, Evidence.of(ts.sentence())));
    }

    private Resolved day(Integer year, int month, int day) {
        if (month == 0) {
            return null;
        }
        String display = monthName(month) + " " + day + (year == null ? "" : ", " + year);
        if (year == null) {
            return new Resolved("--" + two(month) + "-" + two(day), DateFact.Precision.DAY, display);
        }
        try {
            return new Resolved(LocalDate.of(year, month, day).toString(), DateFact.Precision.DAY, display);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The year of a day named without one: the sentence's or paragraph's year, else the publication year. */
    private Integer yearFor(int month, int day, Integer contextYear, boolean future) {
        if (contextYear != null) {
            return contextYear;
        }
        if (published == null || month == 0) {
            return null;
        }
        int year = published.getYear();
        try {
            LocalDate candidate = LocalDate.of(year, month, Math.min(day, 28));
            // a past event named months after the publication date belongs to the year before
            if (!future && candidate.isAfter(published.plusDays(31))) {
                return year - 1;
            }
            if (future && candidate.isBefore(published.minusDays(31))) {
                return year + 1;
            }
        } catch (java.time.DateTimeException e) {
            return year;
        }
        return year;
    }

    private Integer monthYear(String lead, int month, Integer contextYear, boolean future) {
        if (contextYear != null && lead != null && !lead.equals("last") && !lead.equals("next")) {
            return contextYear;
        }
        if (published == null) {
            return contextYear;
        }
        int year = published.getYear();
        int pubMonth = published.getMonthValue();
        if ("last".equals(lead) || (!future && month > pubMonth)) {
            return month >= pubMonth ? year - 1 : year;
        }
        if ("next".equals(lead) || (future && month < pubMonth)) {
            return month <= pubMonth ? year + 1 : year;
        }
        return year;
    }

    private Resolved weekday(String name, String lead, boolean future) {
        if (published == null) {
            return null;
        }
        DayOfWeek dow = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        LocalDate date = future || "next".equals(lead)
                ? published.with(TemporalAdjusters.nextOrSame(dow))
                : published.with(TemporalAdjusters.previousOrSame(dow));
        if ("last".equals(lead) && date.equals(published)) {
            date = date.minusWeeks(1);
        }
        return new Resolved(date.toString(), DateFact.Precision.DAY, monthName(date.getMonthValue()) + " "
                + date.getDayOfMonth() + ", " + date.getYear());
    }

    private Resolved relative(String phrase) {
        if (published == null) {
            return null;
        }
        LocalDate d = published;
        return switch (phrase.replaceFirst("^(earlier|later) ", "")) {
            case "yesterday" -> dayOf(d.minusDays(1));
            case "today" -> dayOf(d);
            case "tomorrow" -> dayOf(d.plusDays(1));
            case "last month" -> monthOf(d.minusMonths(1));
            case "this month", "the month", "in the month" -> monthOf(d);
            case "next month" -> monthOf(d.plusMonths(1));
            case "last year" -> new Resolved(String.valueOf(d.getYear() - 1), DateFact.Precision.YEAR,
                    String.valueOf(d.getYear() - 1));
            case "this year" -> new Resolved(String.valueOf(d.getYear()), DateFact.Precision.YEAR,
                    String.valueOf(d.getYear()));
            case "next year" -> new Resolved(String.valueOf(d.getYear() + 1), DateFact.Precision.YEAR,
                    String.valueOf(d.getYear() + 1));
            default -> null;
        };
    }

    private static Resolved dayOf(LocalDate d) {
        return new Resolved(d.toString(), DateFact.Precision.DAY,
                monthName(d.getMonthValue()) + " " + d.getDayOfMonth() + ", " + d.getYear());
    }

    private static Resolved monthOf(LocalDate d) {
        return new Resolved(d.getYear() + "-" + two(d.getMonthValue()), DateFact.Precision.MONTH,
                monthName(d.getMonthValue()) + " " + d.getYear());
    }

    /**
     * A year the sentence names on its own ("in 2017, ... on November 15"); a year that closes another date
     * ("by April 2025") belongs to that date, not to the others of the sentence.
     */
    private static Integer explicitYear(String text) {
        Matcher m = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b(?![-–]\\d)").matcher(text);
        while (m.find()) {
            String before = text.substring(0, m.start());
            if (!before.matches("(?s).*\\b" + MONTH + "\\s+$")) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** A bare four-digit number is a year unless it counts something ("1924 people"). */
    private static boolean looksLikeYear(String text, Matcher m) {
        String after = text.substring(m.end()).stripLeading();
        if (after.matches("^(UTC|GMT|hours|hrs|local)\\b.*") || m.start() > 0 && text.charAt(m.start() - 1) == '(') {
            return false; // a clock time: "(1800 UTC)"
        }
        return !QuantityFinder.COUNTED_AFTER_YEARLIKE.matcher(" " + after).lookingAt()
                && (m.start() == 0 || !Character.isDigit(text.charAt(Math.max(0, m.start() - 2))));
    }

    /** Verbs of lasting: the participle after them is a state that holds now ("remains closed"). */
    private static final java.util.Set<String> LASTING = java.util.Set.of("stay", "stays", "remain", "remains", "keep",
            "keeps");

    /**
     * Whether the verb that governs a date at {@code at} speaks of the future: the nearest verb before it decides
     * ("said on Monday that ... will" is past; "will open on Friday", "to return on Friday" are future); with no
     * verb before it, the first verb after it ("On Thursday, the government began a planned shutdown" is past,
     * "planned" notwithstanding), else the sentence as a whole.
     */
    private static boolean futureAt(TaggedSentence ts, int at, boolean sentenceFuture) {
        var t = ts.tokens();
        int k = ts.tokenAt(ts.sentence().start() + at) - 1;
        boolean until = k + 1 < t.size() && t.get(k + 1).plain().matches("until|till");
        for (; k >= 0; k--) {
            String tag = t.get(k).tag();
            if (tag.equals("MD")) {
                return !t.get(k).is("would") && !t.get(k).is("could") || sentenceFuture;
            }
            // a state after a verb of lasting ("remains closed until Monday", "would stay closed until Wednesday"),
            // or after "is" right before "until" ("is closed until Tuesday"), holds now: a date that bounds it lies
            // ahead; otherwise after "is" ("is scheduled", "is accused of killing ... on Monday") the verbs before
            // it decide
            if ((tag.equals("VBN") || tag.equals("VBD") || tag.startsWith("JJ")) && k > 0
                    && (LASTING.contains(t.get(k - 1).plain()) || until && t.get(k - 1).plain().matches("is|are"))) {
                return true;
            }
            // "is expected to be sworn in on Wednesday": a passive after a bare "be" is as its "to" or modal is
            boolean bareBe = tag.equals("VBN") && k > 0 && t.get(k - 1).is("be");
            if (tag.equals("VBD") || tag.equals("VBN") && !bareBe && !(k > 0 && t.get(k - 1).is("is"))) {
                return false;
            }
            if (bareBe && !governedByAVerb(t, k)) {
                k -= 2; // "the first woman to be elected mayor on Sunday": the verbs before "to be" say when
                continue;
            }
            if (tag.equals("VB") || bareBe) {
                // a bare verb is governed by a modal or "to" before it: "is scheduled to remain ... and return"
                for (int j = k - 1; j >= 0; j--) {
                    if (t.get(j).tag().equals("MD") || t.get(j).is("to")) {
                        // "had to flee on Monday", "tried to contain the blaze on Saturday": done, in the past; but
                        // a plan after its past verb looks ahead ("threatened to walk out on Thursday")
                        if (t.get(j).is("to") && j > 0 && t.get(j - 1).tag().equals("VBD")
                                && !t.get(j - 1).plain().matches(PLANNED)
                                && !(j > 1 && t.get(j - 2).plain().matches("is|are|be|been|has|have"))) {
                            return false;
                        }
                        if (t.get(j).is("to") && causedBefore(t, j)) {
                            return false; // "heavy rain caused the river to burst its banks on Thursday": done
                        }
                        return !t.get(j).is("would") && !t.get(j).is("could") || sentenceFuture;
                    }
                }
                return sentenceFuture;
            }
        }
        return firstVerbAfter(ts, at, sentenceFuture);
    }

    /**
     * A past verb that made something happen, its object between it and the "to" at {@code to}: "caused the river to
     * burst", "forced hundreds of residents to flee". What it made happen happened; "asked the council to vote" or
     * "urged them to leave" look ahead and are not among these verbs.
     */
    private static boolean causedBefore(List<newsquiz.nlp.Token> t, int to) {
        for (int j = to - 1; j >= 0 && j >= to - 6; j--) {
            String tag = t.get(j).tag();
            if (tag.equals("VBD")) {
                return t.get(j).plain().matches("caused|forced|led|prompted|drove|sent|pushed|allowed|enabled"
                        + "|helped|got|left");
            }
            if (!tag.matches("NN.*|DT|JJ.*|CD|PRP|PRP\\$|POS|IN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "expected to be sworn in", "will be sworn in", "is to be opened": a modal, or a "to" after a word that looks
     * ahead; not "had to be evacuated", "was said to be destroyed", "the first woman to be elected".
     */
    private static boolean governedByAVerb(List<newsquiz.nlp.Token> t, int participle) {
        int j = participle - 2; // before "be"
        return j >= 0 && (t.get(j).tag().equals("MD") || t.get(j).is("to") && j > 0
                && t.get(j - 1).plain().matches(LOOKS_AHEAD));
    }

    private static final String LOOKS_AHEAD = "expected|expects|expect|scheduled|set|due|likely|unlikely|certain|sure"
            + "|going|slated|poised|planned|plans|plan|hopes|hope|about|bound|is|are|ready|preparing|prepared|intends"
            + "|intended|wants|want|has|have|needs|need";
    /** Past verbs of a plan or a promise, whose "to" looks ahead of them. */
    private static final String PLANNED = "agreed|threatened|vowed|promised|pledged|planned|voted|decided|hoped"
            + "|wanted|offered|asked|urged|expected|intended|prepared|arranged|aimed|proposed|scheduled|set|announced"
            + "|resolved|undertook|chose|opted|elected|volunteered|sought";

    /** The tense of the first verb after a sentence-opening date: past for a past-tense verb, future after "will". */
    private static boolean firstVerbAfter(TaggedSentence ts, int at, boolean sentenceFuture) {
        var t = ts.tokens();
        for (int k = ts.tokenAt(ts.sentence().start() + at) + 1; k < t.size(); k++) {
            String tag = t.get(k).tag();
            if (tag.equals("VBD")) {
                return false;
            }
            if (tag.equals("MD")) {
                return !t.get(k).is("would") && !t.get(k).is("could") || sentenceFuture;
            }
            if (tag.startsWith("VB")) {
                return sentenceFuture;
            }
        }
        return sentenceFuture;
    }

    /** "the chance that we have today": a speaker's "today" is not the publication day. */
    private static boolean overlaps(boolean[] used, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
