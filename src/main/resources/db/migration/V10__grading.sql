-- Grading lifecycle: campaigns, one grading case per grading-cycle instance, review rounds,
-- spot-check sampling, public notices, objections and grade adjustments.

create table campaign (
    id                   varchar(36) primary key,
    name                 varchar(200) not null,
    region_code          varchar(12) not null references region (code),
    year                 integer not null,
    self_assessment_due  timestamptz not null,
    review_due           timestamptz not null,
    spot_check_due       timestamptz not null,
    closes_at            timestamptz not null,
    spot_check_ratio     numeric(4, 3) not null check (spot_check_ratio between 0 and 1),
    notice_period        varchar(20) not null,
    seed                 bigint not null,          -- recorded so every sample can be drawn again
    status               varchar(12) not null check (status in ('LAUNCHING', 'RUNNING', 'CLOSED')),
    total                integer not null default 0,
    started              integer not null default 0,
    launched_by          varchar(64) not null,
    launched_at          timestamptz not null,
    closed_at            timestamptz,
    summary              jsonb,
    process_instance_id  varchar(64)
);

-- A falsification raises the sampling ratio of that county for the rest of the campaign.
create table campaign_region_ratio (
    campaign_id varchar(36) not null references campaign (id),
    region_code varchar(12) not null references region (code),
    ratio       numeric(4, 3) not null check (ratio between 0 and 1),
    reason      varchar(500) not null,
    raised_at   timestamptz not null,
    primary key (campaign_id, region_code)
);

create table grading_case (
    id                   varchar(36) primary key,
    process_instance_id  varchar(64) not null unique,
    uscc                 char(18) not null references enterprise (uscc),
    campaign_id          varchar(36) references campaign (id),
    trigger              varchar(20) not null check (trigger in ('CAMPAIGN', 'WATCH_PERIOD_END', 'APPLICATION', 'DEPARTMENT')),
    region_code          varchar(12) not null references region (code),
    step                 varchar(30) not null,
    previous_grade       varchar(1),
    self_score           numeric(5, 1),
    veto_failed          boolean,
    mandatory_missing    boolean,
    diagnosed_grade      varchar(1),
    proposed_grade       varchar(1),
    sampled              boolean,
    sample_draw          numeric(10, 9),
    sample_ratio         numeric(4, 3),
    sample_reason        varchar(40),
    sample_seed          bigint,
    verified_grade       varchar(1),
    falsified            boolean not null default false,
    notice_grade         varchar(1),
    final_grade          varchar(1),
    rounds               integer not null default 0,
    started_at           timestamptz not null,
    finished_at          timestamptz
);
-- one cycle per enterprise and campaign: a retried batch never starts a second one
create unique index grading_case_campaign_uscc on grading_case (campaign_id, uscc) where campaign_id is not null;
create index grading_case_uscc on grading_case (uscc, started_at);
create index grading_case_campaign_step on grading_case (campaign_id, step);

-- every submission, review and verification round is kept
create table grading_round (
    id           bigserial primary key,
    case_id      varchar(36) not null references grading_case (id),
    kind         varchar(30) not null,  -- SELF_ASSESSMENT, DEPARTMENT_DIAGNOSIS, PRELIMINARY_REVIEW, SPOT_CHECK, OBJECTION_REVIEW
    round        integer not null,
    actor        varchar(64),
    decided_at   timestamptz not null,
    outcome      varchar(30),
    grade        varchar(1),
    score        numeric(5, 1),
    comment      varchar(2000),
    details      jsonb,
    task_id      varchar(64) unique     -- a task is recorded once, however often its listener runs
);
create index grading_round_case on grading_round (case_id, id);

create table notice (
    id           varchar(36) primary key,
    case_id      varchar(36) not null references grading_case (id),
    uscc         char(18) not null references enterprise (uscc),
    grade        varchar(1) not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    status       varchar(12) not null check (status in ('OPEN', 'WITHDRAWN', 'CLOSED'))
);
create index notice_open on notice (status, ends_at);
create index notice_case on notice (case_id);

create table objection (
    id           varchar(36) primary key,
    receipt_no   varchar(20) not null unique,
    notice_id    varchar(36) not null references notice (id),
    text         varchar(2000) not null,
    contact      varchar(200),
    client_hash  varchar(64),
    filed_at     timestamptz not null,
    status       varchar(12) not null check (status in ('RECEIVED', 'IN_REVIEW', 'UPHELD', 'DISMISSED')),
    decided_by   varchar(64),
    decided_at   timestamptz,
    decision     varchar(2000)
);
create index objection_notice on objection (notice_id);

-- dynamic adjustments (grade-adjustment process), the facts later gradings read
create table grade_adjustment (
    id                  varchar(36) primary key,
    uscc                char(18) not null references enterprise (uscc),
    event               varchar(40) not null,
    previous_grade      varchar(1),
    new_grade           varchar(1),
    watch_period        boolean not null,
    fatalities          integer not null default 0,
    note                varchar(2000),
    occurred_at         timestamptz not null,
    process_instance_id varchar(64) not null unique
);
create index grade_adjustment_uscc on grade_adjustment (uscc, occurred_at);

-- supervision measures follow from the grade (supervision-measures decision)
alter table enterprise add column inspection_interval_months integer;
alter table enterprise add column stationing varchar(10) check (stationing in ('STATIONED', 'ROVING', 'NONE'));
alter table enterprise add column graded_at timestamptz;
