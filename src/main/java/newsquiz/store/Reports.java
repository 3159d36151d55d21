package newsquiz.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Progress for students and gradebooks for teachers, computed from the stored answers. */
public final class Reports {
    /** One attempt with its answers. */
    record Attempt(long id, String player, String quizId, long versionId, String quizTitle, long started,
                   Long finished, int total, boolean practice, List<Answer> answers) {
        int correct() {
            return (int) answers.stream().filter(Answer::correct).count();
        }

        int percent() {
            return total == 0 ? 0 : Math.round(100f * correct() / total);
        }

        long millis() {
            return answers.stream().mapToLong(Answer::millis).sum();
        }
    }

    record Answer(String questionId, int position, String kind, String type, String prompt, String given,
                  boolean correct, long millis) {
    }

    /**
     * A student's progress. Percentages are of the questions drawn in each attempt; attempts, best, last, average
     * and trend count scored attempts only ({@code practice} rounds of missed questions are counted apart), and
     * {@code lastFinished} is false when the last one was abandoned. Accuracy, time and misses count every answer.
     */
    public record Stats(String player, String quiz, int attempts, int unfinished, Integer best, Integer last,
                        Double average, List<Integer> trend, Map<String, int[]> byKind, Map<String, int[]> byType,
                        double secondsPerQuestion, List<Missed> mostMissed, int practice, boolean lastFinished) {
    }

    public record Missed(String prompt, String quizTitle, int times) {
    }

    private final Gradebook book;

    public Reports(Gradebook book) {
        this.book = book;
    }

