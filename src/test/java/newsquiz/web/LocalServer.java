package newsquiz.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web server on 127.0.0.1 (a free port) for tests, which never reach the internet: each path is one case of what
 * a real server may do. Handlers that wait are bounded, and {@link #close()} ends them.
 */
public final class LocalServer implements AutoCloseable {
    public interface Handler {
        void handle(HttpExchange exchange) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "local-http");
        t.setDaemon(true);
        return t;
    });
    private final java.util.Map<String, Handler> handlers = new java.util.concurrent.ConcurrentHashMap<>();
    /** Requests served, by any path: a loop's requests are counted. */
    public final AtomicInteger requests = new AtomicInteger();

    public LocalServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code path} (exactly, query aside) with {@code handler}, in place of what served it before. */
    public LocalServer on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    private void serve(HttpExchange exchange) {
        requests.incrementAndGet();
        try {
            Handler handler = handlers.get(exchange.getRequestURI().getPath());
            if (handler == null) {
                send(exchange, 404, "text/plain", utf8("not served here"));
            } else {
                handler.handle(exchange);
            }
        } catch (Exception e) {
            // the client gave up (a timeout test): nothing to do
        } finally {
            exchange.close();
        }
    }

    public static Handler page(String contentType, byte[] body) {
        return exchange -> send(exchange, 200, contentType, body);
    }

    public static Handler resource(String contentType, String name) throws IOException {
        return page(contentType, Files.readAllBytes(Path.of("src/test/resources", name)));
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
