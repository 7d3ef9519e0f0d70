package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.notification.Notifier;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.notification.GroupMailer;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers approved candidates with BPJS in chunks. Idempotent per NIK and PKS: a registration row is
 * committed before the call (own transaction), the call carries NIK|PKS as idempotency key, and a
 * retried chunk skips candidates already enrolled. Enrolled members never exceed the PKS quota.
 */
@Service
public class EnrollmentService {
    private static final Logger log = LoggerFactory.getLogger(EnrollmentService.class);

    private final JdbcTemplate jdbc;
    private final AgreementRepository agreements;
    private final MemberRepository members;
    private final BpjsRegistry bpjs;
    private final Notifier notifier;
    private final TransactionTemplate ownTx;
    private final int chunkSize;
    private final GroupMailer groupMailer;
    private final Clock clock;

    /**
     * @param clock "today" (WIB) for the booking on the PKS in force and the coverage start; the
     *              {@code ClockConfig} system clock, pinned by integration tests
     */
    public EnrollmentService(JdbcTemplate jdbc, AgreementRepository agreements, MemberRepository members,
                             BpjsRegistry bpjs, Notifier notifier, PlatformTransactionManager txManager,
                             EnrollmentSettings settings, GroupMailer groupMailer,
                             Clock clock) {
        this.clock = clock;
        this.groupMailer = groupMailer;
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.members = members;
        this.bpjs = bpjs;
        this.notifier = notifier;
        this.ownTx = new TransactionTemplate(txManager);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.chunkSize = settings.chunkSize();
    }

