package newsquiz.facts;

import java.util.List;
import newsquiz.article.Article;

/** Everything found in one article, each kind in reading order. */
public record Facts(Article article, List<Quote> quotes, List<DateFact> dates, List<Quantity> quantities,
                    List<Entity> entities, List<Cause> causes) {
    public Facts {
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
        quantities = List.copyOf(quantities);
        entities = List.copyOf(entities);
        causes = List.copyOf(causes);
    }
}
