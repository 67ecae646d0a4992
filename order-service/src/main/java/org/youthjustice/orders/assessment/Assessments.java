package org.youthjustice.orders.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.events.orders.RiskLevel;
import org.youthjustice.events.orders.RiskLevels;
import org.youthjustice.events.orders.ScaledApproach;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.outbox.Outbox;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.orders.caseplan.CasePlan;
import org.youthjustice.orders.caseplan.Milestone;
import org.youthjustice.orders.caseplan.Step;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.orders.casework.Casework;
import org.youthjustice.orders.sentencing.AssessedRisk;

/**
 * Assessments and the risk levels they set. Every assessment is announced as {@code risk.assessed}
 * (allocation reads the levels for ALC-5/ALC-6, compliance the scaled approach for CMP-9), flagged as a
 * significant change when the practitioner says so or RoSH or SaW rises to High or above. A change in
 * RoSH or SaW starts raising it with the line manager (MIL-9); High or above starts a risk panel
 * (MIL-10); a manager's quality assurance meets the assessment review due (MIL-5) and starts the next.
 */
@ApplicationScoped
public class Assessments implements AssessedRisk {
    @Inject
    EntityManager entityManager;

    @Inject
    CasePlan casePlan;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Casework casework;

    @Inject
    Clock clock;

    public record MappaEntry(@NotNull @Min(1) @Max(3) Integer category, @NotNull @Min(1) @Max(3) Integer level) {
    }

    public record AssessmentEntry(
            @NotNull @Pattern(regexp = "start|review|closure", message = "must be start, review or closure") String stage,
            @NotNull LocalDate completedOn,
            @NotNull RiskLevel rosh,
            @NotNull RiskLevel saw,
            @NotNull RiskLevel likelihoodOfReoffending,
            @NotNull ScaledApproach scaledApproach,
            @Valid MappaEntry mappa,
            boolean significantChange,
            UUID orderId) {
    }

    public record Recorded(Assessment assessment, boolean duplicate, boolean announcedAsSignificant, CasePlan.Progress progress) {
    }

    public Optional<Assessment> existing(UUID caseId, AssessmentEntry entry) {
        return entityManager.createQuery("from Assessment where caseId = :case and stage = :stage and completedOn = :on",
                        Assessment.class)
                .setParameter("case", caseId).setParameter("stage", entry.stage()).setParameter("on", entry.completedOn())
                .getResultStream().findFirst();
    }

    /** The case's latest assessment: its current risk levels. */
    public Optional<Assessment> latest(UUID caseId) {
        return entityManager.createQuery("from Assessment where caseId = :case order by completedOn desc, recordedAt desc",
                        Assessment.class)
                .setParameter("case", caseId).setMaxResults(1).getResultStream().findFirst();
    }

