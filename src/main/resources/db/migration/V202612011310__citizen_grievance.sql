-- Objections (sanggahan, process grievance): filed from /status by the person (after the NIK + birth date check) or
-- by an official (POST /api/grievances); decided by Dinas Sosial or the BPJS officer of the regency within a due date.
create table citizen_grievance (
    grievance_number   varchar(30)   primary key,
    nik                varchar(16)   not null,
    regency_code       varchar(4)    not null,
    -- CANDIDATE_REJECTED, CLAIM, MEMBERSHIP, OTHER
    subject            varchar(20)   not null,
    reference          varchar(100),
    -- the rejected candidate the objection is about (CANDIDATE_REJECTED)
    candidate_id       bigint,
    grievance_text     varchar(2000) not null,
    contact            varchar(200),
    -- PUBLIC (/status) or API (an official)
    source             varchar(10)   not null,
    filed_by           varchar(100)  not null,
    -- DINSOS or BPJS: who decides
    decider            varchar(10)   not null,
    -- OPEN, ACCEPTED, REJECTED
    status             varchar(10)   not null,
    due_date           date          not null,
    outcome_note       varchar(2000),
    decided_by         varchar(100),
    decided_at         timestamp with time zone,
    -- the candidate batch of the new verification round (a reopened candidate)
    reopened_batch_id  bigint,
    -- hash of NIK, subject, reference and text while OPEN (a double submission finds the first), null once decided
    open_key           varchar(64)   unique,
    created_at         timestamp with time zone not null
);
create index citizen_grievance_nik_idx on citizen_grievance(nik, created_at);
create index citizen_grievance_regency_idx on citizen_grievance(regency_code, status);

create table citizen_grievance_sequence (
    regency_code    varchar(4) not null,
    grievance_year  int        not null,
    last_seq        int        not null,
    primary key (regency_code, grievance_year)
);
