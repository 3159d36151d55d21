package newsquiz.questions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsquiz.facts.Facts;
import newsquiz.io.Hashes;

/**
 * One quiz over several articles (a week's news): each article's own bank, made by {@link QuestionGenerator} as for
 * one article, taken in turns so every story has its share of the head, each question marked with its article;
 * and between the turns, questions across the articles ({@link AcrossArticles}). The quiz's source is the list of
 * the articles' sources (docs/quiz-format.md).
 */
public final class CombinedQuiz {
    private CombinedQuiz() {
    }

    /** The banks of the articles, one per article, in order (the generator's own, for the caller to check). */
    public static List<Quiz> banks(List<Facts> facts, List<String> fileNames, long seed) {
        List<Quiz> banks = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            banks.add(QuestionGenerator.generate(facts.get(i), seed, null, fileNames.get(i)));
        }
        return banks;
    }

    /** The quiz over the articles whose facts and banks are given (each bank non-empty). */
    public static Quiz combine(List<Facts> facts, List<Quiz> banks, long seed, String title) {
        List<Quiz.Source> sources = banks.stream().map(Quiz::source).toList();
        List<Question> across = AcrossArticles.questions(facts, sources, seed);
        List<Question> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int longest = banks.stream().mapToInt(b -> b.questions().size()).max().orElse(0);
        for (int round = 0; round < longest || round < across.size(); round++) {
            for (int i = 0; i < banks.size(); i++) {
                List<Question> bank = banks.get(i).questions();
                if (round < bank.size() && ids.add(bank.get(round).id())) {
                    out.add(bank.get(round).fromArticle(i));
                }
            }
            if (round < across.size() && ids.add(across.get(round).id())) {
                out.add(across.get(round));
            }
        }
        String id = Hashes.hex("SHA-256", String.join("\n", sources.stream().map(Quiz.Source::checksum).toList()))
                .substring(0, 12);
        return new Quiz(Quiz.FORMAT_VERSION, id, title != null ? title : "Quiz on " + banks.size() + " stories",
                Quiz.Source.summary(sources), banks.get(0).generator(), seed, List.copyOf(out), null,
                List.copyOf(sources));
    }
}
