-- Audit triggers, faster (issue #18, docs/performance.md "Deadlines", docs/audit.md). What is logged is unchanged.
-- - UPDATE: an update that changes no audited column (a case's step, a campaign's counters, an enterprise's
--   updated_at) wrote nothing to the log before either, but the PL/pgSQL function ran to find that out; now the
--   trigger's WHEN condition decides it without calling the function. At a campaign deadline the step writes
--   were the costliest statements of a case.
-- - INSERT: one trigger call per statement (a transition table), not one per row: an import inserts its
--   enterprises 500 to a statement.
-- - DELETE: the row trigger as before.

create function audit_rows_inserted() returns trigger language plpgsql as $$
declare
    excluded text[] := coalesce(tg_argv[1:], '{}');
    keys     text[] := string_to_array(tg_argv[0], ',');
begin
    insert into audit_log (actor, door, kind, table_name, record_key, uscc, after)
    select coalesce(nullif(current_setting('app.actor', true), ''), 'system'),
           coalesce(nullif(current_setting('app.door', true), ''), 'JOB'),
           'INSERT',
           tg_table_name,
           left((select string_agg(r.j ->> trim(k), '/') from unnest(keys) k), 200),
           case
               when r.j ->> 'uscc' is not null then r.j ->> 'uscc'
               when r.j ? 'case_id' then (select c.uscc from grading_case c where c.id = r.j ->> 'case_id')
               when r.j ? 'notice_id' then (select n.uscc from notice n where n.id = r.j ->> 'notice_id')
           end,
           jsonb_strip_nulls(r.j) - excluded
      from (select to_jsonb(n) as j from inserted_rows n) r;
    return null;
end
$$;

create or replace function audit_enable(tbl regclass, key_columns text, variadic excluded text[] default '{}')
returns void language plpgsql as $$
declare
    args text := (select coalesce(string_agg(format(', %L', e), ''), '') from unnest(excluded) e);
begin
    execute format('drop trigger if exists audit_row on %s', tbl);
    execute format('drop trigger if exists audit_row_update on %s', tbl);
    execute format('drop trigger if exists audit_rows_insert on %s', tbl);
    execute format('create trigger audit_rows_insert after insert on %s referencing new table as inserted_rows '
                   'for each statement execute function audit_rows_inserted(%L%s)', tbl, key_columns, args);
    execute format('create trigger audit_row_update after update on %s for each row '
                   'when ((to_jsonb(old.*) - %L::text[]) is distinct from (to_jsonb(new.*) - %L::text[])) '
                   'execute function audit_row_change(%L%s)', tbl, excluded, excluded, key_columns, args);
    execute format('create trigger audit_row after delete on %s for each row '
                   'execute function audit_row_change(%L%s)', tbl, key_columns, args);
end
$$;

-- every table audited so far, again, with the arguments its trigger has (key columns, then excluded columns;
-- PostgreSQL stores them NUL-terminated, which encode(…, 'escape') writes as \000)
do $$
declare
    t    record;
    args text[];
begin
    for t in select tgrelid::regclass as tbl, encode(tgargs, 'escape') as stored
               from pg_trigger
              where tgname = 'audit_row' and not tgisinternal
    loop
        args := string_to_array(t.stored, '\000');
        args := args[1:array_length(args, 1) - 1];
        perform audit_enable(t.tbl, args[1], variadic coalesce(args[2:], '{}'::text[]));
    end loop;
end
$$;
