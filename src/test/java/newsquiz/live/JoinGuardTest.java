package newsquiz.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Wrong join codes per address: a few are forgiven, a guesser is shut out until the window passes. */
class JoinGuardTest {
    @Test
    void anAddressIsShutOutAfterTooManyWrongCodesUntilTheWindowPasses() {
        JoinGuard guard = new JoinGuard(3, 60_000);
        for (int i = 0; i < 3; i++) {
            assertThat(guard.allowed("10.0.0.5", i)).isTrue();
            guard.failed("10.0.0.5", i);
        }
        assertThat(guard.allowed("10.0.0.5", 1_000)).isFalse();
        assertThat(guard.allowed("10.0.0.6", 1_000)).isTrue();
        assertThat(guard.allowed("10.0.0.5", 60_001)).isTrue();
    }
}
