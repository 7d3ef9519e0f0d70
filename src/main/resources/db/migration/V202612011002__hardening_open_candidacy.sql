-- One open candidacy per NIK, enforced by the database (issue 12): two batches screened at the same time (or on two
-- nodes) can no longer both accept the same worker. open_nik holds the NIK while the candidacy is open (any status
-- but SCREENING_REJECTED / REJECTED) and NULL once it is closed; a unique constraint allows many NULLs on
-- PostgreSQL and H2 alike, so this works without a partial index.
alter table candidate add column open_nik varchar(16);

-- Existing open candidacies: the oldest one per NIK keeps it (a duplicate stored before this change stays, closed
-- to the constraint, and is visible as before).
update candidate set open_nik = nik
 where status not in ('SCREENING_REJECTED', 'REJECTED')
   and id = (select min(c2.id) from candidate c2
              where c2.nik = candidate.nik and c2.status not in ('SCREENING_REJECTED', 'REJECTED'));

alter table candidate add constraint candidate_open_nik_uq unique (open_nik);

-- Idempotency keys are now stored in the transaction of the work they guard: a row left IN_PROGRESS by a request
-- killed under the old scheme would block its key forever.
delete from idempotency_key where state = 'IN_PROGRESS';
