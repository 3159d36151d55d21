package newsquiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void escapeSequencesGoWholeWithTheirPayload() {
        assertThat(SafeText.line("a\u001B]52;c;cHduZWQ=\u0007b")).isEqualTo("ab");
        assertThat(SafeText.line("a\u001B]0;title\u001B\\b")).isEqualTo("ab");
        assertThat(SafeText.line("a\u001B[?1049hb\u001B[2Jc\u001B[1;31md")).isEqualTo("abcd");
        assertThat(SafeText.line("a\u001BPq#0;2;0;0;0\u001B\\b")).isEqualTo("ab");
        assertThat(SafeText.line("a\u001B(Bb\u001B7c\u001Bcd")).isEqualTo("abcd");
        assertThat(SafeText.line("a\u009B2Jb\u009D0;t\u009Cc")).isEqualTo("abc");
        assertThat(SafeText.line("end\u001B")).isEqualTo("end");
        assertThat(SafeText.line("end\u001B[12")).isEqualTo("end");
    }

    @Test
    void anUnterminatedStringSequenceLosesOnlyItsIntroducer() {
        assertThat(SafeText.line("a\u001B]0;title")).isEqualTo("a0;title");
    }

    @Test
    void controlsGoTabsAndLineBreaksBecomeSpacesOrNewlines() {
        assertThat(SafeText.line("a\u0007b\u0000c\u007Fd\u0080e\u0008f")).isEqualTo("abcdef");
        assertThat(SafeText.line("a\tb\nc\r\nd\re\u2028f")).isEqualTo("a b c d e f");
        assertThat(SafeText.lines("a\tb\nc\r\nd\re\u2028f")).isEqualTo("a b\nc\nd\ne\nf");
    }

    @Test
    void invisibleAndBidiCharactersGoSoLookalikesAreAlike() {
        assertThat(SafeText.line("Ros\u200Btec\u200D\u2060\uFEFF")).isEqualTo("Rostec");
        assertThat(SafeText.line("\u202Ecetsor\u202C \u2066x\u2069 \u200Fy")).isEqualTo("cetsor x y");
        assertThat(SafeText.line("A\uFE0F\u034F\u3164B\uDB40\uDD00")).isEqualTo("AB");
        assertThat(SafeText.line("lone \uD800 surrogate \uE000 private \u0378 unassigned"))
                .isEqualTo("lone  surrogate  private  unassigned");
    }

    @Test
    void textIsNfcAndOrdinaryTextIsUntouched() {
        assertThat(SafeText.line("Guaide\u0301")).isEqualTo("Guaidé");
        String ordinary = "“Juan Guaidó” — 5 000 € · 東京 · Ελλάδα · عربي · ✓ 😀";
        assertThat(SafeText.line(ordinary)).isEqualTo(ordinary);
        assertThat(SafeText.line(null)).isEmpty();
    }

    @Test
    void theHostileFixtureComesOutClean() {
        assertThat(SafeText.line(Hostile.ALL)).isEqualTo("Rostecevil  ");
        assertThat(Hostile.unsafe(SafeText.lines(Hostile.ALL))).isFalse();
    }

    @Test
    void namesAreOneCappedLineAndAnswersAreCapped() {
        assertThat(SafeText.name("  Ana\n\u00A0 Lee\t ")).isEqualTo("Ana Lee");
        assertThat(SafeText.name("x".repeat(100_000))).hasSize(SafeText.MAX_NAME);
        assertThat(SafeText.name("😀".repeat(50))).hasSize(2 * SafeText.MAX_NAME);
        assertThat(SafeText.answer("y".repeat(10_000_000))).hasSize(SafeText.MAX_ANSWER);
        assertThat(SafeText.shorten("abcdef", 4)).isEqualTo("abc…");
        assertThat(SafeText.shorten("abc", 4)).isEqualTo("abc");
    }
}
