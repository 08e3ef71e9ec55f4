-- Roving stationed supervision is optional (seed 000: 可): a manager decides for each enterprise
-- whose grade calls for it, with a reason; who and when are kept here (the newest row is the
-- decision in force) and in the enterprise file, and the audit triggers record every row.
create table stationing_choice (
    id          varchar(36) primary key,
    uscc        char(18) not null references enterprise (uscc),
    mode        varchar(10) not null check (mode in ('ROVING')),
    station     boolean not null,
    reason      varchar(500) not null,
    decided_by  varchar(64) not null,
    decided_at  timestamptz not null
);
create index stationing_choice_enterprise on stationing_choice (uscc, decided_at desc);

select audit_enable('stationing_choice', 'id');
