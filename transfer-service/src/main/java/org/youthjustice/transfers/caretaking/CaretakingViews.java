package org.youthjustice.transfers.caretaking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.transfers.caretaking.CaretakingRules.Side;

/** A caretaking agreement as both sides read it, with where it stands today (TRF-2, TRF-8, TRF-9). */
@ApplicationScoped
public class CaretakingViews {
    @Inject
    Caretaking caretaking;

    @Inject
    Clock clock;

    public record Signature(String signedBy, Instant signedAt) {
    }

    public record Signatures(Signature home, Signature host) {
    }

    /** TRF-9: when the next contact record is due from the host, and whether it is overdue. */
    public record ContactRecords(int everyDays, LocalDate lastOn, LocalDate nextDue, String status) {
    }

    /** TRF-2: the presumption of full transfer, and the reason caretaking continues beyond 3 months. */
    public record Presumption(LocalDate residentInHostSince, boolean likelyToRemain, LocalDate presumedFrom,
            boolean presumptionOfFullTransfer, LocalDate continuationReasonNeededFrom, String continuationReason,
            boolean continuationReasonMissing) {
    }

    public record Ended(LocalDate on, String outcome, String reason) {
    }

    public record AgreementView(UUID transferId, UUID caseId, String homeAuthority, String hostAuthority, String yourSide,
            String status, String hostCaseManager, String homeResponsibleOfficer, LocalDate startDate, LocalDate reviewDate,
            LocalDate latestReviewDate, String reviewPolicy, List<String> hostResponsibilities, List<String> homeResponsibilities,
            List<String> homeKeepsCourtDuties, Signatures signatures, ContactRecords contactRecords, Presumption presumption,
            Ended ended) {
    }

    public AgreementView of(CaretakingAgreement agreement, Side side) {
        return of(agreement, side, caretaking.lastContactOn(agreement.transferId));
    }

    /** The view, given the agreement's latest contact record (read for many agreements at once by a list). */
    public AgreementView of(CaretakingAgreement agreement, Side side, LocalDate lastContact) {
        LocalDate today = Moments.ukToday(clock);
        LocalDate nextDue = CaretakingRules.nextContactRecordDue(agreement.startDate, lastContact, agreement.contactEveryDays);
        String contactStatus = !agreement.inForce() ? "not-applicable" : today.isAfter(nextDue) ? "overdue" : "due";
        LocalDate presumedFrom = caretaking.threeMonthsAfter(agreement, agreement.residentInHostSince);
        LocalDate continuationFrom = caretaking.threeMonthsAfter(agreement, agreement.startDate);
        boolean inForce = agreement.inForce();
        Presumption presumption = new Presumption(agreement.residentInHostSince, agreement.likelyToRemain, presumedFrom,
                inForce && CaretakingRules.presumptionOfFullTransfer(today, presumedFrom, agreement.likelyToRemain, agreement.ended()),
                continuationFrom, agreement.continuationReason,
                inForce && CaretakingRules.continuationReasonMissing(today, continuationFrom, agreement.continuationReason,
                        agreement.ended()));
        return new AgreementView(agreement.transferId, agreement.caseId, agreement.homeAuthority, agreement.hostAuthority,
                side.name().toLowerCase(), status(agreement), agreement.hostCaseManager, agreement.homeResponsibleOfficer,
                agreement.startDate, agreement.reviewDate, agreement.latestReviewDate, agreement.reviewPolicy,
                caretaking.texts(agreement.hostResponsibilities), caretaking.texts(agreement.homeResponsibilities),
                AppendixB.COURT_DUTIES,
                new Signatures(signature(agreement.homeSignedBy, agreement.homeSignedAt),
                        signature(agreement.hostSignedBy, agreement.hostSignedAt)),
                new ContactRecords(agreement.contactEveryDays, lastContact, nextDue, contactStatus), presumption,
                agreement.ended() ? new Ended(agreement.endedOn, agreement.endOutcome.toLowerCase().replace('_', '-'),
                        agreement.endReason) : null);
    }

    public static String status(CaretakingAgreement agreement) {
        return agreement.ended() ? "ended" : agreement.signedByBoth() ? "in-force" : "awaiting-signatures";
    }

    private static Signature signature(String by, Instant at) {
        return at == null ? null : new Signature(by, at);
    }
}
