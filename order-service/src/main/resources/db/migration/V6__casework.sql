-- The case plan becomes workable: each milestone knows the step it tracks, who is responsible for it,
-- and how it closed (met by its evidence, or not applicable with a reason); the casework that
-- completes milestones (contacts, plans, review meetings, assessments) and the case's allocation.

alter table milestone add column step text;
update milestone set step = case rule
    when 'MIL-1' then 'post-sentence-contact'
    when 'MIL-4' then 'first-home-visit'
    when 'MIL-5' then 'first-assessment-review'
    when 'MIL-6' then 'intervention-plan'
    when 'MIL-7' then 'review-meeting'
    else lower(rule) end;
alter table milestone alter column step set not null;
alter table milestone add column team text;
alter table milestone add column responsible_worker uuid;
-- when it left the open list, either met (completed_at: when the completing event happened) or not applicable
alter table milestone add column closed_at timestamptz;
alter table milestone add column closed_by text;
alter table milestone add column evidence_kind text;
alter table milestone add column evidence_id uuid;
alter table milestone add column evidence_note text;
alter table milestone add column not_applicable_reason text;
alter table milestone add column overdue_announced_at timestamptz;
update milestone m set team = o.team from court_order o where o.id = m.order_id;
update milestone set closed_at = completed_at where completed_at is not null;

-- the due lists a team manager opens every morning: open milestones of the authority, a team or a worker, by date
drop index milestone_open_by_due;
create index milestone_open_by_due on milestone (authority, due_date) where closed_at is null;
create index milestone_open_by_team on milestone (authority, team, due_date) where closed_at is null;
create index milestone_open_by_worker on milestone (authority, responsible_worker, due_date) where closed_at is null;
-- the overdue announcer's work queue
create index milestone_overdue_unannounced on milestone (due_at) where closed_at is null and overdue_announced_at is null;

-- who holds the case now (from allocation-service's case.allocated): case worker access and "my cases"
alter table child_case add column case_manager uuid;
alter table child_case add column team text;
alter table child_case add column co_workers uuid[] not null default '{}';
alter table child_case add column allocated_at timestamptz;
create index child_case_by_case_manager on child_case (authority, case_manager);
create index child_case_by_team on child_case (authority, team);

-- every allocation decision as received, for the case's history
create table case_allocation (
    id              uuid        primary key,
    authority       text        not null check (authority <> '-'),
    case_id         uuid        not null references child_case (id),
    order_id        uuid        references court_order (id),
    case_manager    uuid        not null,
    band            text,
    team            text        not null,
    co_workers      uuid[]      not null,
    rj_worker       uuid,
    decided_by      text        not null,
    allocated_at    timestamptz not null
);
create index case_allocation_by_case on case_allocation (case_id, allocated_at);

-- contacts and sessions with the child or family (MIL-1 to MIL-4, MIL-8)
create table contact (
    id                      uuid        primary key,
    authority               text        not null check (authority <> '-'),
    case_id                 uuid        not null references child_case (id),
    order_id                uuid        references court_order (id),
    contact_type            text        not null,
    occurred_at             timestamptz not null,
    made                    boolean     not null,
    announced               boolean     not null,
    present                 text[]      not null,
    summary                 text,
    recorded_at             timestamptz not null,
    recorded_by             text        not null,
    -- MIL-8: a contact is to be recorded within its time limit of taking place
    recording_due_at        timestamptz not null,
    recording_policy_version text       not null
);
-- the same contact recorded twice is one contact
create unique index contact_by_case on contact (case_id, occurred_at, contact_type);

-- intervention plans and their reviews (MIL-6), and review meetings (MIL-7)
create table plan (
    id                          uuid        primary key,
    authority                   text        not null check (authority <> '-'),
    case_id                     uuid        not null references child_case (id),
    order_id                    uuid        references court_order (id),
    kind                        text        not null,
    completed_on                date        not null,
    co_produced_with_child      boolean     not null,
    copied_to_parent_carer_on   date,
    recorded_at                 timestamptz not null,
    recorded_by                 text        not null
);
create unique index plan_by_case on plan (case_id, completed_on, kind);

create table review_meeting (
    id                      uuid        primary key,
    authority               text        not null check (authority <> '-'),
    case_id                 uuid        not null references child_case (id),
    order_id                uuid        references court_order (id),
    held_on                 date        not null,
    child_attended          boolean     not null,
    parent_carer_attended   boolean     not null,
    recorded_at             timestamptz not null,
    recorded_by             text        not null
);
create unique index review_meeting_by_case on review_meeting (case_id, held_on);

-- assessments (AssetPlus stages) with their risk levels; quality assured by a manager (MIL-5)
create table assessment (
    id                          uuid        primary key,
    authority                   text        not null check (authority <> '-'),
    case_id                     uuid        not null references child_case (id),
    order_id                    uuid        references court_order (id),
    stage                       text        not null,
    completed_on                date        not null,
    rosh                        text        not null,
    saw                         text        not null,
    likelihood_of_reoffending   text        not null,
    scaled_approach             text        not null,
    mappa_category              integer,
    mappa_level                 integer,
    significant_change          boolean     not null,
    recorded_at                 timestamptz not null,
    recorded_by                 text        not null,
    quality_assured_by          text,
    quality_assured_at          timestamptz
);
create unique index assessment_by_case on assessment (case_id, completed_on, stage);
