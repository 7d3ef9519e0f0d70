-- The vulnerable-worker population is data with its source (issue 13): BPS/Dinsos figures per regency and per
-- kecamatan, imported (POST /api/vulnerable-population/import) or typed when a budget evaluation is opened.
alter table vulnerable_population add column source varchar(300);
alter table vulnerable_population add column recorded_by varchar(100);
update vulnerable_population set source = 'evaluasi anggaran' where source is null;
