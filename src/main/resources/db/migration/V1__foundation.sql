-- Foundation: regions, departments, enterprises, the enterprise timeline (一企一档) and account profiles.
-- Our tables never touch Camunda's ACT_* tables; accounts and groups themselves live in Camunda's
-- identity tables (one account store for the UI, the REST API and the Camunda webapps).

create table region (
    code        varchar(12) primary key,          -- GB/T 2260 division code plus local suffixes
    name        varchar(100) not null,
    level       varchar(10) not null check (level in ('CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    parent_code varchar(12) references region (code),
    -- materialised path of codes from the root, '/'-separated, so scope checks are one prefix match
    path        varchar(200) not null unique
);
create index region_parent_idx on region (parent_code);

create table enterprise (
    uscc                   char(18) primary key,
    name                   varchar(200) not null,
    address                varchar(300),
    industry_code          varchar(4),            -- GB/T 4754-2017 大类 (two digits)
    region_code            varchar(12) not null references region (code),
    enterprise_class       varchar(2) check (enterprise_class in ('I', 'II')),
    grade                  varchar(1) check (grade in ('A', 'B', 'C', 'D')),
    management_level       varchar(10) not null default 'LOCAL' check (management_level in ('CITY', 'COUNTY', 'LOCAL')),
    competent_department   varchar(200),          -- 行业主管部门
    supervising_department varchar(200),          -- 直接监管责任部门
    remark                 varchar(500),          -- 备注
    risk_level             varchar(10) check (risk_level in ('MAJOR', 'LARGER', 'GENERAL', 'LOW')),
    status                 varchar(12) not null default 'ACTIVE'
                           check (status in ('ACTIVE', 'DORMANT', 'CLOSED', 'INDIVIDUAL')),
    created_at             timestamptz not null,
    updated_at             timestamptz not null
);
create index enterprise_region_idx on enterprise (region_code);
create index enterprise_name_idx on enterprise (name);

-- 一企一档: append-only, never updated or deleted
create table enterprise_event (
    id              bigserial primary key,
    uscc            char(18) not null references enterprise (uscc),
    occurred_at     timestamptz not null,
    type            varchar(40) not null,
    actor           varchar(64),
    summary         varchar(500) not null,
    details         jsonb,
    -- a retried job or a repeated request writes the same key and is ignored
    idempotency_key varchar(200) unique
);
create index enterprise_event_uscc_idx on enterprise_event (uscc, occurred_at, id);

create table account (
    user_id      varchar(64) primary key,         -- the Camunda identity user id
    display_name varchar(100) not null,
    region_code  varchar(12) references region (code),
    department   varchar(200),
    uscc         char(18) references enterprise (uscc),
    created_at   timestamptz not null
);

-- Reference data: the demo city's real division codes (GB/T 2260), shipped as reference data.
insert into region (code, name, level, parent_code, path) values
    ('371000', '威海市', 'CITY', null, '371000'),
    ('371002', '环翠区', 'COUNTY', '371000', '371000/371002'),
    ('371003', '文登区', 'COUNTY', '371000', '371000/371003'),
    ('371082', '荣成市', 'COUNTY', '371000', '371000/371082'),
    ('371083', '乳山市', 'COUNTY', '371000', '371000/371083');
