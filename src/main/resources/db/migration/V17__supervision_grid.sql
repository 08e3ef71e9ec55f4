-- 包保督导 (domain §8): the grid's members per unit (a region at city, county, township or village
-- level) with the unit's head and their signed commitment letter; each enterprise's assignment to a
-- unit and supervisor (from the supervision-assignment decision); and every duty the
-- supervision-duties process creates, for the grid's monthly statistics.
create table grid_member (
    user_id              varchar(64) not null,
    region_code          varchar(12) not null references region (code),
    head                 boolean not null default false,
    commitment_signed_at timestamptz,
    primary key (user_id, region_code)
);

create table supervision_assignment (
    uscc                 char(18) primary key references enterprise (uscc),
    grid_level           varchar(10) not null check (grid_level in ('CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    region_code          varchar(12) not null references region (code),
    supervisor           varchar(64),
    assigned_at          timestamptz not null,
    process_instance_id  varchar(64) unique
);
create index supervision_assignment_unit on supervision_assignment (region_code);

create table supervision_duty (
    task_id      varchar(64) primary key,
    uscc         char(18) not null references enterprise (uscc),
    duty         varchar(30) not null,
    supervisor   varchar(64),
    region_code  varchar(12) not null references region (code),
    created_at   timestamptz not null,
    due_at       timestamptz not null,
    done_at      timestamptz,
    done_by      varchar(64),
    note         varchar(2000),
    escalation   integer not null default 0
);
create index supervision_duty_unit on supervision_duty (region_code, created_at);
