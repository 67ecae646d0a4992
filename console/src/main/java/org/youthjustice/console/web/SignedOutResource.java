package org.youthjustice.console.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where Keycloak sends the user back after signing out (quarkus.oidc.logout.post-logout-path). */
@Path("/signed-out")
@Produces(MediaType.TEXT_HTML)
public class SignedOutResource {
    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance signedOut();
    }

    @GET
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
