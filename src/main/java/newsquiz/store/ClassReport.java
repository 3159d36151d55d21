package newsquiz.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The teacher's report on one version of a quiz: every attempt with its date and whether it was finished, a
 * gradebook row per player, the class average, a grid of who answered what, and an item analysis per question.
 * Questions are shown by their number in the quiz and their prompt. Practice (retrying missed questions) is listed
 * but never scored, nor counted in the grid or the item analysis.
 */
public record ClassReport(String quizId, String title, List<AttemptRow> attempts, List<PlayerRow> players,
                          Double classAverage, List<QuestionRow> questions, List<GridRow> grid, List<ItemRow> items,
                          int playersRanked) {
    /**
     * Discrimination compares the top and bottom 27% of players: with fewer than this many, each group is one or two
     * players and the figure says more about them than about the question.
     */
    public static final int MIN_PLAYERS_FOR_DISCRIMINATION = 10;
    private static final double GROUP_SHARE = 0.27;

    /** One attempt: when it started, whether it was finished, practice or scored, how far it got. */
    public record AttemptRow(String player, long started, boolean finished, boolean practice, int answered, int total,
                             int percent) {
    }

    /** One row per player, over their scored attempts; {@code lastFinished} false when the last was abandoned. */
    public record PlayerRow(String player, int attempts, int best, int last, boolean lastFinished, double average,
                            long millis) {
    }

    /** A question of the quiz: its number (place in the bank), id and prompt. */
    public record QuestionRow(int number, String id, String prompt) {
    }

    /** A player's latest scored answer to a question: right, wrong (with the answer given), or none. */
    public record Cell(Boolean correct, String given) {
        public boolean answered() {
            return correct != null;
        }
    }

    /** A player's row of the grid: one cell per question of {@link #questions()}. */
    public record GridRow(String player, List<Cell> cells) {
    }

    /** One row per question of the item analysis; discrimination is null when there are too few players. */
    public record ItemRow(int number, String questionId, String prompt, int answers, double shareCorrect,
                          Double discrimination, double averageSeconds, String commonWrong) {
    }

    public boolean discriminationShown() {
        return playersRanked >= MIN_PLAYERS_FOR_DISCRIMINATION;
    }

    public boolean noAttempts() {
        return attempts.isEmpty();
    }

    /** Builds the report from the version's attempts (oldest first) and all its questions (in order). */
    static ClassReport of(String quizId, String title, List<Reports.Attempt> all, List<QuestionRow> bank) {
        List<AttemptRow> attempts = new ArrayList<>();
        for (Reports.Attempt a : all) {
            attempts.add(new AttemptRow(a.player(), a.started(), a.finished() != null, a.practice(), a.answers().size(),
                    a.total(), a.percent()));
        }
        List<Reports.Attempt> scored = all.stream().filter(a -> !a.practice()).toList();
        Map<String, List<Reports.Attempt>> byPlayer = new LinkedHashMap<>();
        for (Reports.Attempt a : scored) {
            if (!a.answers().isEmpty()) {
                byPlayer.computeIfAbsent(a.player(), k -> new ArrayList<>()).add(a);
            }
        }
        List<PlayerRow> players = new ArrayList<>();
        Map<String, Double> ability = new HashMap<>();
        for (var e : byPlayer.entrySet()) {
            List<Reports.Attempt> as = e.getValue();
            Reports.Attempt last = as.get(as.size() - 1);
            players.add(new PlayerRow(e.getKey(), as.size(), as.stream().mapToInt(Reports.Attempt::percent).max().orElse(0),
                    last.percent(), last.finished() != null, as.stream().mapToInt(Reports.Attempt::percent).average()
                    .orElse(0), as.stream().mapToLong(Reports.Attempt::millis).sum()));
            long right = as.stream().mapToLong(Reports.Attempt::correct).sum();
            long given = as.stream().mapToLong(a -> a.answers().size()).sum();
            ability.put(e.getKey(), (double) right / given);
        }
        players.sort(Comparator.comparing(PlayerRow::player));
        Double classAverage = players.isEmpty() ? null : players.stream().mapToInt(PlayerRow::best).average().orElse(0);
        List<QuestionRow> questions = asked(scored, bank);
        return new ClassReport(quizId, title, attempts, players, classAverage, questions, grid(players, scored, questions),
                items(scored, questions, ability), ability.size());
    }

    /** The questions scored attempts drew (the first {@code total} of the bank) or answered, in the bank's order. */
    private static List<QuestionRow> asked(List<Reports.Attempt> scored, List<QuestionRow> bank) {
        int drawn = scored.stream().mapToInt(Reports.Attempt::total).max().orElse(0);
        TreeSet<String> answered = new TreeSet<>();
        scored.forEach(a -> a.answers().forEach(x -> answered.add(x.questionId())));
        return bank.stream().filter(q -> q.number() <= drawn || answered.contains(q.id())).toList();
    }

    private static List<GridRow> grid(List<PlayerRow> players, List<Reports.Attempt> scored,
                                      List<QuestionRow> questions) {
        List<GridRow> grid = new ArrayList<>();
        for (PlayerRow p : players) {
            Map<String, Reports.Answer> latest = new HashMap<>();
            for (Reports.Attempt a : scored) {
                if (a.player().equals(p.player())) {
                    a.answers().forEach(x -> latest.put(x.questionId(), x));
                }
            }
            List<Cell> cells = new ArrayList<>();
            for (QuestionRow q : questions) {
                Reports.Answer x = latest.get(q.id());
                cells.add(x == null ? new Cell(null, "") : new Cell(x.correct(), x.given()));
            }
            grid.add(new GridRow(p.player(), cells));
        }
        return grid;
    }

    private static List<ItemRow> items(List<Reports.Attempt> scored, List<QuestionRow> questions,
                                       Map<String, Double> ability) {
        List<String> ranked = new ArrayList<>(ability.keySet());
        ranked.sort(Comparator.comparingDouble((String p) -> ability.get(p)).reversed().thenComparing(p -> p));
        int group = ranked.size() < MIN_PLAYERS_FOR_DISCRIMINATION ? 0
                : (int) Math.round(ranked.size() * GROUP_SHARE);
        List<String> top = ranked.subList(0, group);
        List<String> bottom = ranked.subList(ranked.size() - group, ranked.size());
        List<ItemRow> items = new ArrayList<>();
        for (QuestionRow q : questions) {
            List<Reports.Answer> xs = new ArrayList<>();
            List<String> who = new ArrayList<>();
            for (Reports.Attempt a : scored) {
                for (Reports.Answer x : a.answers()) {
                    if (x.questionId().equals(q.id())) {
                        xs.add(x);
                        who.add(a.player());
                    }
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            double share = xs.stream().filter(Reports.Answer::correct).count() / (double) xs.size();
            Double discrimination = group == 0 ? null : share(xs, who, top) - share(xs, who, bottom);
            Map<String, Integer> wrong = new HashMap<>();
            xs.stream().filter(x -> !x.correct() && !x.given().isBlank()).forEach(x -> wrong.merge(x.given(), 1, Integer::sum));
            String common = wrong.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("");
            items.add(new ItemRow(q.number(), q.id(), q.prompt(), xs.size(), share, discrimination,
                    xs.stream().mapToLong(Reports.Answer::millis).average().orElse(0) / 1000.0, common));
        }
        return items;
    }

    /** Share of right answers to one question among the answers given by a group of players. */
    private static double share(List<Reports.Answer> answers, List<String> who, List<String> group) {
        int n = 0;
        int right = 0;
        for (int i = 0; i < answers.size(); i++) {
            if (group.contains(who.get(i))) {
                n++;
                right += answers.get(i).correct() ? 1 : 0;
            }
        }
        return n == 0 ? 0 : (double) right / n;
    }
}
