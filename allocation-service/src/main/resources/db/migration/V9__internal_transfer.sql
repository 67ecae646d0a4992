-- ALC-10 (Nottinghamshire policy §11): a case moved between locality teams. Proposed by its case manager,
-- endorsed by their manager (and by the MAPPA meeting at MAPPA level 2 or 3), allocated by the receiving team's
-- manager within 2 working days, and transferred at the three-way meeting held within 5 working days of that
-- reallocation; until the meeting the original team stays responsible, and enforcement under way blocks it.
alter table child_case add column mappa_level integer;

create table internal_transfer (
    id                      uuid        primary key,
    authority               text        not null check (authority <> '-'),
    case_id                 uuid        not null references child_case (id),
    from_team               text        not null,
    to_team                 text        not null,
    from_worker_id          uuid        not null references worker (id),
    reason                  text        not null,
    proposed_by             text        not null,
    proposed_at             timestamptz not null,
    status                  text        not null,
    mappa_level             integer,
    endorsed_by             text,
    endorsed_at             timestamptz,
    endorsement_note        text,
    escalated_at            timestamptz,
    mappa_endorsed_on       date,
    mappa_note              text,
    allocation_due_date     date,
    allocation_due_at       timestamptz,
    to_worker_id            uuid        references worker (id),
    rules_overridden        text,
    rationale               text,
    allocated_by            text,
    allocated_at            timestamptz,
    meeting_due_date        date,
    meeting_due_at          timestamptz,
    meetings_not_held       integer     not null default 0,
    last_meeting_note       text,
    formal_transfer_date    date,
    completed_at            timestamptz,
    closed_reason           text,
    closed_by               text,
    closed_at               timestamptz,
    version                 integer     not null default 0
);
-- one transfer under way per case: two proposals at once, the second is refused (409)
create unique index internal_transfer_open on internal_transfer (case_id)
    where status not in ('COMPLETED', 'REFUSED', 'WITHDRAWN');
create index internal_transfer_by_team on internal_transfer (authority, to_team, status);

-- compliance's enforcement.started / .finished: while an order of the case is under enforcement, the
-- transfer waits for it to be completed (§11.7)
create table enforcement_under_way (
    order_id                uuid        primary key,
    authority               text        not null check (authority <> '-'),
    case_id                 uuid        not null,
    reason                  text        not null,
    since                   timestamptz not null
);
create index enforcement_under_way_by_case on enforcement_under_way (case_id);
