package newsquiz.live;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.sshd.common.io.IoOutputStream;
import org.apache.sshd.common.io.IoWriteFuture;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * Sends a student's screen updates without ever blocking: one write in flight at a time, what comes meanwhile is
 * queued, and a client that reads too slowly for {@link #MAX_PENDING} bytes to drain has its queue dropped and gets
 * one whole fresh screen once it catches up. A slow reader so costs a bounded buffer and never holds a thread.
 */
final class ClientOutput {
    static final int MAX_PENDING = 512 * 1024;

    private final IoOutputStream io;
    private final Runnable redrawWhole;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean writing;
    private boolean dropped;
    private boolean broken;
    private Runnable whenDrained;

    ClientOutput(IoOutputStream io, Runnable redrawWhole) {
        this.io = io;
        this.redrawWhole = redrawWhole;
    }

    synchronized void send(byte[] bytes) {
        if (broken || bytes.length == 0) {
            return;
        }
        if (!writing) {
            write(bytes);
        } else if (pending.size() + bytes.length > MAX_PENDING) {
            pending.reset();
            dropped = true;
        } else {
            pending.writeBytes(bytes);
        }
    }

    /** Runs {@code then} once everything sent so far is written (or the connection broke); never under a lock. */
    void afterDrained(Runnable then) {
        synchronized (this) {
            if (writing && !broken) {
                whenDrained = then;
                return;
            }
        }
        then.run();
    }

    /** Starts a write; the caller holds the lock. */
    private void write(byte[] bytes) {
        writing = true;
        try {
            io.writeBuffer(new ByteArrayBuffer(bytes)).addListener(this::written);
        } catch (IOException | RuntimeException e) {
            broken = true;
            writing = false;
            pending.reset();
        }
    }

    /** A write ended: the next queued bytes go; what waited for the queue to drain runs outside the lock. */
    private void written(IoWriteFuture f) {
        Runnable after = null;
        synchronized (this) {
            writing = false;
            if (!f.isWritten()) {
                broken = true;
                pending.reset();
            } else if (pending.size() > 0) {
                byte[] next = pending.toByteArray();
                pending.reset();
                write(next);
            } else if (dropped) {
                dropped = false;
                after = redrawWhole;
            }
            if (!writing && after == null && whenDrained != null) {
                after = whenDrained;
                whenDrained = null;
            }
        }
        if (after != null) {
            after.run();
        }
    }
}
