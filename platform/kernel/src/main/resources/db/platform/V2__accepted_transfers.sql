-- The transfers that transfer-service accepted (TRF-6), as a service following transfers has read them in
-- transfer.reviewed. A transfer.completed or caretaking.started with no accepted transfer of its kind, case and
-- authorities behind it is refused and dead-lettered with its reason: a case moves between authorities only
-- through a transfer the receiving authority accepted (X-1).
create table platform.accepted_transfer (
    transfer_id           uuid        primary key,
    case_id               uuid        not null,
    kind                  text        not null,
    home_authority        text        not null,
    receiving_authority   text        not null,
    accepted_at           timestamptz not null
);
