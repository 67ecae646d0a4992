package org.youthjustice.compliance.letters;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.compliance.paging.Pages;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Roles;

/** The authority's letter templates (CMP-11): read by staff, changed by managers, no release needed. */
@Path("/letter-templates")
@Tag(name = "letters", description = "Warning, breach and appointment letters, produced as PDFs (CMP-5 to CMP-7, CMP-11, X-6)")
@Produces(MediaType.APPLICATION_JSON)
public class LetterTemplateResource {
    @Inject
    LetterTemplates templates;

    public record TemplateView(LetterKind kind, String rule, String subject, String mustName, String version, String body,
            String changedBy, Instant changedAt) {
        static TemplateView of(LetterTemplates.Current t) {
            return new TemplateView(t.kind(), t.kind().rule(), t.kind().subject(), t.kind().mustName(), t.version(), t.body(),
                    t.changedBy(), t.changedAt());
        }
    }

    public record TemplateEntry(@NotBlank @Size(max = 20000) String body) {
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The templates letters are written from now, one per kind", description = """
            Your authority's latest version of each, or the service's default (`version: default`) until it changes one.""")
    @APIResponse(responseCode = "200", description = "The templates", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TemplateView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid paging values, each listed")
    public Response list(@Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 1000") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        PageRequest page = PageRequest.of(offset, limit, Pages.CASE_DEFAULT_LIMIT, Pages.CASE_MAX_LIMIT);
        // one per kind of letter: cut from the whole
        return Page.of(Arrays.stream(LetterKind.values()).map(kind -> TemplateView.of(templates.current(kind))).toList(), page)
                .toResponse(uri);
    }

    @GET
    @Path("/{kind}")
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER, Roles.BUSINESS_SUPPORT })
    @Operation(summary = "The current template of one kind: first-warning, second-warning, breach or appointments")
    @APIResponse(responseCode = "200", description = "The template")
    @APIResponse(responseCode = "404", description = "No such kind of letter")
    public TemplateView get(@PathParam("kind") String kind) {
        return TemplateView.of(templates.current(kindOf(kind)));
    }

    @PUT
    @Path("/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Change your authority's template of one kind (CMP-11): a new version", description = """
            A Qute template of plain text; a blank line starts a paragraph. It can use `{child.givenName}`, \
            `{child.familyName}`, `{letterDate}`, `{missedAppointment.when}`, `{nextAppointment.when}`, \
            `{nextAppointment.place}`, `{nextAppointment.withWhom}`, `{meeting.when}`, `{meeting.place}`, \
            `{#for appointment in appointments}…{/for}`, `{from}`, `{to}` and `{signedBy}`. The addressee, the copy \
            to parents/carers (X-6), the date and the subject are laid out by the service. A first warning must \
            name the next appointment (CMP-5), a second the compliance meeting (CMP-6), an appointment letter its \
            appointments; the template is tried on sample values and refused (422) if it does not render.""")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "first warning",
            value = "{\"body\": \"Dear {child.givenName},\\n\\nYou missed your appointment on {missedAppointment.when}. "
                    + "Your next appointment is on {nextAppointment.when} at {nextAppointment.place}.\\n\\nFrom {signedBy}\"}")))
    @APIResponse(responseCode = "200", description = "The new version, used for letters from now on")
    @APIResponse(responseCode = "400", description = "No body, or too long")
    @APIResponse(responseCode = "403", description = "Not a manager")
    @APIResponse(responseCode = "404", description = "No such kind of letter")
    @APIResponse(responseCode = "409", description = "Another manager saved a version at the same moment")
    @APIResponse(responseCode = "422", description = "Does not parse, does not render, or does not name what its rule requires")
    public TemplateView change(@PathParam("kind") String kind, @Valid @NotNull TemplateEntry entry) {
        return TemplateView.of(templates.change(kindOf(kind), entry.body()));
    }

    private static LetterKind kindOf(String kind) {
        return LetterKind.of(kind).orElseThrow(() -> ProblemException.notFound("letter kind " + kind));
    }
}
