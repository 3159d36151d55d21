package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportedQuestionTextTest {
    @Test
    void aQuestionWithoutEvidenceSaysSoInsteadOfEmptyQuotes() {
        assertThat(Text.quoted(List.of())).isEqualTo("(no article sentence: this question was imported without one)");
        assertThat(Text.quoted(null)).isEqualTo(Text.NO_EVIDENCE);
        assertThat(Text.quoted(List.of("It rained."))).isEqualTo("“It rained.”");
    }
}
