package org.youthjustice.console.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every answer of the console carries, set before any page or file is served:
 * <ul>
 * <li>a strict content security policy: scripts only from the console itself, plus the one inline script of the
 * GOV.UK page template, allowed by a nonce new to each answer; styles, fonts and images only from the console; forms
 * posted only to the console (and, for signing out, on to Keycloak); never framed;</li>
 * <li>the CSRF token: a random value in an HttpOnly, SameSite=Lax cookie that every form repeats in a hidden field
 * (double submit); a form posted from another site cannot know it ({@link Csrf#verify}). Outside the local platform
 * the cookie is {@code __Host-} prefixed, so that no sibling subdomain can plant one; and a form the browser says
 * comes from another site or origin (Sec-Fetch-Site) is refused whatever its token;</li>
 * <li>signing out only by the page's own form (POST, same origin): a link or image elsewhere cannot sign anyone out
 * (Quarkus's logout path answers any method, before any page's code);</li>
 * <li>no caching of pages, which hold personal data; the design system's files may be cached.</li>
 * </ul>
 */
@ApplicationScoped
public class Protections {
    static final String NONCE = "yj.csp-nonce";
    static final String CSRF = "yj.csrf-token";
    static final String CROSS_SITE = "yj.cross-site";
    public static final String CSRF_COOKIE = "yj-csrf";
    /** The cookie's name outside the local platform: the prefix makes browsers refuse it unless Secure, host-only, Path=/. */
    public static final String SECURE_CSRF_COOKIE = "__Host-yj-csrf";
    public static final String CSRF_FIELD = "csrf-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "yj.console.keycloak-url")
    String keycloak;

    @ConfigProperty(name = "quarkus.oidc.authentication.cookie-force-secure")
    boolean secureCookies;

    void routes(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::protect);
        // GOV.UK Frontend's precompiled stylesheet asks for its fonts and images under /assets; its files are served
        // under a path without their version, so that pages and console.js need not know it
        router.get("/assets/*").handler(context -> context.reroute(DesignSystem.govukPath() + context.request().path()));
        router.get("/govuk-frontend/*").handler(context -> context.reroute(
                DesignSystem.govukPath() + context.request().path().substring("/govuk-frontend".length())));
    }

    private void protect(RoutingContext context) {
        String nonce = random(16);
        context.put(NONCE, nonce);
        context.response().putHeader("Content-Security-Policy", String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self'",
                "form-action 'self' " + keycloak,
                "frame-ancestors 'none'",
                "base-uri 'none'",
                "object-src 'none'"));
        context.response().putHeader("X-Content-Type-Options", "nosniff");
        context.response().putHeader("Referrer-Policy", "no-referrer");
        context.response().putHeader("X-Frame-Options", "DENY");
        String path = context.request().path();
        if (!DesignSystem.isStatic(path)) {
            context.response().putHeader("Cache-Control", "no-store");
        }
        String name = secureCookies ? SECURE_CSRF_COOKIE : CSRF_COOKIE;
        Cookie csrf = context.request().getCookie(name);
        String token = csrf == null || csrf.getValue().length() < 20 ? null : csrf.getValue();
        if (token == null) {
            token = random(32);
            context.response().addCookie(Cookie.cookie(name, token).setPath("/").setHttpOnly(true)
                    .setSecure(secureCookies).setSameSite(CookieSameSite.LAX));
        }
        context.put(CSRF, token);
        String fetchSite = context.request().getHeader("Sec-Fetch-Site");
        boolean crossSite = fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        context.put(CROSS_SITE, crossSite);
        if (path.equals("/sign-out") && (context.request().method() != HttpMethod.POST || crossSite)) {
            context.response().setStatusCode(303).putHeader("Location", "/").end();
            return;
        }
        context.next();
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
