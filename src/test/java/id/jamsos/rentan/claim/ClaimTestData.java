package id.jamsos.rentan.claim;

import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.enrollment.MemberStatus;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/** Members of the claim tests' own (never the demo seed's), unique per JVM run. */
final class ClaimTestData {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.currentTimeMillis() % 90_000));

    private ClaimTestData() {
    }

    static int next() {
        return SEQ.incrementAndGet();
    }

    static Member member(MemberRepository members, int contributionMonths) {
        // The claims' event is yesterday: the months up to it are whole (masa iur at the event, issue 13).
        return member(members, TODAY.minusDays(1).withDayOfMonth(1).minusMonths(contributionMonths), contributionMonths);
    }

    /** A member covered since {@code coverageStart} with {@code contributionMonths} paid (recorded as legacy months). */
    static Member member(MemberRepository members, LocalDate coverageStart, int contributionMonths) {
        int n = next();
        String number = "620399" + String.format("%05d", n % 100_000);
        String nik = "620301150585" + String.format("%04d", 1 + n % 9999);
        while (members.findByNik(nik).isPresent() || members.find(number).isPresent()) {
            n = next();
            number = "620399" + String.format("%05d", n % 100_000);
            nik = "620301150585" + String.format("%04d", 1 + n % 9999);
        }
        Member m = new Member(number, nik, "Peserta Uji " + n, LocalDate.of(1985, 5, 15), "M", "PETANI", null, null, null,
                "6203011001", "620301", "6203", null, "PEMERINTAH_APBD", MemberStatus.ACTIVE,
                coverageStart, null, contributionMonths);
        members.insert(m);
        return m;
    }
}
