-- The authority's workforce (ALC-1, ALC-2): each worker, their absences, and the cases they hold, which make
-- their weighted caseload.
create table worker (
    id                  uuid        primary key,
    authority           text        not null check (authority <> '-'),
    name                text        not null,
    team                text        not null,
    locality            text,
    grade               text        not null,
    specialism          text,
    gender_identity     text        not null,
    contracted_hours    numeric(4,1) not null check (contracted_hours > 0 and contracted_hours <= 48),
    active              boolean     not null default true,
    changed_by          text        not null,
    changed_at          timestamptz not null,
    version             integer     not null default 0
);
create index worker_by_team on worker (authority, team) where active;

create table worker_absence (
    id                  uuid        primary key,
    authority           text        not null check (authority <> '-'),
    worker_id           uuid        not null references worker (id),
    kind                text        not null,
    starts_on           date        not null,
    -- planned leave: its last day; unplanned: the expected return, when one is known
    ends_on             date,
    expected_return     date,
    returned_on         date,
    recorded_by         text        not null,
    recorded_at         timestamptz not null,
    version             integer     not null default 0
);
create index worker_absence_by_worker on worker_absence (worker_id, starts_on);

-- A case a worker holds, as case manager or co-worker, with what weighs it (order type, risk).
create table held_case (
    id                  uuid        primary key,
    authority           text        not null check (authority <> '-'),
    worker_id           uuid        not null references worker (id),
    case_id             uuid        not null,
    role                text        not null,
    kind                text        not null,
    rosh                text,
    saw                 text,
    held_since          timestamptz not null,
    held_until          timestamptz
);
create index held_case_by_worker on held_case (worker_id) where held_until is null;
create unique index held_case_once on held_case (worker_id, case_id, role) where held_until is null;
