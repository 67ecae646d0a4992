-- Caretaking (TRF-2, TRF-8, TRF-9, TRF-14, TRF-15) and completion (TRF-12, CMP-10). Like the transfer itself, these
-- rows are read by the two authorities of their transfer, checked by TransferAccess, so not tenant-filtered.

alter table transfer add column completed_on date;
alter table transfer add column completed_by text;
alter table transfer add column ended_on date;

-- TRF-8, Appendix B: the caretaking agreement of an accepted caretaking transfer, signed by both sides.
create table caretaking_agreement (
    transfer_id               uuid        primary key references transfer (id),
    home_authority            text        not null check (home_authority <> '-'),
    host_authority            text        not null check (host_authority <> '-'),
    case_id                   uuid        not null,
    host_case_manager         text        not null,
    home_responsible_officer  text        not null,
    start_date                date        not null,
    review_date               date        not null,
    -- TRF-8: the review date may be no later than this (acceptance + TRF-8-review of the home's policy)
    latest_review_date        date        not null,
    review_policy             text        not null,
    home_responsibilities     text        not null,
    host_responsibilities     text        not null,
    -- TRF-9: the host sends contact records at least this often
    contact_every_days        integer     not null check (contact_every_days between 1 and 31),
    -- TRF-2: where the child lives, since when, and whether likely to remain for the rest of the order
    resident_in_host_since    date        not null,
    likely_to_remain          boolean     not null default false,
    -- TRF-2: caretaking beyond 3 months needs a recorded reason
    continuation_reason       text,
    continuation_recorded_by  text,
    home_signed_by            text,
    home_signed_at            timestamptz,
    host_signed_by            text,
    host_signed_at            timestamptz,
    ended_on                  date,
    end_outcome               text,
    end_reason                text,
    drafted_by                text        not null,
    drafted_at                timestamptz not null,
    version                   integer     not null default 0
);
create index caretaking_agreement_home on caretaking_agreement (home_authority);
create index caretaking_agreement_host on caretaking_agreement (host_authority);

-- TRF-9, TRF-14, TRF-15: what the host sends the home authority during caretaking, and the home's answer.
create table caretaking_report (
    id                uuid        primary key,
    transfer_id       uuid        not null references transfer (id),
    authority         text        not null check (authority <> '-'),
    kind              text        not null,
    occurred_on       date        not null,
    stage             text,
    summary           text        not null,
    sent_by           text        not null,
    sent_at           timestamptz not null,
    -- the home authority's answer: a stage update accepted or rejected with reasons (TRF-15), a compliance
    -- decision on reported non-compliance (TRF-14)
    answer            text,
    answer_reasons    text,
    answered_by       text,
    answered_at       timestamptz,
    -- TRF-14: the host acts on the home's compliance decision
    acted_on_by       text,
    acted_on_at       timestamptz,
    acted_on_note     text
);
create index caretaking_report_by_transfer on caretaking_report (transfer_id, kind, occurred_on);

-- TRF-12, CMP-10: enforcement under way on a case (compliance-service's enforcement.started until its
-- enforcement.finished), per order, in the authority enforcing it; a full transfer of the case waits for it.
create table enforcement_in_progress (
    authority     text        not null check (authority <> '-'),
    case_id       uuid        not null,
    order_id      uuid        not null,
    reason        text        not null,
    started_at    timestamptz not null,
    primary key (authority, case_id, order_id)
);

-- TRF-7: the receiving authority's time limit runs from the moment every document the checklist marks attached
-- has arrived, not from the submission; until then it has not started.
alter table transfer_version add column documents_received_at timestamptz;
update transfer_version set documents_received_at = submitted_at;
alter table transfer_version alter column review_due_date drop not null;
alter table transfer_version alter column review_due_at drop not null;
alter table transfer_version alter column review_policy drop not null;
