-- Issue 16: a batch of candidates is proposed for one program: the PKS named on POST /api/candidates (pksNumber).
-- NULL is the regency's Dinsos program (DINSOS_APBD), as before.
alter table candidate_batch add column pks_number varchar(40);
