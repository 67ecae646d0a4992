-- TRF-17: a transfer to or from a youth justice service outside the partnership travels as a transfer package
-- document (Nottinghamshire policy §12.4: secure e-mail, where the case management system cannot carry it), and the
-- partnership authority records the other service's answer. Unlike a transfer on the platform, a package is one
-- authority's record only, so these tables are tenant-owned (X-1): "authority" names the partnership authority
-- whose record the row is (the home authority of an outgoing package, the receiving authority of an incoming one);
-- to any other authority the package does not exist (404).

create table transfer_package (
    id                    uuid        primary key,
    authority             text        not null check (authority <> '-'),
    direction             text        not null check (direction in ('OUTGOING', 'INCOMING')),
    kind                  text        not null,
    -- the home service (an outgoing package's is the authority itself) and the receiving service, as named
    from_service          text        not null,
    to_service            text        not null,
    -- the sender's id of the package: an outgoing package's own id; an incoming one's from its document, so that
    -- the next version the other service sends joins the package it belongs to
    source_package_id     uuid        not null,
    -- outgoing: the home authority's case; incoming: the case the receiving authority opened from the package
    case_id               uuid,
    status                text        not null,
    current_version       integer     not null,
    decided_on            date        not null,
    -- TRF-4 (outgoing only): the package sent within 1 working day of the decision, with the policy version (X-3)
    request_due_date      date,
    request_due_at        timestamptz,
    request_policy        text,
    created_by            text        not null,
    created_at            timestamptz not null,
    case_opened_by        text,
    case_opened_at        timestamptz,
    version               integer     not null default 0,
    check (direction = 'INCOMING' or (case_id is not null and request_due_at is not null)),
    unique (authority, from_service, source_package_id)
);
create index transfer_package_by_authority on transfer_package (authority, direction, created_at);

-- Each version of the package's summary and documents checklist (TRF-5): a package stayed or rejected is sent
-- again, as its next version (TRF-6); the earlier ones are kept.
create table transfer_package_version (
    id                    uuid        primary key,
    package_id            uuid        not null references transfer_package (id),
    authority             text        not null check (authority <> '-'),
    number                integer     not null check (number >= 1),
    summary               text        not null,
    checklist             text        not null,
    what_changed          text,
    sent_by               text        not null,
    sent_at               timestamptz not null,
    -- an incoming version: who imported it here, and when
    received_by           text,
    received_at           timestamptz,
    unique (package_id, number)
);

-- The answer to a version: accepted, stayed or rejected with its reasons (TRF-6), given by the receiving service
-- and recorded by a manager of the authority whose package it is; one per version.
create table transfer_package_answer (
    id                    uuid        primary key,
    package_id            uuid        not null references transfer_package (id),
    authority             text        not null check (authority <> '-'),
    version_number        integer     not null,
    answer                text        not null,
    reasons               text        not null,
    answered_on           date        not null,
    answered_by           text        not null,
    recorded_by           text        not null,
    recorded_at           timestamptz not null,
    unique (package_id, version_number)
);
