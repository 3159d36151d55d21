package newsquiz.facts;

/**
 * A number with what it counts. {@code mention} is the article's words ("more than 50", "a few dozen",
 * "US$1.5 billion"); {@code value} the number in digits when it has one ("50", "1500000000"); {@code qualifier}
 * words such as "more than" or "nearly"; {@code unit} one of count, percent, money, age, votes, ordinal, time,
 * years; {@code counts} what is counted ("nations"). A change ("from 1,000 to a few dozen") has {@code from} set
 * to the earlier amount, and a range ("1980–1987") has {@code from} set to its start.
 */
public record Quantity(String mention, String value, String qualifier, String unit, String counts, String from,
                       Evidence evidence) implements Fact {
    @Override
    public String kind() {
        return "quantity";
    }
}
