package newsquiz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.article.BadInputException;
import newsquiz.facts.FactExtractor;
import newsquiz.questions.CombinedQuiz;
import newsquiz.questions.QuestionGenerator;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import newsquiz.ui.SafeText;
import newsquiz.web.FetchException;
import newsquiz.web.KeptPages;
import newsquiz.web.PageFetcher;
import newsquiz.web.PageSource;
import newsquiz.web.WebArticle;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `newsquiz generate ARTICLE... (-o QUIZ.json | --out-dir DIR)`: a quiz bank per article. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Generates a ranked bank of grounded questions from each article and saves it as a quiz file.")
final class GenerateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ARTICLE", arity = "1..*", description = "Articles: text, Markdown or saved HTML; - for"
            + " standard input; or a web address (http:// or https://), fetched and kept for --offline.")
    List<String> articles;

    static final class Output {
        @Option(names = {"-o", "--output"}, paramLabel = "QUIZ.json", description = "The quiz file: of one article,"
                + " or one quiz over all the articles given.")
        Path output;

        @Option(names = "--out-dir", paramLabel = "DIR", description = "A folder for one NAME.json per article.")
        Path outDir;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Output out;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for choice order (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--title", description = "The quiz's title (default: the headline with the words that answer its questions hidden).")
    String title;

    @Option(names = "--force", description = "Overwrite a quiz file even when a teacher has reviewed it.")
    boolean force;

    @Option(names = "--offline", description = "For a web address, use the page kept when it was last fetched.")
    boolean offline;

    /** Where fetched pages are kept (tests): by default pages/ in the user's newsquiz folder. */
    @Option(names = "--pages-dir", hidden = true)
    Path pagesDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (out.output != null && articles.size() > 1) {
            return severalInOne(err);
        }
        FactExtractor extractor = new FactExtractor();
        int failed = 0;
        int badInput = 0;
        int questions = 0;
        boolean progress = articles.size() > 1 && System.console() != null;
        java.util.Set<Path> written = new java.util.HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            String article = articles.get(i);
            if (progress) {
                err.print("\r[" + bar(i, articles.size()) + "] " + i + "/" + articles.size());
                err.flush();
            }
            try {
                Read read = read(article);
                PageSource.Fetched page = read.page();
                String fileName = read.fileName();
                Quiz quiz = QuestionGenerator.generate(extractor.extract(read.article()), seed, title, fileName);
                if (quiz.questions().isEmpty()) {
                    failed++;
                    err.println((progress ? "\n" : "") + "newsquiz: " + QuizFiles.nothingToAsk(article));
                    continue;
                }
                if (page != null) {
                    quiz = page.sourced(quiz);
                }
                Path target = out.output != null ? out.output
                        : uniqueTarget(page != null ? WebArticle.slug(page.url()) : fileName, written);
                if (!force && newsquiz.review.ReviewedBanks.isReviewed(target)) {
                    throw new BadInputException(target + ": a reviewed quiz bank; not overwritten (--force"
                            + " overwrites it, review and all)");
                }
                if (page != null) {
                    web.keep(page); // before the quiz: a quiz from the web always has its page kept
                }
                QuizFiles.write(quiz, target);
                questions += quiz.questions().size();
                if (articles.size() == 1) {
                    spec.commandLine().getOut().println(SafeText.line("Wrote " + quiz.questions().size()
                            + " questions to " + target + (page == null || page.fromKeptCopy() ? ""
                            : " (the page is kept for --offline: " + web.keptFile(page) + ")")));
                }
            } catch (FetchException e) {
                failed++;
                err.println((progress ? "\n" : "") + "newsquiz: " + SafeText.line(e.getMessage())
                        + "; no quiz was written");
            } catch (BadInputException e) {
                failed++;
                badInput++;
                err.println((progress ? "\n" : "") + "newsquiz: " + SafeText.line(e.getMessage()));
            } catch (IOException e) {
                failed++;
                err.println((progress ? "\n" : "") + SafeText.line("newsquiz: " + article + ": cannot write the quiz: "
                        + newsquiz.article.TextFiles.reason(e)));
            }
        }
        if (progress) {
            err.println("\r[" + bar(articles.size(), articles.size()) + "] " + articles.size() + "/" + articles.size());
        }
        if (articles.size() > 1) {
            spec.commandLine().getOut().println(SafeText.line("Generated " + (articles.size() - failed) + " of "
                    + articles.size() + " quizzes (" + questions + " questions) in " + out.outDir
                    + (failed > 0 ? "; " + failed + " failed" : "")));
        }
        if (failed == 0) {
            return 0;
        }
        return articles.size() == 1 && badInput == 1 ? 2 : 1;
    }

    private PageSource web;

    /** An article as read: from a file or standard input, or from the web (then {@code page} is set). */
    private record Read(Article article, String fileName, PageSource.Fetched page) {
    }

    private Read read(String article) throws BadInputException, FetchException {
        PageSource.Fetched page = WebArticle.isAddress(article) ? pages().get(article, offline) : null;
        Article parsed = page != null ? page.page().article() : ArticleReader.read(article);
        String fileName = page != null ? web.keptName(page)
                : article.equals("-") ? "stdin" : Path.of(article).getFileName().toString();
        return new Read(parsed, fileName, page);
    }

    /**
     * `-o QUIZ.json` with several articles: one quiz over them all ({@link CombinedQuiz}). Every article must be
     * read and give questions, or no quiz is written.
     */
    private int severalInOne(PrintWriter err) {
        FactExtractor extractor = new FactExtractor();
        List<Read> reads = new java.util.ArrayList<>();
        List<newsquiz.facts.Facts> facts = new java.util.ArrayList<>();
        int badInput = 0;
        int failed = 0;
        for (String article : articles) {
            try {
                Read read = read(article);
                reads.add(read);
                facts.add(extractor.extract(read.article()));
            } catch (BadInputException e) {
                badInput++;
                err.println("newsquiz: " + SafeText.line(e.getMessage()));
            } catch (FetchException e) {
                failed++;
                err.println("newsquiz: " + SafeText.line(e.getMessage()));
            }
        }
        List<Quiz> banks = new java.util.ArrayList<>();
        if (badInput + failed == 0) {
            banks.addAll(CombinedQuiz.banks(facts, reads.stream().map(Read::fileName).toList(), seed));
            for (int i = 0; i < banks.size(); i++) {
                if (banks.get(i).questions().isEmpty()) {
                    failed++;
                    err.println("newsquiz: " + SafeText.line(QuizFiles.nothingToAsk(articles.get(i))));
                } else if (reads.get(i).page() != null) {
                    banks.set(i, reads.get(i).page().sourced(banks.get(i)));
                }
            }
        }
        if (badInput + failed > 0) {
            err.println("newsquiz: no quiz was written: a quiz over several articles needs each of them");
            return failed == 0 ? 2 : 1;
        }
        Quiz quiz = CombinedQuiz.combine(facts, banks, seed, title);
        try {
            if (!force && newsquiz.review.ReviewedBanks.isReviewed(out.output)) {
                err.println(SafeText.line("newsquiz: " + out.output + ": a reviewed quiz bank; not overwritten"
                        + " (--force overwrites it, review and all)"));
                return 2;
            }
            for (Read read : reads) {
                if (read.page() != null) {
                    web.keep(read.page());
                }
            }
            QuizFiles.write(quiz, out.output);
        } catch (IOException e) {
            err.println(SafeText.line("newsquiz: " + out.output + ": cannot write the quiz: "
                    + newsquiz.article.TextFiles.reason(e)));
            return 1;
        }
        spec.commandLine().getOut().println(SafeText.line("Wrote " + quiz.questions().size() + " questions on "
                + articles.size() + " articles to " + out.output));
        return 0;
    }

    /** The web's articles, made on first use: most runs read files only. */
    private PageSource pages() {
        if (web == null) {
            web = new PageSource(new PageFetcher(PageFetcher.Limits.DEFAULT),
                    pagesDir != null ? new KeptPages(pagesDir) : KeptPages.inDataFolder());
        }
        return web;
    }

    /** NAME.json in the output folder; "story.txt" and "story.html" of one run get NAME.json and NAME-2.json. */
    private Path uniqueTarget(String fileName, java.util.Set<Path> written) {
        String stem = fileName.replaceFirst("\\.[^.]+$", "");
        Path target = out.outDir.resolve(stem + ".json");
        for (int n = 2; written.contains(target); n++) {
            target = out.outDir.resolve(stem + "-" + n + ".json");
        }
        written.add(target);
        return target;
    }

    private static String bar(int done, int total) {
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        return "#".repeat(filled) + " ".repeat(width - filled);
    }
}
