-- Issue #16: official documents (公文) as PDF. Each is numbered per issuing unit and year (文号, gap-free:
-- the counter row is taken in the document's own transaction) and stored with the inputs it was made
-- from, so the same document is served again, never regenerated.
create table document_counter (
    issuer_code  varchar(60) not null,       -- the issuing department's id (<region code>-<kind>)
    year         integer not null,
    last_serial  integer not null,
    primary key (issuer_code, year)
);

create table official_document (
    id           varchar(36) primary key,
    kind         varchar(30) not null check (kind in ('NOTICE_LIST', 'GRADE_RESULT', 'APPROVAL_SHEET',
                                                      'RECTIFICATION_ORDER', 'INSPECTION_RECORD',
                                                      'SIGN_OFF_SHEET', 'CIRCULAR')),
    subject_key  varchar(200) not null,      -- what it is about: a case id, a campaign id and its list
    uscc         char(18) references enterprise (uscc),   -- the enterprise it concerns (null for a list)
    region_code  varchar(12) references region (code),    -- the region of a list (scope of its readers)
    issuer_code  varchar(60) not null,
    issuer_name  varchar(200) not null,
    year         integer not null,
    serial       integer not null,
    document_no  varchar(80) not null unique,
    inputs       jsonb not null,
    content      bytea not null,
    sha256       char(64) not null,
    issued_by    varchar(64) not null,
    issued_at    timestamptz not null,
    unique (kind, subject_key),
    unique (issuer_code, year, serial)
);
create index official_document_uscc on official_document (uscc);
select audit_enable('official_document', 'id', 'content');
