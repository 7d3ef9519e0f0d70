-- Regencies that take part in the program: only they get a Camunda tenant and groups (issue 13). The national
-- Kemendagri list (about 91,600 codes) is reference data for every other regency: NIK checks, addresses.
-- POST /api/admin/regencies/{code}/join adds a regency.
create table program_regency (
    code       varchar(4) primary key references region(code),
    joined_at  timestamp with time zone not null
);
insert into program_regency (code, joined_at) values
 ('6203', current_timestamp),
 ('6208', current_timestamp),
 ('6112', current_timestamp);

-- A code missing from a newer decree is retired (kept for NIKs issued there and for history), never deleted.
alter table region add column retired_at timestamp with time zone;
