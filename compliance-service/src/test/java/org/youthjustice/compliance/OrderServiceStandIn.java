package org.youthjustice.compliance;

import static io.restassured.RestAssured.given;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * order-service's case API ({@code GET /api/orders/cases/{id}}) as compliance-service's tests need it
 * for letters: the child's details a test puts here, answered to a request that carries a bearer token,
 * which it remembers so a test can see whose behalf the service asked on. The end-to-end suite reads
 * the real order-service.
 *
 * <p>It can also be order-service in trouble: a case answering a status (503, as an order-service that is
 * down) or a run of them ({@code 503} then {@code 200}), a case that does not answer in time ({@link #slow}),
 * or the whole API gone, connections refused ({@link #down}). It counts the requests for each case, so a
 * test can see whether it was asked again, or not asked at all. It is steered over its own control address,
 * which stays up while the API is down.
 */
public class OrderServiceStandIn implements QuarkusTestResourceLifecycleManager {
    private static final String CASES = "/api/orders/cases/";
    private static final String CONTROL = "/stand-in/cases/";
    /** The longest a slow case holds a request: far beyond compliance's timeout, but never forever. */
    private static final long SLOW_AT_MOST_SECONDS = 60;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private HttpServer api;
    private HttpServer control;
    private int apiPort;

    private final Map<String, String> cases = new ConcurrentHashMap<>();
    private final Map<String, List<Integer>> statuses = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();
    private final Map<String, String> askedWith = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        control = server(0);
        control.createContext(CONTROL, this::control);
        control.createContext("/stand-in/api", this::upOrDown);
        control.start();
        startApi(0);
        return Map.of("yj.orders.url", "http://127.0.0.1:" + apiPort,
                "yj.orders.stand-in.url", "http://127.0.0.1:" + control.getAddress().getPort());
    }

    private HttpServer server(int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.setExecutor(threads);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case API, on {@code port} (0: any free one, then the same one each time it comes back up). */
    private synchronized void startApi(int port) {
        api = server(port);
        api.createContext(CASES, this::caseView);
        api.start();
        apiPort = api.getAddress().getPort();
    }

    private synchronized void stopApi() {
        if (api != null) {
            api.stop(0);
            api = null;
        }
    }

    private void caseView(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring(CASES.length());
        int request = requests.computeIfAbsent(id, key -> new AtomicInteger()).getAndIncrement();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            answer(exchange, 401, "");
            return;
        }
        askedWith.put(id, authorization.substring("Bearer ".length()));
        CountDownLatch slow = held.get(id);
        if (slow != null) {
            try {
                slow.await(SLOW_AT_MOST_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String body = cases.get(id);
        List<Integer> script = statuses.getOrDefault(id, List.of(200));
        answer(exchange, body == null ? 404 : script.get(Math.min(request, script.size() - 1)), body == null ? "" : body);
    }

    /**
     * PUT a case view (optionally {@code ?status=503}, or a run {@code ?status=503,200} answered in turn, the last
     * from then on; or {@code ?slow=true}); GET {@code .../token} for the token it was last asked with, or
     * {@code .../requests} for how often it was asked since it was put.
     */
    private void control(HttpExchange exchange) throws IOException {
        String rest = exchange.getRequestURI().getPath().substring(CONTROL.length());
        if ("PUT".equals(exchange.getRequestMethod())) {
            String query = exchange.getRequestURI().getQuery() == null ? "" : exchange.getRequestURI().getQuery();
            release(rest);
            cases.put(rest, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            statuses.put(rest, query.startsWith("status=")
                    ? Arrays.stream(query.substring(7).split(",")).map(Integer::valueOf).toList() : List.of(200));
            if (query.equals("slow=true")) {
                held.put(rest, new CountDownLatch(1));
            }
            requests.put(rest, new AtomicInteger());
            answer(exchange, 204, "");
        } else if (rest.endsWith("/requests")) {
            AtomicInteger count = requests.get(rest.replace("/requests", ""));
            answer(exchange, 200, String.valueOf(count == null ? 0 : count.get()));
        } else {
            String token = askedWith.get(rest.replace("/token", ""));
            answer(exchange, token == null ? 404 : 200, token == null ? "" : token);
        }
    }

    /** POST {@code /stand-in/api/down}: the case API stops listening; {@code .../up}: it listens again, on the same port. */
    private void upOrDown(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().endsWith("/down")) {
            stopApi();
        } else if (api == null) {
            startApi(apiPort);
        }
        answer(exchange, 204, "");
    }

    private void release(String caseId) {
        CountDownLatch slow = held.remove(caseId);
        if (slow != null) {
            slow.countDown();
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void stop() {
        held.keySet().forEach(this::release);
        stopApi();
        if (control != null) {
            control.stop(0);
        }
        threads.shutdownNow();
    }

    // ---------------------------------------------------------------- for tests

    private static String control() {
        return ConfigProvider.getConfig().getValue("yj.orders.stand-in.url", String.class);
    }

    /** order-service's view of the case: the child's details and parents/carers (a JSON object). */
    public static void child(UUID caseId, String caseViewJson) {
        given().body(caseViewJson).put(control() + CONTROL + caseId).then().statusCode(204);
    }

    /** order-service answering {@code status} for this case. */
    public static void failing(UUID caseId, int status) {
        given().body("{}").put(control() + CONTROL + caseId + "?status=" + status).then().statusCode(204);
    }

    /** order-service answering the case view with these statuses in turn, the last one from then on. */
    public static void answering(UUID caseId, String caseViewJson, int... statuses) {
        String run = String.join(",", Arrays.stream(statuses).mapToObj(String::valueOf).toList());
        given().body(caseViewJson).put(control() + CONTROL + caseId + "?status=" + run).then().statusCode(204);
    }

    /** order-service holding every request for this case without an answer, until the case is put again. */
    public static void slow(UUID caseId, String caseViewJson) {
        given().body(caseViewJson).put(control() + CONTROL + caseId + "?slow=true").then().statusCode(204);
    }

    /** How many requests for the case order-service had since the case was last put. */
    public static int requests(UUID caseId) {
        return Integer.parseInt(given().get(control() + CONTROL + caseId + "/requests").then().statusCode(200)
                .extract().asString());
    }

    /** order-service gone: nothing listens on its address, so each connection is refused. */
    public static void down() {
        given().post(control() + "/stand-in/api/down").then().statusCode(204);
    }

    /** order-service back, where it was. */
    public static void up() {
        given().post(control() + "/stand-in/api/up").then().statusCode(204);
    }

    /** The access token compliance-service last read the case with. */
    public static String tokenAskedWith(UUID caseId) {
        return given().get(control() + CONTROL + caseId + "/token").then().statusCode(200).extract().asString();
    }
}
