package newsquiz.facts;

import java.util.ArrayList;
import java.util.List;
import newsquiz.article.Article;
import newsquiz.article.Sentence;
import newsquiz.nlp.Tagger;

/**
 * The facts stage's one public entry: an {@link Article} in, its {@link Facts} out. Not thread-safe (one tagger per
 * instance); make one per thread. The model behind the tagger loads once per process.
 */
public final class FactExtractor {
    private final Tagger tagger = new Tagger();

    public Facts extract(Article article) {
        List<TaggedSentence> sentences = new ArrayList<>();
        for (Sentence s : article.factSentences()) {
            sentences.add(new TaggedSentence(s, tagger.tag(s.text(), s.start())));
        }
        EntityFinder entities = new EntityFinder(sentences).run();
        List<Quote> quotes = new QuoteFinder(article, sentences, entities).find();
        entities.markSpeakers(quotes);
        List<DateFact> dates = new DateFinder(article.published(), sentences).find();
        List<Quantity> quantities = new QuantityFinder(sentences).find();
        List<Cause> causes = new CauseFinder(sentences).find();
        return new Facts(article, quotes, dates, quantities, entities.entities(), causes);
    }
}
