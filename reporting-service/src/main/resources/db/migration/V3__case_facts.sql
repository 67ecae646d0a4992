-- The dated facts of a case that bear on the HMIP inspection standards (assessment, planning, implementation and
-- delivery, reviewing), from the services' events other than the time limits themselves (those are in time_limit):
-- the order made, each assessment's risk levels, the allocation, missed appointments and the judgement of each absence,
-- warnings, compliance meetings, breach and the start and end of enforcement with its reason. One row per event.
create table case_fact (
    id uuid primary key,
    authority text not null check (authority <> '-'),
    case_id uuid not null,
    standard text not null check (standard in ('assessment', 'planning', 'delivery', 'reviewing')),
    kind text not null,
    rule text,
    occurred_at timestamptz not null,
    summary text not null
);

create index case_fact_by_case on case_fact (authority, case_id, occurred_at);
