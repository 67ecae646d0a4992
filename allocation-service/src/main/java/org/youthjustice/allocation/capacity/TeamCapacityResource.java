package org.youthjustice.allocation.capacity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.allocation.workforce.Worker;
import org.youthjustice.allocation.workforce.Workforce;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Roles;

/**
 * Teams' capacity (ALC-1): each worker's caseload against what they can hold, and each team's against its
 * threshold; the teams over it come first in the authority's list, which is how the service manager sees them.
 */
@Path("/teams")
@Tag(name = "workforce", description = "Teams, case managers, their capacity and absences (ALC-1, ALC-2, ALC-7)")
@Produces(MediaType.APPLICATION_JSON)
public class TeamCapacityResource {
    @Inject
    Workforce workforce;

    @Inject
    Capacities capacities;

    public record MemberCapacity(UUID workerId, String name, String grade, CapacityPolicy.WorkerCapacity capacity) {
    }

    public record TeamView(String team, CapacityPolicy.TeamCapacity total, List<MemberCapacity> workers) {
    }

    public record TeamSummary(String team, int workers, CapacityPolicy.TeamCapacity total) {
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "Every team's capacity, those over their threshold first (ALC-1)", description = """
            For the service manager: each team of your authority with its active workers' total caseload against             their total capacity, as a percentage with the sums; a team over the authority's threshold (90% by             default) is flagged, with the reason, and listed first, fullest first.""")
    @APIResponse(responseCode = "200", description = "The teams, possibly none", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TeamSummary.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Paging out of range (offset, limit), each field listed")
    public Response teams(@Parameter(description = "items to skip, default 0") @QueryParam("offset") String offset,
            @Parameter(description = "items per page, default 100, at most 500") @QueryParam("limit") String limit, @Context UriInfo uri) {
        PageRequest page = PageRequest.of(offset, limit, 100, 500);
        List<Worker> workers = workforce.workers(null);
        Map<UUID, CapacityPolicy.WorkerCapacity> each = capacities.of(workers);
        CapacityPolicy policy = capacities.policy();
        List<TeamSummary> teams = workers.stream().collect(java.util.stream.Collectors.groupingBy(w -> w.team, java.util.TreeMap::new,
                        java.util.stream.Collectors.toList()))
                .entrySet().stream()
                .map(team -> new TeamSummary(team.getKey(), team.getValue().size(),
                        policy.team(team.getValue().stream().map(w -> each.get(w.id)).toList())))
                .sorted(java.util.Comparator.comparing((TeamSummary t) -> !t.total().overThreshold())
                        .thenComparing(t -> -t.total().percent()).thenComparing(TeamSummary::team))
                .toList();
        // an authority's teams are a few dozen at most, ordered by how full they are: the page is cut from them all
        return Page.of(teams, page).toResponse(uri);
    }

    @GET
    @Path("/{team}/capacity")
    @Transactional
    @RolesAllowed({ Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER, Roles.SERVICE_MANAGER })
    @Operation(summary = "A team's capacity (ALC-1)", description = """
            Each worker's weighted caseload against the points their grade and hours allow, with the sums; the \
            team's total, flagged for the service manager when over the authority's threshold (90% by default).""")
    @APIResponse(responseCode = "200", description = "The team's capacity")
    @APIResponse(responseCode = "404", description = "No active worker in such a team in your authority")
    public TeamView team(@PathParam("team") String team) {
        List<Worker> workers = workforce.workers(team);
        if (workers.isEmpty()) {
            throw ProblemException.notFound("team " + team);
        }
        Map<UUID, CapacityPolicy.WorkerCapacity> each = capacities.of(workers);
        return new TeamView(team, capacities.policy().team(workers.stream().map(w -> each.get(w.id)).toList()),
                workers.stream().map(w -> new MemberCapacity(w.id, w.name, w.grade.wireName(), each.get(w.id))).toList());
    }
}
