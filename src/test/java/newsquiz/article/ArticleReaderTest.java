package newsquiz.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> ArticleReader.fromBytes("a.txt", "a.txt", utf8("  \n\n")))
                .isInstanceOf(BadInputException.class).hasMessage("a.txt: the file is empty");
    }

    @Test
    void refusesABinaryFile() {
        assertThatThrownBy(() -> ArticleReader.fromBytes("a.bin", "a.bin", new byte[] {'a', '\n', 0, 1}))
                .hasMessageContaining("a.bin, line 2: this is a binary file");
    }

    @Test
    void refusesTextThatIsNotUtf8AndNamesTheLine() {
        byte[] latin1 = "Headline\n\nThe caf\u00e9 opened.\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ArticleReader.fromBytes("a.txt", "a.txt", latin1))
                .hasMessageContaining("a.txt, line 3: not UTF-8 text (byte 0xE9");
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws Exception {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[(int) ArticleReader.MAX_BYTES + 1]);
        assertThatThrownBy(() -> ArticleReader.read(big.toString())).hasMessageContaining("more than the 5 MB");
    }

    @Test
    void refusesAMissingFileAndAFolder() {
        assertThatThrownBy(() -> ArticleReader.read(dir.resolve("nope.txt").toString()))
                .hasMessageEndingWith("nope.txt: no such file");
        assertThatThrownBy(() -> ArticleReader.read(dir.toString())).hasMessageContaining("is a folder");
    }

    @Test
    void refusesAFileWithNoArticleText() {
        assertThatThrownBy(() -> ArticleReader.fromBytes("a.txt", "a.txt", utf8("Just A Headline\n")))
                .hasMessageContaining("no article text found");
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds() throws Exception {
        Article a = ArticleReader.fromBytes("a.txt", "a.txt",
                utf8("\uFEFFHeadline\r\n\r\nThe mayor said the bridge would open.\r\n"));
        assertThat(a.headline()).isEqualTo("Headline");
        assertThat(a.text()).doesNotContain("\r");
    }

    @Test
    void takesTheArticleOutOfASavedWebPage() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>Site | Story</title>"
                + "<meta property=\"og:title\" content=\"Mayor Opens Bridge\">"
                + "<meta name=\"author\" content=\"Jane Doe\">"
                + "<meta property=\"article:published_time\" content=\"2019-06-03T10:00:00Z\"></head><body>"
                + "<nav><ul><li>Home</li><li>World</li></ul></nav><article><h1>Mayor Opens Bridge</h1>"
                + "<figure><img src=x><figcaption>The bridge at dawn. (Photo: J. Doe)</figcaption></figure>"
                + "<p>The mayor said on Monday that the bridge would open to traffic.</p>"
                + "<p>“It is a great day,” the mayor said.</p><div class=\"share\">Share on Facebook</div>"
                + "</article><footer><p>Copyright 2019 The Paper. All rights reserved.</p></footer></body></html>";
        Article a = ArticleReader.fromBytes("page.html", "page.html", utf8(html));
        assertThat(a.headline()).isEqualTo("Mayor Opens Bridge");
        assertThat(a.byline()).isEqualTo("Jane Doe");
        assertThat(a.published()).hasToString("2019-06-03");
        assertThat(a.bodyParagraphs()).extracting(Paragraph::text).containsExactly(
                "The mayor said on Monday that the bridge would open to traffic.", "“It is a great day,” the mayor said.");
        assertThat(a.sentencesIn(Section.CAPTION)).hasSize(1);
    }

    @Test
    void readsStandardInput() throws Exception {
        var saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(utf8("Headline\n\nThe mayor said the bridge would open.\n")));
            Article a = ArticleReader.read("-");
            assertThat(a.source()).isEqualTo("(standard input)");
            assertThat(a.bodyParagraphs()).hasSize(1);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void readsTheDateOfAPageFromItsText() throws Exception {
        String html = "<html><body><div id=header><a href=/>Home</a></div><h1>Fire Spreads</h1>"
                + "<div class=meta><span class=byline>By Sam Carter</span> <span class=date>Updated: August 3, 2021"
                + "</span></div><div class=story><p>The fire has burned 250,000 acres since July 13.</p></div>"
                + "<div id=footer><p>© 2021 Daily News. All rights reserved.</p></div></body></html>";
        Article a = ArticleReader.fromBytes("page.html", "page.html", utf8(html));
        assertThat(a.published()).hasToString("2021-08-03");
        assertThat(a.byline()).isEqualTo("Sam Carter");
        assertThat(a.bodyParagraphs()).extracting(Paragraph::text)
                .containsExactly("The fire has burned 250,000 acres since July 13.");
    }

    @Test
    void readsMarkdown() throws Exception {
        String md = "# Mayor Opens Bridge\n\n*By Jane Doe*\n\n![The bridge at dawn](bridge.jpg)\n\n"
                + "The **mayor** said on Monday that the [bridge](http://x) would open.\n";
        Article a = ArticleReader.fromBytes("a.md", "a.md", utf8(md));
        assertThat(a.headline()).isEqualTo("Mayor Opens Bridge");
        assertThat(a.byline()).isEqualTo("Jane Doe");
        assertThat(a.bodyParagraphs()).extracting(Paragraph::text)
                .containsExactly("The mayor said on Monday that the bridge would open.");
    }

    @Test
    @Timeout(60)
    void everyReadIsBoundedEvenWhereAFileHasNoSize() throws Exception {
        assertThatThrownBy(() -> ArticleReader.read("/dev/zero"))
                .hasMessage("/dev/zero: more than the 5 MB an article may be");
        assertThatThrownBy(() -> newsquiz.questions.QuizFiles.read(Path.of("/dev/zero")))
                .hasMessage("/dev/zero: more than the 10 MB a quiz file may be");
        Path fifo = dir.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Thread writer = new Thread(() -> {
            try (var out = Files.newOutputStream(fifo)) {
                byte[] line = utf8("The mayor said the bridge would open again next year.\n");
                for (int i = 0; i < 200_000; i++) {
                    out.write(line);
                }
            } catch (java.io.IOException e) {
                // the reader stopped at its cap and closed the pipe: expected
            }
        });
        writer.start();
        assertThatThrownBy(() -> ArticleReader.read(fifo.toString()))
                .hasMessage(fifo + ": more than the 5 MB an article may be");
        writer.join();
    }

    @Test
    void aUtf16ArticleIsToldAsSuchAndReadErrorsSayWhy() throws Exception {
        assertThatThrownBy(() -> ArticleReader.fromBytes("a.txt", "a.txt",
                "Headline\n\nThe mayor spoke.\n".getBytes(StandardCharsets.UTF_16)))
                .hasMessage("a.txt: this is UTF-16 text; an article must be UTF-8 (save it as UTF-8)");
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> ArticleReader.read(file.resolve("b.txt").toString()))
                .hasMessageEndingWith("b.txt: cannot read: a part of the path is a file, not a folder");
    }

    @Test
    void markdownTablesAreNotSentences() throws Exception {
        String md = "# Budget Passes\n\nThe council said on Monday that the budget passed.\n\n"
                + "| Item | Cost |\n|------|-----:|\n| Roads | $4 million |\n| Parks | $1 million |\n\n"
                + "Item | Votes\n--- | ---\nYes | 7\n\nThe mayor said the vote was close.\n";
        Article a = ArticleReader.fromBytes("a.md", "a.md", utf8(md));
        assertThat(a.bodyParagraphs()).extracting(Paragraph::text).containsExactly(
                "The council said on Monday that the budget passed.", "The mayor said the vote was close.");
    }

    @Test
    void webPageTablesAreNotSentences() throws Exception {
        String html = "<html><body><article><h1>Budget Passes</h1><p>The council said the budget passed.</p>"
                + "<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Roads</td><td>$4 million</td></tr>"
                + "<tr><td><ul><li>Parks</li></ul></td><td><p>$1 million</p></td></tr></table>"
                + "<p>The mayor said the vote was close.</p></article></body></html>";
        Article a = ArticleReader.fromBytes("a.html", "a.html", utf8(html));
        assertThat(a.bodyParagraphs()).extracting(Paragraph::text).containsExactly(
                "The council said the budget passed.", "The mayor said the vote was close.");
    }

    @Test
    void anOldPageLaidOutInATableKeepsItsProse() throws Exception {
        String html = "<html><body><table><tr><td><p>Home | News | Sport</p></td></tr><tr><td><h1>Budget Passes</h1>"
                + "<p>The council said on Monday that the budget passed.</p></td></tr></table></body></html>";
        Article a = ArticleReader.fromBytes("a.html", "a.html", utf8(html));
        assertThat(a.bodyParagraphs()).extracting(Paragraph::text)
                .containsExactly("The council said on Monday that the budget passed.");
    }
}
