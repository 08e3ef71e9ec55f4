-- The enterprise's statement (陈述说明) on an objection against its notice, read by the experts who decide it.
alter table objection add column reply      varchar(2000);
alter table objection add column replied_by varchar(64);
alter table objection add column replied_at timestamptz;
