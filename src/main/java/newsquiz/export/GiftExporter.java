package newsquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;

/**
 * Moodle's GIFT text format (docs.moodle.org/en/GIFT_format): a question per block, its id as the title, the
 * text in [plain] format, the answers in braces and the evidence as general feedback (####). GIFT has no ordering
 * question, and a matching question needs at least three pairs: those are skipped and counted.
 */
final class GiftExporter implements Exporter {
    @Override
    public String format() {
        return "gift";
    }

    @Override
    public String extension() {
        return "gift.txt";
    }

    @Override
    public String description() {
        return "Moodle GIFT text (Moodle, and most quiz tools that import GIFT)";
    }

    @Override
    public Exported export(Quiz quiz) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(Items.title(quiz)).append('\n');
        if (!Items.source(quiz).isEmpty()) {
            out.append("// ").append(Items.source(quiz)).append('\n');
        }
        out.append("// exported by newsquiz\n\n");
        List<String> skipped = new ArrayList<>();
        int written = 0;
        List<Question> questions = Items.of(quiz);
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String answers = answers(q);
            if (answers == null) {
                skipped.add(Items.name(i + 1, q) + ": GIFT has no " + q.type().replace('_', ' ')
                        + (q.type().equals("matching") ? " of fewer than three pairs" : "") + " question");
                continue;
            }
            String feedback = Items.feedback(q);
            out.append("::").append(escape(q.id() == null ? "Q" + (i + 1) : Items.clean(q.id()))).append("::[plain]")
                    .append(escape(Items.prompt(q))).append(" {").append(answers)
                    .append(feedback.isEmpty() ? "" : "\n\t####" + escape(feedback)).append("\n}\n\n");
            written++;
        }
        return new Exported(out.toString().getBytes(StandardCharsets.UTF_8), written, skipped, List.of());
    }

    /** The answer block's lines, or null when GIFT cannot express the question. */
    private static String answers(Question q) {
        StringBuilder b = new StringBuilder();
        switch (q.type()) {
            case "multiple_choice" -> {
                b.append("\n\t=").append(escape(Items.answer(q)));
                Items.wrong(q).forEach(w -> b.append("\n\t~").append(escape(w)));
            }
            case "true_false" -> b.append(Boolean.TRUE.equals(q.answer()) ? "TRUE" : "FALSE");
            case "numeric" -> {
                Double n = Items.number(q);
                if (n == null) {
                    return typed(q);
                }
                double tolerance = q.tolerance() == null ? 0 : q.tolerance();
                b.append("#").append(Items.plain(n)).append(':').append(Items.plain(tolerance));
            }
            case "matching" -> {
                List<String[]> pairs = Items.pairs(q);
                if (pairs.size() < 3) {
                    return null;
                }
                // "->" splits an item from its match: an item may not hold one
                pairs.forEach(p -> b.append("\n\t=").append(escape(p[0].replace("->", "→"))).append(" -> ")
                        .append(escape(p[1].replace("->", "→"))));
            }
            case "ordering" -> {
                return null;
            }
            default -> {
                return typed(q);
            }
        }
        return b.toString();
    }

    private static String typed(Question q) {
        StringBuilder b = new StringBuilder();
        Items.typedAnswers(q).forEach(a -> b.append("\n\t=").append(escape(a)));
        return b.toString();
    }

    /** GIFT's special characters ~ = # { } : escaped with a backslash (and the backslash itself first). */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\~=#{}:".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
