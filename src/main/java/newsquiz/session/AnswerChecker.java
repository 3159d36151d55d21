package newsquiz.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsquiz.questions.Letters;
import newsquiz.questions.Question;

/**
 * Judges an answer: case- and accent-insensitive ("Guaido" is "Guaidó"); small typos forgiven in names by their
 * length (none under 4 letters, one edit up to 7, two beyond) with a note of the right spelling; never fuzzy on
 * numbers; numbers within the question's tolerance, with or without thousands separators; the question's accepted
 * variants honoured.
 */
public final class AnswerChecker {
    private AnswerChecker() {
    }

    /**
     * {@code given} is the chosen choice's text (multiple choice), "True"/"False", typed text, or for matching and
     * ordering the chosen items in order.
     */
    public static Verdict check(Question q, List<String> given) {
        return switch (q.type()) {
            case "matching" -> pairs(matchingAnswer(q), given);
            case "ordering" -> sameSequence(strings(q.answer()), given);
            default -> check(q, given.isEmpty() ? "" : given.get(0));
        };
    }

    public static Verdict check(Question q, String given) {
        String g = given == null ? "" : given.strip();
        if (g.isEmpty()) {
            return Verdict.wrong();
        }
        return switch (q.type()) {
            case "true_false" -> {
                Boolean said = truth(g);
                yield said != null && said.equals(q.answer()) ? Verdict.right() : Verdict.wrong();
            }
            case "multiple_choice" -> normal(g).equals(normal(String.valueOf(q.answer())))
                    ? Verdict.right() : Verdict.wrong();
            case "numeric" -> numeric(q, g);
            default -> typed(q, g);
        };
    }

    private static Boolean truth(String g) {
        String t = normal(g);
        if (t.equals("true") || t.equals("t") || t.equals("yes") || t.equals("y")) {
            return true;
        }
        if (t.equals("false") || t.equals("f") || t.equals("no") || t.equals("n")) {
            return false;
        }
        return null;
    }

    private static Verdict numeric(Question q, String given) {
        Double value = number(given);
        if (value == null) {
            return Verdict.wrong();
        }
        List<String> targets = new ArrayList<>();
        targets.add(String.valueOf(q.answer()));
        if (q.accept() != null) {
            targets.addAll(q.accept());
        }
        double tolerance = q.tolerance() == null ? 0 : q.tolerance();
        for (String t : targets) {
            Double want = number(t);
            if (want != null && Math.abs(want - value) <= tolerance + 1e-9) {
                return Verdict.right();
            }
        }
        return Verdict.wrong();
    }

    /** "1,000", "1000", "1 000" and "1000.0" are one number; words are not numbers here. */
    static Double number(String s) {
        return newsquiz.questions.Numbers.read(s);
    }

    private static Verdict typed(Question q, String given) {
        List<String> targets = new ArrayList<>();
        targets.add(String.valueOf(q.answer()));
        if (q.accept() != null) {
            targets.addAll(q.accept());
        }
        String g = normal(given);
        for (String t : targets) {
            if (normal(t).equals(g) || withoutInitials(normal(t)).equals(withoutInitials(g))) {
                return Verdict.right();
            }
        }
        if (g.matches(".*\\d.*")) {
            return Verdict.wrong(); // never fuzzy on numbers
        }
        for (String t : targets) {
            String n = normal(t);
            int letters = n.replaceAll("[^a-z]", "").length();
            int allowed = letters < 4 ? 0 : letters <= 7 ? 1 : 2;
            if (allowed > 0 && !n.matches(".*\\d.*") && distance(withoutInitials(n), withoutInitials(g)) <= allowed) {
                return new Verdict(true, true, "almost: it is spelled " + t);
            }
        }
        return Verdict.wrong();
    }

    /**
     * Matching: each pair right earns its share (2 of 3 pairs earn two thirds of the points); the note names the
     * quotes given a wrong speaker ("2 of 3 pairs right; wrong: quote 3").
     */
    private static Verdict pairs(List<String> want, List<String> given) {
        if (want.size() != given.size()) {
            return Verdict.wrong();
        }
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < want.size(); i++) {
            if (!normal(want.get(i)).equals(normal(given.get(i)))) {
                wrong.add(String.valueOf(i + 1));
            }
        }
        int right = want.size() - wrong.size();
        return Verdict.partly(right, want.size(), right + " of " + want.size() + " pairs right; wrong: quote"
                + (wrong.size() == 1 ? " " : "s ") + String.join(", ", wrong));
    }

    /** For matching: whether each pair given is right, in the order the quotes are shown. */
    public static List<Boolean> pairsRight(Question q, List<String> given) {
        List<String> want = matchingAnswer(q);
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < want.size(); i++) {
            out.add(i < given.size() && normal(want.get(i)).equals(normal(given.get(i))));
        }
        return out;
    }

    private static Verdict sameSequence(List<String> want, List<String> given) {
        if (want.size() != given.size()) {
            return Verdict.wrong();
        }
        for (int i = 0; i < want.size(); i++) {
            if (!normal(want.get(i)).equals(normal(given.get(i)))) {
                return Verdict.wrong();
            }
        }
        return Verdict.right();
    }

    /** For matching: the speaker of each pair, in the order the quotes are shown. */
    public static List<String> matchingAnswer(Question q) {
        List<String> out = new ArrayList<>();
        if (q.answer() instanceof List<?> pairs) {
            for (Object pair : pairs) {
                if (pair instanceof List<?> p && p.size() == 2) {
                    out.add(String.valueOf(p.get(1)));
                }
            }
        }
        return out;
    }

    /** For matching: the quotes, in the order shown. */
    public static List<String> matchingItems(Question q) {
        List<String> out = new ArrayList<>();
        if (q.answer() instanceof List<?> pairs) {
            for (Object pair : pairs) {
                if (pair instanceof List<?> p && p.size() == 2) {
                    out.add(String.valueOf(p.get(0)));
                }
            }
        }
        return out;
    }

    static List<String> strings(Object answer) {
        List<String> out = new ArrayList<>();
        if (answer instanceof List<?> list) {
            list.forEach(x -> out.add(String.valueOf(x)));
        }
        return out;
    }

    /** Lower case, accents off, curly quotes straight, spaces folded, a leading "the" dropped, edge punctuation off. */
    public static String normal(String s) {
        String t = Letters.plain(s).toLowerCase(Locale.ROOT);
        t = t.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
        t = t.replaceAll("\\s+", " ").strip().replaceAll("^[\"'.,;:!?]+|[\"'.,;:!?]+$", "");
        return t.replaceFirst("^the ", "");
    }

    /**
     * A name without its middle initials: "emily w. murphy" and "emily murphy" are one name ("murphy" alone is
     * accepted when the quiz lists it). Only inner initials go: "j. smith" keeps its first.
     */
    static String withoutInitials(String name) {
        String[] words = name.split(" ");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            boolean initial = words[i].matches("\\p{L}\\.?");
            if (!initial || i == 0 || i == words.length - 1) {
                kept.add(words[i]);
            }
        }
        return String.join(" ", kept);
    }

    /** Edit distance with adjacent swaps (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
