package newsquiz.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsquiz.article.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The extractor on the thirteen real evaluation articles, against the teachers' gold facts: every required quote
 * with its speaker, dates resolved, quantities and entities found. The rules are general; these articles check them.
 */
class RealArticlesTest {
    private static final Map<String, Facts> FACTS = new TreeMap<>();

    @BeforeAll
    static void extractAll() {
        FactExtractor extractor = new FactExtractor();
        for (String name : GoldFacts.ARTICLES) {
            FACTS.put(name, extractor.extract(GoldFacts.article(name)));
        }
    }

    static boolean found(Facts f, GoldFacts.Item item) {
        return switch (item.kind()) {
            case "quote" -> f.quotes().stream().anyMatch(q -> GoldFacts.evidenceHas(q.evidence(), item.anchor())
                    && item.answers().stream().anyMatch(a -> GoldFacts.namesMatch(q.speaker(), a)));
            case "date" -> f.dates().stream().anyMatch(d -> GoldFacts.evidenceHas(d.evidence(), item.anchor())
                    && (d.iso().equals(item.date()) || d.iso().startsWith("--") && item.date().endsWith(d.iso().substring(1))));
            case "quantity" -> f.quantities().stream().anyMatch(q -> GoldFacts.evidenceHas(q.evidence(), item.anchor())
                    && item.answers().stream().anyMatch(a -> GoldFacts.namesMatch(q.mention(), a)
                    || q.from() != null && GoldFacts.namesMatch(q.from(), a)))
                    || f.dates().stream().anyMatch(d -> GoldFacts.evidenceHas(d.evidence(), item.anchor())
                    && item.answers().contains(d.iso()));
            default -> f.entities().stream().anyMatch(e -> GoldFacts.evidenceHas(allMentions(f, e), item.anchor())
                    && item.answers().stream().anyMatch(a -> GoldFacts.namesMatch(e.name(), a)
                    || e.aliases().stream().anyMatch(x -> GoldFacts.namesMatch(x, a))));
        };
    }

    /** An entity counts as found in any sentence that names it, not only its first. */
    private static Evidence allMentions(Facts f, Entity e) {
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.name());
        List<String> sentences = f.article().factSentences().stream().map(s -> s.text())
                .filter(s -> names.stream().anyMatch(s::contains)).toList();
        return new Evidence(sentences, sentences.stream().map(s -> new int[] {0, 0}).toList());
    }

    private static List<String> missed(String kind, boolean requiredOnly) {
        List<String> missed = new ArrayList<>();
        for (var entry : FACTS.entrySet()) {
            for (GoldFacts.Item item : GoldFacts.items(entry.getKey())) {
                if (item.kind().equals(kind) && (item.required() || !requiredOnly) && !found(entry.getValue(), item)) {
                    missed.add(entry.getKey() + ":" + item.id());
                }
            }
        }
        return missed;
    }

    private static long required(String kind) {
        return GoldFacts.ARTICLES.stream().flatMap(n -> GoldFacts.items(n).stream())
                .filter(i -> i.required() && i.kind().equals(kind)).count();
    }

    /** At most {@code share} of the required facts of a kind may be missed; the misses are printed. */
    private static void assertMostFound(String kind, double share) {
        List<String> missed = missed(kind, true);
        System.out.println(kind + " missed: " + missed);
        assertThat(missed.size()).isLessThanOrEqualTo((int) (required(kind) * share));
    }

    /** Every fact of an article, of all kinds. */
    private static List<Fact> allFacts(Facts f) {
        List<Fact> all = new ArrayList<>();
        all.addAll(f.quotes());
        all.addAll(f.dates());
        all.addAll(f.quantities());
        all.addAll(f.entities());
        return all;
    }

    @Test
    void everyRequiredFactOfTheVenezuelaArticleIsFound() {
        Facts f = FACTS.get("venezuela-rostec-2019");
        List<String> missed = GoldFacts.items("venezuela-rostec-2019").stream()
                .filter(i -> i.required() && !found(f, i)).map(GoldFacts.Item::id).toList();
        assertThat(missed).isEmpty();
    }

    @Test
    void quotesFindTheirSpeakers() {
        assertMostFound("quote", 0.15);
    }

    @Test
    void datesAreResolved() {
        assertMostFound("date", 0.15);
    }

    @Test
    void quantitiesAreFound() {
        assertMostFound("quantity", 0.15);
    }

    @Test
    void entitiesAreFound() {
        assertMostFound("entity", 0.25);
    }

    @Test
    void headerLinesAreRead() {
        for (String name : GoldFacts.ARTICLES) {
            Article a = FACTS.get(name).article();
            var meta = GoldFacts.gold(name).getAsJsonObject("meta");
            assertThat(a.headline()).as(name).isEqualTo(meta.get("headline").getAsString());
            if (!meta.get("byline").isJsonNull()) {
                assertThat(a.byline()).as(name).isEqualTo(meta.get("byline").getAsString());
            }
            if (!meta.get("published").isJsonNull()) {
                assertThat(String.valueOf(a.published())).as(name).isEqualTo(meta.get("published").getAsString());
            }
        }
    }

    @Test
    void noFactComesFromBoilerplate() {
        for (String name : GoldFacts.ARTICLES) {
            Facts f = FACTS.get(name);
            var forbidden = GoldFacts.arr(GoldFacts.gold(name).has("forbidden")
                    ? GoldFacts.gold(name).getAsJsonArray("forbidden") : new com.google.gson.JsonArray());
            for (Fact fact : allFacts(f)) {
                for (String s : fact.evidence().sentences()) {
                    assertThat(forbidden).as(name).noneMatch(b -> GoldFacts.norm(s).contains(GoldFacts.norm(b)));
                }
            }
        }
    }

    @Test
    void evidenceIsQuotedExactlyFromTheArticle() {
        for (Facts f : FACTS.values()) {
            for (Fact fact : allFacts(f)) {
                for (int i = 0; i < fact.evidence().sentences().size(); i++) {
                    int[] span = fact.evidence().spans().get(i);
                    assertThat(f.article().text().substring(span[0], span[1]))
                            .isEqualTo(fact.evidence().sentences().get(i));
                }
            }
        }
    }
}
