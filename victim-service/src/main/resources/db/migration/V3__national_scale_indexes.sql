-- Issue 19, national scale (150 authorities, a million cases): the lists that span cases page in SQL (LIMIT/OFFSET
-- with a count), so each one's filter and order, the id last as the tie-breaker that keeps pages stable, is served
-- by an index.

-- GET /tasks?scope=authority: where authority and status, order by due_at, id (and its count). V2's
-- victim_task_open was partial on status = 'open', but the status is stored as the enum's name, 'OPEN', so no
-- query could use it.
drop index victim_task_open;
create index victim_task_open on victim_task (authority, due_at, id) where status = 'OPEN';

-- GET /tasks?scope=mine: the open tasks of the cases the caller is the restorative justice worker of
create index victim_case_by_rj_worker on victim_case (rj_worker) where rj_worker is not null;
create index victim_task_open_by_case on victim_task (case_id, due_at, id) where status = 'OPEN';
