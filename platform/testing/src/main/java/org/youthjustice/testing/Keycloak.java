package org.youthjustice.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A handle on the test's real Keycloak: its realm URL and real tokens from its token endpoint. */
public class Keycloak {
    public static final String REALM = "youth-justice";
    /** The realm's public client for command-line logins (direct access grants, demo realm only). */
    public static final String CLI_CLIENT = "youth-justice-cli";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    public Keycloak(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String realmUrl() {
        return baseUrl + "/realms/" + REALM;
    }

    /** A user's access token by the password grant through the CLI client. */
    public String passwordToken(String username, String password) {
        return passwordToken(CLI_CLIENT, username, password);
    }

    /** A user's access token by the password grant through {@code clientId}. */
    public String passwordToken(String clientId, String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password));
    }

    /** A partner system's access token by the client-credentials grant. */
    public String clientToken(String clientId, String clientSecret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret));
    }

    private String token(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token: " + response.statusCode() + " " + response.body());
            }
            JsonNode json = JSON.readTree(response.body());
            return json.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
