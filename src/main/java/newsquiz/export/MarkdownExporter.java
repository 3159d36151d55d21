package newsquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import newsquiz.questions.Quiz;

/** The worksheet as Markdown text: heading, numbered questions, then the answer key with evidence. */
final class MarkdownExporter implements Exporter {
    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public String description() {
        return "Markdown text: the worksheet and its answer key";
    }

    @Override
    public Exported export(Quiz quiz) {
        Paper paper = Paper.of(quiz);
        StringBuilder out = new StringBuilder("# ").append(escape(paper.title())).append("\n\n");
        String from = String.join(" · ", java.util.stream.Stream.of(paper.source(), paper.date())
                .filter(s -> !s.isEmpty()).toList());
        if (!from.isEmpty()) {
            out.append('*').append(escape(from)).append("*\n\n");
        }
        out.append("Name: ______________________   Date: ____________\n\n");
        for (Paper.Item item : paper.items()) {
            out.append(item.number()).append(". ").append(escape(item.prompt())).append("\n\n");
            for (String line : item.lines()) {
                out.append("    ").append(line).append("\n");
            }
            out.append('\n');
        }
        out.append("---\n\n## Answer key\n\n");
        for (Paper.Key k : paper.key()) {
            out.append(k.number()).append(". **").append(escape(k.answer())).append("**");
            if (!k.evidence().isEmpty()) {
                out.append("  \n   > ").append(escape(k.evidence()));
            }
            out.append("\n");
        }
        return new Exported(out.toString().getBytes(StandardCharsets.UTF_8), paper.items().size(), List.of(),
                List.of());
    }

    /** Markdown's inline marks shown as themselves: a headline with an asterisk stays text. */
    static String escape(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
