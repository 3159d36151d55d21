package newsquiz.review;

import java.nio.file.Files;
import java.nio.file.Path;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.article.BadInputException;
import newsquiz.article.Paragraph;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;

/**
 * The article a bank was made from, when it can be found (given, or the source's file name beside the quiz file),
 * so review shows each question's evidence in its paragraph. Without it, review shows the evidence alone.
 */
public final class ArticleContext {
    private final Article article;

    private ArticleContext(Article article) {
        this.article = article;
    }

    public static ArticleContext none() {
        return new ArticleContext(null);
    }

    /** The given article file, else the quiz's source file beside the quiz file; none when neither reads. */
    public static ArticleContext find(Path quizFile, Quiz quiz, Path given) {
        Path candidate = given;
        if (candidate == null && quiz.source() != null && quiz.source().file() != null && quizFile != null) {
            Path name = Path.of(quiz.source().file()).getFileName();
            Path dir = quizFile.toAbsolutePath().getParent();
            candidate = name == null || dir == null ? null : dir.resolve(name);
        }
        if (candidate == null || !Files.isRegularFile(candidate)) {
            return none();
        }
        try {
            return new ArticleContext(ArticleReader.read(candidate.toString()));
        } catch (BadInputException e) {
            return none();
        }
    }

    public boolean found() {
        return article != null;
    }

    /** The paragraph holding the question's first evidence sentence, or the evidence itself. */
    public String paragraphOf(Question q) {
        String evidence = q.evidence() == null ? "" : String.join(" ", q.evidence());
        if (article == null || q.spans() == null || q.spans().isEmpty()) {
            return evidence;
        }
        int start = q.spans().get(0)[0];
        for (Paragraph p : article.paragraphs()) {
            if (p.start() <= start && start < p.end()) {
                return p.text().contains(q.evidence().get(0)) ? p.text() : evidence;
            }
        }
        return evidence;
    }
}
