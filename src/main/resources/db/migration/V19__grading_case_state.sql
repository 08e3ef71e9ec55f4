-- Issue #12: the decisive state of a grading lives in the case record, written only by the step that
-- owns it, never read back from process variables (which whoever works a task could write).
alter table grading_case
    add column notice_period       varchar(20),      -- the start variable (or the campaign's), read once at Task_PrepareCase
    add column spot_check_ratio    numeric(4, 3),    -- the ratio in force at the start (a campaign's county ratio may raise it)
    add column county_code         varchar(12),      -- the case's region for routing (preliminary review, department diagnosis)
    add column city_code           varchar(12),      -- the city whose experts verify
    add column department          varchar(100),     -- the 直接监管责任部门, for department routing (null until it is used)
    add column checklist_id        varchar(64),      -- the checklist the enterprise answers
    add column enterprise_class    varchar(2),       -- the class at the start (spot-check-required input)
    add column self_assessment_due timestamptz,
    add column review_due          timestamptz,
    add column spot_check_due      timestamptz,
    add column review_decision     varchar(10),      -- APPROVE or RETURN of the latest preliminary review
    add column proposed_by         varchar(12),      -- REVIEW or DEPARTMENT
    add column last_falsified      boolean,          -- the latest spot check's finding (falsified stays true once found)
    add column objection_upheld    boolean,          -- the latest objection review's decision
    add column downgraded          boolean;          -- set when graded: the final grade is below the ledger's before

-- the cases already running: the region from the case's region, the rest from the campaign or the defaults
update grading_case g set
    county_code = coalesce(nullif(split_part(r.path, '/', 2), ''), split_part(r.path, '/', 1)),
    city_code = split_part(r.path, '/', 1)
  from region r where r.code = g.region_code and g.county_code is null;
update grading_case g set
    notice_period = coalesce((select c.notice_period from campaign c where c.id = g.campaign_id), 'P7D'),
    spot_check_ratio = coalesce((select c.spot_check_ratio from campaign c where c.id = g.campaign_id), 0.2),
    self_assessment_due = (select c.self_assessment_due from campaign c where c.id = g.campaign_id),
    review_due = (select c.review_due from campaign c where c.id = g.campaign_id),
    spot_check_due = (select c.spot_check_due from campaign c where c.id = g.campaign_id)
 where g.notice_period is null;
update grading_case g set enterprise_class = e.enterprise_class
  from enterprise e where e.uscc = g.uscc and g.enterprise_class is null;

-- a draw's seed is never shown to an enterprise: earlier sampling entries of the file lose it
-- (the seed of a draw is kept in grading_case.sample_seed from now on)
update enterprise_event set details = details - 'seed' where type = 'SAMPLING' and details ->> 'seed' is not null;
