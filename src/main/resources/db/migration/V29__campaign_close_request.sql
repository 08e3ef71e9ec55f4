-- 提前结束: who asked for a campaign to close early, when and why (the close itself is campaign.closed_at,
-- written once the summary is made). The audit trigger of V22 records the change with its door.
alter table campaign add column close_requested_by varchar(64);
alter table campaign add column close_requested_at timestamptz;
alter table campaign add column close_reason       varchar(500);
