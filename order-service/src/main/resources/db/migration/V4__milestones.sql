-- Case plan milestones (MIL-*): each from its trigger, due by a date computed from the authority's
-- policy in force then (X-3: the policy version is kept, a later policy change never rewrites it).
create table milestone (
    id              uuid        primary key,
    authority       text        not null check (authority <> '-'),
    case_id         uuid        not null references child_case (id),
    order_id        uuid        references court_order (id),
    rule            text        not null,
    triggered_at    timestamptz not null,
    due_date        date        not null,
    due_at          timestamptz not null,
    time_limit      text        not null,
    policy_version  text        not null,
    completed_at    timestamptz
);
create index milestone_by_case on milestone (case_id, due_date);
-- the due lists: what is due or overdue in an authority, by date
create index milestone_open_by_due on milestone (authority, due_date) where completed_at is null;
