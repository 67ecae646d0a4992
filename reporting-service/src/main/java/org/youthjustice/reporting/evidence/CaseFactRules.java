package org.youthjustice.reporting.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.youthjustice.events.EventEnvelope;
import org.youthjustice.events.EventType;
import org.youthjustice.events.allocations.CaseAllocated;
import org.youthjustice.events.compliance.AbsenceJudged;
import org.youthjustice.events.compliance.AppointmentMissed;
import org.youthjustice.events.compliance.BreachInitiated;
import org.youthjustice.events.compliance.ComplianceMeetingScheduled;
import org.youthjustice.events.compliance.ContactMonthCounted;
import org.youthjustice.events.compliance.EnforcementFinished;
import org.youthjustice.events.compliance.EnforcementStarted;
import org.youthjustice.events.compliance.WarningIssued;
import org.youthjustice.events.orders.OrderMade;
import org.youthjustice.events.orders.RiskAssessed;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.reporting.evidence.HmipStandardsRules.Standard;

/**
 * The inspection fact an event is, if any: what happened, when, which standard it bears on and the rule behind it, in
 * words an inspector reads. Only what the event carries: names, addresses and notes never travel on the topics, so
 * none is here (victims' data never leaves victim-service at all).
 */
public final class CaseFactRules {

    /** One dated fact of a case. */
    public record Fact(UUID id, String authority, UUID caseId, Standard standard, String kind, String rule, Instant occurredAt,
            String summary) {
    }

    /**
     * The event types that are facts (the cases of {@link #of}): what the feed's consumers apply besides time limits.
     */
    public static final Set<EventType> TYPES = EnumSet.of(EventType.ORDER_MADE, EventType.RISK_ASSESSED,
            EventType.CASE_ALLOCATED, EventType.APPOINTMENT_MISSED, EventType.ABSENCE_JUDGED, EventType.WARNING_ISSUED,
            EventType.COMPLIANCE_MEETING_SCHEDULED, EventType.BREACH_INITIATED, EventType.CONTACT_MONTH_COUNTED,
            EventType.ENFORCEMENT_STARTED, EventType.ENFORCEMENT_FINISHED);

    private CaseFactRules() {
    }

    public static Optional<Fact> of(EventEnvelope event) {
        if (event.caseId() == null) {
            return Optional.empty();
        }
        EventType type = event.knownType().orElse(null);
        if (type == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (type) {
            case ORDER_MADE -> orderMade(event, event.dataAs(OrderMade.class));
            case RISK_ASSESSED -> riskAssessed(event, event.dataAs(RiskAssessed.class));
            case CASE_ALLOCATED -> allocated(event, event.dataAs(CaseAllocated.class));
            case APPOINTMENT_MISSED -> fact(event, Standard.DELIVERY, "appointment-missed", "CMP-1",
                    event.dataAs(AppointmentMissed.class).startsAt(), "Appointment missed");
            case ABSENCE_JUDGED -> absence(event, event.dataAs(AbsenceJudged.class));
            case WARNING_ISSUED -> {
                WarningIssued warning = event.dataAs(WarningIssued.class);
                boolean first = warning.level().name().equals("FIRST");
                yield fact(event, Standard.DELIVERY, "warning-issued", first ? "CMP-5" : "CMP-6", event.time(),
                        (first ? "First" : "Second") + " warning letter issued after " + warning.unacceptableCount()
                                + " unacceptable absence" + (warning.unacceptableCount() == 1 ? "" : "s"));
            }
            case COMPLIANCE_MEETING_SCHEDULED -> {
                ComplianceMeetingScheduled meeting = event.dataAs(ComplianceMeetingScheduled.class);
                yield fact(event, Standard.DELIVERY, "compliance-meeting-scheduled", "CMP-6", event.time(),
                        "Compliance meeting with a manager arranged, due by " + meeting.dueBy());
            }
            case BREACH_INITIATED -> {
                BreachInitiated breach = event.dataAs(BreachInitiated.class);
                yield fact(event, Standard.DELIVERY, "breach-initiated", "CMP-7", breach.initiatedAt(),
                        "Breach proceedings initiated, report approved by a manager"
                                + (breach.riskFlag() ? "; listing sooner for risk or safeguarding concerns" : ""));
            }
            case CONTACT_MONTH_COUNTED -> contactMonth(event, event.dataAs(ContactMonthCounted.class));
            case ENFORCEMENT_STARTED -> fact(event, Standard.DELIVERY, "enforcement-started", null, event.time(),
                    "Enforcement started: " + event.dataAs(EnforcementStarted.class).reason());
            case ENFORCEMENT_FINISHED -> fact(event, Standard.DELIVERY, "enforcement-finished", null, event.time(),
                    "Enforcement finished: " + event.dataAs(EnforcementFinished.class).reason());
            default -> null;
        });
    }

