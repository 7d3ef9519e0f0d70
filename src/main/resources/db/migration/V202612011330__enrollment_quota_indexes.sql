-- Issue 18: every enrollment chunk counts a PKS's places in use under the PKS row lock: its ACTIVE members and its
-- PENDING registrations. Without these indexes both counts read the whole table (100,000 members and more).
create index member_pks_status_idx on member(pks_number, status);
create index bpjs_registration_pks_state_idx on bpjs_registration(pks_number, state);