    /** Numbers the batch's approved candidates into chunks; returns the chunk numbers (0..n-1). */
    @Transactional
    public List<Integer> prepareChunks(long batchId) {
        List<Long> ids = jdbc.queryForList("select id from candidate where batch_id = ? and status = 'APPROVED' order by id",
                Long.class, batchId);
        List<Object[]> args = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            args.add(new Object[]{i / chunkSize, ids.get(i)});
        }
        jdbc.batchUpdate("update candidate set enroll_chunk = ? where id = ?", args);
        List<Integer> chunks = new ArrayList<>();
        for (int c = 0; c * chunkSize < ids.size(); c++) {
            chunks.add(c);
        }
        return chunks;
    }

    record Approved(long id, String nik, String name, LocalDate birthDate, String sex, String category, String address,
                    String phone, String email, String villageCode, String kecamatanCode, String regencyCode,
                    String pksNumber) {
    }

    /** @return how many candidates of the chunk are enrolled now */
    @Transactional
    public int registerChunk(long batchId, int chunkNo) {
        long start = System.currentTimeMillis();
        List<Approved> list = jdbc.query("select * from candidate where batch_id = ? and enroll_chunk = ? and status = 'APPROVED' order by id",
                (rs, i) -> new Approved(rs.getLong("id"), rs.getString("nik"), rs.getString("name"),
                        rs.getDate("birth_date").toLocalDate(), rs.getString("sex"), rs.getString("category"),
                        rs.getString("address"), rs.getString("phone"), rs.getString("email"), rs.getString("village_code"),
                        rs.getString("kecamatan_code"), rs.getString("regency_code"), rs.getString("pks_number")),
                batchId, chunkNo);
        int enrolled = 0;
        LocalDate today = LocalDate.now(clock.withZone(Formats.WIB));
        Map<String, Agreement> pksCache = new LinkedHashMap<>();
        Map<String, Integer> enrolledByPks = new LinkedHashMap<>();
        for (Approved c : list) {
            Agreement pks = pksCache.computeIfAbsent(c.pksNumber(), n -> {
                // Lock the PKS row: concurrent chunks of other batches wait, so the count below stays true.
                jdbc.queryForList("select pks_number from pks_agreement where pks_number = ? for update", String.class, n);
                enrolledByPks.put(n, agreements.enrolledCount(n));
                return agreements.find(n).orElseThrow(() -> new IllegalStateException("PKS " + n + " tidak ditemukan"));
            });
            if (enrolledByPks.get(pks.pksNumber()) >= pks.quota()) {
                jdbc.update("update candidate set status_reason = ?, updated_at = ? where id = ?",
                        "Kuota " + pks.pksNumber() + " penuh: menunggu PKS berikutnya", Timestamp.from(Instant.now()), c.id());
                continue;
            }
            // Issue 13: finalised in December, protection would start after this PKS ends: book on the next
            // PKS when it is signed (covering that day), else wait for it; never cover after the agreement ends.
            CoverageStart.Booking booking = CoverageStart.book(pks, agreements.byProgram(pks), today);
            if (booking.pks().isEmpty()) {
                waitForNextPks(c, pks, booking, batchId);
                continue;
            }
            LocalDate coverageStart = booking.coverageStart();
            if (!booking.pks().get().pksNumber().equals(pks.pksNumber())) {
                Agreement next = booking.pks().get();
                pks = pksCache.computeIfAbsent(next.pksNumber(), n -> {
                    jdbc.queryForList("select pks_number from pks_agreement where pks_number = ? for update", String.class, n);
                    enrolledByPks.put(n, agreements.enrolledCount(n));
                    return next;
                });
                jdbc.update("update candidate set pks_number = ?, waiting_for = null, updated_at = ? where id = ?",
                        pks.pksNumber(), Timestamp.from(Instant.now()), c.id());
                if (enrolledByPks.get(pks.pksNumber()) >= pks.quota()) {
                    jdbc.update("update candidate set status_reason = ?, updated_at = ? where id = ?",
                            "Kuota " + pks.pksNumber() + " penuh: menunggu PKS berikutnya", Timestamp.from(Instant.now()), c.id());
                    continue;
                }
            }
            reserve(c, pks);
            String number = bpjs.register(new BpjsRegistry.Registration(c.nik(), c.name(), c.birthDate(), c.sex(),
                    c.regencyCode(), pks.pksNumber(), pks.segment(), coverageStart, pks.endDate()));
            upsertMember(c, pks, number, coverageStart);
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update("update bpjs_registration set state = 'DONE', membership_number = ?, updated_at = ? where nik = ? and pks_number = ?",
                    number, now, c.nik(), pks.pksNumber());
            jdbc.update("update candidate set status = 'ENROLLED', membership_number = ?, status_reason = null, updated_at = ? where id = ?",
                    number, now, c.id());
            jdbc.update("insert into candidate_decision (candidate_id, stage, decision, reason, decided_by, task_id, decided_at) values (?,?,?,?,?,?,?)",
                    c.id(), "ENROLLMENT", "ENROLLED", "Nomor kepesertaan " + number + ", " + pks.pksNumber(), "bpjs", null, now);
            enrolledByPks.merge(pks.pksNumber(), 1, Integer::sum);
            enrolled++;
        }
        log.info("Batch {} chunk {}: {} of {} enrolled in {} ms", batchId, chunkNo, enrolled, list.size(),
                System.currentTimeMillis() - start);
        return enrolled;
    }

    /**
     * The candidate stays APPROVED with {@code waiting_for = NEXT_PKS} and the reason; Dinsos is told once per
     * batch and PKS (mail {@code peserta-menunggu-pks}). {@link #bookWaitingOn} enrolls them when the next PKS is signed.
     */
    private void waitForNextPks(Approved c, Agreement pks, CoverageStart.Booking booking, long batchId) {
        LocalDate coverageStart = booking.coverageStart();
        jdbc.update("update candidate set waiting_for = 'NEXT_PKS', status_reason = ?, updated_at = ? where id = ?",
                booking.waitingReason(), Timestamp.from(Instant.now()), c.id());
        Integer waiting = jdbc.queryForObject("select count(*) from candidate where batch_id = ? and waiting_for = 'NEXT_PKS'",
                Integer.class, batchId);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("count", waiting);
        model.put("regencyCode", c.regencyCode());
        model.put("coverageStart", Formats.date(coverageStart));
        model.put("pksNumber", pks.pksNumber());
        model.put("pksEnd", Formats.date(pks.endDate()));
        groupMailer.send("peserta-menunggu-pks", model, c.regencyCode(), "ENR-" + c.regencyCode() + "-" + batchId,
                "menunggu-pks-" + batchId + "-" + pks.pksNumber(), Role.DINSOS.groupId(c.regencyCode()));
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
        String in = String.join(",", program.stream().map(x -> "?").toList());
        List<Object> args = new ArrayList<>(List.of(regencyCode));
        args.addAll(program);
        List<Long> batches = jdbc.queryForList("select distinct batch_id from candidate where regency_code = ? "
                + "and status = 'APPROVED' and waiting_for = 'NEXT_PKS' and pks_number in (" + in + ") order by batch_id",
                Long.class, args.toArray());
        List<Object> update = new ArrayList<>(List.of(pksNumber, "Dipindahkan ke " + pksNumber + " yang telah ditandatangani",
                Timestamp.from(Instant.now()), regencyCode));
        update.addAll(program);
        jdbc.update("update candidate set pks_number = ?, waiting_for = null, status_reason = ?, updated_at = ? "
                        + "where regency_code = ? and status = 'APPROVED' and waiting_for = 'NEXT_PKS' and pks_number in ("
                        + in + ")", update.toArray());
        return batches;
    }

    /** The registration row, committed before BPJS is called; a retry finds it and counts the attempt. */
    private void reserve(Approved c, Agreement pks) {
        ownTx.executeWithoutResult(s -> {
            Timestamp now = Timestamp.from(Instant.now());
            int updated = jdbc.update("update bpjs_registration set attempts = attempts + 1, updated_at = ? where nik = ? and pks_number = ?",
                    now, c.nik(), pks.pksNumber());
            if (updated == 0) {
                jdbc.update("insert into bpjs_registration (nik, pks_number, candidate_id, state, attempts, created_at, updated_at) values (?,?,?,?,?,?,?)",
                        c.nik(), pks.pksNumber(), c.id(), "PENDING", 1, now, now);
            }
        });
    }

    private void upsertMember(Approved c, Agreement pks, String number, LocalDate coverageStart) {
        Timestamp now = Timestamp.from(Instant.now());
        // One membership per person: a returning worker keeps the number and continues under the new PKS.
        // A return after an end or a lapse is history (member_status_change), from the new coverage start.
        jdbc.update("""
                insert into member_status_change (membership_number, status, reason, effective_on, recorded_at)
                select membership_number, 'ACTIVE', 'ENROLLED', ?, ? from member where nik = ? and status <> 'ACTIVE'""",
                Date.valueOf(coverageStart), now, c.nik());
        int updated = jdbc.update("""
                update member set pks_number = ?, segment = ?, status = 'ACTIVE', coverage_end = ?, village_code = ?,
                  kecamatan_code = ?, regency_code = ?, updated_at = ? where nik = ?""",
                pks.pksNumber(), pks.segment(), Date.valueOf(pks.endDate()), c.villageCode(), c.kecamatanCode(),
                c.regencyCode(), now, c.nik());
        if (updated == 0) {
            members.insert(new Member(number, c.nik(), c.name(), c.birthDate(), c.sex(), c.category(), c.address(),
                    c.phone(), c.email(), c.villageCode(), c.kecamatanCode(), c.regencyCode(), pks.pksNumber(),
                    pks.segment(), MemberStatus.ACTIVE, coverageStart, pks.endDate(), 0));
        }
    }

    /** Mails each worker of the batch enrolled now who gave an e-mail address (NIK masked). */
    @Transactional
    public int notifyEnrolled(long batchId, String businessKey) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select c.id, c.name, c.nik, c.email, c.regency_code, m.membership_number, m.coverage_start, m.coverage_end, m.pks_number
                from candidate c join member m on m.nik = c.nik
                where c.batch_id = ? and c.status = 'ENROLLED' and c.email is not null""", batchId);
        int sent = 0;
        for (Map<String, Object> r : rows) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", r.get("name"));
            model.put("membershipNumber", r.get("membership_number"));
            model.put("nikMasked", Formats.maskNik((String) r.get("nik")));
            model.put("coverageStart", Formats.date(((Date) r.get("coverage_start")).toLocalDate()));
            model.put("coverageEnd", r.get("coverage_end") == null ? "-" : Formats.date(((Date) r.get("coverage_end")).toLocalDate()));
            model.put("pksNumber", r.get("pks_number"));
            if (notifier.enqueue("peserta-terdaftar", (String) r.get("email"), model, (String) r.get("regency_code"),
                    businessKey, "enrolled|" + r.get("id"))) {
                sent++;
            }
        }
        return sent;
    }
}
