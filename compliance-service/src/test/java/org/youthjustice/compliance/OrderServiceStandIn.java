package org.youthjustice.compliance;

import static io.restassured.RestAssured.given;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * order-service's case API ({@code GET /api/orders/cases/{id}}) as compliance-service's tests need it
 * for letters: the child's details a test puts here, answered to a request that carries a bearer token,
 * which it remembers so a test can see whose behalf the service asked on. The end-to-end suite reads
 * the real order-service. A case put with status 503 answers that, as an order-service that is down.
 */
public class OrderServiceStandIn implements QuarkusTestResourceLifecycleManager {
    private HttpServer server;

    private final Map<String, String> cases = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<String, String> askedWith = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/api/orders/cases/", this::caseView);
        server.createContext("/stand-in/cases/", this::control);
        server.start();
        return Map.of("yj.orders.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void caseView(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/api/orders/cases/".length());
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            answer(exchange, 401, "");
            return;
        }
        askedWith.put(id, authorization.substring("Bearer ".length()));
        String body = cases.get(id);
        answer(exchange, body == null ? 404 : statuses.getOrDefault(id, 200), body == null ? "" : body);
    }

    /** PUT a case view (optionally {@code ?status=503}); GET {@code .../token} for the token it was last asked with. */
    private void control(HttpExchange exchange) throws IOException {
        String rest = exchange.getRequestURI().getPath().substring("/stand-in/cases/".length());
        if ("PUT".equals(exchange.getRequestMethod())) {
            cases.put(rest, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String query = exchange.getRequestURI().getQuery();
            statuses.put(rest, query != null && query.startsWith("status=") ? Integer.parseInt(query.substring(7)) : 200);
            answer(exchange, 204, "");
        } else {
            String token = askedWith.get(rest.replace("/token", ""));
            answer(exchange, token == null ? 404 : 200, token == null ? "" : token);
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
        if (server != null) {
            server.stop(0);
        }
    }

    // ---------------------------------------------------------------- for tests

    private static String url() {
        return ConfigProvider.getConfig().getValue("yj.orders.url", String.class);
    }

    /** order-service's view of the case: the child's details and parents/carers (a JSON object). */
    public static void child(UUID caseId, String caseViewJson) {
        given().body(caseViewJson).put(url() + "/stand-in/cases/" + caseId).then().statusCode(204);
    }

    /** order-service answering {@code status} for this case. */
    public static void failing(UUID caseId, int status) {
        given().body("{}").put(url() + "/stand-in/cases/" + caseId + "?status=" + status).then().statusCode(204);
    }

    /** The access token compliance-service last read the case with. */
    public static String tokenAskedWith(UUID caseId) {
        return given().get(url() + "/stand-in/cases/" + caseId + "/token").then().statusCode(200).extract().asString();
    }
}
