-- What compliance knows of the cases it enforces, from other services' events (never their tables): who
-- holds each case (allocation-service), each order and whether it is still in force, and the scaled
-- approach of the latest assessment (order-service). Then the appointments made under each order (CMP-1).

create table supervised_case (
    id              uuid        primary key,
    authority       text        not null check (authority <> '-'),
    case_manager    uuid,
    team            text,
    co_workers      uuid[]      not null default '{}',
    allocated_at    timestamptz,
    scaled_approach text
);
create index supervised_case_by_case_manager on supervised_case (authority, case_manager);

create table supervised_order (
    id              uuid        primary key,
    authority       text        not null check (authority <> '-'),
    case_id         uuid        not null references supervised_case (id),
    order_type      text        not null,
    out_of_court    boolean     not null,
    start_date      date        not null,
    end_date        date,
    team            text,
    status          text        not null,
    ended_on        date
);
create index supervised_order_by_case on supervised_order (case_id);

create table appointment (
    id                  uuid        primary key,
    authority           text        not null check (authority <> '-'),
    case_id             uuid        not null references supervised_case (id),
    order_id            uuid        not null references supervised_order (id),
    kind                text        not null,
    starts_at           timestamptz not null,
    ends_at             timestamptz not null check (ends_at > starts_at),
    place               text        not null,
    with_whom           text,
    status              text        not null,
    series_id           uuid,
    rescheduled_to      uuid        references appointment (id),
    rescheduled_from    uuid        references appointment (id),
    reschedule_reason   text,
    scheduled_by        text        not null,
    scheduled_at        timestamptz not null,
    outcome_recorded_by text,
    outcome_recorded_at timestamptz,
    outcome_note        text,
    version             integer     not null default 0
);
-- one appointment of a kind at a time under an order (scheduling it twice is one); a rescheduled one gives way
create unique index appointment_once on appointment (order_id, kind, starts_at) where status <> 'RESCHEDULED';
create index appointment_by_case on appointment (case_id, starts_at);
