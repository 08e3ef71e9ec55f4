-- What the enterprise submitted in each self-assessment round (answers as JSON, its comment), written in
-- the transaction of the submission, so that a returned self-assessment opens pre-filled with the last one.
-- The score decided on stays grading_case's; this is the enterprise's own text.
create table self_assessment_submission (
    id                  bigserial primary key,
    process_instance_id varchar(64)  not null,
    task_id             varchar(64)  not null unique,
    uscc                varchar(18)  not null,
    answers             text         not null,
    comment             text,
    submitted_by        varchar(64)  not null,
    submitted_at        timestamptz  not null
);
create index self_assessment_submission_pi on self_assessment_submission (process_instance_id, id desc);
select audit_enable('self_assessment_submission', 'id', 'answers');
