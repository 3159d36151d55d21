package newsquiz.imports;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import newsquiz.article.BadInputException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads Moodle XML (docs.moodle.org/en/Moodle_XML_format): multichoice (one right answer), truefalse, shortanswer,
 * numerical, matching and ordering questions; HTML text becomes plain text. Categories are not questions; other
 * types (essay, cloze, calculated, drag and drop, multiple-answer multichoice) are skipped and counted. The parser
 * reads no DTD and no external entity.
 */
public final class MoodleXmlReader {
    private MoodleXmlReader() {
    }

    public static Imported read(String label, String title, String text) throws BadInputException {
        Document doc = parse(label, text);
        Bank bank = new Bank("Moodle XML");
        NodeList questions = doc.getDocumentElement().getElementsByTagName("question");
        int number = 0;
        for (int i = 0; i < questions.getLength(); i++) {
            Element q = (Element) questions.item(i);
            String type = q.getAttribute("type");
            if (type.equals("category")) {
                continue;
            }
            number++;
            String where = "question " + number + " (" + type + ")";
            String name = textOf(child(q, "name"));
            String prompt = html(child(q, "questiontext"));
            String feedback = html(child(q, "generalfeedback"));
            List<Element> answers = children(q, "answer");
            switch (type) {
                case "multichoice" -> {
                    List<Element> right = answers.stream().filter(a -> fraction(a) >= 100).toList();
                    if (!"true".equals(textOf(child(q, "single"))) && right.size() != 1) {
                        bank.skip(where, "a multiple-answer question");
                    } else if (right.size() != 1 || answers.size() < 2) {
                        bank.skip(where, "not exactly one right answer");
                    } else {
                        bank.add(name, "multiple_choice", prompt, answers.stream().map(MoodleXmlReader::html).toList(),
                                html(right.get(0)), List.of(), null, feedback);
                    }
                }
                case "truefalse" -> {
                    Element right = answers.stream().filter(a -> fraction(a) >= 100).findFirst().orElse(null);
                    if (right == null) {
                        bank.skip(where, "no right answer");
                    } else {
                        bank.add(name, "true_false", prompt, List.of("True", "False"),
                                textOf(child(right, "text")).strip().equalsIgnoreCase("true"), List.of(), null, feedback);
                    }
                }
                case "shortanswer" -> {
                    List<String> right = answers.stream().filter(a -> fraction(a) >= 100)
                            .map(a -> textOf(child(a, "text")).strip()).toList();
                    if (right.isEmpty()) {
                        bank.skip(where, "no answer worth full marks");
                    } else {
                        bank.add(name, "short_answer", prompt, null, right.get(0), right.subList(1, right.size()), null,
                                feedback);
                    }
                }
                case "numerical" -> numerical(bank, where, name, prompt, feedback, answers);
                case "matching" -> matching(bank, where, name, prompt, feedback, q);
                case "ordering" -> {
                    List<Element> sorted = new ArrayList<>(answers);
                    sorted.sort(Comparator.comparingDouble(MoodleXmlReader::fraction));
                    List<String> items = sorted.stream().map(MoodleXmlReader::html).toList();
                    if (items.size() < 2) {
                        bank.skip(where, "fewer than two items");
                    } else {
                        bank.add(name, "ordering", prompt, shown(items), items, List.of(), null, feedback);
                    }
                }
                default -> bank.skip(where, "newsquiz has no " + type + " question");
            }
        }
        return bank.quiz(label, title, text);
    }

    private static void numerical(Bank bank, String where, String name, String prompt, String feedback,
                                  List<Element> answers) {
        Element right = answers.stream().filter(a -> fraction(a) >= 100).findFirst().orElse(null);
        try {
            if (right == null) {
                bank.skip(where, "no answer worth full marks");
                return;
            }
            String value = textOf(child(right, "text")).strip();
            Double.parseDouble(value);
            String tolerance = textOf(child(right, "tolerance")).strip();
            bank.add(name, "numeric", prompt, null, value, List.of(), tolerance.isEmpty() ? 0.0
                    : Double.parseDouble(tolerance), feedback);
        } catch (NumberFormatException e) {
            bank.skip(where, "an answer that is not a number");
        }
    }

    private static void matching(Bank bank, String where, String name, String prompt, String feedback, Element q) {
        List<List<String>> pairs = new ArrayList<>();
        List<String> matches = new ArrayList<>();
        for (Element sub : children(q, "subquestion")) {
            String item = html(sub);
            String match = textOf(child(child(sub, "answer"), "text")).strip();
            if (!matches.contains(match)) {
                matches.add(match);
            }
            if (!item.isEmpty()) {
                pairs.add(List.of(item, match));
            }
        }
        if (pairs.size() < 2) {
            bank.skip(where, "fewer than two pairs");
        } else {
            bank.add(name, "matching", prompt, matches, pairs, List.of(), null, feedback);
        }
    }

    /** The items as the student first sees them: not in the answer's order (a fixed rotation, so runs agree). */
    private static List<String> shown(List<String> items) {
        List<String> out = new ArrayList<>(items.subList(1, items.size()));
        out.add(items.get(0));
        java.util.Collections.reverse(out);
        return out.equals(items) ? items : out;
    }

    private static Document parse(String label, String text) throws BadInputException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document doc = builder.parse(new InputSource(new StringReader(text)));
            if (!doc.getDocumentElement().getTagName().equals("quiz")) {
                throw new BadInputException(label + ": not Moodle XML (the root element is <"
                        + doc.getDocumentElement().getTagName() + ">, not <quiz>)");
            }
            return doc;
        } catch (SAXParseException e) {
            throw new BadInputException(label + ", line " + e.getLineNumber() + ": not valid XML (" + e.getMessage()
                    + ")");
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new BadInputException(label + ": not valid XML (" + e.getMessage() + ")");
        }
    }

    private static double fraction(Element answer) {
        try {
            return Double.parseDouble(answer.getAttribute("fraction"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String textOf(Element e) {
        return e == null ? "" : e.getTextContent();
    }

    /** An element's text child as plain text: HTML (Moodle's usual format) through jsoup, else as written. */
    private static String html(Element e) {
        Element t = child(e, "text");
        if (t == null) {
            return "";
        }
        String format = e.getAttribute("format");
        String text = t.getTextContent();
        return (format.isEmpty() || format.equals("html") ? org.jsoup.Jsoup.parse(text).text() : text)
                .replaceAll("\\s+", " ").strip();
    }
}
