package newsquiz.store;

/** The gradebook cannot be used: the message names the database and what is wrong (exit code 2). */
public final class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
