-- Issue #14 (domain §11): the consequences the seeds name have records — 约谈, 通报, 警示, 挂牌督办,
-- 停产停业整顿 and 关闭 — each with its document, the department that issued it, the reason, and who
-- recorded it when. Nothing is deleted; a correction is a new record.
create table enterprise_measure (
    id                 bigserial primary key,
    uscc               char(18) not null references enterprise (uscc),
    kind               varchar(20) not null
        check (kind in ('INTERVIEW', 'CIRCULAR', 'WARNING', 'LISTED_SUPERVISION', 'SUSPENSION', 'CLOSURE')),
    decided_on         date not null,
    document_no        varchar(100) not null,
    issuing_department varchar(100) not null,
    reason             varchar(1000) not null,
    case_ref           varchar(64),           -- the grading case of an automatic record (falsification 通报)
    recorded_by        varchar(64) not null,
    recorded_at        timestamptz not null,
    -- a retried job writes the same key and is ignored
    idempotency_key    varchar(200) unique
);
create index enterprise_measure_uscc on enterprise_measure (uscc, decided_on desc, id desc);
select audit_enable('enterprise_measure', 'id');

-- A D grade or a second low grading in a row proposes measures to the managers of the enterprise; the
-- proposal is open until a measure is recorded for the enterprise.
create table measure_proposal (
    id          bigserial primary key,
    uscc        char(18) not null references enterprise (uscc),
    grade       varchar(1) not null,
    reason      varchar(20) not null check (reason in ('GRADE_D', 'CONSECUTIVE_LOW')),
    proposed_at timestamptz not null,
    closed_at   timestamptz,
    measure_id  bigint references enterprise_measure (id)
);
create unique index measure_proposal_open on measure_proposal (uscc, reason) where closed_at is null;
select audit_enable('measure_proposal', 'id');
