-- Cases as allocation knows them from order-service's events (rule inputs only: gender identity,
-- looked-after, locality, risk), the requests for a case manager they bring, and each decision with its
-- evidence (ALC-12).
create table child_case (
    id                  uuid        primary key,
    authority           text        not null check (authority <> '-'),
    reference           text,
    gender_identity     text,
    looked_after        boolean,
    locality            text,
    rosh                text,
    saw                 text,
    case_manager        uuid,
    team                text,
    version             integer     not null default 0
);

create table allocation_request (
    id                  uuid        primary key,
    authority           text        not null check (authority <> '-'),
    case_id             uuid        not null references child_case (id),
    kind                text        not null,
    order_id            uuid,
    case_kind           text        not null,
    team                text        not null,
    due_date            date        not null,
    due_at              timestamptz not null,
    policy_version      text        not null,
    status              text        not null,
    child_preference    text,
    preference_note     text,
    requested_at        timestamptz not null,
    version             integer     not null default 0
);
create unique index allocation_request_per_order on allocation_request (order_id) where order_id is not null;
create index allocation_request_open on allocation_request (authority, team, due_at) where status = 'OPEN';

create table allocation_decision (
    id                  uuid        primary key,
    authority           text        not null check (authority <> '-'),
    request_id          uuid        not null unique references allocation_request (id),
    case_id             uuid        not null references child_case (id),
    worker_id           uuid        not null references worker (id),
    rules_overridden    text[]      not null,
    rationale           text,
    evidence            jsonb       not null,
    decided_by          text        not null,
    decided_at          timestamptz not null
);
