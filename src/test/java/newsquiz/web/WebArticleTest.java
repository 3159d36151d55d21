package newsquiz.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebArticleTest {
    @Test
    void aPageNestedTooDeepForReadabilityIsReadTheSavedPageWay() {
        // Readability4J recurses over the page's depth and overflowed the stack at 20,000 nested blocks
        String open = "<div>".repeat(20_000);
        String close = "</div>".repeat(20_000);
        String html = "<!DOCTYPE html><html><head><title>Bridge Opens</title></head><body>" + open
                + "<p>Mayor Tom Reyes said on Monday that the bridge cost $40 million.</p>" + close + "</body></html>";
        WebArticle.Page page = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> WebArticle.read(URI.create("http://127.0.0.1/deep"), html));
        assertThat(page.article().text()).contains("the bridge cost $40 million");
    }
}
