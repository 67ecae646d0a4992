package org.youthjustice.allocation.workforce;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.youthjustice.kernel.audit.AuditTrail;
import org.youthjustice.kernel.calendar.Moments;
import org.youthjustice.kernel.policy.DeadlineCalculator;
import org.youthjustice.kernel.policy.PolicyCatalogue;
import org.youthjustice.kernel.problem.ProblemException;
import org.youthjustice.kernel.tenancy.Caller;
import org.youthjustice.kernel.tenancy.TenantContext;
import org.youthjustice.problem.Violation;

/** The authority's workforce (ALC-1, ALC-2): workers as their managers keep them, and their absences. */
@ApplicationScoped
public class Workforce {
    static final String SPECIALISMS = "health|substance-use|ete|speech-and-language";

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    PolicyCatalogue policies;

    @Inject
    DeadlineCalculator deadlines;

    @Inject
    TenantContext tenantContext;

    @Inject
    Clock clock;

    public record WorkerEntry(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String team,
            @Size(max = 100) String locality, @NotNull Grade grade,
            @Pattern(regexp = SPECIALISMS, message = "must be health, substance-use, ete or speech-and-language") String specialism,
            @NotBlank @Size(max = 60) String genderIdentity,
            @NotNull @DecimalMin(value = "1", message = "must be from 1 to 48 hours") @DecimalMax(value = "48",
                    message = "must be from 1 to 48 hours") BigDecimal contractedHours,
            Boolean active) {
    }

    public record AbsenceEntry(@NotNull WorkerAbsence.Kind kind, @NotNull LocalDate startsOn, LocalDate endsOn,
            LocalDate expectedReturn) {
    }

    public record ReturnEntry(@NotNull LocalDate on) {
    }

    public record Saved(Worker worker, boolean created) {
    }

