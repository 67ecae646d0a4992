-- Transfers between authorities (TRF-*), first increment: request and review.
-- A transfer is read by exactly two authorities, its home and its receiving authority (X-1, TRF-13), so its
-- tables are not tenant-filtered by Hibernate: every row names the authorities it belongs to, and
-- transfer-service checks the caller's authority against them in one place (TransferAccess). The rows of each
-- child table also name the authority that wrote them ("authority text not null check (authority <> '-')").

create table transfer (
    id                    uuid        primary key,
    home_authority        text        not null check (home_authority <> '-'),
    receiving_authority   text        not null check (receiving_authority <> '-'),
    case_id               uuid        not null,
    kind                  text        not null,
    status                text        not null,
    current_version       integer     not null,
    -- TRF-4: the decision to request, and the time limit it started, with the policy version that made it (X-3)
    decided_on            date        not null,
    request_due_date      date        not null,
    request_due_at        timestamptz not null,
    request_policy        text        not null,
    requested_by          text        not null,
    requested_at          timestamptz not null,
    -- the latest review's decision and reasons, as the home authority reads them (TRF-6)
    last_decision         text,
    last_reasons          text,
    last_decided_by       text,
    last_decided_at       timestamptz,
    version               integer     not null default 0,
    check (home_authority <> receiving_authority)
);
create index transfer_incoming on transfer (receiving_authority, status);
create index transfer_outgoing on transfer (home_authority, status);

-- Each submission of the summary and documents checklist (TRF-5); a re-submission after a stay or a
-- rejection is a new version, the old ones kept (TRF-6).
create table transfer_version (
    id                    uuid        primary key,
    transfer_id           uuid        not null references transfer (id),
    number                integer     not null,
    authority             text        not null check (authority <> '-'),
    summary               text        not null,
    checklist             text        not null,
    what_changed          text,
    submitted_by          text        not null,
    submitted_at          timestamptz not null,
    -- TRF-7: the receiving authority's time limit for its answer to this version
    review_due_date       date        not null,
    review_due_at         timestamptz not null,
    review_policy         text        not null,
    unique (transfer_id, number)
);

-- TRF-6: each decision of the receiving authority on a version, with its reasons; one per version.
create table transfer_review (
    id                    uuid        primary key,
    transfer_id           uuid        not null references transfer (id),
    version_number        integer     not null,
    authority             text        not null check (authority <> '-'),
    decision              text        not null,
    reasons               text        not null,
    decided_by            text        not null,
    decided_at            timestamptz not null,
    unique (transfer_id, version_number)
);

-- TRF-16: the face-to-face transfer meeting between the two authorities.
create table transfer_meeting (
    id                    uuid        primary key,
    transfer_id           uuid        not null references transfer (id),
    authority             text        not null check (authority <> '-'),
    held_on               date        not null,
    attendees             text        not null,
    recorded_by           text        not null,
    recorded_at           timestamptz not null
);
create index transfer_meeting_by_transfer on transfer_meeting (transfer_id);

-- TRF-5: a file attached to an item of the documents checklist, kept here (bytea).
create table transfer_document (
    id                    uuid        primary key,
    transfer_id           uuid        not null references transfer (id),
    version_number        integer     not null,
    authority             text        not null check (authority <> '-'),
    item                  text        not null,
    filename              text        not null,
    content_type          text        not null,
    size_bytes            bigint      not null,
    sha256                text        not null,
    content               bytea       not null,
    uploaded_by           text        not null,
    uploaded_at           timestamptz not null
);
create index transfer_document_by_transfer on transfer_document (transfer_id);
