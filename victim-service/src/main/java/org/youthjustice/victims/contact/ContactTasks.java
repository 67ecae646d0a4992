package org.youthjustice.victims.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.calendar.WorkingDayCalendar;
import org.youthjustice.kernel.paging.Page;
import org.youthjustice.kernel.paging.PageRequest;
import org.youthjustice.kernel.policy.Deadline;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.DeadlineExplanation;
import org.youthjustice.kernel.policy.DeadlineStatus;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.victims.cases.TimeLimitEvents;
import org.youthjustice.victims.victims.Victim;
import org.youthjustice.victims.victims.VictimSeal;

/**
 * The contacts owed to victims, each with its deadline (VIC-1, VIC-6, VIC-8): opened by sentence, consent and the
 * case's progress, done by a successful contact, closed at once by an opt-out (VIC-9). A victim who has not consented
 * or opted out, or an indirect victim, is owed no contact task (VIC-2, VIC-6). Each task is a time limit told to the
 * partnership as it opens, is met or closes ({@link TimeLimitEvents}), in the same transaction.
 */
@ApplicationScoped
public class ContactTasks {
    @Inject
    EntityManager entityManager;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    PolicyCatalogue policies;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    TenantContext tenantContext;

    @Inject
    VictimSeal seal;

    @Inject
    Clock clock;

    @Inject
    TimeLimitEvents timeLimits;

    public record TaskView(UUID id, UUID victimRef, UUID caseId, TaskPurpose purpose, String rule, LocalDate dueDate,
            Instant dueAt, String status, Instant closedAt, String closedReason, DeadlineExplanation explanation) {
    }

    /**
     * VIC-1, VIC-6: the first contact with a consenting direct victim, due from {@code triggeredAt} (the sentence, or
     * the consent when it came later). None when one is open already or the victim was told of this sentence.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<VictimTask> openFirstContact(Victim victim, Instant triggeredAt, String trigger) {
        if (!owedContact(victim) || open(victim.id, TaskPurpose.SENTENCE_OUTCOME).isPresent()
                || doneSince(victim.id, TaskPurpose.SENTENCE_OUTCOME, triggeredAt)) {
            return Optional.empty();
        }
        LocalDate bornOn = seal.dateOfBirth(victim);
        String rule = ContactRules.firstContactLimit(bornOn, Moments.ukDate(triggeredAt));
        String why = rule.equals(ContactRules.FIRST_CONTACT_ENHANCED) ? trigger + "; the victim is under 17 (VIC-6)" : trigger;
        return Optional.of(create(victim, TaskPurpose.SENTENCE_OUTCOME, rule, triggeredAt, why));
    }

    /** VIC-8: a progress update or the news that the intervention concluded, for a victim taking part. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<VictimTask> openUpdate(Victim victim, TaskPurpose purpose, Instant triggeredAt, String trigger) {
        if (!owedContact(victim) || open(victim.id, purpose).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(create(victim, purpose, ContactRules.KEEP_INFORMED, triggeredAt, trigger));
    }

    private static boolean owedContact(Victim victim) {
        return victim.directVictim && victim.consentToContact && !victim.erased();
    }

    private VictimTask create(Victim victim, TaskPurpose purpose, String rule, Instant triggeredAt, String trigger) {
        Deadline deadline = deadlines.deadline(policies.policyOf(tenantContext.requireAuthority()), rule, triggeredAt);
        VictimTask task = new VictimTask();
        task.id = UUID.randomUUID();
        task.victimId = victim.id;
        task.caseId = victim.caseId;
        task.purpose = purpose;
        task.rule = rule;
        task.trigger = trigger;
        task.triggeredAt = triggeredAt;
        task.timeLimit = deadline.limit().toString();
        task.dueDate = deadline.dueDate();
        task.dueAt = deadline.dueAt();
        task.policyVersion = deadline.policyVersion();
        task.status = VictimTask.Status.OPEN;
        entityManager.persist(task);
        timeLimits.opened(timeLimitOf(task));
        return task;
    }

    /** The task's time limit as the partnership counts it: its own id, rule, trigger and due date (never the victim's). */
    static TimeLimitEvents.TimeLimit timeLimitOf(VictimTask task) {
        return new TimeLimitEvents.TimeLimit(task.id, task.caseId, task.rule, step(task.purpose), task.triggeredAt,
                task.dueDate, task.dueAt);
    }

