-- The supervisors' coverage and backlog report counts a regency's waiting candidates per kecamatan and status.
-- Waiting rows are a small share of all candidates (most end ENROLLED or REJECTED), so an index avoids reading
-- every candidate of every year on each report.
create index candidate_regency_status_idx on candidate(regency_code, status, kecamatan_code);
