-- Orders made at sentence (ORD-2), with their requirements (ORD-4) and the team they are routed to (ORD-15).
create table court_order (
    id                        uuid        primary key,
    authority                 text        not null check (authority <> '-'),
    case_id                   uuid        not null references child_case (id),
    outcome_id                uuid        not null references court_outcome (id),
    order_type                text        not null,
    start_date                date        not null,
    end_date                  date,
    team                      text        not null,
    status                    text        not null,
    custody_threshold_passed  boolean     not null,
    persistent_offender       boolean     not null,
    made_at                   timestamptz not null
);
create index court_order_by_case on court_order (case_id, start_date);

create table court_order_requirement (
    order_id       uuid    not null references court_order (id),
    position       integer not null,
    type           text    not null,
    days           integer,
    hours          integer,
    months         integer,
    hours_per_day  integer,
    primary key (order_id, position)
);
