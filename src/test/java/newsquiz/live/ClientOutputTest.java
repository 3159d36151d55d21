package newsquiz.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.io.AbstractIoWriteFuture;
import org.apache.sshd.common.io.IoOutputStream;
import org.apache.sshd.common.io.IoWriteFuture;
import org.apache.sshd.common.util.buffer.Buffer;
import org.junit.jupiter.api.Test;

/** A student's output never blocks and never grows without bound, whatever the client reads. */
class ClientOutputTest {
    /** A channel whose writes end only when the test says so: a client that stopped reading. */
    private static final class StalledChannel implements IoOutputStream {
        final List<Write> writes = new ArrayList<>();

        static final class Write extends AbstractIoWriteFuture {
            final int bytes;

            Write(int bytes) {
                super("test", null);
                this.bytes = bytes;
            }

            void done() {
                setValue(Boolean.TRUE);
            }
        }

        @Override
        public IoWriteFuture writeBuffer(Buffer buffer) {
            Write w = new Write(buffer.available());
            writes.add(w);
            return w;
        }

        @Override
        public org.apache.sshd.common.future.CloseFuture close(boolean immediately) {
            return null;
        }

        @Override
        public void addCloseFutureListener(org.apache.sshd.common.future.SshFutureListener<org.apache.sshd.common.future.CloseFuture> l) {
        }

        @Override
        public void removeCloseFutureListener(org.apache.sshd.common.future.SshFutureListener<org.apache.sshd.common.future.CloseFuture> l) {
        }

        @Override
        public boolean isClosed() {
            return false;
        }

        @Override
        public boolean isClosing() {
            return false;
        }
    }

    @Test
    void oneWriteAtATimeTheRestQueuedAndSentTogether() {
        StalledChannel channel = new StalledChannel();
        ClientOutput out = new ClientOutput(channel, () -> { });
        out.send(new byte[10]);
        out.send(new byte[20]);
        out.send(new byte[30]);
        assertThat(channel.writes).hasSize(1);
        channel.writes.get(0).done();
        assertThat(channel.writes).extracting(w -> w.bytes).containsExactly(10, 50);
    }

    @Test
    void aClientThatStopsReadingCostsABoundedBufferThenOneWholeScreen() {
        StalledChannel channel = new StalledChannel();
        AtomicInteger redraws = new AtomicInteger();
        ClientOutput out = new ClientOutput(channel, redraws::incrementAndGet);
        out.send(new byte[100]);
        for (int i = 0; i < 10_000; i++) {
            out.send(new byte[1000]); // 10 MB of updates it never reads
        }
        assertThat(channel.writes).hasSize(1);
        channel.writes.get(0).done();
        // what was queued past the cap is dropped; what follows is one whole fresh screen
        assertThat(channel.writes.get(channel.writes.size() - 1).bytes).isLessThanOrEqualTo(ClientOutput.MAX_PENDING);
        channel.writes.get(channel.writes.size() - 1).done();
        assertThat(redraws.get()).isEqualTo(1);
    }

    @Test
    void whatWaitsForTheQueueRunsOnceItIsWritten() {
        StalledChannel channel = new StalledChannel();
        ClientOutput out = new ClientOutput(channel, () -> { });
        List<String> done = new ArrayList<>();
        out.send(new byte[10]);
        out.afterDrained(() -> done.add("closed"));
        assertThat(done).isEmpty();
        channel.writes.get(0).done();
        assertThat(done).containsExactly("closed");
    }
}
