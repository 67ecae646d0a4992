package org.youthjustice.compliance.letters;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.youthjustice.compliance.absences.Absence;
import org.youthjustice.compliance.appointments.Appointment;
import org.youthjustice.compliance.supervision.SupervisedCase;
import org.youthjustice.compliance.supervision.SupervisedOrder;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.problem.Violation;

/**
 * Letters to the child (CMP-11, X-6). A warning or breach letter is recorded, pending, in the same
 * transaction as the step that calls for it, so no failure loses it; it is produced when the case
 * manager asks, once it can name what its rule requires (the next appointment, CMP-5; the compliance
 * meeting, CMP-6). Producing reads the contact details from order-service on the user's behalf, writes
 * the PDF from the authority's current template and keeps it with the case, in one write at the end:
 * a failure on the way changes nothing.
 */
@ApplicationScoped
public class Letters {
    @Inject
    EntityManager entityManager;

    @Inject
    LetterTemplates templates;

    @Inject
    OrderServiceCases orderService;

    @Inject
    StepsCallingForLetters steps;

    @Inject
    Caller caller;

    @Inject
    JsonWebToken token;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** When a pending letter is due: the day its step started, since a warning is sent the day it is decided. */
    public record Due(LocalDate date, Instant at) {
    }

    public static Due dueOf(Instant requestedAt) {
        LocalDate day = Moments.ukDate(requestedAt);
        return new Due(day, day.plusDays(1).atStartOfDay(DeadlineCalculator.LONDON).toInstant());
    }

    /** A pending letter as a due list or the escalation's next actions name it. */
    public static String action(LetterKind kind) {
        return "write the " + kind.wireName() + " letter";
    }

    /** The order's letters still to write. */
    public List<Letter> pending(UUID orderId) {
        return entityManager.createQuery("from Letter where orderId = :order and status = :pending order by requestedAt", Letter.class)
                .setParameter("order", orderId).setParameter("pending", Letter.Status.PENDING).getResultList();
    }

    /**
     * The letter of {@code kind} that the enforcement step {@code stepId} calls for, recorded pending in the
     * step's transaction. Enforcement, the layer above, says which letter its step calls for.
     */
    public Letter recordFor(UUID caseId, UUID orderId, UUID stepId, LetterKind kind) {
        Letter letter = newLetter(caseId, orderId, kind);
        letter.stepId = stepId;
        letter.status = Letter.Status.PENDING;
        entityManager.persist(letter);
        return letter;
    }

    /** The absence that started the steps proved acceptable: the letters they called for, not yet written, are not sent. */
    public void withdrawFor(Collection<UUID> stepIds) {
        if (stepIds.isEmpty()) {
            return;
        }
        entityManager.createQuery("from Letter where status = :pending and stepId in :steps", Letter.class)
                .setParameter("pending", Letter.Status.PENDING).setParameter("steps", stepIds)
                .getResultStream().forEach(letter -> letter.status = Letter.Status.WITHDRAWN);
    }

    /** Writes a pending warning or breach letter; one already written is answered as it is. */
    public Letter produce(SupervisedCase childCase, UUID letterId) {
        Draft draft = QuarkusTransaction.requiringNew().call(() -> draft(childCase, letterId));
        if (draft == null) {
            return QuarkusTransaction.requiringNew().call(() -> find(childCase, letterId));
        }
        return write(childCase, draft, null);
    }

