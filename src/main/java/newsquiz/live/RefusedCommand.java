package newsquiz.live;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * What `ssh HOST some-command` gets: a word that only the quiz runs here, exit status 1 and the channel closed at
 * once, so nothing is ever run and the client is not left waiting.
 */
final class RefusedCommand extends QuietCommand {
    private OutputStream err;

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        err.write("newsquiz: only the quiz runs here; join with ssh -p PORT NAME@HOST\r\n"
                .getBytes(StandardCharsets.UTF_8));
        err.flush();
        exit.onExit(1, "refused");
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }
}
