-- Issue 19, national scale (150 authorities, a million cases): every list pages in SQL (LIMIT/OFFSET with a count), so
-- each list's filter and order, the id last as the tie-breaker that keeps pages stable, is served by an index; and
-- the lookups of a case's rows are no longer scans of every authority's rows.

-- GET /co-allocations?status=: where authority and status, order by raised_at, id (and its count)
create index co_allocation_by_status on co_allocation (authority, status, raised_at, id);

-- GET /allocation-requests without team: open requests, where authority, order by due_at, id (with team:
-- allocation_request_open, V3)
create index allocation_request_open_by_due on allocation_request (authority, due_at, id) where status = 'OPEN';

-- a case's requests (a court-work request open for the case, a transfer closing the case's requests)
create index allocation_request_by_case on allocation_request (case_id, kind);

-- GET /screening-notices: the caller's open notices, order by notified_at, id (screening_notice_open, V5, without the
-- tie-breaker)
drop index screening_notice_open;
create index screening_notice_open on screening_notice (specialist_id, notified_at, id) where outcome is null;

-- GET /internal-transfers: where authority and status, order by proposed_at, id; with team, from_team or to_team
-- (to_team: internal_transfer_by_team, V9)
create index internal_transfer_by_proposal on internal_transfer (authority, proposed_at, id);
create index internal_transfer_by_from_team on internal_transfer (authority, from_team, status);

-- GET /cases/{caseId}/internal-transfers and the transfer of a case under way: where case_id, order by proposed_at
create index internal_transfer_by_case on internal_transfer (case_id, proposed_at);

-- who holds a case now (Caseloads.current, the RJ needs' "no restorative justice worker yet", a transfer closing
-- what held the case): where case_id and role, held_until null (held_case's indexes lead with worker_id)
create index held_case_by_case on held_case (case_id, role) where held_until is null;

-- GET /restorative-justice-needs: allocated cases of the authority, order by team, reference, id
create index child_case_allocated on child_case (authority, team, reference, id) where case_manager is not null;

-- GET /absence-reviews: the authority's absences not over, order by starts_on
create index worker_absence_not_over on worker_absence (authority, starts_on) where returned_on is null;

-- the candidates for a restorative justice worker or a specialist's screening: the authority's active workers of a grade
create index worker_by_grade on worker (authority, grade) where active;
