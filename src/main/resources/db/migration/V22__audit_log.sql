-- The audit log (issue #12 "Audit"): every change of a case's decisive data, whoever writes it and
-- through whichever door, is recorded by the database itself, in the same transaction as the change.
-- Row triggers on the audited tables write one row per changed record with the changed columns only,
-- before and after; the actor and the door come from transaction-local settings that the application
-- sets on its connection before it writes (app.actor, app.door; audit/service/AuditConnectionInterceptor).
-- Nothing here can be changed or deleted: a trigger refuses UPDATE, DELETE and TRUNCATE on audit_log.

create table audit_log (
    id             bigserial primary key,
    occurred_at    timestamptz not null default clock_timestamp(),
    actor          varchar(64) not null,
    door           varchar(20) not null,        -- UI, API, ENGINE_REST, CAMUNDA_WEBAPP, JOB
    kind           varchar(20) not null,        -- INSERT, UPDATE, DELETE, LOGIN_FAILED, LOGIN_LOCKED
    table_name     varchar(63),
    record_key     varchar(200),
    uscc           char(18),                    -- the enterprise the record belongs to, when it has one
    before         jsonb,                       -- the changed columns as they were (UPDATE, DELETE)
    after          jsonb,                       -- the changed columns as they are (INSERT, UPDATE)
    client_address varchar(64),
    detail         varchar(500)
);
create index audit_log_time on audit_log (occurred_at desc, id desc);
create index audit_log_uscc on audit_log (uscc, occurred_at desc) where uscc is not null;
create index audit_log_actor on audit_log (actor, occurred_at desc);
create index audit_log_record on audit_log (record_key, occurred_at desc);

-- the log is append-only for everyone who connects, the application included
create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse_change();

-- One function for every audited table. TG_ARGV[0]: the key columns, comma-separated; TG_ARGV[1..]:
-- columns left out (bookkeeping, or text that is not decisive). Every other column is audited, those a
-- later migration adds included. An UPDATE that changes no audited column writes nothing.
create function audit_row_change() returns trigger language plpgsql as $$
declare
    excluded text[] := coalesce(tg_argv[1:], '{}');
    old_row  jsonb;
    new_row  jsonb;
    row_data jsonb;
    before_v jsonb;
    after_v  jsonb;
    key_text text;
    owner    text;
begin
    if tg_op <> 'INSERT' then
        old_row := to_jsonb(old);
    end if;
    if tg_op <> 'DELETE' then
        new_row := to_jsonb(new);
    end if;
    if tg_op = 'UPDATE' then
        select jsonb_object_agg(n.key, o.value), jsonb_object_agg(n.key, n.value)
          into before_v, after_v
          from jsonb_each(new_row) n join jsonb_each(old_row) o on o.key = n.key
         where n.value is distinct from o.value and n.key <> all (excluded);
        if after_v is null then
            return null;
        end if;
    elsif tg_op = 'INSERT' then
        after_v := jsonb_strip_nulls(new_row) - excluded;
    else
        before_v := jsonb_strip_nulls(old_row) - excluded;
    end if;
    row_data := coalesce(new_row, old_row);
    select string_agg(row_data ->> trim(k), '/') into key_text
      from unnest(string_to_array(tg_argv[0], ',')) k;
    owner := row_data ->> 'uscc';
    if owner is null and row_data ? 'case_id' then
        select c.uscc into owner from grading_case c where c.id = row_data ->> 'case_id';
    elsif owner is null and row_data ? 'notice_id' then
        select n.uscc into owner from notice n where n.id = row_data ->> 'notice_id';
    end if;
    insert into audit_log (actor, door, kind, table_name, record_key, uscc, before, after)
    values (coalesce(nullif(current_setting('app.actor', true), ''), 'system'),
            coalesce(nullif(current_setting('app.door', true), ''), 'JOB'),
            tg_op, tg_table_name, left(key_text, 200), owner, before_v, after_v);
    return null;
end
$$;

-- Audits a table from now on: audit_enable('my_fact', 'id') in a later migration (key columns, then
-- the columns to leave out).
create function audit_enable(tbl regclass, key_columns text, variadic excluded text[] default '{}')
returns void language plpgsql as $$
begin
    execute format('drop trigger if exists audit_row on %s', tbl);
    execute format('create trigger audit_row after insert or update or delete on %s for each row '
                   'execute function audit_row_change(%L%s)', tbl, key_columns,
                   (select coalesce(string_agg(format(', %L', e), ''), '') from unnest(excluded) e));
end
$$;

-- the grading record: a case's proposals, verification, notice and final grade (step and rounds are
-- the process position, not decisions), its rounds, notices, objections (not the objector's text or
-- contact), adjustments, raised sampling ratios and the campaign's settings (not its progress
-- counters or its seed)
select audit_enable('grading_case', 'id', 'step', 'rounds');
select audit_enable('grading_round', 'id', 'details');
select audit_enable('notice', 'id');
select audit_enable('objection', 'id', 'text', 'contact', 'client_hash');
select audit_enable('grade_adjustment', 'id');
select audit_enable('campaign_region_ratio', 'campaign_id,region_code');
select audit_enable('campaign', 'id', 'total', 'started', 'seed', 'summary');
-- the enterprise file: grade, class and its twelve features, management level, departments, risk,
-- stationing, inspection interval and every later column (not the row's own timestamps)
select audit_enable('enterprise', 'uscc', 'created_at', 'updated_at');
-- accounts: region scope, department, bound enterprise
select audit_enable('account', 'user_id');
