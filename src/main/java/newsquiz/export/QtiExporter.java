package newsquiz.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import newsquiz.questions.Question;
import newsquiz.questions.Quiz;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An IMS QTI 2.1 content package, the zip Canvas, Blackboard and most LMSs import: {@code imsmanifest.xml}, one
 * assessmentItem file per question and an assessmentTest that lists them in order. Choices are choiceInteraction,
 * typed answers textEntryInteraction with every accepted variant mapped, ordering orderInteraction and matching
 * matchInteraction; scoring uses QTI's standard response-processing templates. The evidence is not included: QTI's
 * feedback needs custom response processing that importers handle unevenly.
 */
final class QtiExporter implements Exporter {
    static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/";

    @Override
    public String format() {
        return "qti";
    }

    @Override
    public String extension() {
        return "qti.zip";
    }

    @Override
    public String description() {
        return "IMS QTI 2.1 package (.zip: Canvas, Blackboard, most LMSs)";
    }

    @Override
    public Exported export(Quiz quiz) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> items = new ArrayList<>();
        List<Question> questions = Items.of(quiz);
        for (int i = 0; i < questions.size(); i++) {
            String id = identifier(questions.get(i).id(), "item-" + (i + 1), items);
            items.add(id);
            files.put("items/" + id + ".xml", Xml.bytes(item(questions.get(i), id)));
        }
        files.put("test.xml", Xml.bytes(test(quiz, items)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write(Xml.bytes(manifest(quiz, items)));
            zip.closeEntry();
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return new Exported(bytes.toByteArray(), questions.size(), List.of(), List.of());
    }

    /** A QTI identifier (an XML name) from the question's id, else the fallback; unique within the package. */
    private static String identifier(String id, String fallback, List<String> taken) {
        String s = id != null && id.matches("[A-Za-z_][A-Za-z0-9_.-]{0,60}") ? id : fallback;
        return taken.contains(s) ? fallback + "-" + taken.size() : s;
    }

    private static Element root(Document doc, String ns, String name, String schema) {
        Element r = doc.createElementNS(ns, name);
        r.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        r.setAttributeNS(XSI, "xsi:schemaLocation", ns + " " + schema);
        doc.appendChild(r);
        return r;
    }

    private static Document item(Question q, String id) {
        Document doc = Xml.document();
        Element item = root(doc, QTI, "assessmentItem", "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
        item.setAttribute("identifier", id);
        item.setAttribute("title", Items.prompt(q).length() > 60 ? Fit.text(Items.prompt(q), 60) : Items.prompt(q));
        item.setAttribute("adaptive", "false");
        item.setAttribute("timeDependent", "false");
        Element response = Xml.add(item, "responseDeclaration", null, "identifier", "RESPONSE");
        Element correct = Xml.add(response, "correctResponse", null);
        Element outcome = Xml.add(item, "outcomeDeclaration", null, "identifier", "SCORE", "cardinality", "single",
                "baseType", "float");
        Xml.add(Xml.add(outcome, "defaultValue", null), "value", "0");
        Element body = Xml.add(item, "itemBody", null);
        String template = "match_correct";
        switch (q.type()) {
            case "multiple_choice", "true_false" -> {
                List<String> choices = q.type().equals("true_false") ? List.of("True", "False") : Items.clean(q.choices());
                declare(response, "single", "identifier");
                Element interaction = Xml.add(body, "choiceInteraction", null, "responseIdentifier", "RESPONSE",
                        "shuffle", "false", "maxChoices", "1");
                Xml.add(interaction, "prompt", Items.prompt(q));
                for (int k = 0; k < choices.size(); k++) {
                    Xml.add(interaction, "simpleChoice", choices.get(k), "identifier", "choice" + (k + 1));
                    if (choices.get(k).equals(Items.answer(q))) {
                        Xml.add(correct, "value", "choice" + (k + 1));
                    }
                }
            }
            case "ordering" -> {
                declare(response, "ordered", "identifier");
                List<String> shown = Items.clean(q.choices());
                Element interaction = Xml.add(body, "orderInteraction", null, "responseIdentifier", "RESPONSE",
                        "shuffle", "false");
                Xml.add(interaction, "prompt", Items.prompt(q));
                for (int k = 0; k < shown.size(); k++) {
                    Xml.add(interaction, "simpleChoice", shown.get(k), "identifier", "item" + (k + 1));
                }
                for (String item1 : Items.clean(Items.orderedItems(q))) {
                    Xml.add(correct, "value", "item" + (shown.indexOf(item1) + 1));
                }
            }
            case "matching" -> matching(q, response, correct, body);
            default -> {
                declare(response, "single", "string");
                Xml.add(correct, "value", Items.answer(q));
                Element mapping = Xml.add(response, "mapping", null, "defaultValue", "0");
                Items.typedAnswers(q).forEach(a -> Xml.add(mapping, "mapEntry", null, "mapKey", a, "mappedValue", "1",
                        "caseSensitive", "false"));
                Element p = Xml.add(body, "p", Items.prompt(q) + " ");
                Xml.add(p, "textEntryInteraction", null, "responseIdentifier", "RESPONSE", "expectedLength", "30");
                template = "map_response";
            }
        }
        Xml.add(item, "responseProcessing", null, "template", TEMPLATES + template);
        return doc;
    }

    private static void matching(Question q, Element response, Element correct, Element body) {
        declare(response, "multiple", "directedPair");
        List<String[]> pairs = Items.pairs(q);
        List<String> matches = Items.clean(q.choices());
        Element interaction = Xml.add(body, "matchInteraction", null, "responseIdentifier", "RESPONSE",
                "shuffle", "false", "maxAssociations", String.valueOf(pairs.size()));
        Xml.add(interaction, "prompt", Items.prompt(q));
        Element left = Xml.add(interaction, "simpleMatchSet", null);
        Element right = Xml.add(interaction, "simpleMatchSet", null);
        for (int k = 0; k < pairs.size(); k++) {
            Xml.add(left, "simpleAssociableChoice", pairs.get(k)[0], "identifier", "item" + (k + 1), "matchMax", "1");
        }
        for (int k = 0; k < matches.size(); k++) {
            Xml.add(right, "simpleAssociableChoice", matches.get(k), "identifier", "match" + (k + 1),
                    "matchMax", String.valueOf(pairs.size()));
        }
        for (int k = 0; k < pairs.size(); k++) {
            Xml.add(correct, "value", "item" + (k + 1) + " match" + (matches.indexOf(pairs.get(k)[1]) + 1));
        }
    }

    private static void declare(Element response, String cardinality, String baseType) {
        response.setAttribute("cardinality", cardinality);
        response.setAttribute("baseType", baseType);
    }

    private static Document test(Quiz quiz, List<String> items) {
        Document doc = Xml.document();
        Element test = root(doc, QTI, "assessmentTest", "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
        test.setAttribute("identifier", "test");
        test.setAttribute("title", Items.title(quiz));
        Element part = Xml.add(test, "testPart", null, "identifier", "part1", "navigationMode", "linear",
                "submissionMode", "individual");
        Element section = Xml.add(part, "assessmentSection", null, "identifier", "section1", "title",
                Items.title(quiz), "visible", "true");
        for (String id : items) {
            Xml.add(section, "assessmentItemRef", null, "identifier", id, "href", "items/" + id + ".xml");
        }
        return doc;
    }

    private static Document manifest(Quiz quiz, List<String> items) {
        Document doc = Xml.document();
        Element m = root(doc, CP, "manifest", "http://www.imsglobal.org/xsd/imscp_v1p1.xsd");
        m.setAttribute("identifier", "newsquiz-" + identifier(quiz.id(), "quiz", List.of()));
        Element metadata = Xml.add(m, "metadata", null);
        Xml.add(metadata, "schema", "QTIv2.1 Package");
        Xml.add(metadata, "schemaversion", "1.0.0");
        Xml.add(m, "organizations", null);
        Element resources = Xml.add(m, "resources", null);
        Element test = Xml.add(resources, "resource", null, "identifier", "test", "type", "imsqti_test_xmlv2p1",
                "href", "test.xml");
        Xml.add(test, "file", null, "href", "test.xml");
        for (String id : items) {
            Xml.add(test, "dependency", null, "identifierref", "res-" + id);
        }
        for (String id : items) {
            Element r = Xml.add(resources, "resource", null, "identifier", "res-" + id, "type", "imsqti_item_xmlv2p1",
                    "href", "items/" + id + ".xml");
            Xml.add(r, "file", null, "href", "items/" + id + ".xml");
        }
        return doc;
    }
}
