-- Issue #14: the attachments of the fact registers (the document behind an accident, a penalty, a
-- commendation ...). A fact has no process, so its files live here, with the bytes, not as Camunda
-- attachments. Each belongs to one entry of one register; a correction is a new entry that carries
-- its own files, the superseded entry keeps its own. Nothing is deleted: a file replaced by another
-- points at it (superseded_by).
create table fact_attachment (
    id             varchar(36) primary key,
    register       varchar(30) not null check (register in ('accidents', 'penalties', 'commendations',
                                                           'standardization', 'dual-prevention',
                                                           'risk-facts', 'credit-facts')),
    fact_id        varchar(36) not null,     -- the entry's id in the register's table (fact_<register>)
    uscc           char(18) not null references enterprise (uscc),
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,   -- as checked (FileRules), not as the browser declared it
    size_bytes     bigint not null check (size_bytes > 0),
    content        bytea not null,
    sha256         char(64) not null,
    uploaded_by    varchar(64) not null,
    uploaded_at    timestamptz not null,
    superseded_by  varchar(36) references fact_attachment (id)
);
create index fact_attachment_fact on fact_attachment (register, fact_id);
create index fact_attachment_uscc on fact_attachment (uscc);
select audit_enable('fact_attachment', 'id', 'content');
