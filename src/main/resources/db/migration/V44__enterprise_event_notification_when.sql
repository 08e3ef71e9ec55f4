-- The enterprise hears about three kinds of events of its file (V37, notification_from_enterprise_event);
-- the trigger now says so in its WHEN condition, so that the other events (an import's lines, reminders, grade
-- moves, …) do not call the function at all: an import writes one line per enterprise (docs/performance.md).
drop trigger notification_from_enterprise_event on enterprise_event;
create trigger notification_from_enterprise_event after insert on enterprise_event
    for each row when (new.type in ('REVIEW_RETURNED', 'GRADED', 'INSPECTED'))
    execute function notification_from_enterprise_event();
