package org.youthjustice.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A user signed in to the console under test, as a browser would be: the console sends it to sign in (the stubbed
 * Keycloak of {@link StubPlatform}, which signs in the user named as login_hint), back with a code, and keeps its
 * session cookie; each page is then asked for with that session, following the console's redirects.
 */
public final class SignedIn {
    private final URI console;
    private final String username;
    private final HttpClient client;

    private SignedIn(URI console, String username) {
        this.console = console;
        this.username = username;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs {@code username} in to the console at {@code console}: the user's first page, after signing in. */
    public static SignedIn as(URI console, String username) {
        SignedIn user = new SignedIn(console, username);
        HttpResponse<String> home = user.get("/timeliness");
        if (home.uri().getPath().contains("/protocol/openid-connect/")) {
            throw new IllegalStateException("the sign-in did not come back to the console: " + home.statusCode() + " " + home.body());
        }
        return user;
    }

    /** GET a page of the console, following its redirects (to sign in, and back) as a browser does. */
    public HttpResponse<String> get(String path) {
        URI uri = console.resolve(path);
        for (int hops = 0; hops < 10; hops++) {
            HttpResponse<String> response = send(uri);
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() / 100 != 3 || location == null) {
                return response;
            }
            uri = uri.resolve(location);
            if (uri.getPath().endsWith("/protocol/openid-connect/auth")) {
                // the user whom the stubbed Keycloak signs in
                uri = URI.create(uri + "&login_hint=" + username);
            }
        }
        throw new IllegalStateException("more than 10 redirects from " + path);
    }

    private HttpResponse<String> send(URI uri) {
        try {
            return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
