package org.youthjustice.kernel.tenancy;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET <service root>/me}: what this service reads from the caller's token. Lets a partner
 * developer check that their client is bound to the right authority and roles.
 */
@Path("/me")
@Authenticated
@Tag(name = "caller", description = "Who the platform takes the caller to be: authority, roles, team (from the verified token only)")
public class CallerResource {
    @Inject
    Caller caller;

    public record CallerView(String subject, String username, String authority, Set<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who the service takes the caller to be",
            description = "The subject, authority and roles this service reads from the verified access token (X-1).")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CallerView.class),
            examples = @ExampleObject(name = "case worker", value = """
                    {"subject": "5f0c7a2e-3c1b-4a47-9d51-0d3b1f6f2a10", "username": "wokingham-case-worker",
                     "authority": "wokingham", "roles": ["case-worker"]}""")))
    @APIResponse(responseCode = "401", description = "No valid access token")
    @APIResponse(responseCode = "403", description = "The token carries no authority claim")
    public CallerView me() {
        return new CallerView(caller.subject(), caller.username(), caller.authority(), caller.roles());
    }
}
