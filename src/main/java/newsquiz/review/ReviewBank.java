package newsquiz.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsquiz.io.WholeFiles;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;

/**
 * A quiz bank under review: the teacher's verdicts, flags, edits and order, kept in memory until saved. Pure
 * apart from {@link #save}, which keeps the previous file as {@code QUIZ.json.bak} and writes the new one whole.
 * The screen and the plain mode both drive it.
 */
public final class ReviewBank {
    private final Path file;
    private final Quiz original;
    private final List<Question> questions;
    private Integer useFirst;
    private boolean changed;

    public ReviewBank(Path file, Quiz quiz) {
        this.file = file;
        this.original = quiz;
        this.questions = new ArrayList<>(quiz.questions());
        this.useFirst = quiz.useFirst();
    }

    public Path file() {
        return file;
    }

    public String title() {
        return original.title();
    }

    public Quiz.Source source() {
        return original.source();
    }

    public int size() {
        return questions.size();
    }

    public Question get(int i) {
        return questions.get(i);
    }

    public boolean changed() {
        return changed;
    }

    public Integer useFirst() {
        return useFirst;
    }

    /** Counts of accepted, rejected and unreviewed questions. */
    public int[] counts() {
        int accepted = 0;
        int rejected = 0;
        for (Question q : questions) {
            accepted += q.accepted() ? 1 : 0;
            rejected += q.rejected() ? 1 : 0;
        }
        return new int[] {accepted, rejected, questions.size() - accepted - rejected};
    }

    public void accept(int i) {
        set(i, questions.get(i).withReview(Question.ACCEPTED, questions.get(i).flag()));
    }

    public void reject(int i) {
        set(i, questions.get(i).withReview(Question.REJECTED, questions.get(i).flag()));
    }

    /** Back to not reviewed. */
    public void unreview(int i) {
        set(i, questions.get(i).withReview(null, questions.get(i).flag()));
    }

    /** A note that the key may be wrong; blank clears it. */
    public void flag(int i, String note) {
        set(i, questions.get(i).withReview(questions.get(i).review(), note == null ? null : note.strip()));
    }

    /** Moves question i up (-1) or down (+1); returns its new place. */
    public int move(int i, int delta) {
        int j = i + delta;
        if (j < 0 || j >= questions.size()) {
            return i;
        }
        Question q = questions.remove(i);
        questions.add(j, q);
        changed = true;
        return j;
    }

    /** Sessions draw from the first n of the reviewed order; null or 0: no limit. */
    public void useFirst(Integer n) {
        useFirst = n == null || n <= 0 ? null : n;
        changed = true;
    }

    /**
     * Changes one field of question i from the teacher's typed text (see {@link Edits}); returns null when done,
     * else what is wrong, leaving the question as it was.
     */
    public String edit(int i, Edits.Field field, String text) {
        Edits.Result r = Edits.apply(questions.get(i), field, text);
        if (r.problem() != null) {
            return r.problem();
        }
        set(i, r.question());
        return null;
    }

    public Quiz quiz() {
        return original.withQuestions(questions, useFirst);
    }

    /** Writes the bank whole, the previous file kept as QUIZ.json.bak. */
    public void save() throws IOException {
        if (Files.exists(file)) {
            Path bak = file.resolveSibling(file.getFileName() + ".bak");
            WholeFiles.write(bak, Files.readAllBytes(file));
        }
        QuizFiles.write(quiz(), file);
        changed = false;
    }

    private void set(int i, Question q) {
        questions.set(i, q);
        changed = true;
    }

}
