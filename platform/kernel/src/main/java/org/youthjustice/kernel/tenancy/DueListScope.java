package org.youthjustice.kernel.tenancy;

import java.util.List;
import java.util.UUID;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.problem.Violation;

/**
 * Whose due list is asked for (ROLES.md): {@code mine} (the cases the caller holds), {@code team} (the
 * caller's team, or for a role that reads every case the team named) or {@code authority} (roles that
 * read every case only). Every service's due list reads its scope here.
 */
public record DueListScope(Kind kind, String team, UUID me) {
    public enum Kind {
        MINE, TEAM, AUTHORITY
    }

    /**
     * Reads {@code scope} (default mine) and {@code team} (default the caller's), adding a violation for
     * each invalid one; null when there were any.
     */
    public static DueListScope read(String scope, String team, Caller caller, List<Violation> violations) {
        String scopeValue = scope == null || scope.isBlank() ? "mine" : scope.trim();
        Kind kind = switch (scopeValue) {
            case "mine" -> Kind.MINE;
            case "team" -> Kind.TEAM;
            case "authority" -> Kind.AUTHORITY;
            default -> null;
        };
        if (kind == null) {
            violations.add(Violation.ofField("scope", "must be mine, team or authority"));
            return null;
        }
        String teamValue = team != null && !team.isBlank() ? team.trim() : caller.team().orElse(null);
        if (kind == Kind.TEAM && teamValue == null) {
            violations.add(Violation.ofField("team", "your token names no team: name the team"));
            return null;
        }
        return new DueListScope(kind, teamValue, CaseHolding.workerId(caller.subject()));
    }

    /** 403 for a case worker asking for the authority's list or another team's. */
    public DueListScope authorize(Caller caller) {
        boolean readsEveryCase = caller.hasAnyRole(CaseHolding.READ_EVERY_CASE);
        if (kind == Kind.AUTHORITY && !readsEveryCase
                || kind == Kind.TEAM && !readsEveryCase && caller.team().filter(team::equals).isEmpty()) {
            throw ProblemException.forbidden("a case worker's due lists are their own and their team's");
        }
        return this;
    }
}
