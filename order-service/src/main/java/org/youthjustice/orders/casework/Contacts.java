package org.youthjustice.orders.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.kernel.tenancy.Roles;
import org.youthjustice.orders.caseplan.CasePlan;
import org.youthjustice.orders.caseplan.Milestone;
import org.youthjustice.orders.caseplan.Step;
import org.youthjustice.orders.cases.ChildCase;
import org.youthjustice.problem.Violation;

/**
 * Records contacts and what they complete in the case plan: post-sentence contact (MIL-1), first
 * direct contact with the child after allocation (MIL-2), the unannounced home visit that follows a
 * failed first phone contact (MIL-3), home visits and the next one after each (MIL-4). Each contact
 * carries its own recording time limit (MIL-8).
 */
@ApplicationScoped
public class Contacts {
    @Inject
    EntityManager entityManager;

    @Inject
    CasePlan casePlan;

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
    Casework casework;

    @Inject
    Clock clock;

    /** A contact as a practitioner records it. */
    public record ContactEntry(
            @NotNull ContactType type,
            @NotNull OffsetDateTime occurredAt,
            @NotNull Boolean made,
            Boolean announced,
            @NotNull List<@NotNull Attendee> present,
            UUID orderId,
            @Size(max = 4000) String summary) {
    }

    public record Recorded(Contact contact, boolean duplicate, List<Milestone> met, List<Milestone> started) {
    }

    /** The same contact (case, type and time) recorded again is the contact already recorded. */
    public Optional<Contact> existing(UUID caseId, ContactEntry entry) {
        return entityManager.createQuery("from Contact where caseId = :case and contactType = :type and occurredAt = :at",
                        Contact.class)
                .setParameter("case", caseId).setParameter("type", entry.type())
                .setParameter("at", entry.occurredAt().toInstant()).getResultStream().findFirst();
    }

    @Transactional
    public Recorded record(ChildCase childCase, ContactEntry entry) {
        Instant now = clock.instant();
        Instant occurredAt = entry.occurredAt().toInstant();
        casework.check(childCase, entry.orderId(), occurredAt, now, entry.made() && entry.present().isEmpty()
                ? List.of(Violation.ofField("present", "a contact that was made had someone present: list who")) : List.of());
        Optional<Contact> existing = existing(childCase.id, entry);
        if (existing.isPresent()) {
            return new Recorded(existing.get(), true, List.of(), List.of());
        }
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.caseId = childCase.id;
        contact.orderId = entry.orderId();
        contact.contactType = entry.type();
        contact.occurredAt = occurredAt;
        contact.made = entry.made();
        contact.announced = entry.announced() == null || entry.announced();
        contact.present = entry.present().stream().map(Enum::name).distinct().toArray(String[]::new);
        contact.summary = entry.summary();
        contact.recordedAt = now;
        contact.recordedBy = caller.username();
        Deadline recording = deadlines.deadline(policies.policyOf(tenantContext.requireAuthority()), "MIL-8", occurredAt);
        contact.recordingDueAt = recording.dueAt();
        contact.recordingPolicyVersion = recording.policyVersion();
        entityManager.persist(contact);
        // a concurrent duplicate fails here, inside the transaction, as a PersistenceException
        entityManager.flush();

        CasePlan.Progress progress = casePlan.meet(childCase.id, completes(contact), occurredAt, evidence(contact),
                contact.recordedBy);
        List<Milestone> met = progress.met();
        List<Milestone> started = new ArrayList<>(progress.started());
        if (firstPhoneContactFailed(contact)) {
            started.addAll(unannouncedHomeVisitDue(childCase.id));
        }
        if (met.stream().anyMatch(m -> m.step() == Step.CROWN_COURT_FIRST_CONTACT)) {
            // from the first contact, face to face at least every 3 months (the monthly contact follows by itself)
            started.add(casePlan.start(Step.CROWN_COURT_FACE_TO_FACE, occurredAt, childCase.id, null));
        }
        if (met.stream().anyMatch(m -> m.step() == Step.FIRST_CONTACT)) {
            // first contact made another way: the unannounced visit that would have followed is not needed
            for (Milestone visit : casePlan.open(childCase.id, List.of(Step.UNANNOUNCED_HOME_VISIT))) {
                casePlan.notApplicable(visit, "first contact with the child made on " + occurredAt, contact.recordedBy);
            }
        }
        audit.record("contact.recorded", "case", childCase.id);
        return new Recorded(contact, false, met, started);
    }

    /**
     * The steps a contact completes. A YJS court officer records the post-sentence contact only
     * (ROLES.md); the case plan's other contacts are the case manager's.
     */
    private Set<Step> completes(Contact contact) {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        if (!contact.made) {
            return steps;
        }
        if (contact.childPresent()) {
            steps.add(Step.POST_SENTENCE_CONTACT);
            steps.add(Step.FIRST_CONTACT);
            // MIL-15: a specific intervention's initial meeting is a meeting with the child, not a phone call
            if (contact.contactType != ContactType.PHONE) {
                steps.add(Step.INTERVENTION_INITIAL_MEETING);
            }
        }
        if (contact.contactType == ContactType.HOME_VISIT) {
            steps.addAll(List.of(Step.UNANNOUNCED_HOME_VISIT, Step.FIRST_HOME_VISIT, Step.HOME_VISIT));
        }
        // MIL-14: contact with the child or family while the case awaits the Crown Court; face to face counts twice
        if (contact.childPresent() || java.util.Arrays.asList(contact.present).contains(Attendee.PARENT_CARER.name())) {
            steps.addAll(List.of(Step.CROWN_COURT_FIRST_CONTACT, Step.CROWN_COURT_CONTACT));
            if (contact.contactType == ContactType.HOME_VISIT || contact.contactType == ContactType.OFFICE) {
                steps.add(Step.CROWN_COURT_FACE_TO_FACE);
            }
        }
        if (onlyCourtOfficer()) {
            steps.retainAll(Set.of(Step.POST_SENTENCE_CONTACT));
        }
        return steps;
    }

    private boolean onlyCourtOfficer() {
        return caller.hasRole(Roles.COURT_OFFICER) && !caller.hasAnyRole(Roles.CASE_WORKER, Roles.SENIOR_CASE_MANAGER,
                Roles.ADVANCED_PRACTITIONER, Roles.TEAM_MANAGER);
    }

    private boolean firstPhoneContactFailed(Contact contact) {
        return contact.contactType == ContactType.PHONE && !contact.made && !onlyCourtOfficer();
    }

    /** MIL-3: the first phone contact failed, so an unannounced home visit is due, from the allocation. */
    private List<Milestone> unannouncedHomeVisitDue(UUID caseId) {
        List<Milestone> firstContact = casePlan.open(caseId, List.of(Step.FIRST_CONTACT));
        if (firstContact.isEmpty() || !casePlan.open(caseId, List.of(Step.UNANNOUNCED_HOME_VISIT)).isEmpty()) {
            return List.of();
        }
        Milestone allocation = firstContact.get(0);
        return List.of(casePlan.start(Step.UNANNOUNCED_HOME_VISIT, allocation.triggeredAt, caseId, allocation.orderId));
    }

    private static Milestone.Evidence evidence(Contact contact) {
        String kind = contact.contactType.name().toLowerCase().replace('_', '-');
        return new Milestone.Evidence("contact", contact.id, contact.announced ? kind : "unannounced " + kind);
    }

    public List<Contact> of(UUID caseId) {
        return entityManager.createQuery("from Contact where caseId = :id order by occurredAt", Contact.class)
                .setParameter("id", caseId).getResultList();
    }
}
