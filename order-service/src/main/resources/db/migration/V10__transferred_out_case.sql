-- The home authority's closed record of a case it transferred out (TRF-1, X-1). The case itself, with every
-- record of it, moves to the receiving authority; the home keeps, read-only, what it held at that moment:
-- the child as it knew them, who held the case, and a snapshot of its orders, outcomes and milestones. One
-- row per completed transfer, in the home authority (a case may leave the same authority more than once).
create table transferred_out_case (
    transfer_id             uuid        primary key,
    authority               text        not null check (authority <> '-'),
    case_id                 uuid        not null references child_case (id),
    reference               text        not null,
    given_name              text        not null,
    family_name             text        not null,
    date_of_birth           date        not null,
    opened_at               timestamptz not null,
    -- who held the case in the home authority when it left: who may still read the closed record
    case_manager            uuid,
    team                    text,
    co_workers              uuid[]      not null default '{}',
    -- the teams its orders were routed to (ORD-15), for the case search (varchar[], as the search's
    -- array_contains binds its team: text[] has no @> with it)
    teams                   varchar[]   not null default '{}',
    receiving_authority     text        not null,
    formal_transfer_date    date        not null,
    closed_at               timestamptz not null,
    closed_as               text        not null check (closed_as = 'transferred-out'),
    snapshot                jsonb       not null
);
create index transferred_out_case_by_case on transferred_out_case (authority, case_id, closed_at);
create index transferred_out_case_by_child
    on transferred_out_case (authority, lower(family_name), lower(given_name), date_of_birth);

-- why caretaking ended (caretaking.ended): the child returned home, or it became a full transfer (TRF-2)
alter table caretaking add column outcome text
    check (outcome in ('RETURNED_HOME', 'CONVERTED_TO_FULL_TRANSFER'));
