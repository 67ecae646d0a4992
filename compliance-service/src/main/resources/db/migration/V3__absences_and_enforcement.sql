-- Every missed appointment is an absence to follow up (CMP-4) and judge (CMP-2, CMP-3); unacceptable
-- absences escalate the order's enforcement step by step (CMP-5 to CMP-8), each step with its due date.

create table absence (
    id                      uuid        primary key,
    authority               text        not null check (authority <> '-'),
    case_id                 uuid        not null references supervised_case (id),
    order_id                uuid        not null references supervised_order (id),
    appointment_id          uuid        not null unique references appointment (id),
    missed_at               timestamptz not null,
    follow_up_due_date      date        not null,
    follow_up_due_at        timestamptz not null,
    follow_up_policy_version text       not null,
    follow_up_kind          text,
    followed_up_at          timestamptz,
    followed_up_by          text,
    follow_up_note          text,
    judgement               text        not null,
    evidence_kind           text,
    evidence_description    text,
    evidence_received_on    date,
    exception_used          boolean     not null default false,
    exception_rationale     text,
    verbal_warning          text,
    judged_by               text,
    judged_at               timestamptz,
    version                 integer     not null default 0
);
create index absence_by_order on absence (order_id, missed_at);
-- CMP-3: the exception is used at most once per order, whoever tries at the same moment
create unique index absence_exception_once on absence (order_id) where exception_used;

create table enforcement_step (
    id                  uuid        primary key,
    authority           text        not null check (authority <> '-'),
    case_id             uuid        not null references supervised_case (id),
    order_id            uuid        not null references supervised_order (id),
    absence_id          uuid        not null references absence (id),
    step                text        not null,
    rule                text        not null,
    unacceptable_count  integer     not null,
    due_date            date,
    due_at              timestamptz,
    time_limit          text,
    policy_version      text,
    status              text        not null,
    done_at             timestamptz,
    done_by             text,
    reason              text,
    meeting_at          timestamptz,
    report_summary      text,
    risk_flag           boolean,
    reported_by         text,
    created_at          timestamptz not null,
    version             integer     not null default 0
);
create unique index enforcement_step_once on enforcement_step (absence_id, step);
create index enforcement_step_by_order on enforcement_step (order_id, created_at);
create index enforcement_step_due on enforcement_step (authority, due_date) where status = 'DUE';

-- the case's own reference (case.opened), which partners such as the police quote back
alter table supervised_case add column reference text;
-- CMP-10: enforcement in progress on an order, from its first step until the order ends
alter table supervised_order add column enforcement_since timestamptz;
create index enforcement_step_police on enforcement_step (authority, created_at) where step = 'police-notification';
