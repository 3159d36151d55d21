package newsquiz.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * Gets one web address with the JDK's HttpClient, bounded every way a server can make it costly: a time limit for
 * connecting and one for the whole answer (a server that trickles its page still ends), a cap on the body (also
 * after gzip), at most a few redirects (followed here, so a loop is told as one), http and https only.
 */
public final class PageFetcher {
    public static final String USER_AGENT = "newsquiz/" + newsquiz.cli.Main.VERSION
            + " (news quiz maker for classrooms; one page per request)";

    /** How long and how much: the defaults suit a news page on a school's connection. */
    public record Limits(Duration connect, Duration whole, long maxBytes, int maxRedirects) {
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30),
                5L * 1024 * 1024, 5);
    }

    /** What the server sent: the address it came from after redirects, its status (200 or 304) and headers. */
    public record Response(URI url, int status, String contentType, String etag, String lastModified, byte[] body) {
    }

    private final Limits limits;
    private final HttpClient client;

    public PageFetcher(Limits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder().connectTimeout(limits.connect())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Parses a typed address: http or https with a host, else a refusal naming it (bad input). */
    public static URI address(String typed) throws newsquiz.article.BadInputException {
        try {
            URI uri = new URI(typed.strip());
            if (isWeb(uri)) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            throw new newsquiz.article.BadInputException(typed + ": not a web address (" + e.getReason() + ")");
        }
        throw new newsquiz.article.BadInputException(typed + ": not a web address (http:// or https:// and a host)");
    }

    private static boolean isWeb(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    /** GETs {@code url}, following redirects; {@code headers} are added (conditional requests use them). */
    public Response get(URI url, Map<String, String> headers) throws FetchException {
        long deadline = System.nanoTime() + limits.whole().toNanos();
        URI at = url;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> r = send(url, at, headers, deadline);
            int status = r.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = r.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new FetchException(url + ": the server answered " + status + " without saying where to");
                }
                if (redirects >= limits.maxRedirects()) {
                    throw new FetchException(url + ": more than " + limits.maxRedirects()
                            + " redirects (a redirect loop?)");
                }
                try {
                    at = at.resolve(location.strip());
                } catch (IllegalArgumentException e) {
                    at = null;
                }
                if (at == null || !isWeb(at)) {
                    throw new FetchException(url + ": the server redirected to something that is no web address");
                }
                continue;
            }
            if (status != 200 && status != 304) {
                throw new FetchException(url + ": the server answered " + status + " " + reason(status));
            }
            byte[] body = gunzip(url, r);
            return new Response(at, status, r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Last-Modified").orElse(null), body);
        }
    }

    private HttpResponse<byte[]> send(URI url, URI at, Map<String, String> headers, long deadline)
            throws FetchException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw timedOut(url);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(at).timeout(Duration.ofNanos(left))
                .header("User-Agent", USER_AGENT).header("Accept-Encoding", "gzip")
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                        + "application/xml;q=0.9,*/*;q=0.5");
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), info -> new CappedBody(
                limits.maxBytes(), info.headers().firstValueAsLong("Content-Length").orElse(0) > limits.maxBytes()));
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timedOut(url);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(url + ": cancelled");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CappedBody.TooLarge) {
                throw tooLarge(url);
            }
            if (cause instanceof HttpTimeoutException) {
                throw timedOut(url);
            }
            throw new FetchException(url + ": cannot fetch: " + describe(cause));
        }
    }

    private byte[] gunzip(URI url, HttpResponse<byte[]> r) throws FetchException {
        if (!r.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            return r.body();
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (body.length > limits.maxBytes()) {
                throw tooLarge(url);
            }
            return body;
        } catch (IOException e) {
            throw new FetchException(url + ": the server sent a damaged gzip body");
        }
    }

    private FetchException timedOut(URI url) {
        return new FetchException(url + ": no answer within " + limits.whole().toSeconds() + " s (the server is too"
                + " slow or the network is down)");
    }

    private FetchException tooLarge(URI url) {
        return new FetchException(url + ": larger than " + limits.maxBytes() / 1024 / 1024 + " MB; no news page is"
                + " that large");
    }

    private static String describe(Throwable cause) {
        if (cause instanceof java.net.ConnectException) {
            return "cannot connect (no server there, or no network)";
        }
        if (cause instanceof java.nio.channels.UnresolvedAddressException
                || cause instanceof java.net.UnknownHostException) {
            return "no such host";
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return "the secure connection failed (" + cause.getMessage() + ")";
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    private static String reason(int status) {
        return switch (status) {
            case 401, 403 -> "(forbidden: the page needs a login or refuses programs)";
            case 404 -> "(not found: check the address)";
            case 410 -> "(gone: the page was removed)";
            case 429 -> "(too many requests: try again later)";
            default -> status >= 500 ? "(the server failed: try again later)" : "(the page cannot be had)";
        };
    }
}
