-- National scale (issue 19: 150 authorities, a million cases): every list pages in the database, so each list's
-- filter and order has an index to walk instead of a sort of the authority's whole table.

-- GET /cases/{id}/absences (Absences.ofCase: where case_id = ? order by missed_at)
create index absence_by_case on absence (case_id, missed_at);

-- GET /due and GET /contact-shortfalls with scope=team (ScopeCondition: supervised_case.authority = ? and team = ?)
create index supervised_case_by_team on supervised_case (authority, team);

-- GET /due, the follow-ups branch (DueList: absence.authority = ? and followed_up_at is null and judgement =
-- 'AWAITING', ordered by follow_up_due_at; status=due/overdue compares follow_up_due_at with now)
create index absence_follow_up_due on absence (authority, follow_up_due_at)
    where followed_up_at is null and judgement = 'AWAITING';

-- GET /due, the enforcement steps branch (DueList: enforcement_step.authority = ? and status = 'DUE', ordered by
-- due_at; V3's enforcement_step_due orders by due_date, a day, not the instant the list orders by)
create index enforcement_step_due_at on enforcement_step (authority, due_at) where status = 'DUE';

-- GET /due, the pending letters branch: V4's letter_pending (authority, requested_at) where status = 'PENDING'
-- serves it already (a letter's due time rises with requested_at). GET /police-notifications (PoliceNotifications:
-- step = 'police-notification' and authority = ? and created_at > ?, ordered by created_at): V3's
-- enforcement_step_police serves it already.

-- GET /contact-shortfalls, the orders in force in the month (ContactShortfalls: supervised_order.authority = ? and
-- (end_date is null or end_date >= the month's first day) and start_date <= its last): past orders, the bulk of an
-- authority's table over the years, are skipped by end_date
create index supervised_order_in_force on supervised_order (authority, end_date, start_date);

-- GET /contact-shortfalls, each order's appointments in the month (ContactShortfalls' count and
-- ContactFrequencies.plannedByMonth: order_id = ? / in (...) and starts_at in the month)
create index appointment_by_order on appointment (order_id, starts_at);
