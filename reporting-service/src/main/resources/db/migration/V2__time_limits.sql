-- Every time limit the services track, as their events tell it: one row per time limit (a milestone of order-service's
-- case plan, ...), kept up to date by the events that set, meet or close it. The authority and team are those holding
-- it now, or, once it is met or closed, those that held it then: a case that moves to another authority takes its open
-- time limits with it and leaves its history with the authority that had it.
create table time_limit (
    id uuid primary key,
    source text not null,
    authority text not null check (authority <> '-'),
    case_id uuid not null,
    rule text not null,
    step text not null,
    team text,
    responsible_worker uuid,
    due_date date not null,
    due_at timestamptz not null,
    met_at timestamptz,
    on_time boolean,
    not_applicable_reason text,
    closed_at timestamptz,
    updated_at timestamptz not null,
    check ((met_at is null) = (on_time is null))
);

-- the timeliness figures: a range of months, then authority, rule and team
create index time_limit_by_month on time_limit (due_date, authority, rule, team);
-- a case's time limits (drill-down to the cases, inspection evidence)
create index time_limit_by_case on time_limit (authority, case_id);
