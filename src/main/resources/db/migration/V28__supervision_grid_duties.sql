-- 包保督导 that people can run (seed 004, issue #13):
--  * grid members carry the phone the public contact page shows (安全专员联系方式), units their 监督电话;
--  * the decided risk level is stored with the assignment, and a manager's override (who, when, why);
--  * duties carry their calendar period and title (临时 duties: the title the unit head gave);
--  * the problem register (问题台账): every problem a supervisor reports or finds, up the grid to closure;
--  * the consultation channel (首问负责): the enterprise asks, its 包保 person answers;
--  * the unguessable link of each enterprise's printable contact page (公示栏).
alter table grid_member add column phone varchar(30);

create table grid_unit (
    region_code varchar(12) primary key references region (code),
    hotline     varchar(30) not null
);

alter table supervision_assignment add column risk_level varchar(10)
    check (risk_level in ('MAJOR', 'LARGER', 'GENERAL', 'LOW'));
alter table supervision_assignment add column decided_level varchar(10)
    check (decided_level in ('CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'));

create table supervision_override (
    uscc        char(18) primary key references enterprise (uscc),
    grid_level  varchar(10) not null check (grid_level in ('CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    decided_by  varchar(64) not null,
    decided_at  timestamptz not null,
    reason      varchar(1000) not null
);

alter table supervision_duty add column period_start date;
alter table supervision_duty add column title varchar(200);

create table supervision_problem (
    id                  varchar(36) primary key,
    uscc                char(18) not null references enterprise (uscc),
    kind                varchar(20) not null
        check (kind in ('MAJOR_HAZARD', 'VIOLATION', 'PRINCIPAL_NEGLECT', 'ENTERPRISE_REPORT', 'OTHER')),
    description         varchar(2000) not null,
    reported_by         varchar(64) not null,
    reported_at         timestamptz not null,
    source_task_id      varchar(64),
    region_code         varchar(12) not null references region (code),
    handler             varchar(64),
    levels_up           integer not null default 0,
    status              varchar(12) not null check (status in ('OPEN', 'RESOLVED', 'CLOSED')),
    resolution          varchar(2000),
    closed_at           timestamptz,
    closed_by           varchar(64),
    process_instance_id varchar(64)
);
create index supervision_problem_uscc on supervision_problem (uscc);
create index supervision_problem_unit on supervision_problem (region_code, reported_at);

create table consultation (
    id                  varchar(36) primary key,
    uscc                char(18) not null references enterprise (uscc),
    question            varchar(2000) not null,
    asked_by            varchar(64) not null,
    asked_at            timestamptz not null,
    supervisor          varchar(64),
    answer              varchar(4000),
    answered_by         varchar(64),
    answered_at         timestamptz,
    process_instance_id varchar(64)
);
create index consultation_uscc on consultation (uscc, asked_at);

create table grid_contact_link (
    uscc       char(18) primary key references enterprise (uscc),
    token      varchar(64) not null unique,
    created_at timestamptz not null
);

select audit_enable('grid_member', 'user_id,region_code');
select audit_enable('supervision_override', 'uscc');
select audit_enable('supervision_problem', 'id');
