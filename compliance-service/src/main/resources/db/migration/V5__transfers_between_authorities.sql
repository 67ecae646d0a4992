-- Transfers between authorities (issue 15), from transfer-service's events on yj.transfers.v1.
--
-- A completed full transfer (TRF-1) moves the case's supervision to the receiving authority: its
-- supervised_case row and every record keyed by it (orders, appointments, absences, enforcement steps,
-- letters, caretaking) take the receiving authority in their authority column; nothing is copied. The home
-- authority keeps only this marker of its period, which it reads and never changes (X-1: never the
-- receiving authority's records). Written across authorities by the consumer, so inserted natively.
create table transferred_out_case (
    transfer_id          uuid        primary key,
    authority            text        not null check (authority <> '-'),
    case_id              uuid        not null references supervised_case (id),
    transferred_on       date        not null,
    receiving_authority  text        not null check (receiving_authority <> '-'),
    -- who held the case when it left: the same people read the marker as read the case (ROLES.md)
    case_manager         uuid,
    team                 text,
    co_workers           uuid[]      not null default '{}',
    recorded_at          timestamptz not null
);
create index transferred_out_case_by_case on transferred_out_case (authority, case_id, transferred_on);

-- TRF-8, TRF-14: a host authority caretaking the child while the home authority keeps the case and its
-- enforcement decisions. The home's record (the envelope of caretaking.started names the home).
create table caretaking (
    transfer_id     uuid        primary key,
    authority       text        not null check (authority <> '-'),
    case_id         uuid        not null references supervised_case (id),
    host_authority  text        not null,
    start_date      date        not null,
    review_date     date,
    end_date        date,
    outcome         text,
    recorded_at     timestamptz not null
);
create index caretaking_by_case on caretaking (case_id, start_date);

-- An appointment the home authority had booked after the transfer completed is cancelled with the reason;
-- a cancelled one, like a rescheduled one, no longer holds its slot nor counts as planned contact (CMP-9).
alter table appointment add column cancelled_at timestamptz;
alter table appointment add column cancel_reason text;
drop index appointment_once;
create unique index appointment_once on appointment (order_id, kind, starts_at) where status not in ('RESCHEDULED', 'CANCELLED');
