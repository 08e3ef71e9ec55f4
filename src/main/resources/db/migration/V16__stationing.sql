-- Stationed supervision (驻点监督, domain §6): who is stationed at (or roves to) an enterprise, where
-- and from when, and their periodic reports. One assignment per stationed-supervision process;
-- it ends when the grade no longer calls for it.
create table stationing_assignment (
    id                   varchar(36) primary key,
    uscc                 char(18) not null references enterprise (uscc),
    mode                 varchar(10) not null check (mode in ('STATIONED', 'ROVING')),
    officials            varchar(200),
    location             varchar(200),
    starts_on            date,
    assigned_by          varchar(64),
    created_at           timestamptz not null,
    ended_at             timestamptz,
    process_instance_id  varchar(64) not null unique
);
create index stationing_enterprise on stationing_assignment (uscc, created_at desc);

create table stationing_report (
    id             bigserial primary key,
    assignment_id  varchar(36) not null references stationing_assignment (id),
    summary        varchar(4000) not null,
    issues         varchar(4000),
    submitted_by   varchar(64) not null,
    submitted_at   timestamptz not null,
    task_id        varchar(64) unique
);
