-- Issue #13 "Who supervises whom": the department is the unit of routing and scope.
--  * department names as the annex writes them: a county's departments without the city in front
--    (威海市环翠区住房和城乡建设局 → 环翠区住房和城乡建设局), the city's and county-level cities' unchanged
--    (威海市应急管理局, 荣成市应急管理局); every column that holds a department's name follows;
--  * department.kind: what the department is (emergency, housing, transport, …), the same at every
--    region, so a 市级 enterprise finds the city's department of its county department's kind;
--  * department_alias: the short forms people write in the ledger (市住建局, 环翠区应急局, 发改委, …)
--    and the old long names, each naming one department. An import resolves a cell through both.
-- Signed ledgers (ledger_signoff_entry) keep the names as they were signed.

alter table department add column kind varchar(30);
update department set kind = substr(id, position('-' in id) + 1);
alter table department alter column kind set not null;
create index department_kind_idx on department (kind, region_code);

create temporary table department_rename on commit drop as
select d.id, d.name as old_name, substr(d.name, length(c.name) + 1) as new_name
  from department d
  join region r on r.code = d.region_code
  join region c on c.code = r.parent_code
 where r.level = 'COUNTY' and c.level = 'CITY' and d.name like c.name || r.name || '%';

update department d set name = n.new_name from department_rename n where n.id = d.id;
update enterprise e set supervising_department = n.new_name
  from department_rename n where e.supervising_department = n.old_name;
update enterprise e set competent_department = n.new_name
  from department_rename n where e.competent_department = n.old_name;
update account a set department = n.new_name from department_rename n where a.department = n.old_name;
update grading_case g set department = n.new_name from department_rename n where g.department = n.old_name;

create table department_alias (
    alias         varchar(200) primary key,   -- as people write it, without spaces
    department_id varchar(40) not null references department (id) on delete cascade
);
create index department_alias_department_idx on department_alias (department_id);

-- the old long names (威海市环翠区应急管理局) still name their department
insert into department_alias (alias, department_id)
select old_name, id from department_rename on conflict do nothing;

-- Short forms from kind and region: the region's name (环翠区, 荣成市, 威海市), for a county also with
-- the city in front (威海市环翠区), for the city also 市; then the department's own name without its
-- region (市应急管理局, 威海市环翠区住房和城乡建设局) and the usual short names of its kind
-- (应急局, 住建局, 工信局, 交通局, 农业农村局, 商务局, 文旅局, 水务局, 海洋局, 发改局/发改委).
with prefixes as (
    select d.id, d.kind, substr(d.name, length(r.name) + 1) as own, p.prefix
      from department d
      join region r on r.code = d.region_code
      left join region c on c.code = r.parent_code
      cross join lateral (values (r.name),
                                 (case when r.level = 'COUNTY' and c.level = 'CITY' then c.name || r.name end),
                                 (case when r.level = 'CITY' then '市' end)) as p (prefix)
     where p.prefix is not null and d.name like r.name || '%'
), shorts (kind, short) as (
    values ('emergency', '应急局'), ('emergency', '应急管理局'),
           ('housing', '住建局'), ('housing', '住房城乡建设局'), ('housing', '住房和城乡建设局'),
           ('industry', '工信局'), ('industry', '工业和信息化局'),
           ('transport', '交通局'), ('transport', '交通运输局'),
           ('agriculture', '农业农村局'), ('agriculture', '农业局'),
           ('ocean', '海洋局'), ('ocean', '海洋发展局'),
           ('development', '发改局'), ('development', '发改委'), ('development', '发展和改革局'),
           ('development', '发展和改革委员会'), ('development', '发展改革委'),
           ('water', '水务局'),
           ('commerce', '商务局'),
           ('culture', '文旅局'), ('culture', '文化和旅游局'), ('culture', '文化旅游局')
), candidates as (
    select p.prefix || p.own as alias, p.id from prefixes p
    union
    select p.prefix || s.short, p.id from prefixes p join shorts s on s.kind = p.kind
)
insert into department_alias (alias, department_id)
select c.alias, min(c.id)
  from candidates c
 where not exists (select 1 from department d where d.name = c.alias)
 group by c.alias
having count(distinct c.id) = 1
on conflict do nothing;

-- routing and scope follow these tables: every change is audited (V22)
select audit_enable('department', 'id');
select audit_enable('department_industry', 'department_id,industry_code,role');
select audit_enable('department_alias', 'alias');