    /**
     * Adds the worker to the caller's authority, or changes them: the same values again change nothing. The id is
     * chosen by the client, so it may be another authority's worker: that is 404, as if there were none, and
     * nothing is written, whether the id was taken before (looked up across authorities) or at the same moment
     * (the primary key refuses the insert).
     */
    @Transactional
    public Saved save(UUID id, WorkerEntry entry) {
        // the authority is the verified token's only: Hibernate writes it, and it is the one the id is checked against
        String authority = tenantContext.requireAuthority();
        List<Violation> violations = new ArrayList<>();
        if (entry.grade() == Grade.SPECIALIST && entry.specialism() == null) {
            violations.add(Violation.ofField("specialism", "a specialist names their specialism"));
        }
        if (entry.grade() != Grade.SPECIALIST && entry.specialism() != null) {
            violations.add(Violation.ofField("specialism", "only a specialist has a specialism"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        Worker worker = entityManager.find(Worker.class, id);
        boolean created = worker == null;
        if (created) {
            // not found in this authority: an id that exists at all is another authority's worker
            if (authorityOf(id).isPresent()) {
                throw ProblemException.notFound("worker " + id);
            }
            worker = new Worker();
            worker.id = id;
        } else if (sameAs(worker, entry)) {
            return new Saved(worker, false);
        }
        worker.name = entry.name();
        worker.team = entry.team();
        worker.locality = entry.locality();
        worker.grade = entry.grade();
        worker.specialism = entry.specialism();
        worker.genderIdentity = entry.genderIdentity();
        worker.contractedHours = entry.contractedHours();
        worker.active = entry.active() == null || entry.active();
        worker.changedBy = caller.username();
        worker.changedAt = clock.instant();
        if (created) {
            entityManager.persist(worker);
        }
        try {
            entityManager.flush();
        } catch (PersistenceException failure) {
            if (created && uniqueViolation(failure)) {
                throw takenMeanwhile(id, authority, failure);
            }
            throw failure;
        }
        audit.record(created ? "worker.added" : "worker.changed", "worker", id, worker.team + ", " + worker.grade.wireName());
        return new Saved(worker, created);
    }

    /**
     * The authority whose worker has this id, whichever it is: native, so that the tenancy filter, which covers
     * entity reads only, does not hide another authority's worker. Only ever used to answer 404 for one.
     */
    private Optional<String> authorityOf(UUID id) {
        return entityManager.createNativeQuery("select authority from worker where id = :id", String.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * The insert of a new worker was refused because the id was taken at the same moment, after the look-up found it
     * free. By another authority: 404, as if it had been taken before. By this one: the refusal stands (409,
     * changed at the same moment). This transaction can read no more and is rolled back; the owner is looked up in a
     * transaction of its own, which sees the insert that won, committed before the refusal.
     */
    private RuntimeException takenMeanwhile(UUID id, String authority, PersistenceException failure) {
        Optional<String> owner = QuarkusTransaction.requiringNew().call(() -> authorityOf(id));
        return owner.filter(authority::equals).isPresent() ? failure : ProblemException.notFound("worker " + id);
    }

    /** A unique index (here the primary key) refused the write: PostgreSQL's unique_violation. */
    private static boolean uniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getKind() == ConstraintKind.UNIQUE) {
                return true;
            }
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameAs(Worker worker, WorkerEntry entry) {
        return worker.name.equals(entry.name()) && worker.team.equals(entry.team())
                && Objects.equals(worker.locality, entry.locality()) && worker.grade == entry.grade()
                && Objects.equals(worker.specialism, entry.specialism()) && worker.genderIdentity.equals(entry.genderIdentity())
                && worker.contractedHours.compareTo(entry.contractedHours()) == 0
                && worker.active == (entry.active() == null || entry.active());
    }

    public Worker worker(UUID id) {
        Worker worker = entityManager.find(Worker.class, id);
        if (worker == null) {
            throw ProblemException.notFound("worker " + id);
        }
        return worker;
    }

    public List<Worker> workers(String team) {
        if (team == null) {
            return entityManager.createQuery("from Worker where active order by team, name, id", Worker.class).getResultList();
        }
        return entityManager.createQuery("from Worker where active and team = :team order by name, id", Worker.class)
                .setParameter("team", team).getResultList();
    }

    public List<WorkerAbsence> absences(UUID workerId) {
        return absences(List.of(workerId)).getOrDefault(workerId, List.of());
    }

    /** Each worker's absences, read in one query. */
    public Map<UUID, List<WorkerAbsence>> absences(java.util.Collection<UUID> workerIds) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from WorkerAbsence where workerId in :workers order by startsOn", WorkerAbsence.class)
                .setParameter("workers", workerIds).getResultStream()
                .collect(java.util.stream.Collectors.groupingBy(a -> a.workerId));
    }

    /** ALC-2 for each of the workers on {@code date}, their absences read in one query. */
    public Map<UUID, Availability> availability(List<Worker> workers, LocalDate date) {
        Map<UUID, List<WorkerAbsence>> absences = absences(workers.stream().map(w -> w.id).toList());
        LocalDate imminentBy = imminentBy(date);
        return workers.stream().collect(java.util.stream.Collectors.toMap(w -> w.id,
                w -> Availability.on(date, absences.getOrDefault(w.id, List.of()), imminentBy)));
    }

    /** ALC-2: whether the worker can take a case on {@code date}, by the authority's policy on imminent returns. */
    public Availability availability(UUID workerId, LocalDate date) {
        return Availability.on(date, absences(workerId), imminentBy(date));
    }

    /** ALC-2 refuses the worker for work starting on {@code date} while they are away; the violation names {@code field}. */
    public java.util.Optional<Violation> away(UUID workerId, LocalDate date, String field) {
        return WorkforceRules.available(availability(workerId, date), field);
    }

    public LocalDate imminentBy(LocalDate date) {
        return deadlines.deadline(policies.policyOf(tenantContext.requireAuthority()), "ALC-2-imminent-return",
                date.atStartOfDay(DeadlineCalculator.LONDON).toInstant()).dueDate();
    }

    @Transactional
    public WorkerAbsence recordAbsence(UUID workerId, AbsenceEntry entry) {
        worker(workerId);
        List<Violation> violations = new ArrayList<>();
        if (entry.kind() == WorkerAbsence.Kind.PLANNED) {
            if (entry.endsOn() == null) {
                violations.add(Violation.ofField("endsOn", "planned leave has its last day"));
            } else if (entry.endsOn().isBefore(entry.startsOn())) {
                violations.add(Violation.ofField("endsOn", "the last day is on or after the first"));
            }
            if (entry.expectedReturn() != null) {
                violations.add(Violation.ofField("expectedReturn", "planned leave ends on its last day: give endsOn"));
            }
        } else {
            if (entry.endsOn() != null) {
                violations.add(Violation.ofField("endsOn", "an unplanned absence has an expected return, if known, not a last day"));
            }
            if (entry.expectedReturn() != null && !entry.expectedReturn().isAfter(entry.startsOn())) {
                violations.add(Violation.ofField("expectedReturn", "the return comes after the absence starts"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        WorkerAbsence absence = new WorkerAbsence();
        absence.id = UUID.randomUUID();
        absence.workerId = workerId;
        absence.kind = entry.kind();
        absence.startsOn = entry.startsOn();
        absence.endsOn = entry.endsOn();
        absence.expectedReturn = entry.expectedReturn();
        absence.recordedBy = caller.username();
        absence.recordedAt = clock.instant();
        entityManager.persist(absence);
        audit.record("worker.absence-recorded", "worker", workerId, absence.kind.wireName() + " from " + absence.startsOn);
        return absence;
    }

    /** The worker is back: the absence ends on {@code on}, their first day back. */
    @Transactional
    public WorkerAbsence returned(UUID workerId, UUID absenceId, LocalDate on) {
        WorkerAbsence absence = entityManager.find(WorkerAbsence.class, absenceId);
        if (absence == null || !absence.workerId.equals(workerId)) {
            throw ProblemException.notFound("absence " + absenceId);
        }
        if (on.equals(absence.returnedOn)) {
            return absence;
        }
        if (absence.returnedOn != null) {
            throw ProblemException.conflict("the worker's return is already recorded, on " + absence.returnedOn);
        }
        List<Violation> violations = new ArrayList<>();
        if (!on.isAfter(absence.startsOn)) {
            violations.add(Violation.ofField("on", "the first day back comes after the absence starts"));
        }
        if (on.isAfter(Moments.ukToday(clock))) {
            violations.add(Violation.ofField("on", "a return is recorded once the worker is back"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        absence.returnedOn = on;
        entityManager.flush();
        audit.record("worker.returned", "worker", workerId, "back on " + on);
        return absence;
    }
}
