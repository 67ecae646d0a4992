-- X-1: which authority holds each case, so that transfer-service accepts a transfer, a transfer package or the case
-- opened from a package only for a case of the caller's authority. order-service owns the case: transfer-service
-- learns it from order-service's case.opened (held by the event's authority) and follows the one way a case changes
-- authority, a full transfer completed here (TRF-1), in the same transaction as the completion. A case not in this
-- table, or held by another authority, is not found (404) to the caller, whichever it is.
-- Not tenant-filtered: a completion moves the row from the home to the receiving authority; HeldCases is the one
-- place that reads and writes it, always naming the authority.

create table held_case (
    case_id        uuid        primary key,
    authority      text        not null check (authority <> '-'),
    -- when the authority came to hold it: the case.opened event's time, or the completion of the transfer
    held_since     timestamptz not null,
    -- the completed transfer that moved the case to this authority; null while the authority that opened it holds it
    transfer_id    uuid
);
create index held_case_by_authority on held_case (authority);
