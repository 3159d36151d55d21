package newsquiz.article;

/**
 * Input that cannot be used as it is: the message names the file (and line where there is one) and says what is
 * wrong, so the command line can print it as it is and exit with code 2.
 */
public final class BadInputException extends Exception {
    public BadInputException(String message) {
        super(message);
    }
}
