package newsquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;

/**
 * Anki's text import (File > Import): the file headers Anki reads (tab separator, HTML, the tags column), then a
 * note per line: front (the question), back (the answer, the evidence sentence and the source) and tags by kind
 * and type. Text is HTML-escaped, since Anki reads the fields as HTML.
 */
final class AnkiTsvExporter implements Exporter {
    @Override
    public String format() {
        return "anki-tsv";
    }

    @Override
    public String extension() {
        return "anki.txt";
    }

    @Override
    public String description() {
        return "Anki text import: front, back, tags, tab-separated";
    }

    @Override
    public Exported export(Quiz quiz) {
        StringBuilder out = new StringBuilder("#separator:tab\n#html:true\n#notetype:Basic\n#tags column:3\n");
        List<Question> questions = Items.of(quiz);
        for (Question q : questions) {
            out.append(front(q)).append('\t').append(back(quiz, q)).append('\t').append(tags(q)).append('\n');
        }
        return new Exported(out.toString().getBytes(StandardCharsets.UTF_8), questions.size(), List.of(), List.of());
    }

    static String front(Question q) {
        StringBuilder b = new StringBuilder(Xml.html(Items.prompt(q)));
        if (q.type().equals("multiple_choice") || q.type().equals("ordering") || q.type().equals("matching")) {
            b.append("<br><br>").append(String.join("<br>", Items.clean(q.choices()).stream().map(Xml::html).toList()));
        }
        return b.toString();
    }

    static String back(Quiz quiz, Question q) {
        StringBuilder b = new StringBuilder("<b>").append(Xml.html(Items.answer(q))).append("</b>");
        if (!Items.evidence(q).isEmpty()) {
            b.append("<br><br><i>“").append(Xml.html(Items.evidence(q))).append("”</i>");
        }
        if (!Items.source(quiz).isEmpty()) {
            b.append("<br><small>").append(Xml.html(Items.source(quiz))).append("</small>");
        }
        return b.toString();
    }

    /** Anki tags hold no spaces: "newsquiz kind::quote type::multiple_choice". */
    static String tags(Question q) {
        return "newsquiz kind::" + tag(q.kind()) + " type::" + tag(q.type());
    }

    private static String tag(String s) {
        String t = Items.clean(s).replaceAll("[^\\p{L}\\p{N}_-]+", "_");
        return t.isEmpty() ? "none" : t;
    }
}
