-- Issue 16: several payers per regency. A PKS belongs to one program of its regency, named by its payer:
-- DINSOS_APBD (the regency's Dinsos, business key PKS-<regency>-<year>), OPD_APBD (another regency office,
-- payer_name e.g. Kesbangpol), DESA_APBDES (a village, village_code), PROVINSI_APBD (the province). The payer
-- column existed (one payer per deployment, a setting); the office's name and the village are new.
alter table pks_agreement add column payer_name varchar(100);
alter table pks_agreement add column village_code varchar(10);
create index pks_program_idx on pks_agreement(regency_code, payer, village_code);
