package newsquiz.facts;

/** One fact of an article, with the sentence(s) that state it. */
public sealed interface Fact permits Quote, DateFact, Quantity, Entity, Cause {
    Evidence evidence();

    /** The kind of fact as the quiz file names it: quote, date, quantity, entity, cause. */
    String kind();
}
