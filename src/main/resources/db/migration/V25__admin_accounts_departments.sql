-- Administrators manage departments, their 任务分工 and accounts in the application (issue #13).

-- the kind of a department (the id suffix: emergency, housing, transport, …); deptcore's V24 adds it
-- too, so only when it is not there yet
alter table department add column if not exists kind varchar(40);
update department set kind = substring(id from position('-' in id) + 1) where kind is null;

-- a disabled account: no groups, an unknown password, and refused at sign-in while this is set
alter table account add column if not exists disabled_at timestamptz;

-- who changed which department, its name or its duties, and when
select audit_enable('department', 'id');
select audit_enable('department_industry', 'department_id,industry_code,role');
