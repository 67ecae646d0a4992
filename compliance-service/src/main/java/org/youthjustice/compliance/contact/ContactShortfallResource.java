package org.youthjustice.compliance.contact;

import static org.youthjustice.kernel.problem.QueryParameters.parse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.DueListScope;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/** The orders short of contact in a month (CMP-9) or not scheduled a month ahead (MIL-12), for me, my team or the authority. */
@Path("/contact-shortfalls")
@Tag(name = "appointments", description = "Appointments under an order and their attendance (CMP-1, CMP-4)")
@Produces(MediaType.APPLICATION_JSON)
public class ContactShortfallResource {
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 500;

    @Inject
    Clock clock;

    @Inject
    ContactShortfalls contactShortfalls;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "Orders short of their contact minimum in a month (CMP-9) or not scheduled a month ahead (MIL-12)", description = """
            `month` (`YYYY-MM`, this month by default); `scope=mine` (default), `team` (yours, or for managers the \
            `team` named) or `authority` (managers). Each flagged order with its month's figures and the rules it falls short of, \
            by case reference. Paged: `limit` orders (200 by default, at most 500) from `offset`; `X-Total-Count` holds \
            the whole list's size.""")
    @APIResponse(responseCode = "200", description = "The flagged orders", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContactShortfalls.Shortfall.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid criteria or paging values, each listed")
    @APIResponse(responseCode = "403", description = "A scope your role does not read")
    public Response shortfalls(@QueryParam("month") String month, @QueryParam("scope") String scope,
            @QueryParam("team") String team,
            @Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 200, at most 500") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        List<Violation> violations = new ArrayList<>();
        DueListScope whose = DueListScope.read(scope, team, caller, violations);
        YearMonth parsed = parse(month, "month", violations, YearMonth::parse, "a month, YYYY-MM");
        PageRequest page = PageRequest.of(offset, limit, DEFAULT_LIMIT, MAX_LIMIT, violations); // one 400 for bad paging and bad criteria
        whose.authorize(caller);
        YearMonth checked = parsed == null ? YearMonth.from(Moments.ukToday(clock)) : parsed;
        return contactShortfalls.in(checked, whose, page).toResponse(uri);
    }
}
