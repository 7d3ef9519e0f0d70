package id.jamsos.rentan.citizen;

import id.jamsos.rentan.claim.Claim;
import id.jamsos.rentan.claim.ClaimRepository;
import id.jamsos.rentan.claim.ClaimRequest;
import id.jamsos.rentan.claim.ClaimStatus;
import id.jamsos.rentan.claim.ClaimType;
import id.jamsos.rentan.claim.Relation;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.enrollment.MemberStatus;
import id.jamsos.rentan.verification.CandidateRepository;
import id.jamsos.rentan.verification.CandidateRow;
import id.jamsos.rentan.verification.CandidateStatus;
import id.jamsos.rentan.verification.DtksRegistry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** People of the citizen tests' own (never the demo seed's), unique per JVM run. */
final class CitizenTestData {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    static final LocalDate BIRTH = LocalDate.of(1979, 7, 17);
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 9_000));

    private CitizenTestData() {
    }

    static int next() {
        return SEQ.incrementAndGet() % 9_999 + 1;
    }

    /** A NIK no table holds yet (kecamatan 620301, birth 17-07-79). */
    static String freshNik(MemberRepository members, CandidateRepository candidates) {
        while (true) {
            String nik = "620301170779" + String.format("%04d", next());
            if (members.findByNik(nik).isEmpty() && candidates.latestByNik(nik).isEmpty()) {
                return nik;
            }
        }
    }

    static Member member(MemberRepository members, CandidateRepository candidates, String pksNumber) {
        String nik = freshNik(members, candidates);
        String number = "620397" + nik.substring(11, 16);
        while (members.find(number).isPresent()) {
            number = "620397" + String.format("%05d", next() + 10_000 * (next() % 9));
        }
        Member m = new Member(number, nik, "Warga Uji " + nik.substring(12), BIRTH, "M", "PETANI", null, null, null,
                "6203011001", "620301", "6203", pksNumber, "PEMERINTAH_APBD", MemberStatus.ACTIVE,
                TODAY.withDayOfMonth(1).minusMonths(6), null, 6);
        members.insert(m);
        return m;
    }

    static CandidateRepository.Candidate candidate(CandidateRepository candidates, MemberRepository members,
                                                   CandidateStatus status, String reason) {
        String nik = freshNik(members, candidates);
        long batch = candidates.insertBatch("6203", "JSON", 1, TODAY, "uji");
        CandidateRow row = new CandidateRow(1, nik, "Calon Uji " + letters(nik.substring(12)), BIRTH.toString(), "M",
                "6203011001", "PETANI", null, null, null, null);
        candidates.insertCandidates(List.of(new CandidateRepository.NewCandidate(batch, row, BIRTH, "6203", null,
                new DtksRegistry.Answer(true, 2, TODAY, "terdaftar"), status, reason)));
        return candidates.latestByNik(nik).orElseThrow();
    }

    /** Digits as letters (0 → A, 1 → B, …): a name the candidate rules accept, unique like the NIK. */
    static String letters(String digits) {
        StringBuilder sb = new StringBuilder();
        digits.chars().forEach(c -> sb.append((char) ('A' + (c - '0'))));
        return sb.toString();
    }

    /** A claim on the member with one heir (the spouse) of the given NIK and birth date. */
    static String claim(ClaimRepository claims, Member m, String heirNik, LocalDate heirBirth, ClaimStatus status) {
        String number = "KLM-6203-" + TODAY.getYear() + "-C" + next();
        claims.insert(new Claim(number, "6203", m.membershipNumber(), ClaimType.JKM, TODAY.minusDays(3), null, null,
                status, true, "uji", null, null, null, null, null, null, TODAY.plusDays(5), null, "uji"));
        claims.insertHeir(number, new ClaimRequest.HeirInput("Istri Uji", heirNik, "SPOUSE", heirBirth, "BNI",
                "1234567890", null), Relation.SPOUSE);
        return number;
    }
}
