-- Gradings that officials start by hand (issue #14): a department diagnosis or a regrading of one
-- enterprise from its file, or the cycles a look-back (回头看) starts for enterprises that never
-- submitted or were missing from the campaign. Each start is kept with who, when and why; the
-- grading-cycle it started points back at it (process_instance_id), and the department that
-- diagnoses (the city's when the city starts it) is taken from here by Task_PrepareCase.
create table grading_request (
    id                   varchar(36) primary key,
    uscc                 char(18) not null references enterprise (uscc),
    kind                 varchar(20) not null check (kind in ('DIAGNOSIS', 'REGRADING')),
    origin               varchar(20) not null check (origin in ('FILE', 'LOOK_BACK')),
    campaign_id          varchar(36) references campaign (id),
    department           varchar(100),
    reason               varchar(500) not null,
    requested_by         varchar(64) not null,
    requested_at         timestamptz not null,
    process_instance_id  varchar(64) unique
);
create index grading_request_uscc on grading_request (uscc, requested_at);
create index grading_request_campaign on grading_request (campaign_id) where campaign_id is not null;

select audit_enable('grading_request', 'id');