    /** An appointment letter for the order's appointments from {@code from} to {@code to}, written at once. */
    public Letter produceAppointments(SupervisedCase childCase, SupervisedOrder order, LocalDate from, LocalDate to) {
        List<Violation> violations = new ArrayList<>();
        if (to.isBefore(from)) {
            violations.add(Violation.ofField("to", "the period ends on or after it starts"));
        } else if (to.isAfter(from.plusMonths(3))) {
            violations.add(Violation.ofField("to", "an appointment letter covers at most 3 months"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        List<Appointment> appointments = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery("""
                        from Appointment where orderId = :order and status = :scheduled and startsAt >= :from and startsAt < :to
                        order by startsAt""", Appointment.class)
                .setParameter("order", order.id).setParameter("scheduled", Appointment.Status.SCHEDULED)
                .setParameter("from", from.atStartOfDay(DeadlineCalculator.LONDON).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(DeadlineCalculator.LONDON).toInstant())
                .getResultList());
        LetterRules.appointmentsToWriteAbout(appointments.size(), from, to).ifPresent(none -> {
            throw ProblemException.ruleViolations(List.of(none));
        });
        Draft draft = new Draft(null, 0, LetterKind.APPOINTMENTS, order.id, null, null, null, null, appointments, from, to);
        return write(childCase, draft, newLetter(childCase.id, order.id, LetterKind.APPOINTMENTS));
    }

    public List<Letter> ofCase(UUID caseId) {
        return entityManager.createQuery("from Letter where caseId = :id order by requestedAt", Letter.class)
                .setParameter("id", caseId).getResultList();
    }

    public Letter find(SupervisedCase childCase, UUID letterId) {
        Letter letter = entityManager.find(Letter.class, letterId);
        if (letter == null || !letter.caseId.equals(childCase.id)) {
            throw ProblemException.notFound("letter " + letterId);
        }
        return letter;
    }

    /** What a letter says besides the contact details, gathered and checked before order-service is asked. */
    private record Draft(UUID letterId, int version, LetterKind kind, UUID orderId, Appointment missed, Appointment next,
            Instant meetingAt, String meetingPlace, List<Appointment> appointments, LocalDate from, LocalDate to) {
    }

    private Draft draft(SupervisedCase childCase, UUID letterId) {
        Letter letter = find(childCase, letterId);
        if (letter.status == Letter.Status.PRODUCED) {
            return null;
        }
        if (letter.status == Letter.Status.WITHDRAWN) {
            throw ProblemException.conflict("this letter was withdrawn: the absence it was about proved acceptable");
        }
        Absence absence = entityManager.find(Absence.class, steps.absenceOf(letter.stepId));
        Appointment missed = entityManager.find(Appointment.class, absence.appointmentId);
        Appointment next = entityManager.createQuery("""
                        from Appointment where orderId = :order and status = :scheduled and startsAt > :now order by startsAt""",
                        Appointment.class)
                .setParameter("order", letter.orderId).setParameter("scheduled", Appointment.Status.SCHEDULED)
                .setParameter("now", clock.instant()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        StepsCallingForLetters.Meeting meeting = letter.kind == LetterKind.SECOND_WARNING
                ? steps.complianceMeetingFor(absence.id).orElse(null) : null;
        List<Violation> missing = LetterRules.namesWhatItsRuleRequires(letter.kind, next != null, meeting != null);
        if (!missing.isEmpty()) {
            throw ProblemException.ruleViolations(missing);
        }
        return new Draft(letter.id, letter.version, letter.kind, letter.orderId, missed, next,
                meeting == null ? null : meeting.at(), meeting == null ? null : meeting.place(), List.of(), null, null);
    }

    /** Reads the contact details, writes the PDF, then keeps it: {@code fresh} is a letter not recorded yet. */
    private Letter write(SupervisedCase childCase, Draft draft, Letter fresh) {
        ChildContacts contacts = orderService.contactsOf(childCase.id);
        LocalDate letterDate = Moments.ukToday(clock);
        Addressing addressing = Addressing.of(contacts.dateOfBirth(), contacts.parentCarers().size(), letterDate);
        LetterRules.addressable(addressing).ifPresent(blocked -> {
            throw ProblemException.ruleViolations(List.of(blocked));
        });
        LetterTemplates.Current template = templates.current(draft.kind());
        LetterModel model = new LetterModel(new LetterModel.Child(contacts.givenName(), contacts.familyName()),
                LetterModel.day(letterDate), LetterModel.Occasion.of(draft.missed()), LetterModel.Occasion.of(draft.next()),
                draft.meetingAt() == null ? null : new LetterModel.Occasion(LetterModel.when(draft.meetingAt()), draft.meetingPlace(),
                        "a manager", "compliance-meeting"),
                draft.appointments().stream().map(LetterModel.Occasion::of).toList(),
                draft.from() == null ? null : LetterModel.day(draft.from()), draft.to() == null ? null : LetterModel.day(draft.to()),
                signature());
        String body;
        try {
            body = templates.render(template, model);
        } catch (io.quarkus.qute.TemplateException e) {
            // a template tried on full sample values can still ask for what this letter lacks (a breach letter's
            // next appointment when none is booked): the manager's template is to fix, the letter stays as it was
            throw ProblemException.ruleViolations(List.of(LetterRules.templateCannotBeFilled(draft.kind(), template.version(),
                    e.getMessage())));
        }
        List<LetterPdf.Copy> copies = new ArrayList<>();
        copies.add(new LetterPdf.Copy(contacts.fullName(), contacts.address(), null));
        List<String> copiedTo = new ArrayList<>();
        if (addressing.copyParentCarers()) {
            for (ChildContacts.ParentCarer parent : contacts.parentCarers()) {
                copiedTo.add(parent.name() + (parent.relationship() == null ? "" : " (" + parent.relationship() + ")"));
                copies.add(new LetterPdf.Copy(parent.name(), parent.address(),
                        "Copy for " + parent.name() + " of a letter to " + contacts.fullName()));
            }
        }
        byte[] pdf = LetterPdf.render(new LetterPdf.Content(letterhead(childCase.authority()), contacts.reference(),
                letterDate.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)), draft.kind().subject(),
                body, copiedTo), copies);
        return QuarkusTransaction.requiringNew().call(() -> {
            Letter letter = fresh;
            if (letter == null) {
                letter = entityManager.find(Letter.class, draft.letterId());
                if (letter.version != draft.version() || letter.status != Letter.Status.PENDING) {
                    throw ProblemException.conflict("this letter was written or withdrawn meanwhile: read it again");
                }
            } else {
                entityManager.persist(letter);
            }
            letter.status = Letter.Status.PRODUCED;
            letter.letterDate = letterDate;
            letter.templateVersion = template.version();
            letter.parentCarersCopied = copiedTo.size();
            letter.addressing = addressing.reason();
            letter.nextAppointmentId = draft.next() == null ? null : draft.next().id;
            letter.meetingAt = draft.meetingAt();
            letter.periodFrom = draft.from();
            letter.periodTo = draft.to();
            letter.pdf = pdf;
            letter.producedBy = caller.username();
            letter.producedAt = clock.instant();
            entityManager.flush();
            audit.record("letter.produced", "case", childCase.id, draft.kind().wireName() + " letter " + letter.id);
            return letter;
        });
    }

    private Letter newLetter(UUID caseId, UUID orderId, LetterKind kind) {
        Letter letter = new Letter();
        letter.id = UUID.randomUUID();
        letter.caseId = caseId;
        letter.orderId = orderId;
        letter.kind = kind;
        letter.rule = kind.rule();
        letter.status = Letter.Status.PENDING;
        letter.requestedBy = caller.username();
        letter.requestedAt = clock.instant();
        return letter;
    }

    /** The writer's name as the realm gives it, for the letter's signature. */
    private String signature() {
        Object name = token.getClaim("name");
        return name == null || name.toString().isBlank() ? caller.username() : name.toString().replace("\"", "");
    }

    private static String letterhead(String authority) {
        StringBuilder name = new StringBuilder();
        for (String word : authority.split("[-_ ]+")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)).append(' ');
        }
        return name + "Youth Justice Service";
    }
}
