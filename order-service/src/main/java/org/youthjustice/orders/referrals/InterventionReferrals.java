package org.youthjustice.orders.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.events.orders.InterventionReferralAccepted;
import org.youthjustice.events.orders.InterventionReferralAccepted.Programme;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.orders.caseplan.CasePlan;
import org.youthjustice.orders.caseplan.Milestone;
import org.youthjustice.orders.caseplan.Step;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.orders.casework.Casework;
import org.youthjustice.orders.screening.CourtScreening;
import org.youthjustice.orders.screening.CourtScreenings;
import org.youthjustice.problem.Violation;

/**
 * Referrals for a specific intervention and My Futures offers (MIL-15, MIL-16). An accepted referral
 * announces {@code intervention-referral.accepted} for allocation-service; the allocation that answers it
 * ({@code case.allocated} naming the referral) starts the initial meeting (5 days) and the action plan
 * (10 working days).
 */
@ApplicationScoped
public class InterventionReferrals {
    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    @Inject
    CasePlan casePlan;

    @Inject
    Casework casework;

    @Inject
    CourtScreenings screenings;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * {@code team}: the team to allocate from, by default the caller's; {@code screeningId}: the screen a My
     * Futures offer follows; {@code decidedOn}: by default the day it was received.
     */
    public record ReferralEntry(
            @NotNull Programme programme,
            @NotBlank @Size(max = 200) String referrer,
            @NotBlank @Size(max = 2000) String reason,
            @NotNull LocalDate receivedOn,
            @NotNull Decision decision,
            LocalDate decidedOn,
            String team,
            UUID screeningId) {
    }

    public enum Decision {
        ACCEPTED, DECLINED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wireName() {
            return name().toLowerCase();
        }
    }

    public record Recorded(InterventionReferral referral, boolean duplicate) {
    }

    public Optional<InterventionReferral> existing(UUID caseId, ReferralEntry entry) {
        return entityManager.createQuery("from InterventionReferral where caseId = :case and programme = :programme "
                        + "and receivedOn = :on", InterventionReferral.class)
                .setParameter("case", caseId).setParameter("programme", entry.programme().wireName())
                .setParameter("on", entry.receivedOn()).getResultStream().findFirst();
    }

    @Transactional
    public Recorded record(ChildCase childCase, ReferralEntry entry) {
        LocalDate decidedOn = entry.decidedOn() == null ? entry.receivedOn() : entry.decidedOn();
        String team = entry.team() != null ? entry.team() : caller.team().orElse(childCase.team);
        List<Violation> own = new ArrayList<>();
        if (decidedOn.isBefore(entry.receivedOn())) {
            own.add(Violation.ofField("decidedOn", "a referral is decided once it is received"));
        }
        if (entry.decision() == Decision.ACCEPTED && team == null) {
            own.add(Violation.ofField("team", "name the team to allocate a worker from"));
        }
        // Nottinghamshire §10: My Futures is offered to a child the court lead has screened
        Optional<CourtScreening> screening = entry.screeningId() == null ? Optional.empty()
                : screenings.find(childCase.id, entry.screeningId());
        own.addAll(MyFuturesRule.check(entry.programme(), entry.screeningId(), screening));
        casework.check(childCase, null, CasePlan.startOf(decidedOn), clock.instant(), own);
        Optional<InterventionReferral> existing = existing(childCase.id, entry);
        if (existing.isPresent()) {
            return new Recorded(existing.get(), true);
        }
        InterventionReferral referral = new InterventionReferral();
        referral.id = UUID.randomUUID();
        referral.caseId = childCase.id;
        referral.programme = entry.programme().wireName();
        referral.referrer = entry.referrer();
        referral.reason = entry.reason();
        referral.receivedOn = entry.receivedOn();
        referral.decision = entry.decision().wireName();
        referral.decidedOn = decidedOn;
        referral.decidedBy = caller.username();
        referral.team = team;
        referral.screeningId = entry.screeningId();
        referral.recordedAt = clock.instant();
        entityManager.persist(referral);
        // a concurrent duplicate fails here, inside the transaction, as a PersistenceException
        entityManager.flush();
        if (referral.accepted()) {
            outbox.record(new InterventionReferralAccepted(referral.id, entry.programme(), team, decidedOn), childCase.id);
        }
        audit.record("intervention-referral." + referral.decision, "case", childCase.id,
                referral.programme + " from " + referral.referrer);
        return new Recorded(referral, false);
    }

    /**
     * MIL-15: the worker allocated to an accepted referral meets the child within 5 days and completes the
     * action plan within 10 working days. Applied once, whatever redelivers the allocation.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Milestone> allocated(UUID caseId, UUID referralId, Instant allocatedAt) {
        InterventionReferral referral = entityManager.find(InterventionReferral.class, referralId);
        if (referral == null || !referral.caseId.equals(caseId) || !referral.accepted()) {
            throw new IllegalStateException("case.allocated names referral " + referralId
                    + ", which is not an accepted referral of case " + caseId);
        }
        if (referral.allocatedAt != null) {
            return List.of(); // a reallocation of the same referral keeps the clocks it started
        }
        referral.allocatedAt = allocatedAt;
        return List.of(casePlan.start(Step.INTERVENTION_INITIAL_MEETING, allocatedAt, caseId, null),
                casePlan.start(Step.INTERVENTION_ACTION_PLAN, allocatedAt, caseId, null));
    }

    public List<InterventionReferral> of(UUID caseId) {
        return entityManager.createQuery("from InterventionReferral where caseId = :id order by receivedOn", InterventionReferral.class)
                .setParameter("id", caseId).getResultList();
    }
}
