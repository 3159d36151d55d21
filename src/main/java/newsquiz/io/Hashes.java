package newsquiz.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Hex digests of text (UTF-8), for stable ids made from content. */
public final class Hashes {
    private Hashes() {
    }

    /** The digest of the text in lower-case hex; {@code algorithm} is one every JDK has ("SHA-256", "SHA-1"). */
    public static String hex(String algorithm, String text) {
        try {
            byte[] d = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : d) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
