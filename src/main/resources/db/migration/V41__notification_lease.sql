-- Issue 16: deliveries are claimed with a lease instead of a row lock held while sending. A node claims a
-- batch (locked_by, locked_until) in a short transaction, sends outside any transaction and records each
-- outcome; a node that dies with claimed deliveries leaves them to the others once locked_until has passed
-- (a row lock would be held for as long as PostgreSQL takes to notice a lost connection, and a database
-- connection would stay open during every HTTP call).
alter table notification_delivery add column locked_by varchar(100);
alter table notification_delivery add column locked_until timestamptz;
