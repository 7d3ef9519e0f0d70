-- The claim the BPJS officer filed (or linked) from the death report's task Task_OpenClaim; null until then.
alter table citizen_death_report add column claim_number varchar(30);
