-- #14 the fact registers of the enterprise file (domain §11): accidents, administrative penalties,
-- commendations, safety standardisation, dual-prevention assessments, risk facts and credit facts.
-- Each entry carries the day it happened (occurred_on, which the decisions' windows count from), its
-- source document (document number only: no attachment), who recorded it and when. Nothing is
-- deleted or changed: a correction is a new entry, and superseded_by points the old one at it.
-- grade_event is the grade-event the entry raised (a correction raises again only when it differs).

create table fact_accident (
    id                varchar(36) primary key,
    uscc              char(18) not null references enterprise (uscc),
    occurred_on       date not null,
    document_no       varchar(100),
    recorded_by       varchar(64) not null,
    recorded_at       timestamptz not null,
    superseded_by     varchar(36) references fact_accident (id),
    grade_event       varchar(40),
    level             varchar(16) not null check (level in ('MINOR', 'GENERAL', 'LARGER', 'MAJOR', 'EXTRAORDINARY')),
    deaths            integer not null default 0 check (deaths >= 0),
    serious_injuries  integer not null default 0 check (serious_injuries >= 0),
    minor_injuries    integer not null default 0 check (minor_injuries >= 0),
    liability         boolean not null default false,
    concealed         boolean not null default false,
    description       varchar(2000)
);

create table fact_penalty (
    id                varchar(36) primary key,
    uscc              char(18) not null references enterprise (uscc),
    occurred_on       date not null,
    document_no       varchar(100) not null,
    recorded_by       varchar(64) not null,
    recorded_at       timestamptz not null,
    superseded_by     varchar(36) references fact_penalty (id),
    grade_event       varchar(40),
    amount            numeric(14, 2) check (amount >= 0),
    legal_basis       varchar(500)
);

create table fact_commendation (
    id                varchar(36) primary key,
    uscc              char(18) not null references enterprise (uscc),
    occurred_on       date not null,
    document_no       varchar(100) not null,
    recorded_by       varchar(64) not null,
    recorded_at       timestamptz not null,
    superseded_by     varchar(36) references fact_commendation (id),
    grade_event       varchar(40),
    level             varchar(16) not null check (level in ('DISTRICT', 'CITY', 'PROVINCE', 'NATIONAL'))
);

create table fact_standardization (
    id                varchar(36) primary key,
    uscc              char(18) not null references enterprise (uscc),
    occurred_on       date not null,
    document_no       varchar(100) not null,
    recorded_by       varchar(64) not null,
    recorded_at       timestamptz not null,
    superseded_by     varchar(36) references fact_standardization (id),
    grade_event       varchar(40),
    level             integer not null check (level between 1 and 3)
);

create table fact_dual_prevention (
    id                varchar(36) primary key,
    uscc              char(18) not null references enterprise (uscc),
    occurred_on       date not null,
    document_no       varchar(100),
    recorded_by       varchar(64) not null,
    recorded_at       timestamptz not null,
    superseded_by     varchar(36) references fact_dual_prevention (id),
    grade_event       varchar(40),
    result            varchar(16) not null check (result in ('BENCHMARK', 'RUNNING', 'NOT_RUNNING'))
);

-- the enterprise's risk facts as assessed on occurred_on; the newest entry not superseded holds
create table fact_risk (
    id                  varchar(36) primary key,
    uscc                char(18) not null references enterprise (uscc),
    occurred_on         date not null,
    document_no         varchar(100),
    recorded_by         varchar(64) not null,
    recorded_at         timestamptz not null,
    superseded_by       varchar(36) references fact_risk (id),
    grade_event         varchar(40),
    major_hazard_source boolean not null default false,
    hazardous_place     boolean not null default false,
    workers_at_once     integer not null default 0 check (workers_at_once >= 0),
    assessed_level      varchar(10) check (assessed_level in ('MAJOR', 'LARGER', 'GENERAL', 'LOW'))
);

-- credit facts [001]: a public commitment (公开承诺), a dishonest act (失信), a joint-punishment listing
-- (联合惩戒, until ends_on if given) and the severe violations of the d grade
create table fact_credit (
    id                varchar(36) primary key,
    uscc              char(18) not null references enterprise (uscc),
    occurred_on       date not null,
    document_no       varchar(100),
    recorded_by       varchar(64) not null,
    recorded_at       timestamptz not null,
    superseded_by     varchar(36) references fact_credit (id),
    grade_event       varchar(40),
    kind              varchar(24) not null
                      check (kind in ('PUBLIC_COMMITMENT', 'DISHONEST', 'JOINT_PUNISHMENT', 'SEVERE_VIOLATION')),
    ends_on           date,
    description       varchar(2000)
);

create index fact_accident_uscc on fact_accident (uscc, occurred_on);
create index fact_penalty_uscc on fact_penalty (uscc, occurred_on);
create index fact_commendation_uscc on fact_commendation (uscc, occurred_on);
create index fact_standardization_uscc on fact_standardization (uscc, occurred_on);
create index fact_dual_prevention_uscc on fact_dual_prevention (uscc, occurred_on);
create index fact_risk_uscc on fact_risk (uscc, occurred_on);
create index fact_credit_uscc on fact_credit (uscc, occurred_on);

-- the credit grade (一级 a … 四级 d) as the credit-grade decision last decided it from the registers;
-- a column of the enterprise, so the enterprise's audit trigger records its changes
alter table enterprise add column credit_grade char(1) check (credit_grade in ('a', 'b', 'c', 'd'));
alter table enterprise add column credit_graded_at timestamptz;

select audit_enable('fact_accident', 'id');
select audit_enable('fact_penalty', 'id');
select audit_enable('fact_commendation', 'id');
select audit_enable('fact_standardization', 'id');
select audit_enable('fact_dual_prevention', 'id');
select audit_enable('fact_risk', 'id');
select audit_enable('fact_credit', 'id');
