package newsquiz.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Where the plain mode reads answers from: a line at a time, null at the end of input. */
public interface LineSource {
    String readLine(String prompt);

    /**
     * Lines typed at a terminal through JLine (editing keys and history), with no cursor tricks beyond the line
     * itself, so screen readers follow. The player prints its own prompt text; JLine adds only "> ".
     */
    static LineSource terminal() {
        try {
            org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder().system(true)
                    .encoding(StandardCharsets.UTF_8).build();
            org.jline.reader.LineReader reader = org.jline.reader.LineReaderBuilder.builder().terminal(t).build();
            return prompt -> {
                try {
                    return reader.readLine("");
                } catch (org.jline.reader.EndOfFileException e) {
                    return null;
                } catch (org.jline.reader.UserInterruptException e) {
                    return "q";
                }
            };
        } catch (IOException e) {
            return of(System.in);
        }
    }

    /** Standard input: JLine at a terminal, plain lines from a pipe. */
    static LineSource standardInput() {
        return System.console() != null ? terminal() : of(System.in);
    }

    /** Lines from a stream (a pipe or a file): the prompt is printed by the player, nothing is echoed. */
    static LineSource of(InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return prompt -> {
            try {
                return reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
