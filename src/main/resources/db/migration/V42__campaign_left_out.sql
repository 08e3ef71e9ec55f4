-- The enterprises a campaign left out because a grading of theirs was running already (started from
-- their file, a watch period, or another campaign over the same region): two gradings of one
-- enterprise never run at once, and the campaign says how many and which instead of skipping silently.
create table campaign_left_out (
    campaign_id varchar(36) not null references campaign (id),
    uscc        char(18) not null references enterprise (uscc),
    recorded_at timestamptz not null,
    primary key (campaign_id, uscc)
);
