package newsquiz.export;

import java.util.ArrayList;
import java.util.List;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Moodle XML (docs.moodle.org/en/Moodle_XML_format): a category named after the quiz, then one question element
 * per question in Moodle's own types (multichoice, truefalse, shortanswer, numerical with its tolerance, matching,
 * ordering), the evidence as general feedback. Every type newsquiz has maps to one, so nothing is skipped.
 */
final class MoodleXmlExporter implements Exporter {
    @Override
    public String format() {
        return "moodle-xml";
    }

    @Override
    public String extension() {
        return "moodle.xml";
    }

    @Override
    public String description() {
        return "Moodle XML (every question type, with the evidence as general feedback)";
    }

    @Override
    public Exported export(Quiz quiz) {
        Document doc = Xml.document();
        Element root = doc.createElement("quiz");
        doc.appendChild(root);
        Element category = Xml.add(root, "question", null, "type", "category");
        Xml.add(Xml.add(category, "category", null), "text", "$course$/top/newsquiz/" + Items.title(quiz)
                .replace("/", "-"));
        List<Question> questions = Items.of(quiz);
        List<String> skipped = new ArrayList<>();
        int written = 0;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            Double number = q.type().equals("numeric") ? Items.number(q) : null;
            String type = switch (q.type()) {
                case "multiple_choice" -> "multichoice";
                case "true_false" -> "truefalse";
                case "numeric" -> number != null ? "numerical" : "shortanswer";
                case "matching" -> "matching";
                case "ordering" -> "ordering";
                default -> "shortanswer";
            };
            Element e = Xml.add(root, "question", null, "type", type);
            Xml.add(Xml.add(e, "name", null), "text", q.id() == null ? "Q" + (i + 1) : Items.clean(q.id()));
            html(e, "questiontext", Items.prompt(q));
            html(e, "generalfeedback", Items.feedback(q));
            Xml.add(e, "defaultgrade", "1");
            Xml.add(e, "penalty", type.equals("truefalse") ? "1" : "0.3333333");
            Xml.add(e, "hidden", "0");
            Xml.add(e, "idnumber", Items.clean(q.id() == null ? "" : q.id()));
            switch (type) {
                case "multichoice" -> multichoice(e, q);
                case "truefalse" -> {
                    boolean right = Boolean.TRUE.equals(q.answer());
                    answer(e, right ? "100" : "0", "true", "moodle_auto_format");
                    answer(e, right ? "0" : "100", "false", "moodle_auto_format");
                }
                case "numerical" -> {
                    Element a = answer(e, "100", Items.plain(number), "moodle_auto_format");
                    Xml.add(a, "tolerance", Items.plain(q.tolerance() == null ? 0 : q.tolerance()));
                }
                case "matching" -> {
                    Xml.add(e, "shuffleanswers", "true");
                    for (String[] pair : Items.pairs(q)) {
                        Element sub = Xml.add(e, "subquestion", null, "format", "html");
                        Xml.add(sub, "text", Xml.html(pair[0]));
                        Xml.add(Xml.add(sub, "answer", null), "text", pair[1]);
                    }
                }
                case "ordering" -> ordering(e, q);
                default -> {
                    Xml.add(e, "usecase", "0");
                    Items.typedAnswers(q).forEach(a -> answer(e, "100", a, "moodle_auto_format"));
                }
            }
            written++;
        }
        return new Exported(Xml.bytes(doc), written, skipped, List.of());
    }

    private static void multichoice(Element e, Question q) {
        Xml.add(e, "single", "true");
        Xml.add(e, "shuffleanswers", "true");
        Xml.add(e, "answernumbering", "abc");
        String right = Items.answer(q);
        for (String c : Items.clean(q.choices())) {
            answer(e, c.equals(right) ? "100" : "0", Xml.html(c), "html");
        }
    }

    /** Moodle's ordering type (qtype_ordering): each item's fraction is its place, the items in the right order. */
    private static void ordering(Element e, Question q) {
        Xml.add(e, "layouttype", "VERTICAL");
        Xml.add(e, "selecttype", "ALL");
        Xml.add(e, "selectcount", "0");
        Xml.add(e, "gradingtype", "ABSOLUTE_POSITION");
        Xml.add(e, "showgrading", "SHOW");
        Xml.add(e, "numberingstyle", "none");
        List<String> items = Items.clean(Items.orderedItems(q));
        for (int k = 0; k < items.size(); k++) {
            answer(e, String.valueOf(k + 1), Xml.html(items.get(k)), "html");
        }
    }

    private static Element answer(Element e, String fraction, String text, String format) {
        Element a = Xml.add(e, "answer", null, "fraction", fraction, "format", format);
        Xml.add(a, "text", text);
        Xml.add(Xml.add(a, "feedback", null, "format", "html"), "text", "");
        return a;
    }

    private static void html(Element e, String name, String text) {
        Xml.add(Xml.add(e, name, null, "format", "html"), "text", text.isEmpty() ? "" : "<p>" + Xml.html(text) + "</p>");
    }
}
