-- ALC-6: a case re-assessed high or very high while held by a Band A worker or YJSO needs a Band B or advanced
-- practitioner co-allocated: raised, co-allocated, its task split agreed within 5 days, reviewed every 6 weeks,
-- ended where a case management meeting or supervision agreed it.
create table co_allocation (
    id                      uuid        primary key,
    authority               text        not null check (authority <> '-'),
    case_id                 uuid        not null references child_case (id),
    case_manager_id         uuid        not null references worker (id),
    reason                  text        not null,
    raised_at               timestamptz not null,
    status                  text        not null,
    co_worker_id            uuid        references worker (id),
    co_allocated_at         timestamptz,
    agreement_due_date      date,
    agreement_due_at        timestamptz,
    tasks                   text,
    agreed_at               timestamptz,
    next_review_due_date    date,
    management_supervision  boolean     not null default false,
    ended_at                timestamptz,
    ended_where             text,
    end_note                text,
    decided_by              text,
    version                 integer     not null default 0
);
create unique index co_allocation_open on co_allocation (case_id) where status <> 'ENDED';
