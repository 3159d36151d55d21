package newsquiz.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The few keys a student's screen takes, from whatever bytes an SSH client sends. */
class KeyDecoderTest {
    private static List<KeyDecoder.Key> decode(KeyDecoder d, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return d.decode(b, 0, b.length);
    }

    @Test
    void lettersDigitsEnterArrowsAndLeaving() {
        assertThat(decode(new KeyDecoder(), "b3\r\u001b[A\u001bOB\u0003")).extracting(KeyDecoder.Key::type)
                .containsExactly(KeyDecoder.Type.CHAR, KeyDecoder.Type.CHAR, KeyDecoder.Type.ENTER,
                        KeyDecoder.Type.UP, KeyDecoder.Type.DOWN, KeyDecoder.Type.LEAVE);
    }

    @Test
    void aSequenceSplitOverTwoReadsIsOneKey() {
        KeyDecoder d = new KeyDecoder();
        assertThat(decode(d, "\u001b[")).isEmpty();
        assertThat(decode(d, "B")).containsExactly(KeyDecoder.Key.of(KeyDecoder.Type.DOWN));
    }

    @Test
    void otherSequencesAndUtf8AreDroppedAndARunawaySequenceGivenUp() {
        KeyDecoder d = new KeyDecoder();
        assertThat(decode(d, "\u001b[200~é\u001b[1;5Pü\u0007")).isEmpty();
        assertThat(decode(d, "\u001b[" + "9".repeat(1000) + "a")).extracting(KeyDecoder.Key::ch).contains('a');
    }

    @Test
    void randomBytesNeverBreakIt() {
        KeyDecoder d = new KeyDecoder();
        Random r = new Random(7);
        byte[] junk = new byte[100_000];
        r.nextBytes(junk);
        d.decode(junk, 0, junk.length);
        assertThat(decode(d, "\r\r")).isNotEmpty(); // whatever state the junk left, a CR is Enter again after one key
    }

    @Test
    void choicesByLetterOrDigit() {
        assertThat(StudentChannel.choice('a')).isZero();
        assertThat(StudentChannel.choice('D')).isEqualTo(3);
        assertThat(StudentChannel.choice('2')).isEqualTo(1);
        assertThat(StudentChannel.choice('q')).isEqualTo(-1);
        assertThat(StudentChannel.choice('0')).isEqualTo(-1);
    }
}
