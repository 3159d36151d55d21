package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.session.Session;
import newsquiz.session.TestQuizzes;
import org.junit.jupiter.api.Test;

/** The feedback of a quiz over several articles names the story a question came from. */
class SeveralArticlesScreenTest {
    @Test
    void theFeedbackNamesTheStoryOrTheStories() {
        List<Quiz.Source> sources = List.of(
                new Quiz.Source("Bridge Opens", null, "2024-05-02", "City Paper", "bridge.txt", "a"),
                new Quiz.Source("Dam Closes", null, "2024-05-03", "River News", "dam.txt", "b"));
        Question fromDam = TestQuizzes.choice("q1", "quantity", "12", "12", "40").fromArticle(1);
        Question across = TestQuizzes.choice("q2", "date", "First", "First", "Second");
        Quiz week = new Quiz(1, "week", "Week", Quiz.Source.summary(sources), "test", 1, List.of(fromDam, across),
                null, sources);
        assertThat(week.source().publisher()).isEqualTo("City Paper, River News");
        Runner runner = new Runner(List.of(), false, Session.Options.defaults());
        VirtualScreen s = new VirtualScreen(80, 24, true).show(runner.startSession(week, 0));
        assertThat(s.text()).contains("City Paper, River News · 2024-05-03"); // the title bar: no headline
        s.press('a');
        assertThat(s.text()).contains("From “Dam Closes” (River News):");
        s.press(KeyType.Enter).press('a');
        assertThat(s.text()).contains("From the articles:");
    }
}
