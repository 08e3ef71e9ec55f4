-- Notifications (issue 16): an outbox written in the same transaction as the work that caused it.
-- notification is the in-app message itself (always); notification_delivery is one message on one
-- further channel (e-mail, SMS/政务 webhook), delivered by NotificationDispatcher with
-- SELECT ... FOR UPDATE SKIP LOCKED, each once, retried with backoff.

create table notification (
    id          bigserial primary key,
    recipient   varchar(64)   not null,              -- account.user_id
    kind        varchar(40)   not null,              -- NotificationKind
    title       varchar(200),                        -- e.g. the task's name; the kind's label is shown beside it
    body        varchar(1000) not null,
    link        varchar(300),
    source_ref  varchar(200)  not null,              -- what caused it: task:<id>, enterprise-event:<id>, ...
    created_at  timestamptz   not null,
    read_at     timestamptz,
    -- the same trigger never notifies the same person twice
    constraint notification_once unique (recipient, kind, source_ref)
);
create index notification_recipient_idx on notification (recipient, created_at desc, id desc);
create index notification_unread_idx on notification (recipient) where read_at is null;

-- the channels each user chose beside in-app (default: none)
create table notification_preference (
    user_id     varchar(64) primary key,
    email       varchar(200),
    phone       varchar(40),
    by_email    boolean not null default false,
    by_sms      boolean not null default false
);

create table notification_delivery (
    id              bigserial primary key,
    notification_id bigint not null references notification (id) on delete cascade,
    channel         varchar(20)  not null,           -- EMAIL, SMS
    address         varchar(200) not null,
    status          varchar(10)  not null default 'PENDING',   -- PENDING, SENT, FAILED (gave up)
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(500),
    sent_at         timestamptz,
    constraint notification_delivery_once unique (notification_id, channel)
);
create index notification_delivery_due_idx on notification_delivery (next_attempt_at) where status = 'PENDING';

-- a notification row brings its deliveries on the channels its recipient chose, in the same transaction
create function notification_deliveries() returns trigger language plpgsql as $$
begin
    insert into notification_delivery (notification_id, channel, address, next_attempt_at)
    select new.id, 'EMAIL', p.email, new.created_at from notification_preference p
     where p.user_id = new.recipient and p.by_email and coalesce(p.email, '') <> ''
    union all
    select new.id, 'SMS', p.phone, new.created_at from notification_preference p
     where p.user_id = new.recipient and p.by_sms and coalesce(p.phone, '') <> '';
    return new;
end $$;
create trigger notification_deliveries after insert on notification
    for each row execute function notification_deliveries();

-- what the enterprise hears about: the events of its file that concern it, written by the features
-- (grading, supervision) in their own transactions. Only newly inserted events (a repeated event with
-- the same idempotency key is not inserted) and only the enterprise's own accounts.
create function notification_from_enterprise_event() returns trigger language plpgsql as $$
declare
    k varchar(40);
begin
    k := case
        when new.type = 'REVIEW_RETURNED' then 'TASK_RETURNED'
        when new.type = 'GRADED' then 'GRADE_DECIDED'
        when new.type = 'INSPECTED' and new.summary like '%责令于%' then 'RECTIFICATION_ORDER'
    end;
    if k is null then
        return new;
    end if;
    insert into notification (recipient, kind, body, link, source_ref, created_at)
    select a.user_id, k, new.summary, '/enterprise', 'enterprise-event:' || new.id, new.occurred_at
      from account a where a.uscc = new.uscc
    on conflict on constraint notification_once do nothing;
    return new;
end $$;
create trigger notification_from_enterprise_event after insert on enterprise_event
    for each row execute function notification_from_enterprise_event();
