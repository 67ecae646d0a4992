package org.youthjustice.console.web;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the layout of every page needs: the signed-in user, the navigation their roles open, the nonce of this answer's
 * inline script and where the design system's files are. Templates read it as {@code {page.…}}.
 */
@Named("page")
@RequestScoped
public class Page {
    /** One link of the service navigation, shown to the roles that may use the page it opens. */
    public record Link(String href, String text, boolean current) {
    }

    /** Who may open the case pages and find a child (the roles the API lets read cases: ROLES.md). */
    public static final Set<String> CASE_READERS = Set.of("case-worker", "senior-case-manager", "advanced-practitioner",
            "team-manager", "service-manager", "court-officer", "business-support");
    /** Who has a due list of milestones. */
    public static final Set<String> DUE_LIST_READERS = Set.of("case-worker", "senior-case-manager", "advanced-practitioner",
            "team-manager", "service-manager", "business-support");
    /** Who has compliance's due list (follow-ups, enforcement steps, letters). */
    public static final Set<String> COMPLIANCE_DUE_READERS = Set.of("case-worker", "senior-case-manager",
            "advanced-practitioner", "team-manager", "service-manager");
    /** Who records court outcomes (ORD-1). */
    public static final Set<String> COURT_OUTCOME_RECORDERS = Set.of("court-officer", "business-support");
    /** Who records contacts (order-service's casework). */
    public static final Set<String> CONTACT_RECORDERS = Set.of("case-worker", "senior-case-manager", "advanced-practitioner",
            "team-manager", "court-officer");
    /** Who makes appointments, records attendance and judges absences (compliance-service). */
    public static final Set<String> COMPLIANCE_WORKERS = Set.of("case-worker", "senior-case-manager", "advanced-practitioner",
            "team-manager", "business-support");
    /** Who sees the transfers' tasks (transfer-service). */
    public static final Set<String> TRANSFER_READERS = Set.of("case-worker", "senior-case-manager", "advanced-practitioner",
            "team-manager", "service-manager");
    /**
     * The managers who decide for the authority: on a transfer request and its caretaking agreement (TRF-6, TRF-8), that a
     * compliance meeting was held and that breach proceedings start (CMP-6, CMP-7).
     */
    public static final Set<String> DECIDING_MANAGERS = Set.of("advanced-practitioner", "team-manager", "service-manager");
    /** Who arranges a compliance meeting and writes a breach report (CMP-6, CMP-7). */
    public static final Set<String> ENFORCEMENT_WORKERS = Set.of("case-worker", "senior-case-manager", "advanced-practitioner",
            "team-manager");
    /** Who works victim contact (victim-service): restorative justice workers. */
    public static final Set<String> VICTIM_WORKERS = Set.of("rj-worker");
    /** Who records plans (order-service's casework, MIL-6, MIL-15). */
    public static final Set<String> PLAN_RECORDERS = Set.of("case-worker", "senior-case-manager", "advanced-practitioner",
            "team-manager");
    /** Who holds the allocation meeting (ALC-12). */
    public static final Set<String> ALLOCATORS = Set.of("team-manager", "advanced-practitioner", "service-manager");
    /**
     * Who reads the partnership's timeliness figures (reporting-service): managers, their own authority's in full, and
     * partnership analysts, every authority's with small counts suppressed (ROLES.md, "partnership statistics").
     */
    public static final Set<String> TIMELINESS_READERS = Set.of("service-manager", "team-manager", "partnership-analyst");
    /** Who goes down from their own authority's figures to the cases behind them (never an analyst: aggregates only). */
    public static final Set<String> TIMELINESS_CASE_READERS = Set.of("service-manager", "team-manager");
    /**
     * Who reads a case's inspection evidence (reporting-service, GET /api/reporting/cases/{caseId}/inspection-evidence):
     * the managers and advanced practitioners of the case's own authority, as the API allows; a case worker does not.
     */
    public static final Set<String> INSPECTION_EVIDENCE_READERS = Set.of("team-manager", "service-manager",
            "advanced-practitioner");
    /** Who sees a team's or the authority's lists. */
    public static final Set<String> MANAGERS = Set.of("team-manager", "service-manager", "senior-case-manager",
            "advanced-practitioner", "business-support");

    @Inject
    CurrentVertxRequest request;

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    public String nonce() {
        return request.getCurrent().get(Protections.NONCE);
    }

    public String govuk() {
        return DesignSystem.govuk();
    }

    public String moj() {
        return DesignSystem.moj();
    }

    public boolean signedIn() {
        return identity != null && !identity.isAnonymous();
    }

    /** The user's name as Keycloak holds it, else their user name. */
    public String userName() {
        if (!signedIn()) {
            return "";
        }
        String name = idToken.getClaim("name");
        return name != null && !name.isBlank() ? name : identity.getPrincipal().getName();
    }

    public String authority() {
        Object authority = signedIn() ? idToken.getClaim("authority") : null;
        return authority == null ? "" : authority.toString();
    }

    /** The user's team, from the token; null for those who hold none (service managers, business support). */
    public String team() {
        Object team = signedIn() ? idToken.getClaim("team") : null;
        return team == null || team.toString().isBlank() ? null : team.toString();
    }

    public boolean any(Set<String> roles) {
        return signedIn() && roles.stream().anyMatch(identity::hasRole);
    }

    public boolean canRecordCourtOutcomes() {
        return any(COURT_OUTCOME_RECORDERS);
    }

    public boolean canRecordContacts() {
        return any(CONTACT_RECORDERS);
    }

    public boolean canWorkCompliance() {
        return any(COMPLIANCE_WORKERS);
    }

    public boolean canRecordPlans() {
        return any(PLAN_RECORDERS);
    }

    public boolean canWorkVictims() {
        return any(VICTIM_WORKERS);
    }

    public boolean canReadTransfers() {
        return any(TRANSFER_READERS);
    }

    public boolean canReadCases() {
        return any(CASE_READERS);
    }

    public boolean canReadTimeliness() {
        return any(TIMELINESS_READERS);
    }

    public boolean canReadInspectionEvidence() {
        return any(INSPECTION_EVIDENCE_READERS);
    }

    public boolean isManager() {
        return any(MANAGERS);
    }

    public List<Link> navigation() {
        String path = request.getCurrent().request().path();
        List<Link> links = new ArrayList<>();
        if (any(DUE_LIST_READERS)) {
            links.add(new Link("/", "My work", path.equals("/")));
        }
        if (any(CASE_READERS)) {
            links.add(new Link("/cases", "Find a child", path.startsWith("/cases")));
        }
        if (any(ALLOCATORS)) {
            links.add(new Link("/allocations", "Allocation meeting", path.startsWith("/allocations")));
        }
        if (any(TRANSFER_READERS)) {
            links.add(new Link("/transfers", "Transfers", path.startsWith("/transfers")));
        }
        if (any(TIMELINESS_READERS)) {
            links.add(new Link("/timeliness", "Timeliness", path.startsWith("/timeliness")));
        }
        if (any(VICTIM_WORKERS)) {
            links.add(new Link("/victim-tasks", "Victim contact", path.startsWith("/victim-tasks")));
        }
        if (any(COURT_OUTCOME_RECORDERS)) {
            links.add(new Link("/court-outcomes/new", "Record a court outcome", path.startsWith("/court-outcomes")));
        }
        return links;
    }
}
