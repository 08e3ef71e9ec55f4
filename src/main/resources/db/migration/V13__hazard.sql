-- Hazard self-report and rectification (隐患排查治理, domain §9): one row per hazard an enterprise
-- reports, kept in step with its hazard-rectification process. Nothing is deleted.
create table hazard (
    id                   varchar(36) primary key,
    uscc                 char(18) not null references enterprise (uscc),
    level                varchar(8) not null check (level in ('GENERAL', 'MAJOR')),
    title                varchar(200) not null,
    description          varchar(2000) not null,
    location             varchar(200),
    found_on             date not null,
    plan                 varchar(2000) not null,
    deadline             timestamptz not null,
    status               varchar(24) not null
        check (status in ('RECTIFYING', 'AWAITING_VERIFICATION', 'CLOSED')),
    listed               boolean not null default false,     -- 挂牌督办 (every major hazard)
    overdue              boolean not null default false,     -- past its deadline before it was closed
    reported_by          varchar(64) not null,
    reported_at          timestamptz not null,
    rectification        varchar(2000),
    rectified_at         timestamptz,
    verified_by          varchar(64),
    verified_at          timestamptz,
    verification         varchar(2000),
    rounds               integer not null default 0,          -- rectifications submitted
    process_instance_id  varchar(64) unique
);
create index hazard_enterprise on hazard (uscc, reported_at desc);
create index hazard_open on hazard (status, deadline) where status <> 'CLOSED';
