package org.youthjustice.orders.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.orders.caseplan.CasePlan;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.orders.courtoutcomes.Hearing;
import org.youthjustice.problem.Violation;

/**
 * Magistrates' court tracking (MIL-16, Nottinghamshire §10): the court lead manager screens each child
 * awaiting an adjourned hearing at a magistrates' court, from the list of those not yet screened.
 */
@ApplicationScoped
public class CourtScreenings {
    private static final String LONG_ADJOURNMENT = "MIL-16-adjournment";

    @Inject
    EntityManager entityManager;

    @Inject
    PolicyCatalogue policies;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    TenantContext tenantContext;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record ScreenEntry(@NotNull Boolean offenceIndicatesRiskToOthers, @NotNull Boolean otherAgenciesInvolved,
            @Size(max = 2000) String note) {
    }

    public record Screened(CourtScreening screening, boolean duplicate) {
    }

    /** A child awaiting an adjourned magistrates' court hearing, not yet screened. */
    public record Awaiting(UUID caseId, String reference, String givenName, String familyName, LocalDate dateOfBirth,
            UUID outcomeId, String court, LocalDate hearingDate, LocalDate nextHearingDate, long adjournmentDays) {
    }

    /**
     * Screens the case's latest hearing, which must be a magistrates' (not Crown) court hearing adjourned
     * to a date still to come; a hearing is screened once.
     */
    @Transactional
    public Screened screen(ChildCase childCase, ScreenEntry entry) {
        Optional<Hearing> latest = latestOutcome(childCase.id);
        List<Violation> violations = CourtScreeningRule.check(latest, today());
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolations(violations);
        }
        Hearing adjourned = latest.get();
        Optional<CourtScreening> existing = ofOutcome(adjourned.id);
        if (existing.isPresent()) {
            return new Screened(existing.get(), true);
        }
        MagistratesCourtScreen.Decision decision = MagistratesCourtScreen.decide(adjourned.hearingDate, adjourned.nextHearingDate,
                longWaitAfter(adjourned.hearingDate), entry.offenceIndicatesRiskToOthers(), entry.otherAgenciesInvolved());
        CourtScreening screening = new CourtScreening();
        screening.id = UUID.randomUUID();
        screening.caseId = childCase.id;
        screening.outcomeId = adjourned.id;
        screening.adjournmentDays = (int) ChronoUnit.DAYS.between(adjourned.hearingDate, adjourned.nextHearingDate);
        screening.offenceIndicatesRiskToOthers = entry.offenceIndicatesRiskToOthers();
        screening.otherAgenciesInvolved = entry.otherAgenciesInvolved();
        screening.offerIntervention = decision.offerIntervention();
        screening.reasons = decision.reasons().toArray(String[]::new);
        screening.note = entry.note();
        screening.screenedAt = clock.instant();
        screening.screenedBy = caller.username();
        entityManager.persist(screening);
        // a concurrent second screen of the hearing fails here, inside the transaction
        entityManager.flush();
        audit.record("court-screening.recorded", "case", childCase.id,
                (decision.offerIntervention() ? "offer an intervention: " : "no offer: ") + String.join("; ", decision.reasons()));
        return new Screened(screening, false);
    }

    /** The last day of an adjournment that is not yet "more than 6 weeks", by the authority's policy. */
    private LocalDate longWaitAfter(LocalDate hearing) {
        return deadlines.deadline(policies.policyOf(tenantContext.requireAuthority()), LONG_ADJOURNMENT, CasePlan.startOf(hearing))
                .dueDate();
    }

    public Optional<CourtScreening> ofOutcome(UUID outcomeId) {
        return entityManager.createQuery("from CourtScreening where outcomeId = :id", CourtScreening.class)
                .setParameter("id", outcomeId).getResultStream().findFirst();
    }

    public Optional<CourtScreening> find(UUID caseId, UUID screeningId) {
        return Optional.ofNullable(entityManager.find(CourtScreening.class, screeningId)).filter(s -> s.caseId.equals(caseId));
    }

    public List<CourtScreening> of(UUID caseId) {
        return entityManager.createQuery("from CourtScreening where caseId = :id order by screenedAt", CourtScreening.class)
                .setParameter("id", caseId).getResultList();
    }

    /** Which hearings the Future Court list holds: the latest of each case, at a magistrates' court, adjourned to a date to come, not screened. */
    private static final String AWAITING = """
            from Hearing o, ChildCase c
            where c.id = o.caseId and o.crownCourt = false and o.nextHearingDate >= :today
              and o.hearingDate = (select max(l.hearingDate) from Hearing l where l.caseId = o.caseId)
              and not exists (select 1 from CourtScreening s where s.outcomeId = o.id)
            """;

    /**
     * One page of the authority's children awaiting an adjourned magistrates' court hearing whose latest hearing
     * is not yet screened, next hearing soonest first: the "Future Court" list the court lead works through. Paged
     * in SQL (court_outcome_awaiting_hearing, V9), the outcome id last so that pages never overlap.
     */
    @Transactional
    public Page<Awaiting> awaiting(PageRequest page) {
        List<Awaiting> items = entityManager.createQuery("""
                        select c.id, c.reference, c.givenName, c.familyName, c.dateOfBirth, o.id, o.courtName, o.hearingDate,
                               o.nextHearingDate
                        """ + AWAITING + "order by o.nextHearingDate, c.familyName, o.id", Object[].class)
                .setParameter("today", today()).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultStream()
                .map(r -> new Awaiting((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (LocalDate) r[4], (UUID) r[5],
                        (String) r[6], (LocalDate) r[7], (LocalDate) r[8],
                        ChronoUnit.DAYS.between((LocalDate) r[7], (LocalDate) r[8])))
                .toList();
        long total = entityManager.createQuery("select count(*) " + AWAITING, Long.class).setParameter("today", today())
                .getSingleResult();
        return new Page<>(items, total, page);
    }

    private Optional<Hearing> latestOutcome(UUID caseId) {
        return entityManager.createQuery("from Hearing where caseId = :id order by hearingDate desc, recordedAt desc",
                Hearing.class).setParameter("id", caseId).setMaxResults(1).getResultStream().findFirst();
    }

    private LocalDate today() {
        return Moments.ukToday(clock);
    }
}
