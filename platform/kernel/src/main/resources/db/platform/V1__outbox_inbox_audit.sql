-- Tables every service has, owned by the kernel, in their own schema with their own migration history
-- (platform_schema_history), so the platform's migrations never interleave with a service's own.

-- Transactional outbox: written in the same transaction as the state change it announces.
create table platform.outbox_event (
    position      bigserial   primary key,
    id            uuid        not null unique,
    topic         text        not null,
    message_key   text        not null,
    type          text        not null,
    authority     text        not null,
    payload       text        not null,
    created_at    timestamptz not null default now(),
    sent_at       timestamptz,
    attempts      integer     not null default 0,
    last_error    text
);
create index outbox_event_pending on platform.outbox_event (position) where sent_at is null;

-- Idempotent inbox: an event id is recorded in the same transaction as its effect.
create table platform.processed_event (
    consumer      text        not null,
    event_id      uuid        not null,
    event_type    text        not null,
    authority     text        not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- Audit trail (X-4): append-only, enforced by the database itself.
create table platform.audit_entry (
    position        bigserial   primary key,
    occurred_at     timestamptz not null,
    authority       text        not null,
    subject         text        not null,
    username        text        not null,
    roles           text        not null,
    action          text        not null,
    record_type     text        not null,
    record_id       text        not null,
    rationale       text,
    correlation_id  text
);
create index audit_entry_by_record on platform.audit_entry (authority, record_type, record_id, position);

create function platform.refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only (X-4): % is refused', tg_op;
end
$$;
create trigger audit_entry_append_only
    before update or delete on platform.audit_entry
    for each row execute function platform.refuse_audit_change();
create trigger audit_entry_no_truncate
    before truncate on platform.audit_entry
    for each statement execute function platform.refuse_audit_change();
