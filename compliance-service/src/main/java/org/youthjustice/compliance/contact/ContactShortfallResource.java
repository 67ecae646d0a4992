package org.youthjustice.compliance.contact;

import static org.youthjustice.kernel.problem.QueryParameters.parse;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.youthjustice.compliance.supervision.SupervisedCase;
import org.youthjustice.compliance.supervision.SupervisedOrder;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.DueListScope;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.problem.Violation;

/** The orders short of contact in a month (CMP-9) or not scheduled a month ahead (MIL-12), for me, my team or the authority. */
@Path("/contact-shortfalls")
@Tag(name = "appointments")
@Produces(MediaType.APPLICATION_JSON)
public class ContactShortfallResource {
    @Inject
    ContactFrequencies frequencies;

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    public record Shortfall(UUID caseId, String caseReference, UUID orderId, UUID caseManager, String team,
            ContactFrequencies.Minimum minimum, ContactFrequency.MonthCheck month, List<String> rules) {
    }

    @GET
    @Transactional
    @RolesAllowed({ Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER, Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER,
            Roles.SERVICE_MANAGER })
    @Operation(summary = "Orders short of their contact minimum in a month (CMP-9) or not scheduled a month ahead (MIL-12)", description = """
            `month` (`YYYY-MM`, this month by default); `scope=mine` (default), `team` (yours, or for managers the \
            `team` named) or `authority` (managers). Each flagged order with its month's figures and the rules it falls short of.""")
    @APIResponse(responseCode = "200", description = "The flagged orders")
    @APIResponse(responseCode = "400", description = "Invalid criteria, each listed")
    @APIResponse(responseCode = "403", description = "A scope your role does not read")
    public List<Shortfall> shortfalls(@QueryParam("month") String month, @QueryParam("scope") String scope,
            @QueryParam("team") String team) {
        List<Violation> violations = new ArrayList<>();
        DueListScope whose = DueListScope.read(scope, team, caller, violations);
        YearMonth parsed = parse(month, "month", violations, YearMonth::parse, "a month, YYYY-MM");
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        whose.authorize(caller);
        YearMonth checked = parsed == null ? YearMonth.now(DeadlineCalculator.LONDON) : parsed;
        String holding = switch (whose.kind()) {
            case MINE -> " and (c.caseManager = :me or array_contains(c.coWorkers, :me))";
            case TEAM -> " and c.team = :team";
            case AUTHORITY -> "";
        };
        var query = entityManager.createQuery("""
                select o, c from SupervisedOrder o, SupervisedCase c
                where c.id = o.caseId and o.startDate <= :last and (o.endDate is null or o.endDate >= :first)
                and (o.endedOn is null or o.endedOn > :first)""" + holding + " order by c.reference", Object[].class)
                .setParameter("first", checked.atDay(1)).setParameter("last", checked.atEndOfMonth());
        if (whose.kind() == DueListScope.Kind.MINE) {
            query.setParameter("me", whose.me());
        } else if (whose.kind() == DueListScope.Kind.TEAM) {
            query.setParameter("team", whose.team());
        }
        List<Shortfall> flagged = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            SupervisedOrder order = (SupervisedOrder) row[0];
            SupervisedCase childCase = (SupervisedCase) row[1];
            for (ContactFrequency.MonthCheck check : frequencies.months(childCase, order, checked, checked)) {
                List<String> rules = new ArrayList<>();
                if (check.shortfall()) {
                    rules.add("CMP-9");
                }
                if (check.monthAhead() == ContactFrequency.MonthAhead.MISSED) {
                    rules.add("MIL-12");
                }
                if (!rules.isEmpty()) {
                    flagged.add(new Shortfall(childCase.id, childCase.reference, order.id, childCase.caseManager, childCase.team,
                            frequencies.minimumFor(childCase), check, rules));
                }
            }
        }
        return flagged;
    }
}
