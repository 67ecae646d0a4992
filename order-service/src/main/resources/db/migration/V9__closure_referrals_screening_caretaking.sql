-- The rest of the case plan: closure (MIL-11), specific interventions (MIL-15), magistrates' court
-- screening (MIL-16); and what other services tell the case: caretaking by a host authority (TRF-8)
-- and risks to specific victims (VIC-5).

-- an adjourned hearing's next date: what magistrates' court screening measures (MIL-16)
alter table court_outcome add column next_hearing_date date;
create index court_outcome_awaiting_hearing on court_outcome (authority, next_hearing_date)
    where next_hearing_date is not null and crown_court = false;

-- the exit interview that closes an order (MIL-11): arranged, then held with the completion letter
create table exit_interview (
    id                              uuid        primary key,
    authority                       text        not null check (authority <> '-'),
    case_id                         uuid        not null references child_case (id),
    order_id                        uuid        not null references court_order (id),
    final_session_on                date        not null,
    interview_on                    date        not null,
    arranged_on                     date        not null,
    arranged_by                     text        not null,
    held_on                         date,
    conducted_by                    text,
    child_attended                  boolean,
    parent_carer_attended           boolean,
    completion_letter_handed_over_on date,
    recorded_at                     timestamptz not null
);
-- one exit interview closes one order
create unique index exit_interview_by_order on exit_interview (order_id);

-- referrals for a specific intervention, and My Futures offers after screening (MIL-15)
create table intervention_referral (
    id              uuid        primary key,
    authority       text        not null check (authority <> '-'),
    case_id         uuid        not null references child_case (id),
    programme       text        not null,
    referrer        text        not null,
    reason          text        not null,
    received_on     date        not null,
    decision        text        not null,
    decided_on      date        not null,
    decided_by      text        not null,
    team            text,
    screening_id    uuid,
    allocated_at    timestamptz,
    recorded_at     timestamptz not null
);
create unique index intervention_referral_by_case on intervention_referral (case_id, programme, received_on);

-- an action plan states how many sessions over how long (MIL-15)
alter table plan add column sessions_planned integer;
alter table plan add column span_weeks integer;

-- which accepted referral an allocation answered
alter table case_allocation add column referral_id uuid;

-- magistrates' court tracking screens (MIL-16): the answers and the decision with its reasons
create table court_screening (
    id                                  uuid        primary key,
    authority                           text        not null check (authority <> '-'),
    case_id                             uuid        not null references child_case (id),
    outcome_id                          uuid        not null references court_outcome (id),
    adjournment_days                    integer     not null,
    offence_indicates_risk_to_others    boolean     not null,
    other_agencies_involved             boolean     not null,
    offer_intervention                  boolean     not null,
    reasons                             text[]      not null,
    note                                text,
    screened_at                         timestamptz not null,
    screened_by                         text        not null
);
-- one screen per adjourned hearing
create unique index court_screening_by_outcome on court_screening (outcome_id);

-- caretaking by a host authority while this authority keeps the case (TRF-8)
create table caretaking (
    transfer_id         uuid        primary key,
    authority           text        not null check (authority <> '-'),
    case_id             uuid        not null references child_case (id),
    host_authority      text        not null,
    start_date          date        not null,
    review_date         date        not null,
    responsibilities    text[]      not null,
    end_date            date
);
create index caretaking_by_case on caretaking (case_id);

-- risks to specific victims, as flags without any victim's details (VIC-5)
create table victim_risk_flag (
    id          uuid        primary key,
    authority   text        not null check (authority <> '-'),
    case_id     uuid        not null references child_case (id),
    flag        text        not null,
    flagged_at  timestamptz not null
);
create unique index victim_risk_flag_by_case on victim_risk_flag (case_id, flag);
