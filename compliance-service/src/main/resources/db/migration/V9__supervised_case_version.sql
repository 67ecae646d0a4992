-- A case's row is changed by order- and allocation-service's events on two consumers at once: each change is checked
-- against the version it read, so that neither writes back the other's columns as it read them (SupervisedCase).
alter table supervised_case add column version integer not null default 0;
