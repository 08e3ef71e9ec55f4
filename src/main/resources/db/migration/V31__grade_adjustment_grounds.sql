-- #14: every move between gradings records its ground, the fact behind it and the day the fact happened;
-- refused moves are recorded too, with their reason (the 12-month and watch-period rules).
alter table grade_adjustment add column fact_ref varchar(120);
alter table grade_adjustment add column occurred_on date;
alter table grade_adjustment add column refused boolean not null default false;
alter table grade_adjustment add column refusal_reason varchar(40);
alter table grade_adjustment add column actor varchar(64);
update grade_adjustment set occurred_on = (occurred_at at time zone 'Asia/Shanghai')::date where occurred_on is null;
create index grade_adjustment_moves on grade_adjustment (uscc, refused, occurred_on);
