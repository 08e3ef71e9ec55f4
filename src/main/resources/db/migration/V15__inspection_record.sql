-- The on-site record of a drawn inspection (现场检查记录), its rectification order and re-check, and
-- whether its result is published (双随机、一公开: results of finished inspections are public).
alter table inspection add column process_instance_id varchar(64) unique;
alter table inspection add column site                varchar(200);
alter table inspection add column legal_representative varchar(100);
alter table inspection add column time_span           varchar(40);
alter table inspection add column findings            varchar(4000);
alter table inspection add column legal_basis         varchar(2000);
alter table inspection add column order_deadline      date;
alter table inspection add column penalty             boolean not null default false;
alter table inspection add column rectification       varchar(2000);
alter table inspection add column result              varchar(12) check (result in ('NO_ISSUES', 'RECTIFIED', 'REFUSED'));
alter table inspection add column recheck_note        varchar(2000);
alter table inspection add column published           boolean not null default false;
create index inspection_published on inspection (published, done_on desc) where published;
