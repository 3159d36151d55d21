package newsquiz.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.session.AnswerChecker;

/** Text helpers shared by the screens and the plain mode: wrapping, NFC, how an answer reads. */
public final class Text {
    private Text() {
    }

    /** NFC, so that an accented letter is one character and one column. */
    public static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Words wrapped to {@code width} columns. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : nfc(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                while (word.length() > width) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    // cut between characters, never inside a surrogate pair
                    int cut = Character.isHighSurrogate(word.charAt(width - 1)) && width > 1 ? width - 1 : width;
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The right answer as a student reads it. */
    public static String rightAnswer(Question q) {
        return switch (q.type()) {
            case "true_false" -> Boolean.TRUE.equals(q.answer()) ? "True" : "False";
            case "matching" -> {
                List<String> quotes = AnswerChecker.matchingItems(q);
                List<String> speakers = AnswerChecker.matchingAnswer(q);
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < quotes.size(); i++) {
                    pairs.add((i + 1) + ") " + speakers.get(i));
                }
                yield String.join("; ", pairs);
            }
            case "ordering" -> String.join(" → ", ((List<?>) q.answer()).stream().map(String::valueOf).toList());
            default -> nfc(String.valueOf(q.answer()));
        };
    }

    /** What the player says for a question imported from another tool, which comes without an article. */
    static final String NO_EVIDENCE = "(no article sentence: this question was imported without one)";

    /** The article's sentences in quotation marks, unless they open with a quotation of their own. */
    public static String quoted(List<String> evidence) {
        String text = nfc(String.join(" ", evidence == null ? List.of() : evidence));
        if (text.isBlank()) {
            return NO_EVIDENCE;
        }
        return text.startsWith("“") || text.startsWith("\"") || text.startsWith("‘") ? text : "“" + text + "”";
    }

    /**
     * The words of the evidence to mark as the answer: the answer itself, or a date without its year ("June 3" for
     * "June 3, 2019"), or nothing when the sentence words it otherwise.
     */
    public static String highlightIn(String evidence, String answer) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        if (evidence.contains(answer)) {
            return answer;
        }
        String noYear = answer.replaceFirst(",? \\d{4}$", "");
        return !noYear.equals(answer) && evidence.contains(noYear) ? noYear : null;
    }

    /**
     * Where a quiz comes from, as a session shows it instead of the headline (which can give answers away): the
     * publisher, else "by" and the byline, and the date.
     */
    public static String source(newsquiz.questions.Quiz quiz) {
        newsquiz.questions.Quiz.Source s = quiz.source();
        String who = s == null ? null : s.publisher() != null ? s.publisher()
                : s.byline() != null && !s.byline().isBlank() ? "by " + s.byline() : null;
        String when = s == null ? null : s.published();
        return (who == null || who.isBlank() ? "unknown source" : who) + (when == null ? "" : " · " + when);
    }

    /**
     * What the evidence under a question is from: "the article", or, in a quiz over several articles, the story it
     * came from by headline and publisher ("the articles" for a question across them).
     */
    public static String evidenceFrom(newsquiz.questions.Quiz quiz, newsquiz.questions.Question q) {
        if (quiz.articles() == null) {
            return "From the article:";
        }
        newsquiz.questions.Quiz.Source s = quiz.articleOf(q);
        if (s == null) {
            return "From the articles:";
        }
        String headline = s.headline() == null || s.headline().isBlank() ? s.file() : s.headline();
        return "From “" + headline + "”" + (s.publisher() == null || s.publisher().isBlank() ? ""
                : " (" + s.publisher() + ")") + ":";
    }

    /** "1:23" */
    public static String duration(long millis) {
        long s = millis / 1000;
        return s / 60 + ":" + String.format("%02d", s % 60);
    }

    public static char letter(int i) {
        return (char) ('A' + i);
    }
}