    /** What must happen by the due time, lower-case-hyphenated as every context's time limit steps are. */
    static String step(TaskPurpose purpose) {
        return switch (purpose) {
            case SENTENCE_OUTCOME -> "victim-contact";
            case PROGRESS_UPDATE -> "progress-update";
            case CONCLUSION -> "conclusion-update";
        };
    }

    /** Open tasks go with the case to its new restorative justice worker or team. */
    void holderChanged(@Observes TimeLimitEvents.HolderChanged changed) {
        entityManager.createQuery("from VictimTask where caseId = :case and status = :open order by triggeredAt", VictimTask.class)
                .setParameter("case", changed.caseId()).setParameter("open", VictimTask.Status.OPEN).getResultStream()
                .forEach(open -> timeLimits.heldBy(timeLimitOf(open), changed.team(), changed.rjWorker()));
    }

    public Optional<VictimTask> open(UUID victimId, TaskPurpose purpose) {
        return entityManager.createQuery("from VictimTask where victimId = :victim and purpose = :purpose and status = :open",
                        VictimTask.class)
                .setParameter("victim", victimId).setParameter("purpose", purpose).setParameter("open", VictimTask.Status.OPEN)
                .getResultStream().findFirst();
    }

    private boolean doneSince(UUID victimId, TaskPurpose purpose, Instant since) {
        return !entityManager.createQuery("""
                        select t.id from VictimTask t where t.victimId = :victim and t.purpose = :purpose and t.status = :done
                        and t.closedAt >= :since""", UUID.class)
                .setParameter("victim", victimId).setParameter("purpose", purpose).setParameter("done", VictimTask.Status.DONE)
                .setParameter("since", since).setMaxResults(1).getResultList().isEmpty();
    }

    /** The task is done by a contact at {@code at}: its time limit is met then, on time or late. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void done(VictimTask task, Instant at) {
        task.status = VictimTask.Status.DONE;
        task.closedAt = at;
        task.closedReason = "contact made";
        timeLimits.met(timeLimitOf(task), at);
    }

    /** VIC-9: an opt-out stops every open contact task at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int closeAll(UUID victimId, String reason) {
        List<VictimTask> open = entityManager.createQuery("from VictimTask where victimId = :victim and status = :open", VictimTask.class)
                .setParameter("victim", victimId).setParameter("open", VictimTask.Status.OPEN).getResultList();
        Instant now = clock.instant();
        open.forEach(task -> {
            task.status = VictimTask.Status.CLOSED;
            task.closedAt = now;
            task.closedReason = reason;
            // no longer owed: neither met nor overdue, so the partnership stops counting it (VIC-9)
            timeLimits.notApplicable(timeLimitOf(task), reason, now);
        });
        return open.size();
    }

    public List<VictimTask> of(UUID victimId) {
        return entityManager.createQuery("from VictimTask where victimId = :victim order by triggeredAt", VictimTask.class)
                .setParameter("victim", victimId).getResultList();
    }

    /** The open tasks of the authority, or of the cases {@code rjWorker} works; overdue first, then by due date. */
    public Page<VictimTask> due(UUID rjWorker, PageRequest page) {
        String where = "where t.status = :open"
                + (rjWorker == null ? "" : " and t.caseId in (select c.caseId from VictimCase c where c.rjWorker = :worker)");
        var query = entityManager.createQuery("from VictimTask t " + where + " order by t.dueAt, t.id", VictimTask.class)
                .setParameter("open", VictimTask.Status.OPEN);
        var count = entityManager.createQuery("select count(*) from VictimTask t " + where, Long.class)
                .setParameter("open", VictimTask.Status.OPEN);
        if (rjWorker != null) {
            query.setParameter("worker", rjWorker);
            count.setParameter("worker", rjWorker);
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(), count.getSingleResult(), page);
    }

    public TaskView view(VictimTask task) {
        // closed by an opt-out: neither met nor overdue, just no longer owed (VIC-9)
        String status = task.status == VictimTask.Status.CLOSED ? "closed"
                : DeadlineStatus.of(task.dueAt, clock.instant(),
                        Optional.ofNullable(task.status == VictimTask.Status.DONE ? task.closedAt : null)).wireName();
        return new TaskView(task.id, task.victimId, task.caseId, task.purpose, task.rule, task.dueDate, task.dueAt, status,
                task.closedAt, task.closedReason, explain(task));
    }

    /** How the task's due date was worked out: the platform's one explanation (trigger, limit, policy, days not counted). */
    DeadlineExplanation explain(VictimTask task) {
        return DeadlineExplanation.of(calendar, task.rule, task.trigger, task.triggeredAt, task.timeLimit, task.dueDate,
                task.policyVersion);
    }
}
