package newsquiz.validate;

/** One mistake in a quiz file: where (a JSON path and its line:column) and what is wrong. */
public record Problem(String path, int line, int column, String message) {
    /** As a compiler says it, so an editor jumps to it: {@code FILE:LINE:COLUMN: PATH: message}. */
    public String describe(String file) {
        return file + ":" + line + ":" + column + ": " + path + ": " + message;
    }
}
