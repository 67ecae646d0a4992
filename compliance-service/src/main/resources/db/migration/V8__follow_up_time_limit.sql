-- CMP-4: the time limit a missed appointment's follow-up was due under, kept with the due date it set, so that the due
-- list explains the date (trigger, limit, policy version, the days not counted). Absences recorded before have none.
alter table absence add column follow_up_time_limit text;
