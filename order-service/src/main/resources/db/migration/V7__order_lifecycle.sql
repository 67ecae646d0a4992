-- An order's life after it is made: varied, breach found, revoked (early revocation included) or
-- completed; each change with its date, who recorded it and why (ORD-1, issue 4).
alter table court_order add column ended_on date;

create table order_change (
    id              uuid        primary key,
    authority       text        not null check (authority <> '-'),
    order_id        uuid        not null references court_order (id),
    outcome_id      uuid        references court_outcome (id),
    kind            text        not null,
    changed_on      date        not null,
    reason          text        not null,
    note            text,
    recorded_at     timestamptz not null,
    recorded_by     text        not null
);
create index order_change_by_order on order_change (order_id, changed_on);
