package newsquiz.web;

/**
 * A page or feed that could not be fetched or used: the network, the server's answer or what it sent. The message
 * names the address and says why, for the user; a command exits 1 on it (the address itself was fine).
 */
public final class FetchException extends Exception {
    public FetchException(String message) {
        super(message);
    }
}
