package newsquiz.live;

import java.io.InputStream;
import java.io.OutputStream;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/** What a command on a channel needs and ours leave alone: the streams they do not use, nothing to destroy. */
abstract class QuietCommand implements Command {
    protected ExitCallback exit;

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void setInputStream(InputStream in) {
    }

    @Override
    public void setOutputStream(OutputStream out) {
    }

    @Override
    public void setErrorStream(OutputStream err) {
    }

    @Override
    public void destroy(ChannelSession channel) throws Exception {
    }
}
