-- ALC-8: planned leave's cover worker; an unplanned absence's review of the worker's cases.
alter table worker_absence add column cover_worker_id uuid references worker (id);
alter table worker_absence add column covered_at timestamptz;
alter table worker_absence add column reviewed_at timestamptz;
alter table worker_absence add column review_note text;
