-- The child's case and the court outcomes that open and update it (ORD-1). Every row carries its
-- authority (X-1); the check refuses a row written by a unit of work acting for no authority.

create table child_case (
    id                      uuid        primary key,
    authority               text        not null check (authority <> '-'),
    reference               text        not null,
    given_name              text        not null,
    family_name             text        not null,
    date_of_birth           date        not null,
    gender_identity         text        not null,
    sex_registered_at_birth text,
    looked_after            boolean     not null,
    address                 text,
    locality                text,
    status                  text        not null,
    opened_at               timestamptz not null,
    unique (authority, reference)
);
-- matching a child by name and date of birth within the authority
create index child_case_by_child on child_case (authority, lower(family_name), lower(given_name), date_of_birth);

create table child_case_parent_carer (
    case_id       uuid not null references child_case (id),
    position      integer not null,
    name          text not null,
    relationship  text not null,
    phone         text,
    email         text,
    address       text,
    primary key (case_id, position)
);

create table court_outcome (
    id               uuid        primary key,
    authority        text        not null check (authority <> '-'),
    case_id          uuid        not null references child_case (id),
    court_name       text        not null,
    court_location   text,
    court_reference  text        not null,
    hearing_date     date        not null,
    outcome          text        not null,
    crown_court      boolean     not null,
    out_of_area      boolean     not null,
    recorded_at      timestamptz not null,
    recorded_by      text        not null,
    -- the same outcome submitted twice is one outcome (ORD-1)
    unique (authority, court_reference, hearing_date)
);
create index court_outcome_by_reference on court_outcome (authority, court_reference);
create index court_outcome_by_case on court_outcome (case_id, hearing_date);

create table court_outcome_offence (
    outcome_id    uuid    not null references court_outcome (id),
    position      integer not null,
    description   text    not null,
    imprisonable  boolean not null,
    primary key (outcome_id, position)
);
