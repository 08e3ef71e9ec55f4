-- Inspection plans and the 双随机 draw (domain §6). The plan itself is computed from the ledger
-- (grade → inspection interval) and the inspections done, so it follows every grade change; a draw
-- is stored with everything it was drawn from (seed, candidates, inspectors, conflicts), so anyone
-- can run it again and get the same result.
create table inspection_conflict (
    user_id      varchar(64) not null,
    uscc         char(18) not null references enterprise (uscc),
    reason       varchar(200) not null,
    recorded_by  varchar(64) not null,
    recorded_at  timestamptz not null,
    primary key (user_id, uscc)
);

create table inspection_draw (
    id               varchar(36) primary key,
    region_code      varchar(12) not null references region (code),
    as_of            date not null,
    requested        integer not null check (requested > 0),
    seed             bigint not null,
    drawn_by         varchar(64) not null,
    drawn_at         timestamptz not null,
    inputs           jsonb not null,     -- candidates (with due dates and intervals), inspectors, conflicts
    result           jsonb not null      -- the picks: enterprise, why, the pair of inspectors; and who could not be paired
);
create index inspection_draw_region on inspection_draw (region_code, drawn_at desc);

-- inspections done (or drawn and planned); the plan reads the last one of each enterprise
create table inspection (
    id                  varchar(36) primary key,
    uscc                char(18) not null references enterprise (uscc),
    draw_id             varchar(36) references inspection_draw (id),
    inspectors          varchar(200) not null,
    planned_on          date not null,
    status              varchar(12) not null check (status in ('PLANNED', 'DONE')),
    done_on             date
);
create index inspection_enterprise on inspection (uscc, done_on desc);
