package newsquiz.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsquiz.questions.Quiz;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A printable worksheet (PDF, A4): the article's title, source and date, a line for the student's name, the
 * numbered questions with their choices or a line to write on, and the answer key with each answer's evidence
 * starting on a new page. Text is set in Liberation Sans, which PDFBox ships (embedded as a subset, so accented
 * names print right); a character the font lacks prints as "?".
 */
final class WorksheetExporter implements Exporter {
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    @Override
    public String format() {
        return "worksheet";
    }

    @Override
    public String extension() {
        return "worksheet.pdf";
    }

    @Override
    public String description() {
        return "Printable worksheet (PDF) with the answer key on a separate page";
    }

    @Override
    public Exported export(Quiz quiz) throws IOException {
        Paper paper = Paper.of(quiz);
        try (PDDocument doc = new PDDocument()) {
            PDFont font;
            try (InputStream ttf = PDDocument.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                if (ttf == null) {
                    throw new IOException("the PDF font is missing from the installation");
                }
                font = PDType0Font.load(doc, ttf);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(paper.title());
            info.setCreator("newsquiz");
            Pages pages = new Pages(doc, font);
            pages.paragraph(paper.title(), 16, 0, 6);
            String from = String.join(" · ", java.util.stream.Stream.of(paper.source(), paper.date())
                    .filter(s -> !s.isEmpty()).toList());
            if (!from.isEmpty()) {
                pages.paragraph(from, 10, 0, 4);
            }
            pages.paragraph("Name: ______________________________    Date: ______________", 11, 0, 14);
            for (Paper.Item item : paper.items()) {
                pages.keepRoom(14 * (2 + item.lines().size()));
                pages.paragraph(item.number() + ". " + item.prompt(), 11, 0, 3);
                for (String line : item.lines()) {
                    pages.paragraph(line, 11, 18, line.equals(Paper.BLANK) ? 10 : 2);
                }
                pages.space(10);
            }
            pages.newPage();
            pages.paragraph("Answer key: " + paper.title(), 14, 0, 10);
            for (Paper.Key k : paper.key()) {
                pages.keepRoom(40);
                pages.paragraph(k.number() + ". " + k.answer().replace("→", "->"), 11, 0, 2);
                if (!k.evidence().isEmpty()) {
                    pages.paragraph("“" + k.evidence() + "”", 9, 18, 2);
                }
                pages.space(6);
            }
            pages.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return new Exported(bytes.toByteArray(), paper.items().size(), List.of(), List.of());
        }
    }

    /** Text flowed down A4 pages: wrapped to the width, a new page when the next lines do not fit. */
    private static final class Pages {
        private final PDDocument doc;
        private final PDFont font;
        private final Map<Integer, Boolean> printable = new HashMap<>();
        private PDPageContentStream out;
        private float y;

        Pages(PDDocument doc, PDFont font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void keepRoom(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void space(float points) {
            y -= points;
        }

        void paragraph(String text, float size, float indent, float after) throws IOException {
            float leading = size * 1.35f;
            for (String line : wrap(printable(text), size, WIDTH - indent)) {
                keepRoom(leading);
                y -= leading;
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(MARGIN + indent, y);
                out.showText(line);
                out.endText();
            }
            y -= after;
        }

        private List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(tried);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** The text with each character the font cannot draw as "?". */
        private String printable(String text) {
            StringBuilder b = new StringBuilder();
            text.codePoints().forEach(cp -> b.append(printable.computeIfAbsent(cp, this::drawable)
                    ? new String(Character.toChars(cp)) : "?"));
            return b.toString();
        }

        private boolean drawable(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        void close() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }
    }
}
