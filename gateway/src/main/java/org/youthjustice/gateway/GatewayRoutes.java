package org.youthjustice.gateway;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.youthjustice.problem.ProblemType;

/**
 * The gateway's routes. Under each service's prefix: correlation id, then the bearer token is
 * verified (issuer, signature against Keycloak's cached keys, expiry, audience) — a request without a
 * valid token is answered 401 here and never reaches a service — then the client's rate limit, then
 * the request streams to the service with the token, which the service verifies again.
 */
@ApplicationScoped
public class GatewayRoutes {
    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);
    private static final Logger ACCESS = Logger.getLogger("org.youthjustice.gateway.access");
    private static final String IDENTITY = "yj.identity";
    private static final String STARTED = "yj.started";
    /** An auth failure handler that does nothing: the gateway answers a refused token itself (authenticate). */
    private static final BiConsumer<RoutingContext, Throwable> LEAVE_THE_ANSWER_TO_THE_GATEWAY = (context, failure) -> {
    };

    @Inject
    GatewayConfig config;

    @Inject
    ProblemReplies problems;

    @Inject
    Vertx vertx;

    @Inject
    RateLimits rateLimits;

    private UpstreamProxy proxy;

    void routes(@Observes Router router) {
        proxy = new UpstreamProxy(vertx, config.limits(), problems);
        Map<String, GatewayConfig.Service> services = new TreeMap<>(config.services());

        router.get("/api").handler(CorrelationIds::assign).handler(context -> listServices(context, services));
        router.get("/api/openapi").handler(CorrelationIds::assign).handler(context -> combinedOpenApi(context, services));
        router.get("/api/openapi/:service").handler(CorrelationIds::assign).handler(context -> {
            GatewayConfig.Service service = services.get(context.pathParam("service"));
            if (service == null) {
                problems.send(context, ProblemType.NOT_FOUND, "no such service");
            } else {
                proxy.forward(context, service.url(), "/q/openapi?format=json");
            }
        });
        services.forEach((name, service) -> {
            for (String path : new String[] { service.prefix(), service.prefix() + "/*" }) {
                router.route(path)
                        .handler(CorrelationIds::assign)
                        .handler(this::accessLog)
                        .handler(this::authenticate)
                        .handler(this::limitRate)
                        .handler(context -> proxy.forward(context, service.url()))
                        .failureHandler(this::failed);
            }
        });
        router.route("/api/*").handler(CorrelationIds::assign)
                .handler(context -> problems.send(context, ProblemType.NOT_FOUND, "no service answers " + context.request().path()));
        // everything outside the API and Quarkus's own endpoints is the console's: pages, sign-in and its files
        router.routeWithRegex("^/(?!api(/|$)|q(/|$)).*").handler(CorrelationIds::assign)
                .handler(context -> proxy.forward(context, config.console()))
                .failureHandler(this::failed);
    }

    UpstreamProxy proxy() {
        return proxy;
    }

    private void authenticate(RoutingContext context) {
        Uni<SecurityIdentity> deferred = context.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (deferred == null) {
            unauthenticated(context);
            return;
        }
        // A refused token goes first to the request's auth failure handler, then to the callback below. The handler
        // quarkus-rest installs fails the routing context, so failed() had answered 401 already when the callback
        // answered again ("Response head already sent", logged as an error); vertx-http's own would send a bare
        // challenge instead. Replaced by one that does nothing, the refusal is answered once, here, as a problem.
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, LEAVE_THE_ANSWER_TO_THE_GATEWAY);
        deferred.subscribe().with(identity -> {
            if (identity == null || identity.isAnonymous()) {
                unauthenticated(context);
            } else {
                context.put(IDENTITY, identity);
                context.next();
            }
        }, failure -> unauthenticated(context));
    }

    /**
     * A handler threw or the routing context was failed. The gateway's own token check answers a refusal itself
     * (authenticate); a refusal that Quarkus raises by failing the context is still answered as a problem.
     */
    private void failed(RoutingContext context) {
        Throwable failure = context.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                || context.statusCode() == 401) {
            unauthenticated(context);
        } else {
            LOG.error("gateway request failed", failure);
            problems.send(context, ProblemType.INTERNAL_ERROR, "the request could not be completed");
        }
    }

    private void unauthenticated(RoutingContext context) {
        context.response().putHeader("WWW-Authenticate", "Bearer");
        problems.send(context, ProblemType.UNAUTHENTICATED, "the request has no valid access token");
    }

    private void limitRate(RoutingContext context) {
        long wait = rateLimits.acquire(subject(context));
        if (wait == 0) {
            context.next();
            return;
        }
        context.response().putHeader("Retry-After", String.valueOf(wait));
        problems.send(context, ProblemType.TOO_MANY_REQUESTS, "this client sent too many requests; retry after " + wait + " s");
    }

    /** One line per request: method, path (no query: it may hold personal data), status, latency, client, authority. */
    private void accessLog(RoutingContext context) {
        context.put(STARTED, System.nanoTime());
        String correlationId = CorrelationIds.of(context);
        context.addEndHandler(done -> {
            long micros = (System.nanoTime() - (long) context.get(STARTED)) / 1000;
            ACCESS.infof("%s %s %d %d.%03dms client=%s authority=%s correlationId=%s",
                    context.request().method(), context.request().path(), context.response().getStatusCode(),
                    micros / 1000, micros % 1000, claim(context, "azp"), claim(context, "authority"), correlationId);
        });
        context.next();
    }

    private static String subject(RoutingContext context) {
        SecurityIdentity identity = context.get(IDENTITY);
        return identity == null ? "anonymous" : identity.getPrincipal().getName() + "|" + claim(context, "azp");
    }

    private static String claim(RoutingContext context, String name) {
        SecurityIdentity identity = context.get(IDENTITY);
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            return value == null ? "-" : value.toString().replace("\"", "");
        }
        return "-";
    }

    /**
     * Every service's OpenAPI document, read now and merged ({@link CombinedOpenApi}); 503 when one cannot be read, since
     * a document without a service's operations would mislead.
     */
    private void combinedOpenApi(RoutingContext context, Map<String, GatewayConfig.Service> services) {
        Map<String, io.vertx.core.Future<JsonObject>> documents = new java.util.LinkedHashMap<>();
        services.forEach((name, service) -> documents.put(name, proxy.client()
                .request(io.vertx.core.http.HttpMethod.GET, service.url().getPort(), service.url().getHost(), "/q/openapi?format=json")
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : io.vertx.core.Future.failedFuture(name + " answered " + response.statusCode()))
                .map(body -> body.toJsonObject())));
        io.vertx.core.Future.all(new java.util.ArrayList<>(documents.values())).onComplete(all -> {
            if (all.failed()) {
                LOG.warnf("the combined OpenAPI document could not be made: %s", all.cause().getMessage());
                problems.send(context, ProblemType.UNAVAILABLE, "a service's OpenAPI document could not be read; "
                        + "each service's is at /api/openapi/<service>");
                return;
            }
            Map<String, JsonObject> read = new java.util.LinkedHashMap<>();
            documents.forEach((name, document) -> read.put(name, document.result()));
            context.response().putHeader("Content-Type", "application/json").end(CombinedOpenApi.combine(read).encode());
        });
    }

    private static void listServices(RoutingContext context, Map<String, GatewayConfig.Service> services) {
        JsonArray list = new JsonArray();
        services.forEach((name, service) -> list.add(new JsonObject()
                .put("name", name)
                .put("path", service.prefix())
                .put("openapi", "/api/openapi/" + name)));
        context.response().putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("services", list).encodePrettily());
    }
}
