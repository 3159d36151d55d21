package newsquiz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import newsquiz.questions.Quiz;
import newsquiz.questions.QuizFiles;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The file formats, each read back with a real reader: the .xlsx, the .apkg's SQLite, the QTI zip, the PDF. */
class FileExportsTest {
    @TempDir
    Path dir;

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void kahootIsARealSpreadsheetInKahootsTemplateWithinItsLimits() throws Exception {
        Quiz quiz = QuizFiles.read(Path.of("quizzes/venezuela-rostec-2019.json"));
        Exported e = new KahootExporter().export(quiz);
        List<Row> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(e.bytes()))) {
            rows = wb.getFirstSheet().read();
        }
        Row header = rows.stream().filter(r -> r.getRowNum() == 8).findFirst().orElseThrow();
        assertThat(header.getCellText(1)).isEqualTo("Question - max 120 characters");
        assertThat(header.getCellText(7)).isEqualTo("Correct answer(s) - choose at least one");
        List<Row> questions = rows.stream().filter(r -> r.getRowNum() > 8).toList();
        assertThat(questions).hasSize(e.written());
        assertThat(e.written() + e.skipped().size()).isEqualTo(quiz.questions().size());
        for (Row r : questions) {
            assertThat(r.getCellText(1).codePointCount(0, r.getCellText(1).length())).isBetween(1, 120);
            int answers = 0;
            for (int c = 2; c <= 5; c++) {
                String a = r.getOptionalCell(c).map(x -> x.getText()).orElse("");
                assertThat(a.codePointCount(0, a.length())).isLessThanOrEqualTo(75);
                answers += a.isEmpty() ? 0 : 1;
            }
            assertThat(answers).isBetween(2, 4);
            assertThat(Integer.parseInt(r.getCellText(7))).isBetween(1, answers);
            assertThat(r.getCellText(6)).isIn("20", "30");
        }
        // the first choice question of the bank, with its right answer marked
        newsquiz.questions.Question firstChoice = quiz.questions().stream()
                .filter(q -> q.type().equals("multiple_choice")).findFirst().orElseThrow();
        Row first = questions.stream().filter(r -> r.getCellText(1).startsWith(firstChoice.prompt()
                .substring(0, Math.min(40, firstChoice.prompt().length())))).findFirst().orElseThrow();
        assertThat(first.getCellText(2 + Integer.parseInt(first.getCellText(7)) - 1)).isEqualTo(firstChoice.answer());
        int matching = quiz.questions().indexOf(quiz.questions().stream().filter(q -> q.type().equals("matching"))
                .findFirst().orElseThrow()) + 1;
        assertThat(e.skipped()).contains("Q" + matching + " (matching): Kahoot's quiz spreadsheet takes choice"
                + " questions only");
        assertThat(e.shortened()).isNotEmpty();
    }

    @Test
    void ankiPackageHoldsACollectionWithANoteAndACardPerQuestion() throws Exception {
        Exported e = new AnkiExporter().export(ExportFixtures.reviewedWithSpecialCharacters());
        Map<String, byte[]> files = unzip(e.bytes());
        assertThat(files.keySet()).containsExactly("collection.anki2", "media");
        Path collection = dir.resolve("collection.anki2");
        Files.write(collection, files.get("collection.anki2"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + collection);
             var s = c.createStatement()) {
            ResultSet notes = s.executeQuery("SELECT count(*), min(flds), (SELECT count(*) FROM cards),"
                    + " (SELECT ver FROM col), (SELECT count(DISTINCT did) FROM cards) FROM notes");
            assertThat(notes.getInt(1)).isEqualTo(7).isEqualTo(e.written());
            assertThat(notes.getString(2).split("\u001f")).hasSize(2);
            assertThat(notes.getInt(3)).isEqualTo(7);
            assertThat(notes.getInt(4)).isEqualTo(11);
            assertThat(notes.getInt(5)).isEqualTo(1);
            ResultSet decks = s.executeQuery("SELECT decks, models FROM col");
            assertThat(decks.getString(1)).contains("newsquiz::Russia Withdraws Most");
            assertThat(decks.getString(2)).contains("\"flds\"", "\"Front\"", "\"Back\"", "{{FrontSide}}");
            ResultSet tags = s.executeQuery("SELECT tags FROM notes ORDER BY id");
            assertThat(tags.getString(1)).startsWith(" newsquiz kind::");
        }
    }

    @Test
    void qtiPackageHasAManifestNamingEveryItemEachAValidQti21Item() throws Exception {
        Exported e = new QtiExporter().export(ExportFixtures.everyType());
        Map<String, byte[]> files = unzip(e.bytes());
        Document manifest = xml(files.get("imsmanifest.xml"));
        assertThat(manifest.getDocumentElement().getNamespaceURI()).isEqualTo(QtiExporter.CP);
        NodeList resources = manifest.getElementsByTagNameNS(QtiExporter.CP, "resource");
        assertThat(resources.getLength()).isEqualTo(1 + 8);
        List<String> interactions = new ArrayList<>();
        for (int i = 0; i < resources.getLength(); i++) {
            Element r = (Element) resources.item(i);
            assertThat(files).containsKey(r.getAttribute("href"));
            Document d = xml(files.get(r.getAttribute("href")));
            assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(QtiExporter.QTI);
            if (r.getAttribute("type").equals("imsqti_item_xmlv2p1")) {
                Element body = (Element) d.getElementsByTagNameNS(QtiExporter.QTI, "itemBody").item(0);
                Element interaction = (Element) body.getElementsByTagNameNS(QtiExporter.QTI, "*").item(0);
                if (interaction.getLocalName().equals("p")) {
                    interaction = (Element) interaction.getElementsByTagNameNS(QtiExporter.QTI, "*").item(0);
                }
                interactions.add(interaction.getLocalName());
                Element correct = (Element) d.getElementsByTagNameNS(QtiExporter.QTI, "correctResponse").item(0);
                assertThat(correct.getElementsByTagNameNS(QtiExporter.QTI, "value").getLength()).isPositive();
                // every choice the key names is a choice of the item
                for (int k = 0; k < correct.getElementsByTagNameNS(QtiExporter.QTI, "value").getLength(); k++) {
                    for (String id : correct.getElementsByTagNameNS(QtiExporter.QTI, "value").item(k)
                            .getTextContent().split(" ")) {
                        if (id.matches("(choice|item|match)\\d+")) {
                            assertThat(new String(files.get(r.getAttribute("href")))).contains("identifier=\"" + id + "\"");
                        }
                    }
                }
            } else {
                assertThat(d.getElementsByTagNameNS(QtiExporter.QTI, "assessmentItemRef").getLength()).isEqualTo(8);
            }
        }
        assertThat(interactions).containsExactly("choiceInteraction", "choiceInteraction", "choiceInteraction",
                "textEntryInteraction", "choiceInteraction", "matchInteraction", "textEntryInteraction",
                "orderInteraction");
    }

    @Test
    void worksheetPdfReadsBackWithTheKeyOnItsOwnPage() throws Exception {
        Exported e = new WorksheetExporter().export(ExportFixtures.everyType());
        try (PDDocument pdf = Loader.loadPDF(e.bytes())) {
            PDFTextStripper text = new PDFTextStripper();
            String all = text.getText(pdf);
            assertThat(all).contains("Russia Withdraws Most of Its People From Venezuela, Trump Says",
                    "Ivan Pentchoukov · The Epoch Times · 2019-06-03", "Name:", "1. According to the article, who",
                    "B)  Nicolás Maduro".replace("B)", "A)"), "Answer key");
            int keyPage = 0;
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                if (text.getText(pdf).contains("Answer key")) {
                    keyPage = p;
                }
            }
            assertThat(keyPage).isGreaterThan(1);
            text.setStartPage(keyPage);
            text.setEndPage(keyPage);
            String key = text.getText(pdf);
            assertThat(key).startsWith("Answer key").contains("1. Donald Trump", "President Donald Trump said on June 3")
                    .doesNotContain("Name:");
        }
    }
}