    /** The quiz a teacher names: its id, its file name, or words of its title or file name (any of its versions). */
    public String quizId(String nameOrId) throws StoreException {
        Map<String, String[]> quizzes = new LinkedHashMap<>();
        try (PreparedStatement p = book.statement("SELECT quiz_id, title, file FROM quiz_versions ORDER BY title, id");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                quizzes.putIfAbsent(r.getString(1) + "\n" + r.getString(2),
                        new String[] {r.getString(1), r.getString(2), r.getString(3)});
            }
        } catch (SQLException e) {
            throw book.failure(e);
        }
        String want = nameOrId.toLowerCase(Locale.ROOT).replaceFirst("\\.(json|txt|html?|md)$", "");
        java.util.Set<String> hits = new java.util.LinkedHashSet<>();
        for (String[] q : quizzes.values()) {
            String file = q[2] == null ? "" : q[2].toLowerCase(Locale.ROOT).replaceFirst("\\.[^.]+$", "");
            if (q[0].equalsIgnoreCase(nameOrId) || file.equals(want)) {
                return q[0];
            }
            // the title students see hides the headline's answers ("… again elected …"): words of the file's name
            // find it too
            if (q[1].toLowerCase(Locale.ROOT).contains(want) || !want.isEmpty() && file.contains(want)) {
                hits.add(q[0]);
            }
        }
        if (hits.size() == 1) {
            return hits.iterator().next();
        }
        StringBuilder known = new StringBuilder();
        for (String[] q : quizzes.values()) {
            known.append("\n  ").append(q[2] == null ? q[0] : q[2].replaceFirst("\\.[^.]+$", "")).append(": ")
                    .append(q[1]);
        }
        throw new StoreException("no single quiz matches \"" + nameOrId + "\"" + (hits.size() > 1 ? " (several do)" : "")
                + "; the gradebook knows:" + (quizzes.isEmpty() ? " none yet" : known.toString()));
    }

    /** The newest version of a quiz the gradebook knows. */
    public long latestVersion(String quizId) throws StoreException {
        return number("SELECT MAX(id) FROM quiz_versions WHERE quiz_id = ?", quizId);
    }

    /** How many versions of a quiz (same id, other title or questions) the gradebook keeps. */
    public int versionCount(String quizId) throws StoreException {
        return (int) number("SELECT COUNT(*) FROM quiz_versions WHERE quiz_id = ?", quizId);
    }

    private long number(String sql, Object... args) throws StoreException {
        try (PreparedStatement p = book.statement(sql, args); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw book.failure(e);
        }
    }

    /** This quiz file's version in the gradebook, if anyone has played it. */
    public java.util.Optional<Long> versionOf(newsquiz.questions.Quiz quiz) throws StoreException {
        try (PreparedStatement p = book.statement("SELECT id FROM quiz_versions WHERE quiz_id = ? AND checksum = ?",
                quiz.id(), QuizVersions.checksum(quiz)); ResultSet r = p.executeQuery()) {
            return r.next() ? java.util.Optional.of(r.getLong(1)) : java.util.Optional.empty();
        } catch (SQLException e) {
            throw book.failure(e);
        }
    }

    /** Attempts (with their answers) of a player and a quiz or one version of it; null means any. */
    private List<Attempt> attempts(String player, String quizId, Long versionId) throws StoreException {
        Map<Long, Attempt> byId = new LinkedHashMap<>();
        String filter = " WHERE (CAST(? AS TEXT) IS NULL OR p.name = ?) AND (CAST(? AS TEXT) IS NULL OR t.quiz_id = ?)"
                + " AND (CAST(? AS BIGINT) IS NULL OR t.version_id = ?)";
        Object[] args = {player, player, quizId, quizId, versionId, versionId};
        String sql = "SELECT t.id, p.name, t.quiz_id, t.version_id, v.title, t.started_at, t.finished_at, t.total,"
                + " t.practice FROM attempts t JOIN players p ON p.id = t.player_id JOIN quiz_versions v ON v.id = t.version_id"
                + filter + " ORDER BY t.started_at, t.id";
        try (PreparedStatement p = book.statement(sql, args); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                long finished = r.getLong(7);
                Long fin = r.wasNull() ? null : finished;
                byId.put(r.getLong(1), new Attempt(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4),
                        r.getString(5), r.getLong(6), fin, r.getInt(8), r.getInt(9) == 1, new ArrayList<>()));
            }
        } catch (SQLException e) {
            throw book.failure(e);
        }
        String answers = "SELECT a.attempt_id, a.question_id, q.position, q.kind, q.type, q.prompt, a.given, a.correct,"
                + " a.millis FROM answers a JOIN attempts t ON t.id = a.attempt_id JOIN players p ON p.id = t.player_id"
                + " JOIN version_questions q ON q.version_id = t.version_id AND q.question_id = a.question_id"
                + filter + " ORDER BY a.answered_at, a.id";
        try (PreparedStatement p = book.statement(answers, args); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Attempt a = byId.get(r.getLong(1));
                if (a != null) {
                    a.answers().add(new Answer(r.getString(2), r.getInt(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getInt(8) == 1, r.getLong(9)));
                }
            }
        } catch (SQLException e) {
            throw book.failure(e);
        }
        return new ArrayList<>(byId.values());
    }

    public Stats stats(String player, String quizId) throws StoreException {
        List<Attempt> all = attempts(player, quizId, null);
        Map<String, int[]> byKind = new LinkedHashMap<>();
        Map<String, int[]> byType = new LinkedHashMap<>();
        Map<String, Missed> missed = new HashMap<>();
        long millis = 0;
        int answered = 0;
        for (Attempt a : all) {
            for (Answer x : a.answers()) {
                count(byKind, x.kind(), x.correct());
                count(byType, x.type(), x.correct());
                millis += x.millis();
                answered++;
                if (!x.correct()) {
                    String key = a.quizId() + "|" + x.questionId();
                    Missed m = missed.get(key);
                    missed.put(key, new Missed(x.prompt(), a.quizTitle(), m == null ? 1 : m.times() + 1));
                }
            }
        }
        List<Attempt> scored = all.stream().filter(a -> !a.practice()).toList();
        List<Attempt> withAnswers = scored.stream().filter(a -> !a.answers().isEmpty()).toList();
        List<Integer> percents = withAnswers.stream().map(Attempt::percent).toList();
        List<Missed> most = new ArrayList<>(missed.values());
        most.sort(Comparator.comparingInt(Missed::times).reversed().thenComparing(Missed::prompt));
        return new Stats(player, quizId, scored.size(), (int) scored.stream().filter(a -> a.finished() == null).count(),
                percents.isEmpty() ? null : percents.stream().max(Integer::compare).get(),
                percents.isEmpty() ? null : percents.get(percents.size() - 1),
                percents.isEmpty() ? null : percents.stream().mapToInt(Integer::intValue).average().orElse(0),
                percents.subList(Math.max(0, percents.size() - 12), percents.size()), byKind, byType,
                answered == 0 ? 0 : millis / 1000.0 / answered, most.subList(0, Math.min(5, most.size())),
                all.size() - scored.size(),
                withAnswers.isEmpty() || withAnswers.get(withAnswers.size() - 1).finished() != null);
    }

    private static void count(Map<String, int[]> map, String key, boolean correct) {
        int[] c = map.computeIfAbsent(key, k -> new int[2]);
        c[1]++;
        if (correct) {
            c[0]++;
        }
    }

    /** The best percentage per quiz id for a player, for the home screen. */
    public Map<String, Integer> bestByQuiz(String player) throws StoreException {
        Map<String, Integer> best = new HashMap<>();
        for (Attempt a : attempts(player, null, null)) {
            if (!a.practice() && !a.answers().isEmpty()) {
                best.merge(a.quizId(), a.percent(), Math::max);
            }
        }
        return best;
    }

    /** The teacher's report on one version of a quiz (see {@link ClassReport}). */
    public ClassReport report(long versionId) throws StoreException {
        List<ClassReport.QuestionRow> bank = new ArrayList<>();
        try (PreparedStatement p = book.statement("SELECT position, question_id, prompt FROM version_questions"
                + " WHERE version_id = ? ORDER BY position", versionId); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                bank.add(new ClassReport.QuestionRow(r.getInt(1), r.getString(2), r.getString(3)));
            }
        } catch (SQLException e) {
            throw book.failure(e);
        }
        String[] quiz = {"", ""};
        try (PreparedStatement p = book.statement("SELECT quiz_id, title FROM quiz_versions WHERE id = ?", versionId);
             ResultSet r = p.executeQuery()) {
            if (r.next()) {
                quiz = new String[] {r.getString(1), r.getString(2)};
            }
        } catch (SQLException e) {
            throw book.failure(e);
        }
        return ClassReport.of(quiz[0], quiz[1], attempts(null, null, versionId), bank);
    }
}
