package newsquiz.cli;

import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.article.BadInputException;
import newsquiz.facts.Cause;
import newsquiz.facts.DateFact;
import newsquiz.facts.Entity;
import newsquiz.facts.FactExtractor;
import newsquiz.facts.Facts;
import newsquiz.facts.Quantity;
import newsquiz.facts.Quote;
import newsquiz.ui.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `newsquiz facts ARTICLE`: the facts found in an article, grouped by kind, as text or JSON. */
@Command(name = "facts", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Lists the facts of an article: quotes with speakers, dates, quantities, people and bodies.")
final class FactsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARTICLE", description = "Plain text, Markdown (.md) or saved web page (.html); - for standard input.")
    String article;

    @Option(names = "--json", description = "Print the facts as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Article parsed;
        try {
            parsed = ArticleReader.read(article);
        } catch (BadInputException e) {
            spec.commandLine().getErr().println("newsquiz: " + SafeText.line(e.getMessage()));
            return 2;
        }
        Facts facts = new FactExtractor().extract(parsed);
        if (json) {
            out.println(terminalSafe(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                    .toJson(asJson(facts))));
        } else {
            printText(facts, out);
        }
        out.flush();
        return 0;
    }

    /**
     * The same JSON with every character a terminal could act on or that draws nothing (C1 controls, bidi and
     * zero-width characters: Gson escapes only C0) written as a \\uXXXX escape: a reader gets the exact text back.
     */
    static String terminalSafe(String json) {
        StringBuilder sb = new StringBuilder(json.length());
        json.codePoints().forEach(cp -> {
            if (cp == '\n' || SafeText.printable(cp)) {
                sb.appendCodePoint(cp);
            } else {
                for (char c : Character.toChars(cp)) {
                    sb.append(String.format("\\u%04x", (int) c));
                }
            }
        });
        return sb.toString();
    }

    static Map<String, Object> asJson(Facts facts) {
        Article a = facts.article();
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("file", a.source());
        source.put("headline", a.headline());
        source.put("byline", a.byline());
        source.put("published", a.published() == null ? null : a.published().toString());
        source.put("publisher", a.publisher());
        root.put("source", source);
        root.put("quotes", facts.quotes());
        root.put("dates", facts.dates());
        root.put("quantities", facts.quantities());
        root.put("entities", facts.entities());
        root.put("causes", facts.causes());
        return root;
    }

    private static void printText(Facts facts, PrintWriter out) {
        Article a = facts.article();
        out.println(SafeText.line("Headline:  " + a.headline()));
        if (a.byline() != null) {
            out.println(SafeText.line("Byline:    " + a.byline()));
        }
        if (a.published() != null) {
            out.println(SafeText.line("Published: " + a.published()));
        }
        if (a.publisher() != null) {
            out.println(SafeText.line("Publisher: " + a.publisher()));
        }
        section(out, "Quotes", facts.quotes().size());
        for (Quote q : facts.quotes()) {
            String kind = q.partial() ? "partial" : q.direct() ? "direct" : "indirect";
            out.println(SafeText.line("  " + q.speaker() + " (" + kind + ", " + q.verb() + "): "
                    + (q.direct() ? "“" + q.text() + "”" : q.text())));
        }
        section(out, "Dates", facts.dates().size());
        for (DateFact d : facts.dates()) {
            out.println(SafeText.line("  " + (d.iso().isEmpty() ? "?" : d.iso()) + "  ["
                    + d.precision().name().toLowerCase() + (d.relative() ? ", from \"" + d.mention() + "\"" : "")
                    + "]  " + d.event()));
        }
        section(out, "Quantities", facts.quantities().size());
        for (Quantity q : facts.quantities()) {
            String what = q.counts().isEmpty() ? "" : " " + q.counts();
            String change = q.from() == null ? "" : q.unit().equals("years") ? "  (range from " + q.from() + ")"
                    : "  (changed from " + q.from() + ")";
            out.println(SafeText.line("  " + q.mention() + what + "  [" + q.unit()
                    + (q.value() == null ? "" : " = " + q.value()) + "]" + change));
        }
        section(out, "People, organisations and places", facts.entities().size());
        for (Entity e : facts.entities()) {
            StringBuilder line = new StringBuilder("  " + e.name() + " [" + e.type().name().toLowerCase() + ", "
                    + e.mentions() + (e.mentions() == 1 ? " mention" : " mentions") + "]");
            if (!e.aliases().isEmpty()) {
                line.append("  also: ").append(String.join(", ", e.aliases()));
            }
            if (!e.roles().isEmpty()) {
                line.append("  role: ").append(String.join("; ", e.roles()));
            }
            out.println(SafeText.line(line.toString()));
        }
        section(out, "Causes and purposes", facts.causes().size());
        for (Cause c : facts.causes()) {
            out.println("  " + (c.effectFirst() ? c.effect() + "  ← " + c.connective() + " ←  " + c.cause()
                    : c.cause() + "  → " + c.connective() + " →  " + c.effect()) + "  [" + c.form().name().toLowerCase() + "]");
        }
    }

    private static void section(PrintWriter out, String title, int count) {
        out.println();
        out.println(title + " (" + count + "):");
    }
}
