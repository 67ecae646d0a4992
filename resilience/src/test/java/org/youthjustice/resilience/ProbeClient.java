package org.youthjustice.resilience;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;
import org.youthjustice.e2e.RunningPlatform;

/**
 * Requests as the resilience probes send them: one HTTP/1.1 client with kept-alive connections, real tokens fetched once
 * per caller (and again before they expire: the realm's live 5 minutes), and the gateway's rate limit honoured — a 429 is
 * the gateway's answer to the probe's pace, not to its content, so it waits {@code Retry-After} and sends again. A caller
 * is a demo user ({@code wokingham-case-worker}) or a partner client ({@code client:wokingham-court-system}).
 */
final class ProbeClient {
    static final String PROBLEM = "application/problem+json";

    /** One answer: status, content type, headers and body as text. */
    record Answer(int status, String contentType, Map<String, List<String>> headers, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean problem() {
            return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(PROBLEM);
        }

        String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }

        String brief() {
            String text = body == null ? "" : body.replaceAll("\\s+", " ");
            return status + " " + (contentType == null ? "(no content type)" : contentType) + " "
                    + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final FreshTokens tokens;
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();

    ProbeClient(RunningPlatform platform) {
        this.tokens = new FreshTokens(platform);
    }

    /** The caller's real token (fetched once, again when it is 4 minutes old). */
    String token(String caller) {
        return tokens.of(caller);
    }

    /** How many requests met the gateway's rate limit (and were sent again after waiting). */
    int throttled() {
        return throttled.get();
    }

    int sent() {
        return sent.get();
    }

    /** A JSON request as {@code caller} (null: no token). */
    Answer json(String base, String method, String pathAndQuery, String caller, Object body) {
        byte[] bytes = null;
        if (body != null) {
            try {
                bytes = OpenApiOperations.JSON.writeValueAsBytes(body);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return send(base, method, pathAndQuery, caller == null ? null : token(caller), "application/json", bytes, Map.of());
    }

    /**
     * Sends one request with {@code bearer} (the raw token; null for none) and answers what came back; 429 is waited
     * out and sent again (for up to a minute).
     */
    Answer send(String base, String method, String pathAndQuery, String bearer, String contentType, byte[] body,
            Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json, */*")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (contentType != null && body != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        HttpResponse<byte[]> first = exchange(request, method, base, pathAndQuery);
        AtomicReference<HttpResponse<byte[]>> response = new AtomicReference<>(first);
        if (first.statusCode() == 429) {
            // the gateway's rate limit: sent again until it lets the request through, at the pace it asks for
            throttled.incrementAndGet();
            long wait = Math.max(1, Math.min(first.headers().firstValue("Retry-After").map(ProbeClient::seconds).orElse(1L), 5));
            await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ofSeconds(wait)).pollInterval(Duration.ofSeconds(wait))
                    .until(() -> {
                        response.set(exchange(request, method, base, pathAndQuery));
                        return response.get().statusCode() != 429;
                    });
        }
        HttpResponse<byte[]> answer = response.get();
        return new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(null),
                answer.headers().map(), new String(answer.body(), StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> exchange(HttpRequest request, String method, String base, String pathAndQuery) {
        try {
            sent.incrementAndGet();
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + base + cut(pathAndQuery) + " got no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String cut(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + " chars)" : text;
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * A request written byte for byte on a socket, for what an HTTP client library refuses to send (a CR or LF inside a
     * header value, a body larger than the server will read, a chunked body of unknown length). The body, if any, is
     * written from another thread while the answer is read, so that a server answering before the body is whole (413) is
     * heard; a write the server cut off is expected then. {@code head} is the request line and headers without the
     * blank line that ends them.
     */
    static Answer raw(String base, String head, byte[] body, boolean chunked) {
        URI uri = URI.create(base);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread writer = null;
            if (body != null) {
                writer = new Thread(() -> {
                    try {
                        int chunk = 64 * 1024;
                        for (int at = 0; at < body.length; at += chunk) {
                            int length = Math.min(chunk, body.length - at);
                            if (chunked) {
                                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                            }
                            out.write(body, at, length);
                            if (chunked) {
                                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                            }
                        }
                        if (chunked) {
                            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        }
                        out.flush();
                    } catch (IOException cutOff) {
                        // the server answered and closed before the whole body was read: what is being tested
                    }
                }, "raw-body-writer");
                writer.setDaemon(true);
                writer.start();
            }
            Answer answer = readAnswer(socket.getInputStream());
            if (writer != null) {
                writer.join(10_000);
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException("raw " + cut(head.lines().findFirst().orElse(head)) + " got no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int read;
        byte[] end = { '\r', '\n', '\r', '\n' };
        while (matched < 4 && (read = in.read()) != -1) {
            head.write(read);
            matched = read == end[matched] ? matched + 1 : (read == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/")) {
            throw new IOException("no HTTP answer: " + head.toString(StandardCharsets.ISO_8859_1));
        }
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        String length = headers.getOrDefault("content-length", List.of()).stream().findFirst().orElse(null);
        byte[] body;
        if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", List.of("")).get(0))) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            while (true) {
                String size = readLine(in);
                int n = Integer.parseInt(size.split(";")[0].trim(), 16);
                if (n == 0) {
                    break;
                }
                chunks.write(in.readNBytes(n));
                readLine(in);
            }
            body = chunks.toByteArray();
        } else {
            body = new byte[0];
        }
        String contentType = headers.getOrDefault("content-type", List.of()).stream().findFirst().orElse(null);
        return new Answer(status, contentType, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int read;
        while ((read = in.read()) != -1 && read != '\n') {
            if (read != '\r') {
                line.write(read);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Runs the tasks on {@code threads} threads and returns their results in the tasks' order. */
    static <T> List<T> inParallel(List<java.util.concurrent.Callable<T>> tasks, int threads) throws InterruptedException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new java.util.ArrayList<>(tasks.size());
            for (java.util.concurrent.Future<T> future : pool.invokeAll(tasks)) {
                try {
                    results.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
