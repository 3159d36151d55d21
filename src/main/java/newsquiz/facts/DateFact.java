package newsquiz.facts;

/**
 * A date in the article, tied to the event of its sentence. {@code iso} is as precise as the article allows:
 * "2019-06-03" (day), "2019-05" (month), "2019" (year), "--03-05" (day and month, year unknown). {@code mention}
 * is the article's words ("on June 3", "last month"); {@code event} is the sentence's clause without the date.
 */
public record DateFact(String iso, Precision precision, String mention, String display, boolean relative,
                       String event, Evidence evidence) implements Fact {
    public enum Precision { DAY, MONTH, YEAR }

    @Override
    public String kind() {
        return "date";
    }
}
