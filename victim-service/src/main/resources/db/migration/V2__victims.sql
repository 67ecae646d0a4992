-- Victims of children's offences and the restorative justice work with them (VIC-1 to VIC-10). Every column that
-- holds a victim's personal data or a free-text note is sealed (bytea: AES-256-GCM, see personaldata.FieldCipher)
-- and its row names the key that sealed it, so that keys can be rotated and the database never shows plain text.

-- The child's case as victim-service follows it from order- and allocation-service: no child's details.
create table victim_case (
    case_id uuid primary key,
    authority text not null check (authority <> '-'),
    local_case_reference text,
    rj_worker uuid,
    sentenced_on date,
    -- the day the last order in force ended (VIC-10 counts retention from the later of this and the restorative work's close)
    closed_on date
);

create table case_order (
    order_id uuid primary key,
    authority text not null check (authority <> '-'),
    case_id uuid not null references victim_case (case_id),
    in_force boolean not null,
    ended_on date
);
create index case_order_case on case_order (case_id);

create table victim (
    id uuid primary key, -- also the pseudonymous victim reference that events carry (VIC-4)
    authority text not null check (authority <> '-'),
    case_id uuid not null references victim_case (case_id),
    direct_victim boolean not null,
    referred_by text not null, -- police or yjs
    police_reference text,     -- the police's reference for the referral, so that a repeated referral is one
    consent_to_contact boolean not null,
    key_id text,               -- the key that sealed the columns below; null once erased (VIC-10)
    name bytea,
    date_of_birth bytea,
    address bytea,
    phone bytea,
    email bytea,
    preferred_contact_method bytea,
    communication_needs bytea,
    parent_or_guardian bytea,
    restorative_appropriate boolean,  -- VIC-7
    restorative_reasons bytea,
    restorative_decided_at timestamptz,
    restorative_decided_by text,
    restorative_options text,         -- VIC-3, comma-separated RestorativeOption names
    restorative_wishes bytea,
    restorative_concluded_on date,    -- VIC-8
    created_at timestamptz not null,
    erased_at timestamptz,            -- VIC-10
    version integer not null default 0
);
create index victim_by_case on victim (case_id);
create unique index victim_police_reference on victim (authority, police_reference) where police_reference is not null;
create index victim_by_key on victim (key_id);

-- VIC-2, VIC-9: every consent, withdrawal (opt-out) and opting back in, with its source and date.
create table consent_record (
    id uuid primary key,
    authority text not null check (authority <> '-'),
    victim_id uuid not null references victim (id),
    consent_to_contact boolean not null,
    source text not null,
    given_on date not null,
    recorded_at timestamptz not null,
    recorded_by text not null
);
create index consent_record_victim on consent_record (victim_id);

-- VIC-1, VIC-6, VIC-8: what the restorative justice worker owes a victim, with its deadline as the policy set it.
create table victim_task (
    id uuid primary key,
    authority text not null check (authority <> '-'),
    victim_id uuid not null references victim (id),
    case_id uuid not null,
    purpose text not null,
    rule text not null,
    trigger text not null,
    triggered_at timestamptz not null,
    time_limit text not null,
    due_date date not null,
    due_at timestamptz not null,
    policy_version text not null,
    status text not null,
    closed_at timestamptz,
    closed_reason text
);
create index victim_task_victim on victim_task (victim_id);
create index victim_task_open on victim_task (authority, due_at) where status = 'open';
-- one open task of a purpose per victim: a second order at the same hearing does not owe a second first contact
create unique index victim_task_one_open on victim_task (victim_id, purpose) where status = 'open';

-- The contact log: every attempt and its result (VIC-1, VIC-8).
create table contact_attempt (
    id uuid primary key,
    authority text not null check (authority <> '-'),
    victim_id uuid not null references victim (id),
    task_id uuid references victim_task (id),
    purpose text not null,
    attempted_at timestamptz not null,
    method text not null,
    contacted_person text not null,
    result text not null,
    outcome_told boolean not null,
    support_offered boolean not null,
    key_id text,
    notes bytea,
    recorded_by text not null,
    recorded_at timestamptz not null
);
create index contact_attempt_victim on contact_attempt (victim_id);

-- VIC-5: risks to a specific victim, flagged to the case manager by code only.
create table victim_risk (
    id uuid primary key,
    authority text not null check (authority <> '-'),
    victim_id uuid not null references victim (id),
    case_id uuid not null,
    flag text not null,
    flagged_at timestamptz not null,
    flagged_by text not null,
    unique (victim_id, flag)
);
