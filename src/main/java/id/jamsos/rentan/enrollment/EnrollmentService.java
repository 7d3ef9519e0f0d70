package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.RowValuesUpdate;
import id.jamsos.rentan.common.TableStatistics;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.notification.GroupMailer;
import id.jamsos.rentan.notification.Notifier;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registers approved candidates with BPJS, set-based, in chunks (one async job per chunk). Idempotent per NIK and
 * PKS: the chunk's registration rows are committed before the call (own transaction), each registration carries
 * NIK|PKS as idempotency key, and a retried chunk skips candidates already enrolled. Enrolled members never exceed
 * the PKS quota (the PKS row is locked for the chunk). A chunk costs a fixed number of round trips whatever its
 * size: one query per read, one JDBC batch per write (registration rows, members, their history, the candidates'
 * outcome through {@link EnrollmentCandidates}, which verification implements: enrollment writes only its own
 * tables {@code member}, {@code member_status_change} and {@code bpjs_registration}). Any failure (BPJS down, a
 * number BPJS did not give) throws: the job retries and then stops as an incident, nothing is skipped silently.
 */
@Service
public class EnrollmentService {
    private static final Logger log = LoggerFactory.getLogger(EnrollmentService.class);
    private static final int BATCH = 1000;
    /** BPJS's answers for a chunk: each registration DONE with its own membership number, one statement per 500. */
    private static final RowValuesUpdate REGISTRATION_DONE = RowValuesUpdate.of("bpjs_registration",
            List.of("nik varchar(16)", "pks_number varchar(40)", "membership_number varchar(11)"),
            "t.nik = v.nik and t.pks_number = v.pks_number",
            "state = 'DONE', membership_number = v.membership_number, updated_at = ?");
    /** Returning members: each on its new PKS, in its (possibly new) village, one statement per 500. */
    private static final RowValuesUpdate MEMBER_RENEWED = RowValuesUpdate.of("member",
            List.of("nik varchar(16)", "pks_number varchar(40)", "segment varchar(40)", "coverage_end date",
                    "village_code varchar(10)", "kecamatan_code varchar(6)", "regency_code varchar(4)"),
            "t.nik = v.nik",
            "pks_number = v.pks_number, segment = v.segment, status = 'ACTIVE', coverage_end = v.coverage_end, "
                    + "village_code = v.village_code, kecamatan_code = v.kecamatan_code, regency_code = v.regency_code, "
                    + "updated_at = ?");

    private final JdbcTemplate jdbc;
    private final AgreementRepository agreements;
    private final MemberRepository members;
    private final EnrollmentCandidates candidates;
    private final BpjsRegistry bpjs;
    private final Notifier notifier;
    private final TransactionTemplate ownTx;
    private final int chunkSize;
    private final GroupMailer groupMailer;
    private final Clock clock;
    private final TableStatistics statistics;

    /**
     * @param candidates the approved candidates (verification's table, through the interface enrollment owns)
     * @param settings   {@code chunkSize}: workers per registration job ({@code jamsos.enrollment.chunk-size}, 500)
     * @param clock      "today" (WIB) for the booking on the PKS in force and the coverage start; the
     *                   {@code ClockConfig} system clock, pinned by integration tests
     * @param statistics refreshes the planner's statistics of the member tables after a batch
     */
    public EnrollmentService(JdbcTemplate jdbc, AgreementRepository agreements, MemberRepository members,
                             EnrollmentCandidates candidates, BpjsRegistry bpjs, Notifier notifier,
                             PlatformTransactionManager txManager, EnrollmentSettings settings, GroupMailer groupMailer,
                             Clock clock, TableStatistics statistics) {
        this.clock = clock;
        this.statistics = statistics;
        this.groupMailer = groupMailer;
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.members = members;
        this.candidates = candidates;
        this.bpjs = bpjs;
        this.notifier = notifier;
        this.ownTx = new TransactionTemplate(txManager);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.chunkSize = settings.chunkSize();
    }

