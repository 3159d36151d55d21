package newsquiz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The text formats, each against the shape its published documentation gives. */
class TextExportsTest {
    private static String text(Exported e) {
        return new String(e.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void giftEscapesItsSpecialCharactersAndSkipsOrderingWithACount() throws Exception {
        Exported e = new GiftExporter().export(ExportFixtures.reviewedWithSpecialCharacters());
        String gift = text(e);
        // docs.moodle.org/en/GIFT_format: "\" escapes ~ = # { } and : in text
        assertThat(gift).contains("::q-7d4d8c2e4c::[plain]\\=Who \\{said\\} \\~this\\: \\#1 \\\\ \"quoted\"? {\n"
                + "\t=Donald Trump\n\t~Nicolás Maduro\n\t~Juan Guaidó\n\t####From the article\\: President Donald"
                + " Trump said on June 3");
        assertThat(gift).doesNotContain("q-e254f7fceb"); // rejected in review
        assertThat(gift).contains("{FALSE\n\t####", "{#1000:0\n", "\t=Nicolás Maduro\n",
                "=Russia has informed us that they have removed most of their people … -> Donald Trump");
        assertThat(e.written()).isEqualTo(6);
        assertThat(e.skipped()).containsExactly("Q7 (ordering): GIFT has no ordering question");
        // questions are separated by a blank line, never contain one
        assertThat(gift.split("\n\n")).hasSize(7);
    }

    @Test
    void moodleXmlHasMoodlesTypesWithTheEvidenceAsGeneralFeedback() throws Exception {
        Exported e = new MoodleXmlExporter().export(ExportFixtures.everyType());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(e.bytes()));
        NodeList questions = doc.getElementsByTagName("question");
        List<String> types = new java.util.ArrayList<>();
        for (int i = 0; i < questions.getLength(); i++) {
            types.add(((Element) questions.item(i)).getAttribute("type"));
        }
        // docs.moodle.org/en/Moodle_XML_format: a category, then a question element per question
        assertThat(types).containsExactly("category", "multichoice", "multichoice", "multichoice", "shortanswer",
                "truefalse", "matching", "numerical", "ordering");
        Element first = (Element) questions.item(1);
        assertThat(first.getElementsByTagName("questiontext").item(0).getAttributes().getNamedItem("format")
                .getNodeValue()).isEqualTo("html");
        assertThat(first.getElementsByTagName("generalfeedback").item(0).getTextContent())
                .contains("From the article: President Donald Trump said on June 3");
        NodeList answers = first.getElementsByTagName("answer");
        assertThat(answers.getLength()).isEqualTo(3);
        assertThat(((Element) answers.item(1)).getAttribute("fraction")).isEqualTo("100");
        Element numerical = (Element) questions.item(7);
        assertThat(numerical.getElementsByTagName("tolerance").item(0).getTextContent()).isEqualTo("0");
        assertThat(((Element) numerical.getElementsByTagName("answer").item(0)).getElementsByTagName("text").item(0)
                .getTextContent())
                .isEqualTo("1000");
        assertThat(((Element) questions.item(6)).getElementsByTagName("subquestion").getLength()).isEqualTo(5);
        Element truefalse = (Element) questions.item(5);
        assertThat(((Element) truefalse.getElementsByTagName("answer").item(1)).getAttribute("fraction"))
                .isEqualTo("100"); // the statement is false
        assertThat(e.skipped()).isEmpty();
    }

    @Test
    void csvIsOneRowPerQuestionWithAByteOrderMarkAndInertCells() throws Exception {
        String csv = text(new CsvExporter().export(ExportFixtures.reviewedWithSpecialCharacters()));
        assertThat(csv).startsWith("\uFEFFnumber,id,type,kind,question,choices,answer,");
        assertThat(csv.split("\r\n")).hasSize(1 + 7);
        assertThat(csv).contains("1,q-7d4d8c2e4c,multiple_choice,quote,\"'=Who {said} ~this: #1 \\ \"\"quoted\"\"?\"");
    }

    @Test
    void quizletIsTermTabDefinitionPerLine() throws Exception {
        String[] lines = text(new QuizletExporter().export(ExportFixtures.everyType())).split("\n");
        assertThat(lines).hasSize(8).allMatch(l -> l.split("\t", -1).length == 2);
        assertThat(lines[0]).endsWith("\tDonald Trump");
        assertThat(lines[4]).endsWith("\tFalse");
    }

    @Test
    void ankiTextHasAnkisHeadersAndThreeColumns() throws Exception {
        String[] lines = text(new AnkiTsvExporter().export(ExportFixtures.everyType())).split("\n");
        assertThat(lines).startsWith("#separator:tab", "#html:true", "#notetype:Basic", "#tags column:3");
        assertThat(lines).hasSize(4 + 8);
        assertThat(lines[4].split("\t")).hasSize(3);
        assertThat(lines[4].split("\t")[1]).startsWith("<b>Donald Trump</b><br><br><i>“President Donald Trump")
                .contains("The Epoch Times");
        assertThat(lines[4].split("\t")[2]).isEqualTo("newsquiz kind::quote type::multiple_choice");
    }

    @Test
    void markdownIsTheWorksheetWithItsKey() throws Exception {
        String md = text(new MarkdownExporter().export(ExportFixtures.everyType()));
        assertThat(md).startsWith("# Russia Withdraws Most of Its People From Venezuela, Trump Says\n\n*Ivan"
                + " Pentchoukov · The Epoch Times · 2019-06-03*");
        assertThat(md).contains("1. According to the article, who said", "    A)  Nicolás Maduro\n    B)  Donald Trump",
                "## Answer key", "1. **Donald Trump**");
        assertThat(md.indexOf("## Answer key")).isGreaterThan(md.indexOf("8. Put these events"));
    }

    @Test
    void everyFormatIsListedOnce() {
        assertThat(Exporters.formats()).containsExactly("gift", "moodle-xml", "qti", "kahoot", "quizlet", "anki",
                "anki-tsv", "csv", "worksheet", "markdown");
        assertThat(Exporters.byFormat("GIFT")).isPresent();
    }
}