    private static Fact orderMade(EventEnvelope event, OrderMade order) {
        String requirements = order.requirements() == null || order.requirements().isEmpty() ? ""
                : " with " + order.requirements().size() + " requirement" + (order.requirements().size() == 1 ? "" : "s");
        String type = words(order.orderType().name());
        return fact(event, Standard.PLANNING, "order-made", "ORD-1", event.time(), type.substring(0, 1).toUpperCase(Locale.UK)
                + type.substring(1) + " made"
                + requirements + ", " + order.startDate() + (order.endDate() == null ? "" : " to " + order.endDate())
                + (order.scaledApproach() == null ? "" : "; scaled approach " + words(order.scaledApproach().name())));
    }

    private static Fact riskAssessed(EventEnvelope event, RiskAssessed risk) {
        return fact(event, HmipStandardsRules.ofAssessment(risk.stage(), risk.significantChange()), "risk-assessed", "MIL-5",
                event.time(), "Assessment (" + risk.stage() + ") completed: risk of serious harm " + level(risk.rosh())
                        + ", safety and wellbeing " + level(risk.saw()) + ", likelihood of reoffending "
                        + level(risk.likelihoodOfReoffending())
                        + (risk.scaledApproach() == null ? "" : ", scaled approach " + words(risk.scaledApproach().name()))
                        + (risk.mappa() == null ? "" : ", MAPPA category " + risk.mappa().category() + " level " + risk.mappa().level())
                        + (risk.significantChange() ? "; a significant change in risk" : ""));
    }

    private static Fact allocated(EventEnvelope event, CaseAllocated allocation) {
        String manager = allocation.caseManager() == null ? "a case manager"
                : "a " + words(String.valueOf(allocation.caseManager().band())) + " case manager in team "
                        + allocation.caseManager().team();
        int coWorkers = allocation.coWorkers() == null ? 0 : allocation.coWorkers().size();
        return fact(event, Standard.DELIVERY, "case-allocated", "ALC-12", allocation.allocatedAt() == null ? event.time()
                : allocation.allocatedAt(), "Allocated to " + manager + (coWorkers == 0 ? "" : ", with " + coWorkers
                        + " co-worker" + (coWorkers == 1 ? "" : "s")) + (allocation.rjWorker() == null ? ""
                        : ", and a restorative justice worker"));
    }

    private static Fact absence(EventEnvelope event, AbsenceJudged absence) {
        String evidence = absence.evidence() == null ? "" : " (evidence: " + words(absence.evidence().name()) + ")";
        return fact(event, Standard.DELIVERY, "absence-judged", absence.exceptionUsed() ? "CMP-3" : "CMP-2", event.time(),
                "Absence judged " + (absence.acceptable() ? "acceptable" : "unacceptable") + evidence
                        + (absence.exceptionUsed() ? "; the once-per-order exception used, with a verbal warning recorded" : ""));
    }

    /**
     * CMP-9: one fact per order and month, replaced by each count (its id is the order's and month's, not the event's),
     * dated at the month's start so that the months read in order.
     */
    private static Fact contactMonth(EventEnvelope event, ContactMonthCounted counted) {
        YearMonth month = YearMonth.parse(counted.month());
        String label = month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
        return new Fact(UUID.nameUUIDFromBytes(("contact-month " + counted.orderId() + " " + month).getBytes(StandardCharsets.UTF_8)),
                event.authority(), event.caseId(), Standard.DELIVERY, "contact-month", "CMP-9",
                month.atDay(1).atStartOfDay(Moments.UK).toInstant(), label + ": " + counted.attended() + " contact"
                        + (counted.attended() == 1 ? "" : "s") + " attended, " + counted.missed() + " missed, of "
                        + counted.planned() + " planned against a minimum of " + counted.minimum() + " for the "
                        + words(counted.scaledApproach().name()) + " scaled approach"
                        + (counted.shortfall() ? ": fewer planned than the minimum" : ""));
    }

    private static Fact fact(EventEnvelope event, Standard standard, String kind, String rule, Instant at, String summary) {
        return new Fact(event.id(), event.authority(), event.caseId(), standard, kind, rule, at == null ? event.time() : at,
                summary);
    }

    private static String level(Enum<?> level) {
        return level == null ? "not given" : words(level.name());
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.UK).replace('_', ' ');
    }
}
