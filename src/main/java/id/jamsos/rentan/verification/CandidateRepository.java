package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.FieldError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Batches, staged rows, candidates and their decisions (JdbcTemplate, set-based where it matters). */
@Repository
public class CandidateRepository {
    private final JdbcTemplate jdbc;

    public CandidateRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param pksNumber the PKS whose program the batch is proposed for (issue 16); null = the regency's Dinsos program */
    public record Batch(long id, String regencyCode, String status, int total, int processed, int accepted,
                        int rejected, LocalDate coverageStart, String createdBy, String pksNumber) {
    }

    public record Candidate(long id, long batchId, int rowNo, String nik, String name, LocalDate birthDate, String sex,
                            String villageCode, String kecamatanCode, String regencyCode, String category,
                            String address, String phone, String email, String warnings, String dtksAnswer,
                            LocalDate dtksSnapshot, CandidateStatus status, String statusReason, String pksNumber,
                            String membershipNumber) {
    }

    public record Decision(String stage, String decision, String reason, String decidedBy, String taskId,
                           Instant decidedAt) {
    }

    private static Candidate mapCandidate(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date snap = rs.getDate("dtks_snapshot");
        return new Candidate(rs.getLong("id"), rs.getLong("batch_id"), rs.getInt("row_no"), rs.getString("nik"),
                rs.getString("name"), rs.getDate("birth_date").toLocalDate(), rs.getString("sex"),
                rs.getString("village_code"), rs.getString("kecamatan_code"), rs.getString("regency_code"),
                rs.getString("category"), rs.getString("address"), rs.getString("phone"), rs.getString("email"),
                rs.getString("warnings"), rs.getString("dtks_answer"), snap == null ? null : snap.toLocalDate(),
                CandidateStatus.valueOf(rs.getString("status")), rs.getString("status_reason"),
                rs.getString("pks_number"), rs.getString("membership_number"));
    }

    public long insertBatch(String regencyCode, String source, int total, LocalDate coverageStart, String createdBy) {
        return insertBatch(regencyCode, source, total, coverageStart, createdBy, null);
    }

