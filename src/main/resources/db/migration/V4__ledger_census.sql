-- The census ledger (起底分类): the twelve class-I risk features of every enterprise, the industry as a
-- real GB/T 4754 division, indexes for a lazy grid over 100,000 enterprises, the frozen sign-offs
-- (审签) and the record of every import.

-- The twelve features of [000] 二（一）, named after the inputs of the enterprise-class decision.
alter table enterprise
    add column mining                 boolean not null default false,  -- 矿山
    add column metal_smelting         boolean not null default false,  -- 金属冶炼
    add column transport              boolean not null default false,  -- 交通运输
    add column construction           boolean not null default false,  -- 建筑施工
    add column dust_explosion         boolean not null default false,  -- 粉尘涉爆
    add column ammonia_refrigeration  boolean not null default false,  -- 涉氨制冷
    add column hazardous_goods        boolean not null default false,  -- 危险物品的生产、经营、储存、装卸
    add column hazardous_chemical_use boolean not null default false,  -- 使用危险物品且达到规定数量
    add column two_high               boolean not null default false,  -- “两高”项目
    add column production_restricted  boolean not null default false,  -- 停产限产
    add column heavy_dangerous_work   boolean not null default false,  -- 检维修、高处作业、动火、有限空间等危险作业量大
    add column many_risk_points       boolean not null default false;  -- 风险点较多

-- the ledger records the industry to the 大类 (two digits) of GB/T 4754-2017
alter table enterprise
    add constraint enterprise_industry_division check (industry_code ~ '^[0-9]{2}$'),
    add constraint enterprise_industry_fk foreign key (industry_code) references industry (code);

create index enterprise_industry_idx on enterprise (industry_code);
create index enterprise_class_idx on enterprise (enterprise_class, uscc);
create index enterprise_grade_idx on enterprise (grade, uscc);
create index enterprise_status_idx on enterprise (status, uscc);
-- prefix search on the code whatever the database's collation
create index enterprise_uscc_prefix_idx on enterprise (uscc bpchar_pattern_ops);

-- 审签: a region's ledger as signed by a manager, frozen. Later edits of the ledger never touch it.
create table ledger_signoff (
    id            bigserial primary key,
    region_code   varchar(12) not null references region (code),
    as_of         date not null,                 -- 审签日期
    filling_unit  varchar(200) not null,         -- 填报单位
    signer        varchar(100) not null,         -- 审签人 (display name at signing)
    signed_by     varchar(64) not null,          -- account id
    signed_at     timestamptz not null,
    total         integer not null,
    class_i       integer not null,
    class_ii      integer not null
);
create index ledger_signoff_region_idx on ledger_signoff (region_code, signed_at desc);

create table ledger_signoff_entry (
    signoff_id             bigint not null references ledger_signoff (id),
    seq                    integer not null,     -- 序号
    uscc                   char(18) not null,
    name                   varchar(200) not null,
    address                varchar(300),
    industry_code          varchar(4),
    industry_name          varchar(100),
    enterprise_class       varchar(2),
    grade                  varchar(1),
    management_level       varchar(10) not null,
    competent_department   varchar(200),
    supervising_department varchar(200),
    remark                 varchar(500),
    region_code            varchar(12) not null,
    primary key (signoff_id, seq)
);

-- one row per import: who imported which file into which region, and what came of it
create table ledger_import (
    id           uuid primary key,
    file_name    varchar(300) not null,
    format       varchar(10) not null check (format in ('XLSX', 'CSV')),
    region_code  varchar(12) not null references region (code),
    imported_by  varchar(64) not null,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    status       varchar(10) not null check (status in ('RUNNING', 'DONE', 'REFUSED', 'FAILED')),
    rows_read    integer not null default 0,
    imported     integer not null default 0,
    updated      integer not null default 0,
    unchanged    integer not null default 0,
    rejected     integer not null default 0,
    message      varchar(1000)
);
create index ledger_import_started_idx on ledger_import (started_at desc);