    /** Numbers the batch's approved candidates into chunks; returns the chunk numbers (0..n-1). */
    @Transactional
    public List<Integer> prepareChunks(long batchId) {
        int n = candidates.numberChunks(batchId, chunkSize);
        List<Integer> chunks = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            chunks.add(c);
        }
        return chunks;
    }

    /** A candidate booked on a PKS with its coverage start, to be registered in this chunk. */
    private record Booked(EnrollmentCandidates.Approved candidate, Agreement pks, LocalDate coverageStart) {
        String key() {
            return candidate.nik() + "|" + pks.pksNumber();
        }
    }

    /** Where a candidate would be booked: the PKS the list was finalised on, the PKS covering its start (issue 13). */
    private record Planned(EnrollmentCandidates.Approved candidate, Agreement listed, Agreement target,
                           LocalDate coverageStart) {
        String key() {
            return candidate.nik() + "|" + target.pksNumber();
        }
    }

    /** What the reservation decided: booked within quota, refused for a full quota, moved to the next PKS. */
    private record Reservation(List<Booked> booked, Map<Long, String> quotaFull, Map<String, List<Long>> moved) {
    }

    /** The first candidate of the chunk found waiting for the next PKS, per PKS (one mail per batch and PKS). */
    private record Waiting(String regencyCode, Agreement pks, LocalDate coverageStart) {
    }

    /**
     * Registers one chunk of the batch: books each APPROVED candidate on its PKS (or the next one, issue 13), within
     * quota, registers the booked ones with BPJS, makes or renews their memberships and marks them ENROLLED.
     *
     * @return how many candidates of the chunk are enrolled now
     */
    @Transactional
    public int registerChunk(long batchId, int chunkNo) {
        long start = System.currentTimeMillis();
        List<EnrollmentCandidates.Approved> list = candidates.chunk(batchId, chunkNo);
        LocalDate today = LocalDate.now(clock.withZone(Formats.WIB));
        Map<String, Agreement> pksCache = new HashMap<>();
        Map<String, List<Agreement>> byProgram = new HashMap<>();
        Map<Long, String> waiting = new LinkedHashMap<>();
        Map<String, Waiting> waitingMail = new LinkedHashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (EnrollmentCandidates.Approved c : list) {
            Agreement pks = pksCache.computeIfAbsent(c.pksNumber(), n -> agreements.find(n)
                    .orElseThrow(() -> new IllegalStateException("PKS " + n + " tidak ditemukan")));
            // Issue 13: finalised in December, protection would start after this PKS ends: book on the next
            // PKS when it is signed (covering that day), else wait for it; never cover after the agreement ends.
            // Issue 16: the next PKS of the same program (payer).
            CoverageStart.Booking booking = CoverageStart.book(pks,
                    byProgram.computeIfAbsent(pks.pksNumber(), n -> agreements.byProgram(pks)), today);
            if (booking.pks().isEmpty()) {
                waiting.put(c.id(), booking.waitingReason());
                waitingMail.putIfAbsent(pks.pksNumber(), new Waiting(c.regencyCode(), pks, booking.coverageStart()));
                continue;
            }
            planned.add(new Planned(c, pks, booking.pks().get(), booking.coverageStart()));
        }
        Reservation r = planned.isEmpty() ? new Reservation(List.of(), Map.of(), Map.of()) : reserve(planned);
        List<Booked> booked = r.booked();
        r.moved().forEach((pksNumber, ids) -> candidates.rebook(ids, pksNumber));
        if (!r.quotaFull().isEmpty()) {
            candidates.keepWaiting(r.quotaFull());
        }
        if (!waiting.isEmpty()) {
            candidates.waitForNextPks(waiting);
            tellDinsosOfWaiting(batchId, waitingMail);
        }
        if (!booked.isEmpty()) {
            Map<String, String> numbers = bpjs.registerAll(booked.stream().map(b -> new BpjsRegistry.Registration(
                    b.candidate().nik(), b.candidate().name(), b.candidate().birthDate(), b.candidate().sex(),
                    b.candidate().regencyCode(), b.pks().pksNumber(), b.pks().segment(), b.coverageStart(),
                    b.pks().endDate())).toList());
            for (Booked b : booked) {
                String number = numbers.get(b.key());
                if (number == null || !number.matches("\\d{11}")) {
                    throw new IllegalStateException("BPJS tidak memberi nomor kepesertaan sah untuk " + Formats.maskNik(b.candidate().nik())
                            + " (" + b.pks().pksNumber() + ")");
                }
            }
            upsertMembers(booked, numbers);
            Timestamp now = Timestamp.from(Instant.now());
            REGISTRATION_DONE.run(jdbc, booked, b -> new Object[]{b.candidate().nik(), b.pks().pksNumber(),
                    numbers.get(b.key())}, now);
            candidates.enrolled(booked.stream().map(b -> new EnrollmentCandidates.Enrolled(b.candidate().id(),
                    numbers.get(b.key()), b.pks().pksNumber())).toList());
        }
        log.info("Batch {} chunk {}: {} of {} enrolled in {} ms", batchId, chunkNo, booked.size(), list.size(),
                System.currentTimeMillis() - start);
        return booked.size();
    }

    /**
     * The quota decision and the chunk's registration rows, in a short transaction of its own committed before BPJS
     * is called. The PKS rows are locked (in PKS number order) only for this transaction, so the chunks of one
     * regency book one after the other but register with BPJS and write their members at once. A PKS's places in
     * use are its ACTIVE members plus its PENDING registrations (booked by a chunk that has not committed yet, or
     * failed and will be retried). A candidate already holding a registration on the PKS (a retried chunk) keeps its
     * place and gets the attempt counted; any other one needs a free place on the PKS its list was finalised on and
     * on the PKS it is booked on, as before. A candidate whose registration on the PKS is DONE and whose member is
     * ACTIVE on it was enrolled by an earlier run of this chunk (a job run again after its work committed, or a
     * second run that read the chunk before the first committed): it is left out, so its registration is not made
     * PENDING again (a place counted twice, "Kuota penuh" with room left) and nothing is written twice. One query per
     * PKS and per chunk, two JDBC batches.
     */
    private Reservation reserve(List<Planned> planned) {
        return ownTx.execute(s -> {
            Timestamp now = Timestamp.from(Instant.now());
            java.util.TreeSet<String> numbers = new java.util.TreeSet<>();
            planned.forEach(p -> {
                numbers.add(p.listed().pksNumber());
                numbers.add(p.target().pksNumber());
            });
            Map<String, Agreement> locked = new HashMap<>();
            Map<String, Integer> used = new HashMap<>();
            for (String n : numbers) {
                locked.put(n, agreements.lockForEnrollment(n).orElseThrow(() -> new IllegalStateException("PKS " + n + " tidak ditemukan")));
                Integer pending = jdbc.queryForObject("select count(*) from bpjs_registration where pks_number = ? "
                        + "and state = 'PENDING'", Integer.class, n);
                used.put(n, agreements.enrolledCount(n) + (pending == null ? 0 : pending));
            }
            Map<String, String> existing = new HashMap<>(); // NIK|PKS → state of its registration row
            List<String> niks = planned.stream().map(p -> p.candidate().nik()).distinct().toList();
            for (int from = 0; from < niks.size(); from += BATCH) {
                List<String> part = niks.subList(from, Math.min(niks.size(), from + BATCH));
                jdbc.query("select nik, pks_number, state from bpjs_registration where nik in ("
                        + String.join(",", java.util.Collections.nCopies(part.size(), "?")) + ")",
                        rs -> {
                            existing.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3));
                        }, part.toArray());
            }
            Map<String, String> activeOn = new HashMap<>(); // NIK → PKS of its ACTIVE member
            for (int from = 0; from < niks.size(); from += BATCH) {
                List<String> part = niks.subList(from, Math.min(niks.size(), from + BATCH));
                jdbc.query("select nik, pks_number from member where status = 'ACTIVE' and nik in ("
                        + String.join(",", java.util.Collections.nCopies(part.size(), "?")) + ")",
                        rs -> {
                            activeOn.put(rs.getString(1), rs.getString(2));
                        }, part.toArray());
            }
            List<Booked> booked = new ArrayList<>();
            List<Booked> retried = new ArrayList<>();
            List<Booked> fresh = new ArrayList<>();
            Map<Long, String> quotaFull = new LinkedHashMap<>();
            Map<String, List<Long>> moved = new LinkedHashMap<>();
            for (Planned p : planned) {
                Agreement listed = locked.get(p.listed().pksNumber());
                Agreement target = locked.get(p.target().pksNumber());
                // PENDING: this chunk booked it before and failed (a retry). DONE: an earlier enrollment on the same
                // PKS that has ended since; it needs a place again.
                if ("DONE".equals(existing.get(p.key())) && target.pksNumber().equals(activeOn.get(p.candidate().nik()))) {
                    continue; // enrolled by an earlier run of this chunk
                }
                boolean holdsPlace = "PENDING".equals(existing.get(p.key()));
                if (!holdsPlace && used.get(listed.pksNumber()) >= listed.quota()) {
                    quotaFull.put(p.candidate().id(), "Kuota " + listed.pksNumber() + " penuh: menunggu PKS berikutnya");
                    continue;
                }
                if (!target.pksNumber().equals(listed.pksNumber())) {
                    moved.computeIfAbsent(target.pksNumber(), n -> new ArrayList<>()).add(p.candidate().id());
                }
                if (!holdsPlace && used.get(target.pksNumber()) >= target.quota()) {
                    quotaFull.put(p.candidate().id(), "Kuota " + target.pksNumber() + " penuh: menunggu PKS berikutnya");
                    continue;
                }
                Booked b = new Booked(p.candidate(), target, p.coverageStart());
                booked.add(b);
                if (!holdsPlace) {
                    used.merge(target.pksNumber(), 1, Integer::sum);
                }
                (existing.containsKey(p.key()) ? retried : fresh).add(b);
            }
            jdbc.batchUpdate("update bpjs_registration set state = 'PENDING', attempts = attempts + 1, updated_at = ? "
                    + "where nik = ? and pks_number = ?",
                    retried, BATCH, (ps, b) -> {
                        ps.setTimestamp(1, now);
                        ps.setString(2, b.candidate().nik());
                        ps.setString(3, b.pks().pksNumber());
                    });
            jdbc.batchUpdate("insert into bpjs_registration (nik, pks_number, candidate_id, state, attempts, created_at, updated_at) "
                    + "values (?,?,?,?,?,?,?)", fresh, BATCH, (ps, b) -> {
                        ps.setString(1, b.candidate().nik());
                        ps.setString(2, b.pks().pksNumber());
                        ps.setLong(3, b.candidate().id());
                        ps.setString(4, "PENDING");
                        ps.setInt(5, 1);
                        ps.setTimestamp(6, now);
                        ps.setTimestamp(7, now);
                    });
            return new Reservation(booked, quotaFull, moved);
        });
    }

    /**
     * The candidates waiting for the next PKS stay APPROVED with {@code waiting_for = NEXT_PKS} and the reason;
     * Dinsos is told once per batch and PKS (mail {@code peserta-menunggu-pks}). {@link #bookWaitingOn} enrolls
     * them when the next PKS is signed.
     */
    private void tellDinsosOfWaiting(long batchId, Map<String, Waiting> waitingMail) {
        int count = candidates.waitingForNextPks(batchId);
        for (Waiting w : waitingMail.values()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("count", count);
            model.put("regencyCode", w.regencyCode());
            model.put("coverageStart", Formats.date(w.coverageStart()));
            model.put("pksNumber", w.pks().pksNumber());
            model.put("pksEnd", Formats.date(w.pks().endDate()));
            groupMailer.send("peserta-menunggu-pks", model, w.regencyCode(), "ENR-" + w.regencyCode() + "-" + batchId,
                    "menunggu-pks-" + batchId + "-" + w.pks().pksNumber(), Role.DINSOS.groupId(w.regencyCode()));
        }
    }

    /**
     * The regency's candidates waiting for the next PKS move to the signed one; returns their batch ids, each to
     * be enrolled again (their coverage starts within the new PKS).
     */
    @Transactional
    public List<Long> bookWaitingOn(String pksNumber, String regencyCode) {
        // Issue 16: only the signed PKS's own program (the waiting candidates' PKS is one of its earlier agreements).
        List<String> program = agreements.find(pksNumber).map(agreements::byProgram).orElse(List.of()).stream()
                .map(Agreement::pksNumber).filter(n -> !n.equals(pksNumber)).toList();
        if (program.isEmpty()) {
            return List.of();
        }
        return candidates.moveWaitingTo(pksNumber, regencyCode, program);
    }

    /**
     * One membership per person: a returning worker keeps the number and continues under the new PKS; a return after
     * an end or a lapse is history ({@code member_status_change} ACTIVE/ENROLLED from the new coverage start).
     * New workers become members with the number BPJS gave. One query and at most three JDBC batches.
     */
    private void upsertMembers(List<Booked> booked, Map<String, String> numbers) {
        Map<String, MemberRepository.Known> known = members.knownByNik(booked.stream().map(b -> b.candidate().nik()).toList());
        List<MemberRepository.NewStatusChange> returns = new ArrayList<>();
        List<Booked> renewed = new ArrayList<>();
        List<Member> fresh = new ArrayList<>();
        for (Booked b : booked) {
            EnrollmentCandidates.Approved c = b.candidate();
            MemberRepository.Known k = known.get(c.nik());
            if (k == null) {
                fresh.add(new Member(numbers.get(b.key()), c.nik(), c.name(), c.birthDate(), c.sex(), c.category(),
                        c.address(), c.phone(), c.email(), c.villageCode(), c.kecamatanCode(), c.regencyCode(),
                        b.pks().pksNumber(), b.pks().segment(), MemberStatus.ACTIVE, b.coverageStart(), b.pks().endDate(), 0));
                continue;
            }
            if (k.status() != MemberStatus.ACTIVE) {
                returns.add(new MemberRepository.NewStatusChange(k.membershipNumber(), MemberStatus.ACTIVE, "ENROLLED",
                        b.coverageStart()));
            }
            renewed.add(b);
        }
        members.recordStatusChanges(returns);
        Timestamp now = Timestamp.from(Instant.now());
        MEMBER_RENEWED.run(jdbc, renewed, b -> new Object[]{b.candidate().nik(), b.pks().pksNumber(), b.pks().segment(),
                Date.valueOf(b.pks().endDate()), b.candidate().villageCode(), b.candidate().kecamatanCode(),
                b.candidate().regencyCode()}, now);
        members.insertAll(fresh);
    }

    /** Mails each worker of the batch enrolled now who gave an e-mail address (NIK masked). */
    @Transactional
    public int notifyEnrolled(long batchId, String businessKey) {
        // Every chunk of the batch is written: up to 20,000 new members and registrations for the next batch's
        // lookups by NIK (TableStatistics).
        statistics.refresh("member", "bpjs_registration", "member_status_change");
        List<EnrollmentCandidates.Contact> contacts = candidates.enrolledWithEmail(batchId);
        Map<String, Member> byNik = new HashMap<>();
        for (int from = 0; from < contacts.size(); from += BATCH) {
            members.byNiks(contacts.subList(from, Math.min(contacts.size(), from + BATCH)).stream()
                    .map(EnrollmentCandidates.Contact::nik).toList()).forEach(m -> byNik.put(m.nik(), m));
        }
        int sent = 0;
        for (EnrollmentCandidates.Contact c : contacts) {
            Member m = byNik.get(c.nik());
            if (m == null) {
                continue; // as the former join: no membership row, no mail
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", c.name());
            model.put("membershipNumber", m.membershipNumber());
            model.put("nikMasked", Formats.maskNik(c.nik()));
            model.put("coverageStart", Formats.date(m.coverageStart()));
            model.put("coverageEnd", m.coverageEnd() == null ? "-" : Formats.date(m.coverageEnd()));
            model.put("pksNumber", m.pksNumber());
            if (notifier.enqueue("peserta-terdaftar", c.email(), model, c.regencyCode(), businessKey,
                    "enrolled|" + c.candidateId())) {
                sent++;
            }
        }
        return sent;
    }
}