    @Transactional
    public Recorded record(ChildCase childCase, AssessmentEntry entry) {
        Instant now = clock.instant();
        casework.check(childCase, entry.orderId(), CasePlan.startOf(entry.completedOn()), now, List.of());
        Optional<Assessment> existing = existing(childCase.id, entry);
        if (existing.isPresent()) {
            return new Recorded(existing.get(), true, existing.get().significantChange, CasePlan.Progress.none());
        }
        Optional<Assessment> previous = latest(childCase.id);
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.caseId = childCase.id;
        assessment.orderId = entry.orderId();
        assessment.stage = entry.stage();
        assessment.completedOn = entry.completedOn();
        assessment.rosh = entry.rosh();
        assessment.saw = entry.saw();
        assessment.likelihoodOfReoffending = entry.likelihoodOfReoffending();
        assessment.scaledApproach = entry.scaledApproach();
        assessment.mappaCategory = entry.mappa() == null ? null : entry.mappa().category();
        assessment.mappaLevel = entry.mappa() == null ? null : entry.mappa().level();
        assessment.recordedAt = now;
        assessment.recordedBy = caller.username();
        boolean riseToHigh = assessment.highRisk() && previous.map(p -> !p.highRisk()).orElse(true);
        assessment.significantChange = entry.significantChange() || riseToHigh;
        entityManager.persist(assessment);
        entityManager.flush();

        List<Milestone> started = new ArrayList<>();
        Instant assessed = CasePlan.startOf(assessment.completedOn);
        UUID orderId = orderOf(childCase, assessment);
        boolean riskChanged = previous.map(p -> p.rosh != assessment.rosh || p.saw != assessment.saw)
                .orElse(assessment.highRisk());
        if ((riskChanged || entry.significantChange()) && casePlan.open(childCase.id, List.of(Step.RISK_RAISED_WITH_MANAGER)).isEmpty()) {
            started.add(casePlan.start(Step.RISK_RAISED_WITH_MANAGER, assessed, childCase.id, orderId));
        }
        if (assessment.highRisk() && casePlan.open(childCase.id, List.of(Step.RISK_PANEL)).isEmpty()) {
            started.add(casePlan.start(Step.RISK_PANEL, assessed, childCase.id, orderId));
        }
        outbox.record(new RiskAssessed(assessment.id, assessment.stage, assessment.rosh, assessment.saw,
                assessment.likelihoodOfReoffending, assessment.scaledApproach, assessment.mappa(), assessment.significantChange),
                childCase.id);
        audit.record("assessment.recorded", "case", childCase.id);
        // MIL-11: the closure AssetPlus, completed by the case worker within 4 weeks of the exit interview
        List<Milestone> met = "closure".equals(assessment.stage)
                ? casePlan.meet(childCase.id, List.of(Step.CLOSURE_ASSESSMENT), assessed,
                        new Milestone.Evidence("assessment", assessment.id, assessment.stage), assessment.recordedBy).met()
                : List.of();
        return new Recorded(assessment, false, assessment.significantChange, new CasePlan.Progress(met, started));
    }

    /**
     * A manager's quality assurance of someone else's assessment (ROLES.md): meets the assessment review
     * due (MIL-5) and starts the next one.
     */
    @Transactional
    public Recorded qualityAssured(ChildCase childCase, UUID assessmentId) {
        Assessment assessment = entityManager.find(Assessment.class, assessmentId);
        if (assessment == null || !assessment.caseId.equals(childCase.id)) {
            throw ProblemException.notFound("assessment " + assessmentId);
        }
        if (assessment.qualityAssuredBy != null) {
            return new Recorded(assessment, true, assessment.significantChange, CasePlan.Progress.none());
        }
        if (assessment.recordedBy.equals(caller.username())) {
            throw ProblemException.forbidden("an assessment is quality assured by a manager other than its author");
        }
        assessment.qualityAssuredBy = caller.username();
        assessment.qualityAssuredAt = clock.instant();
        CasePlan.Progress progress = casePlan.meet(childCase.id, List.of(Step.FIRST_ASSESSMENT_REVIEW, Step.ASSESSMENT_REVIEW),
                assessment.qualityAssuredAt, new Milestone.Evidence("assessment", assessment.id, assessment.stage),
                assessment.qualityAssuredBy);
        audit.record("assessment.quality-assured", "case", childCase.id);
        return new Recorded(assessment, false, assessment.significantChange, progress);
    }

    public List<Assessment> of(UUID caseId) {
        return entityManager.createQuery("from Assessment where caseId = :id order by completedOn, recordedAt", Assessment.class)
                .setParameter("id", caseId).getResultList();
    }

    /** The order an assessment's milestones belong to: the one named, else the case's latest. */
    private UUID orderOf(ChildCase childCase, Assessment assessment) {
        if (assessment.orderId != null) {
            return assessment.orderId;
        }
        return entityManager.createQuery("select o.id from CourtOrder o where o.caseId = :id order by o.startDate desc", UUID.class)
                .setParameter("id", childCase.id).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** The case's risk levels at its latest assessment, for the order made (ALC-5). */
    @Override
    public Optional<AssessedRisk.Levels> latestOf(UUID caseId) {
        return latest(caseId).map(a -> new AssessedRisk.Levels(new RiskLevels(a.rosh, a.saw), a.scaledApproach));
    }
}
