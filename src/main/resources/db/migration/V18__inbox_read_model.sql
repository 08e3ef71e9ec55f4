-- The inbox's read model: one row per open task with the business columns officials filter and
-- sort by, kept in step with the engine in the same transaction (InboxReadModel). Camunda's own
-- TaskQuery with process-variable conditions and authorization checks grows slow with tens of
-- thousands of open tasks; this table answers the inbox's page and count, and the dashboard's
-- overdue aggregates, from its own indexes. The engine's ACT_RU_TASK stays the truth: every row is
-- rebuilt from it, and start-up reconciles the two.
create table inbox_task (
    task_id          varchar(64) primary key,
    proc_inst_id     varchar(64),
    proc_def_key     varchar(255),
    task_key         varchar(255),
    name             varchar(255),
    assignee         varchar(255),
    created          timestamp not null,   -- as in ACT_RU_TASK: the engine's local time, no zone
    due              timestamp,
    suspended        boolean not null default false,
    business_key     text,
    candidate_groups text[] not null default '{}',
    enterprise_name  text,
    county_code      text,
    city_code        text,
    campaign_id      text,
    enterprise_class text,
    proposed_grade   text
);

create index inbox_task_groups on inbox_task using gin (candidate_groups);
create index inbox_task_assignee on inbox_task (assignee);
create index inbox_task_due on inbox_task (due, created, task_id);
create index inbox_task_proc_inst on inbox_task (proc_inst_id);
create index inbox_task_county on inbox_task (county_code);
create index inbox_task_city on inbox_task (city_code);
create index inbox_task_campaign on inbox_task (campaign_id);
