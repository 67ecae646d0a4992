package org.youthjustice.compliance.letters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.problem.Problem;
import org.youthjustice.problem.ProblemType;

/**
 * Reads a child's contact details from order-service's case API, on behalf of the user who asked for
 * the letter: their own access token goes with the request, so order-service applies its own access
 * rules to them (EVENTS.md), and compliance never holds the details beyond the letter.
 */
@ApplicationScoped
public class OrderServiceCases {
    private static final Logger LOG = Logger.getLogger(OrderServiceCases.class);

    @ConfigProperty(name = "yj.orders.url")
    String ordersUrl;

    @Inject
    JsonWebToken token;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ChildContacts contactsOf(UUID caseId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ordersUrl + "/api/orders/cases/" + caseId))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token.getRawToken())
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warnf("order-service could not be reached for case %s: %s", caseId, e.toString());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
        return switch (response.statusCode()) {
            case 200 -> read(response.body());
            case 401, 403 -> throw ProblemException.forbidden("order-service does not let you read this child's contact details");
            case 404 -> throw ProblemException.notFound("case " + caseId + " in order-service");
            default -> {
                LOG.warnf("order-service answered %d for case %s", response.statusCode(), caseId);
                throw unavailable();
            }
        };
    }

    private ChildContacts read(String body) {
        try {
            JsonNode caseView = json.readTree(body);
            JsonNode child = caseView.path("child");
            List<ChildContacts.ParentCarer> parents = new ArrayList<>();
            child.path("parentCarers").forEach(p -> parents.add(new ChildContacts.ParentCarer(text(p, "name"),
                    text(p, "relationship"), text(p, "address"))));
            String born = text(child, "dateOfBirth");
            return new ChildContacts(text(caseView, "reference"), text(child, "givenName"), text(child, "familyName"),
                    born == null ? null : LocalDate.parse(born), text(child, "address"), parents);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("order-service's case could not be read: %s", e.toString());
            throw unavailable();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() || value.asText().isBlank() ? null : value.asText();
    }

    private static ProblemException unavailable() {
        return new ProblemException(Problem.of(ProblemType.UNAVAILABLE,
                "the child's contact details could not be read from order-service; nothing was written: try again shortly"));
    }
}
