-- Sent outbox rows and processed-event records are pruned by age (MessageRetention); these indexes find the
-- old rows without reading the tables whole.
create index outbox_event_sent on platform.outbox_event (sent_at) where sent_at is not null;
create index processed_event_age on platform.processed_event (processed_at);
