package newsquiz.ui;

import newsquiz.review.ArticleContext;
import newsquiz.review.ReviewBank;

/** The home screen's teacher keys: e reviews the chosen bank, x exports it. */
final class TeacherViews {
    private TeacherViews() {
    }

    static View open(char key, QuizLibrary.Entry entry, HomeView home, Runner runner) {
        if (key == 'e') {
            return new ReviewView(new ReviewBank(entry.file(), entry.quiz()),
                    ArticleContext.find(entry.file(), entry.quiz(), null), runner::home,
                    runner.services().flagsByQuestion(entry.quiz().id()));
        }
        return new ExportView(entry, home);
    }
}