    /** A batch proposed for the program of {@code pksNumber} (null: the regency's Dinsos program). */
    public long insertBatch(String regencyCode, String source, int total, LocalDate coverageStart, String createdBy,
                            String pksNumber) {
        var kh = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into candidate_batch (regency_code, source, status, total, coverage_start, created_by, created_at,
                      pks_number)
                    values (?,?,?,?,?,?,?,?)""", new String[]{"id"});
            ps.setString(1, regencyCode);
            ps.setString(2, source);
            ps.setString(3, "RUNNING");
            ps.setInt(4, total);
            ps.setDate(5, Date.valueOf(coverageStart));
            ps.setString(6, createdBy);
            ps.setTimestamp(7, Timestamp.from(Instant.now()));
            ps.setString(8, pksNumber);
            return ps;
        }, kh);
        return kh.getKey().longValue();
    }

    public void insertRows(long batchId, List<CandidateRow> rows) {
        jdbc.batchUpdate("""
                insert into candidate_row (batch_id, row_no, nik, name, birth_date, sex, village_code, category, address,
                  phone, email, dtks_id) values (?,?,?,?,?,?,?,?,?,?,?,?)""", rows, 500, (ps, r) -> {
            ps.setLong(1, batchId);
            ps.setInt(2, r.rowNo());
            ps.setString(3, cut(r.nik(), 100));
            ps.setString(4, cut(r.name(), 300));
            ps.setString(5, cut(r.birthDate(), 100));
            ps.setString(6, cut(r.sex(), 20));
            ps.setString(7, cut(r.villageCode(), 100));
            ps.setString(8, cut(r.category(), 100));
            ps.setString(9, cut(r.address(), 1000));
            ps.setString(10, cut(r.phone(), 100));
            ps.setString(11, cut(r.email(), 400));
            ps.setString(12, cut(r.dtksId(), 100));
        });
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public void setProcessInstance(long batchId, String processInstanceId) {
        jdbc.update("update candidate_batch set process_instance_id = ? where id = ?", processInstanceId, batchId);
    }

    public Optional<Batch> findBatch(long id) {
        return jdbc.query("select * from candidate_batch where id = ?", (rs, i) -> new Batch(rs.getLong("id"),
                rs.getString("regency_code"), rs.getString("status"), rs.getInt("total"), rs.getInt("processed"),
                rs.getInt("accepted"), rs.getInt("rejected"), rs.getDate("coverage_start").toLocalDate(),
                rs.getString("created_by"), rs.getString("pks_number")), id).stream().findFirst();
    }

    /** Rows after the last committed chunk (a retried job resumes where it stopped). */
    public List<CandidateRow> rowsAfter(long batchId, int afterRowNo, int limit) {
        return jdbc.query("select * from candidate_row where batch_id = ? and row_no > ? order by row_no limit ?",
                (rs, i) -> new CandidateRow(rs.getInt("row_no"), rs.getString("nik"), rs.getString("name"),
                        rs.getString("birth_date"), rs.getString("sex"), rs.getString("village_code"),
                        rs.getString("category"), rs.getString("address"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("dtks_id")), batchId, afterRowNo, limit);
    }

    /** The raw rows of a batch that screening rejected, as received, in row order. */
    public List<CandidateRow> rejectedRows(long batchId) {
        return jdbc.query("""
                select r.* from candidate_row r where r.batch_id = ?
                and exists (select 1 from candidate_row_error e where e.batch_id = r.batch_id and e.row_no = r.row_no)
                order by r.row_no""",
                (rs, i) -> new CandidateRow(rs.getInt("row_no"), rs.getString("nik"), rs.getString("name"),
                        rs.getString("birth_date"), rs.getString("sex"), rs.getString("village_code"),
                        rs.getString("category"), rs.getString("address"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("dtks_id")), batchId);
    }

    public int lastProcessedRow(long batchId) {
        Integer n = jdbc.queryForObject("""
                select coalesce(max(row_no), 0) from (
                  select row_no from candidate where batch_id = ? union all select row_no from candidate_row_error where batch_id = ?
                ) t""", Integer.class, batchId, batchId);
        return n == null ? 0 : n;
    }

    /** NIKs among these already in the program (any regency), leaving out those finally turned away. */
    public Set<String> openCandidateNiks(Collection<String> niks) {
        // open_nik is the NIK exactly while the candidacy is open (CandidateStatus.open): its unique index answers a
        // chunk's 500 NIKs directly (issue 18: "nik in (...) and status not in (...)" took 56 ms per chunk).
        return niksIn("select nik from candidate where open_nik in (%s)", niks);
    }

    /** NIK → the PKS (may be null for old rows) of each ACTIVE member among {@code niks} (read of enrollment's table). */
    public Map<String, String> activeMemberPks(Collection<String> niks) {
        Map<String, String> out = new HashMap<>();
        List<String> list = new ArrayList<>(niks);
        for (int i = 0; i < list.size(); i += 500) {
            List<String> chunk = list.subList(i, Math.min(list.size(), i + 500));
            String in = String.join(",", chunk.stream().map(x -> "?").toList());
            jdbc.query("select nik, pks_number from member where status = 'ACTIVE' and nik in (" + in + ")",
                    rs -> {
                        out.put(rs.getString("nik"), rs.getString("pks_number"));
                    }, chunk.toArray());
        }
        return out;
    }

    public Set<String> activeMemberNiks(Collection<String> niks) {
        return niksIn("select nik from member where status = 'ACTIVE' and nik in (%s)", niks);
    }

    private Set<String> niksIn(String sqlTemplate, Collection<String> niks) {
        Set<String> out = new HashSet<>();
        List<String> list = new ArrayList<>(niks);
        for (int i = 0; i < list.size(); i += 500) {
            List<String> part = list.subList(i, Math.min(list.size(), i + 500));
            String in = String.join(",", part.stream().map(x -> "?").toList());
            out.addAll(jdbc.queryForList(sqlTemplate.formatted(in), String.class, part.toArray()));
        }
        return out;
    }

    public record NewCandidate(long batchId, CandidateRow row, LocalDate birthDate, String regencyCode,
                               String warnings, DtksRegistry.Answer dtks, CandidateStatus status, String statusReason) {
    }

    public void insertCandidates(List<NewCandidate> list) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                insert into candidate (batch_id, row_no, nik, name, birth_date, sex, village_code, kecamatan_code,
                  regency_code, category, address, phone, email, dtks_id, warnings, dtks_registered, dtks_desil,
                  dtks_snapshot, dtks_answer, status, status_reason, created_at, updated_at, open_nik)
                values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""", list, 500, (ps, c) -> {
            CandidateRow r = c.row();
            String village = r.villageCode().trim();
            ps.setLong(1, c.batchId());
            ps.setInt(2, r.rowNo());
            ps.setString(3, r.nik().trim());
            ps.setString(4, r.name().trim());
            ps.setDate(5, Date.valueOf(c.birthDate()));
            ps.setString(6, r.sex().trim());
            ps.setString(7, village);
            ps.setString(8, village.substring(0, 6));
            ps.setString(9, c.regencyCode());
            ps.setString(10, r.category().trim());
            ps.setString(11, CandidateRules.trim(r.address()));
            ps.setString(12, CandidateRules.trim(r.phone()));
            ps.setString(13, CandidateRules.trim(r.email()));
            ps.setString(14, cut(CandidateRules.trim(r.dtksId()), 40));
            ps.setString(15, c.warnings());
            ps.setBoolean(16, c.dtks().registered());
            if (c.dtks().desil() == null) {
                ps.setNull(17, java.sql.Types.INTEGER);
            } else {
                ps.setInt(17, c.dtks().desil());
            }
            ps.setDate(18, Date.valueOf(c.dtks().snapshotDate()));
            ps.setString(19, cut(c.dtks().text(), 500));
            ps.setString(20, c.status().name());
            ps.setString(21, c.statusReason());
            ps.setTimestamp(22, now);
            ps.setTimestamp(23, now);
            ps.setString(24, c.status().open() ? r.nik().trim() : null);
        });
    }

    public void insertErrors(long batchId, List<FieldError> errors) {
        jdbc.batchUpdate("insert into candidate_row_error (batch_id, row_no, field, message) values (?,?,?,?)",
                errors, 500, (ps, e) -> {
                    ps.setLong(1, batchId);
                    ps.setInt(2, e.row());
                    ps.setString(3, e.field());
                    ps.setString(4, cut(e.message(), 1000));
                });
    }

    public void addProgress(long batchId, int processed, int accepted, int rejected) {
        jdbc.update("update candidate_batch set processed = processed + ?, accepted = accepted + ?, rejected = rejected + ? where id = ?",
                processed, accepted, rejected, batchId);
    }

    public void finishBatch(long batchId) {
        jdbc.update("update candidate_batch set status = 'DONE', finished_at = ? where id = ?", Timestamp.from(Instant.now()), batchId);
    }

    /**
     * Candidate records made from the batch, in row order, screening refusals (SCREENING_REJECTED, kept with their
     * DTSEN answer) included; the batch's {@code accepted} count leaves those out.
     */
    public List<Long> acceptedIds(long batchId) {
        return jdbc.queryForList("select id from candidate where batch_id = ? order by row_no", Long.class, batchId);
    }

    /** Accepted candidates of a batch in row order: id → village code. */
    public Map<Long, String> acceptedIdsByVillage(long batchId) {
        Map<Long, String> out = new java.util.LinkedHashMap<>();
        jdbc.query("select id, village_code from candidate where batch_id = ? order by row_no",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> out.put(rs.getLong(1), rs.getString(2)), batchId);
        return out;
    }

    public List<FieldError> errors(long batchId) {
        return jdbc.query("select * from candidate_row_error where batch_id = ? order by row_no, field",
                (rs, i) -> new FieldError(rs.getInt("row_no"), rs.getString("field"), rs.getString("message")), batchId);
    }

    public Optional<Candidate> find(long id) {
        return jdbc.query("select * from candidate where id = ?", (rs, i) -> mapCandidate(rs), id).stream().findFirst();
    }

    public List<Candidate> inStatus(long batchId, CandidateStatus status, String regionPrefix) {
        String[] range = villageRange(regionPrefix);
        return jdbc.query("select * from candidate where batch_id = ? and status = ? and village_code between ? and ? "
                + "order by village_code, row_no", (rs, i) -> mapCandidate(rs), batchId, status.name(), range[0], range[1]);
    }

    /**
     * Candidates Dinsos deferred for want of quota (issue 16): AWAITING_FINAL with a DEFERRED decision, of batches
     * proposed for one of {@code programPks} (the program's PKS numbers) or, when {@code dinsos}, for no named PKS.
     */
    public List<Candidate> deferred(String regencyCode, Collection<String> programPks, boolean dinsos) {
        List<Object> args = new ArrayList<>();
        args.add(regencyCode);
        StringBuilder program = new StringBuilder(dinsos ? "b.pks_number is null" : "1 = 0");
        if (!programPks.isEmpty()) {
            program.append(" or b.pks_number in (").append(String.join(",", programPks.stream().map(x -> "?").toList()))
                    .append(")");
            args.addAll(programPks);
        }
        return jdbc.query("select c.* from candidate c join candidate_batch b on b.id = c.batch_id "
                        + "where c.regency_code = ? and c.status = 'AWAITING_FINAL' and (" + program + ") "
                        + "and exists (select 1 from candidate_decision d where d.candidate_id = c.id and d.decision = 'DEFERRED') "
                        + "order by c.village_code, c.batch_id, c.row_no",
                (rs, i) -> mapCandidate(rs), args.toArray());
    }

    public int countInStatus(long batchId, CandidateStatus status, String regionPrefix) {
        String[] range = villageRange(regionPrefix);
        Integer n = jdbc.queryForObject("select count(*) from candidate where batch_id = ? and status = ? "
                + "and village_code between ? and ?", Integer.class, batchId, status.name(), range[0], range[1]);
        return n == null ? 0 : n;
    }

    /** Of a regency, how many candidates are in each of the given statuses, per kecamatan code. */
    public Map<String, Map<CandidateStatus, Long>> countByKecamatan(String regencyCode, Collection<CandidateStatus> statuses) {
        Map<String, Map<CandidateStatus, Long>> out = new HashMap<>();
        if (statuses.isEmpty()) {
            return out;
        }
        String in = String.join(",", statuses.stream().map(x -> "?").toList());
        List<Object> args = new ArrayList<>();
        args.add(regencyCode);
        statuses.forEach(st -> args.add(st.name()));
        jdbc.query("select kecamatan_code, status, count(*) as n from candidate where regency_code = ? and status in (" + in
                + ") group by kecamatan_code, status", rs -> {
            out.computeIfAbsent(rs.getString("kecamatan_code"), k -> new EnumMap<>(CandidateStatus.class))
                    .put(CandidateStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        }, args.toArray());
        return out;
    }

    /** Distinct kecamatan (length 6) or village (length 10) codes of candidates in a status. */
    public List<String> regionsInStatus(long batchId, CandidateStatus status, String regionPrefix, boolean villages) {
        String col = villages ? "village_code" : "kecamatan_code";
        String[] range = villageRange(regionPrefix);
        return jdbc.queryForList("select distinct " + col + " from candidate where batch_id = ? and status = ? "
                + "and village_code between ? and ? order by " + col, String.class, batchId, status.name(), range[0], range[1]);
    }

    /**
     * The 10-digit village codes within a region code (2, 4, 6 or 10 digits): from the prefix padded with 0 to the
     * prefix padded with 9. Candidates' {@code village_code} is always a 10-digit village (it references the region
     * list), so the range is exactly "starts with" and, unlike {@code like 'prefix%'} under the database's
     * collation, it walks the index {@code candidate(batch_id, status, village_code)} (issue 18: 5 ms per list
     * at 20,000 candidates in a batch).
     *
     * @throws IllegalArgumentException for anything but 1 to 10 digits
     */
    static String[] villageRange(String regionPrefix) {
        if (regionPrefix == null || !regionPrefix.matches("\\d{1,10}")) {
            throw new IllegalArgumentException("region code of 1-10 digits expected: " + regionPrefix);
        }
        int pad = 10 - regionPrefix.length();
        return new String[]{regionPrefix + "0".repeat(pad), regionPrefix + "9".repeat(pad)};
    }

    /**
     * Keeps {@code open_nik} (unique) equal to the NIK while the candidacy is open and NULL once it is closed: the
     * database, not only the screening check, refuses a second open candidacy of one NIK. One boolean parameter.
     */
    private static final String OPEN_NIK = "open_nik = case when ? then nik else null end";

    /**
     * Sets one status (and reason, PKS) on many candidates: one statement per 500 ids ({@code where id in (...)}),
     * not one per candidate (issue 18).
     */
    public void updateStatus(Collection<Long> ids, CandidateStatus status, String reason, String pksNumber) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + 500));
            jdbc.update("update candidate set status = ?, status_reason = ?, pks_number = coalesce(?, pks_number), "
                    + "updated_at = ?, " + OPEN_NIK + " where id in (" + String.join(",", java.util.Collections.nCopies(part.size(), "?"))
                    + ")", ps -> {
                        ps.setString(1, status.name());
                        ps.setString(2, reason);
                        ps.setString(3, pksNumber);
                        ps.setTimestamp(4, now);
                        ps.setBoolean(5, status.open());
                        for (int i = 0; i < part.size(); i++) {
                            ps.setLong(6 + i, part.get(i));
                        }
                    });
        }
    }

    public void updateStatusWithReasons(Map<Long, String> reasons, CandidateStatus status) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("update candidate set status = ?, status_reason = ?, updated_at = ?, " + OPEN_NIK + " where id = ?",
                new ArrayList<>(reasons.entrySet()), 500, (ps, e) -> {
                    ps.setString(1, status.name());
                    ps.setString(2, e.getValue());
                    ps.setTimestamp(3, now);
                    ps.setBoolean(4, status.open());
                    ps.setLong(5, e.getKey());
                });
    }

    public void insertDecisions(Map<Long, String> reasonById, String stage, String decision, String userId, String taskId) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("insert into candidate_decision (candidate_id, stage, decision, reason, decided_by, task_id, decided_at) values (?,?,?,?,?,?,?)",
                new ArrayList<>(reasonById.entrySet()), 500, (ps, e) -> {
                    ps.setLong(1, e.getKey());
                    ps.setString(2, stage);
                    ps.setString(3, decision);
                    ps.setString(4, e.getValue() == null || e.getValue().isBlank() ? null : e.getValue());
                    ps.setString(5, userId);
                    ps.setString(6, taskId);
                    ps.setTimestamp(7, now);
                });
    }

    public List<Decision> decisions(long candidateId) {
        return jdbc.query("select * from candidate_decision where candidate_id = ? order by decided_at, id",
                (rs, i) -> new Decision(rs.getString("stage"), rs.getString("decision"), rs.getString("reason"),
                        rs.getString("decided_by"), rs.getString("task_id"), rs.getTimestamp("decided_at").toInstant()),
                candidateId);
    }

    /**
     * Candidates of a regency in the given statuses, optionally of one batch, in the order of a decree annex:
     * kecamatan, village, name.
     */
    public List<Candidate> ofRegency(String regencyCode, Long batchId, Collection<CandidateStatus> statuses) {
        List<Object> args = new ArrayList<>();
        args.add(regencyCode);
        statuses.forEach(s -> args.add(s.name()));
        String in = String.join(",", statuses.stream().map(s -> "?").toList());
        String sql = "select * from candidate where regency_code = ? and status in (" + in + ")";
        if (batchId != null) {
            sql += " and batch_id = ?";
            args.add(batchId);
        }
        return jdbc.query(sql + " order by kecamatan_code, village_code, name, id", (rs, i) -> mapCandidate(rs),
                args.toArray());
    }

    /** The most recent candidate row of a NIK (a worker proposed again in a later batch has several), if any. */
    public Optional<Candidate> latestByNik(String nik) {
        return jdbc.query("select * from candidate where nik = ? order by created_at desc, id desc",
                (rs, i) -> mapCandidate(rs), nik).stream().findFirst();
    }

    /** Approved candidates of a PKS not yet enrolled (they hold quota until registered). */
    public int approvedPending(String pksNumber) {
        Integer n = jdbc.queryForObject("select count(*) from candidate where pks_number = ? and status = 'APPROVED'",
                Integer.class, pksNumber);
        return n == null ? 0 : n;
    }

    /** Every candidate row with this NIK (each upload of the person is a row), newest first. */
    public List<Candidate> byNik(String nik) {
        return jdbc.query("select * from candidate where nik = ? order by id desc", (rs, i) -> mapCandidate(rs), nik);
    }
}
