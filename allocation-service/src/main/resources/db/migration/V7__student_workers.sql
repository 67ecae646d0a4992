-- ALC-7: a student works a case only beside its accountable primary worker, the case manager.
alter table allocation_decision add column student_id uuid references worker (id);
