package org.youthjustice.reporting.timeliness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The read model's time limits, kept as the owning services' events tell them (applied once each through the inbox, in
 * the order of the case's events). A time limit is upserted by its id, so a set, met or closed event applies whether
 * or not the ones before it were kept on the topic; once met or closed, a later "set" (a holder changed) leaves it be.
 */
@ApplicationScoped
public class TimeLimits {

    @Inject
    EntityManager entityManager;

    /** The facts every event of a time limit carries. */
    public record Identity(UUID id, String source, String authority, UUID caseId, String rule, String step, String team,
            UUID responsibleWorker, LocalDate dueDate, Instant dueAt, Instant eventTime) {
    }

    /** Started, or held by another worker, team or authority: open time limits follow their holder. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void set(Identity t) {
        bind(entityManager.createNativeQuery("""
                insert into time_limit (id, source, authority, case_id, rule, step, team, responsible_worker, due_date,
                    due_at, updated_at)
                values (:id, :source, :authority, :caseId, :rule, :step, :team, :worker, :dueDate, :dueAt, :time)
                on conflict (id) do update set authority = excluded.authority, team = excluded.team,
                    responsible_worker = excluded.responsible_worker, due_date = excluded.due_date,
                    due_at = excluded.due_at, updated_at = excluded.updated_at
                where time_limit.met_at is null and time_limit.not_applicable_reason is null""")
                .unwrap(NativeQuery.class), t).executeUpdate();
    }

    /** Met at {@code metAt}, on time or late as its owner decided: it stays with the authority and team that met it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void met(Identity t, Instant metAt, boolean onTime) {
        bind(entityManager.createNativeQuery("""
                insert into time_limit (id, source, authority, case_id, rule, step, team, responsible_worker, due_date,
                    due_at, met_at, on_time, updated_at)
                values (:id, :source, :authority, :caseId, :rule, :step, :team, :worker, :dueDate, :dueAt, :metAt,
                    :onTime, :time)
                on conflict (id) do update set authority = excluded.authority,
                    team = coalesce(excluded.team, time_limit.team),
                    responsible_worker = coalesce(excluded.responsible_worker, time_limit.responsible_worker),
                    met_at = excluded.met_at, on_time = excluded.on_time, updated_at = excluded.updated_at""")
                .unwrap(NativeQuery.class), t)
                .setParameter("metAt", metAt, StandardBasicTypes.INSTANT).setParameter("onTime", onTime, StandardBasicTypes.BOOLEAN)
                .executeUpdate();
    }

    /** Closed as not applying to the child, with the reason its owner recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notApplicable(Identity t, String reason, Instant closedAt) {
        bind(entityManager.createNativeQuery("""
                insert into time_limit (id, source, authority, case_id, rule, step, team, responsible_worker, due_date,
                    due_at, not_applicable_reason, closed_at, updated_at)
                values (:id, :source, :authority, :caseId, :rule, :step, :team, :worker, :dueDate, :dueAt, :reason,
                    :closedAt, :time)
                on conflict (id) do update set authority = excluded.authority,
                    team = coalesce(excluded.team, time_limit.team),
                    not_applicable_reason = excluded.not_applicable_reason, closed_at = excluded.closed_at,
                    updated_at = excluded.updated_at
                where time_limit.met_at is null""")
                .unwrap(NativeQuery.class), t)
                .setParameter("reason", reason, StandardBasicTypes.STRING).setParameter("closedAt", closedAt, StandardBasicTypes.INSTANT)
                .executeUpdate();
    }

    /** The identity's values, typed: a null team or worker must still reach PostgreSQL as text or uuid. */
    private static NativeQuery<?> bind(NativeQuery<?> query, Identity t) {
        return query.setParameter("id", t.id(), StandardBasicTypes.UUID)
                .setParameter("source", t.source(), StandardBasicTypes.STRING)
                .setParameter("authority", t.authority(), StandardBasicTypes.STRING)
                .setParameter("caseId", t.caseId(), StandardBasicTypes.UUID)
                .setParameter("rule", t.rule(), StandardBasicTypes.STRING)
                .setParameter("step", t.step(), StandardBasicTypes.STRING)
                .setParameter("team", t.team(), StandardBasicTypes.STRING)
                .setParameter("worker", t.responsibleWorker(), StandardBasicTypes.UUID)
                .setParameter("dueDate", t.dueDate(), StandardBasicTypes.LOCAL_DATE)
                .setParameter("dueAt", t.dueAt(), StandardBasicTypes.INSTANT)
                .setParameter("time", t.eventTime(), StandardBasicTypes.INSTANT);
    }
}
