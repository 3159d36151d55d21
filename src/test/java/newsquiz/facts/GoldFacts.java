package newsquiz.facts;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.article.BadInputException;

/** Test helper: the evaluation articles and their gold items, compared the way the evaluation's scorer does. */
final class GoldFacts {
    static final List<String> ARTICLES = List.of("ecj-facebook-posts-2019", "ford-doj-emissions-2019",
            "g7-amazon-fires-2019", "germany-mahan-air-ban-2019", "mugabe-dies-2019", "pelosi-speaker-2019",
            "spacex-crew-dragon-iss-2019", "venezuela-rostec-2019", "voa-n141-daca-house", "voa-n143-shutdown-vote",
            "voa-n145-iran-protests", "voa-n149-pompeo-kim-yong-chol", "voa-n169-house-tax-bill");
    private static final Set<String> STOP = Set.of("a an the of to in on at by for and or from with as is was were be been its it his her their".split(" "));

    record Item(String id, String kind, boolean required, String anchor, List<String> answers, String date) {
    }

    private GoldFacts() {
    }

    static byte[] resource(String path) {
        try (InputStream in = GoldFacts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article article(String name) {
        try {
            return ArticleReader.fromBytes(name, name + ".txt", resource("/articles/" + name + ".txt"));
        } catch (BadInputException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonObject gold(String name) {
        return JsonParser.parseString(new String(resource("/gold/" + name + ".json"), StandardCharsets.UTF_8))
                .getAsJsonObject();
    }

    static List<Item> items(String name) {
        List<Item> out = new ArrayList<>();
        for (JsonElement e : gold(name).getAsJsonArray("items")) {
            JsonObject o = e.getAsJsonObject();
            List<String> answers = new ArrayList<>();
            if (o.has("answers")) {
                for (JsonElement a : o.getAsJsonArray("answers")) {
                    answers.add(a.getAsString());
                }
            }
            out.add(new Item(o.get("id").getAsString(), o.get("kind").getAsString(), o.get("required").getAsBoolean(),
                    norm(o.get("anchor").getAsString()), answers, o.has("date") ? o.get("date").getAsString() : null));
        }
        return out;
    }

    static String norm(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        t = t.replace('‘', '\'').replace('’', '\'').replace('“', '"').replace('”', '"').replace('–', '-')
                .replace('—', '-').replace('\u00a0', ' ');
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    static Set<String> content(String text) {
        Set<String> out = new HashSet<>();
        for (String tok : norm(text).split("[^a-z0-9,.]+")) {
            String t = tok.replaceAll("(?<=\\d),(?=\\d{3})", "").replaceAll("^[,.]+|[,.]+$", "");
            if (!t.isEmpty() && !STOP.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean namesMatch(String answer, String variant) {
        Set<String> a = content(answer);
        Set<String> v = content(variant);
        return !a.isEmpty() && !v.isEmpty() && (v.containsAll(a) || a.containsAll(v));
    }

    static boolean evidenceHas(Evidence e, String anchor) {
        return e.sentences().stream().anyMatch(s -> norm(s).contains(anchor));
    }

    static List<String> arr(JsonArray a) {
        return Arrays.asList(new com.google.gson.Gson().fromJson(a, String[].class));
    }
}
