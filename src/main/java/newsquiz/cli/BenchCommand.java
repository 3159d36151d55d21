package newsquiz.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.article.BadInputException;
import newsquiz.facts.FactExtractor;
import newsquiz.questions.QuestionGenerator;
import newsquiz.questions.QuizFiles;
import newsquiz.ui.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `newsquiz bench ARTICLE...`: how fast the generator is once warm. Loads the model once, warms up, then times
 * reading, extracting, generating and serialising each article; prints the median and the slowest per article and
 * the heap's peak. Run it on one core (`make bench` does) to compare with the bars.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Measures warm generation time per article and peak heap.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = "Articles to generate from.")
    List<String> articles;

    @Option(names = "--rounds", defaultValue = "20", description = "Timed rounds over all articles (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "10", description = "Untimed rounds first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Article> parsed = new ArrayList<>();
        try {
            for (String a : articles) {
                parsed.add(ArticleReader.read(a));
            }
        } catch (BadInputException e) {
            spec.commandLine().getErr().println("newsquiz: " + SafeText.line(e.getMessage()));
            return 2;
        }
        long loadStart = System.nanoTime();
        FactExtractor extractor = new FactExtractor();
        double loadMs = (System.nanoTime() - loadStart) / 1e6;
        for (int r = 0; r < warmup; r++) {
            for (int i = 0; i < articles.size(); i++) {
                once(extractor, articles.get(i));
            }
        }
        double[] perArticle = new double[rounds * articles.size()];
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (String a : articles) {
                long start = System.nanoTime();
                once(extractor, a);
                perArticle[k++] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(perArticle);
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        out.printf(Locale.ROOT, "articles: %d, rounds: %d (after %d warm-up), processors: %d%n", articles.size(),
                rounds, warmup, Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "model load: %.0f ms%n", loadMs);
        out.printf(Locale.ROOT, "warm generation per article: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                perArticle[perArticle.length / 2], perArticle[(int) (perArticle.length * 0.9)],
                perArticle[perArticle.length - 1]);
        out.printf(Locale.ROOT, "peak heap used: %d MB%n", peakHeap / (1024 * 1024));
        return 0;
    }

    /** One article from file to quiz JSON, as `generate` does it, without writing the file. */
    private static int once(FactExtractor extractor, String path) {
        try {
            Article a = ArticleReader.read(path);
            return QuizFiles.toJson(QuestionGenerator.generate(extractor.extract(a), 1, null, path)).length();
        } catch (BadInputException e) {
            throw new IllegalStateException(e);
        }
    }
}
