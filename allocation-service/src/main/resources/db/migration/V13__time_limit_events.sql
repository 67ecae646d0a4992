-- allocation-time-limit.changed (reporting-service's timeliness figures): each time limit is told again when it is met or
-- stops applying, with the moment it was counted from and its due time as they were when it opened. These keep what
-- was worked out then and not stored: when a request's time limit started (its trigger: the order, the hearing, the
-- transfer's completion), when an internal transfer was agreed (the receiving team's allocation is due from then), and
-- which of a co-allocation's reviews is due, from when, by what time (one time limit per review).
alter table allocation_request add column triggered_at timestamptz;
alter table internal_transfer add column agreed_at timestamptz;
alter table co_allocation add column review_id uuid;
alter table co_allocation add column review_from timestamptz;
alter table co_allocation add column next_review_due_at timestamptz;

-- Rows from before: the nearest moment recorded (the request's arrival, the endorsement, the co-allocation), and the
-- review's due time as the deadline calculator gives it for a date (the last microsecond of that day in London).
update allocation_request set triggered_at = requested_at;
update internal_transfer set agreed_at = endorsed_at where allocation_due_at is not null;
update co_allocation set review_id = gen_random_uuid(), review_from = co_allocated_at,
    next_review_due_at = ((next_review_due_date + 1)::timestamp at time zone 'Europe/London') - interval '1 microsecond'
    where next_review_due_date is not null;
