-- ALC-11: victims' consent to contact as victim-service announces it, by pseudonymous reference only.
create table victim_consent (
    case_id             uuid        not null references child_case (id),
    victim_ref          text        not null,
    authority           text        not null check (authority <> '-'),
    consent_to_contact  boolean     not null,
    direct_victim       boolean     not null,
    withdrawn           boolean     not null default false,
    primary key (case_id, victim_ref)
);

-- ALC-13: each new allocation, for each specialist worker to screen.
create table screening_notice (
    id                  uuid        primary key,
    authority           text        not null check (authority <> '-'),
    decision_id         uuid        not null references allocation_decision (id),
    case_id             uuid        not null references child_case (id),
    specialist_id       uuid        not null references worker (id),
    specialism          text        not null,
    notified_at         timestamptz not null,
    outcome             text,
    note                text,
    screened_at         timestamptz,
    version             integer     not null default 0,
    unique (decision_id, specialist_id)
);
create index screening_notice_open on screening_notice (specialist_id, notified_at) where outcome is null;

alter table allocation_decision add column rj_worker_id uuid references worker (id);
