-- Death reports (process death-report): one per person (NIK). A member's report ends the membership and opens the
-- claim task; a report for someone who is not a member is recorded all the same and answered as such.
create table citizen_death_report (
    report_number             varchar(30)  primary key,
    nik                       varchar(16)  not null unique,
    membership_number         varchar(11),
    regency_code              varchar(4)   not null,
    date_of_death             date         not null,
    place                     varchar(200) not null,
    reported_by               varchar(200) not null,
    death_certificate_number  varchar(100),
    -- API (POST /api/death-reports), TASKLIST (start form), CIVIL_REGISTRY (Dukcapil feed)
    source                    varchar(20)  not null,
    reporter_user             varchar(100) not null,
    -- MEMBER_ENDED or NOT_MEMBER
    outcome                   varchar(20)  not null,
    corrected_invoices        varchar(2000),
    created_at                timestamp with time zone not null
);
create index citizen_death_report_regency_idx on citizen_death_report(regency_code, created_at);

create table citizen_death_report_sequence (
    regency_code  varchar(4) not null,
    report_year   int        not null,
    last_seq      int        not null,
    primary key (regency_code, report_year)
);
