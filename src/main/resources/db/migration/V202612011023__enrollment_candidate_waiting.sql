-- Issue 13: a candidate whose protection could only start after the PKS ends (finalised in December) waits for
-- the next PKS instead of being enrolled on one that is over before the coverage begins.
alter table candidate add column waiting_for varchar(20);
create index candidate_waiting_idx on candidate(regency_code, waiting_for);

-- A member whose coverage ends before it starts must be impossible. Rows enrolled so before this fix (finalised in
-- December on a PKS ending 31-12) were never covered: their coverage ends the day it would have started.
update member set coverage_end = coverage_start where coverage_end is not null and coverage_end < coverage_start;
alter table member add constraint member_coverage_period_chk
    check (coverage_end is null or coverage_end >= coverage_start);
