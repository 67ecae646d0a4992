-- The team holding the case (allocation-service's case.allocated, internal-transfer.completed): victim-time-limit.changed
-- names it with the restorative justice worker, so that the partnership's timeliness figures count each time limit
-- for the team that holds it. A team's name, nothing of the child.
alter table victim_case add column team text;
