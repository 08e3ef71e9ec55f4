-- Saved inbox filters, per user.
create table saved_filter (
    id         bigserial primary key,
    user_id    varchar(64) not null,
    name       varchar(100) not null,
    filter     jsonb not null,
    created_at timestamptz not null,
    unique (user_id, name)
);
