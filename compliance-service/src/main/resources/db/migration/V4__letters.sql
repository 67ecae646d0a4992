-- Letters (CMP-11, X-6). Each authority's templates, versioned: a change is a new version, and every letter
-- names the version it was written from. No row: the service's default template for that kind.
create table letter_template (
    id          uuid        primary key,
    authority   text        not null check (authority <> '-'),
    kind        text        not null,
    version     integer     not null,
    body        text        not null,
    changed_by  text        not null,
    changed_at  timestamptz not null,
    unique (authority, kind, version)
);

-- A letter is recorded before it is written (a warning's letter in the judgement's own transaction), so a
-- failure while writing it loses nothing: it stays pending, on the due list, until it is produced. The
-- child's and parents' names and addresses are kept only inside the PDF (EVENTS.md).
create table letter (
    id                      uuid        primary key,
    authority               text        not null check (authority <> '-'),
    case_id                 uuid        not null references supervised_case (id),
    order_id                uuid        not null references supervised_order (id),
    kind                    text        not null,
    rule                    text        not null,
    step_id                 uuid        unique references enforcement_step (id),
    period_from             date,
    period_to               date,
    status                  text        not null,
    requested_by            text        not null,
    requested_at            timestamptz not null,
    last_problem            text,
    letter_date             date,
    template_version        text,
    parent_carers_copied    integer,
    addressing              text,
    next_appointment_id     uuid        references appointment (id),
    meeting_at              timestamptz,
    produced_by             text,
    produced_at             timestamptz,
    pdf                     bytea,
    version                 integer     not null default 0
);
create index letter_by_case on letter (case_id, requested_at);
create index letter_pending on letter (authority, requested_at) where status = 'PENDING';

-- where the compliance meeting is held, for the second warning letter that names it (CMP-6)
alter table enforcement_step add column meeting_place text;
