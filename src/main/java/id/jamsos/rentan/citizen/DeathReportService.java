package id.jamsos.rentan.citizen;

import id.jamsos.rentan.claim.ClaimRepository;
import id.jamsos.rentan.claim.ClaimRequest;
import id.jamsos.rentan.claim.ClaimService;
import id.jamsos.rentan.common.ConflictException;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.ProgramSettings;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.identity.Nik;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.RegionAccessDeniedException;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.premium.PremiumService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A death reported once: recorded (one report per NIK; a second is refused with 409 and changes nothing), and for a
 * member the membership ends (ENDED, reason DIED, from the day after death), the member is taken off unpaid premium
 * invoices of later months, and the BPJS officer of the regency gets the task to open the claim with the heirs.
 * A report for someone who is not a member is recorded with outcome NOT_MEMBER. No Camunda types.
 *
 * <p>Who may report: the Lurah/Kepala Desa of the member's village or the regency's Dinas Sosial (for a
 * non-member, any Lurah or the Dinas Sosial of the regency of the NIK); the civil registry feed as system.
 */
@Service
public class DeathReportService {
    public static final String SOURCE_API = "API";
    public static final String SOURCE_TASKLIST = "TASKLIST";
    public static final String SOURCE_CIVIL_REGISTRY = "CIVIL_REGISTRY";

    private final DeathReportRepository reports;
    private final MemberRepository members;
    private final PremiumService premiums;
    private final DeathReportProcess workflow;
    private final ClaimService claimService;
    private final ClaimRepository claims;
    private final ProgramSettings program;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): a death after today is refused */
    public DeathReportService(DeathReportRepository reports, MemberRepository members, PremiumService premiums,
                              DeathReportProcess workflow, ClaimService claimService, ClaimRepository claims,
                              ProgramSettings program, Clock clock) {
        this.reports = reports;
        this.members = members;
        this.premiums = premiums;
        this.workflow = workflow;
        this.claimService = claimService;
        this.claims = claims;
        this.program = program;
        this.clock = clock;
    }

    /** Records the report and starts its death-report process (API and civil registry feed). */
    @Transactional
    public DeathReport report(DeathReportRequest req, Official by, String source) {
        DeathReport r = register(req, by, source, null);
        workflow.start(r);
        return r;
    }

    /**
     * Checks and records a report without starting a process (the Tasklist start form's instance exists already).
     *
     * @param regencyCode the regency chosen on a start form (must be the person's), or null
     * @throws ValidationException  bad fields (named), nothing recorded
     * @throws ConflictException    the death of this person was reported before (409)
     * @throws RegionAccessDeniedException the caller may not report for this person's village or regency
     */
    @Transactional
    public DeathReport register(DeathReportRequest req, Official by, String source, String regencyCode) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.WIB));
        List<FieldError> errors = new ArrayList<>();
        String nik = trim(req.nik());
        String number = trim(req.membershipNumber());
        if (nik == null && number == null) {
            errors.add(FieldError.of("nik", "NIK atau nomor kepesertaan (membershipNumber) wajib diisi"));
        } else if (nik != null && !Nik.hasSixteenDigits(nik)) {
            errors.add(FieldError.of("nik", "NIK wajib 16 angka"));
        }
        LocalDate date = null;
        if (trim(req.dateOfDeath()) == null) {
            errors.add(FieldError.of("dateOfDeath", "tanggal meninggal wajib diisi (yyyy-MM-dd)"));
        } else {
            try {
                date = LocalDate.parse(req.dateOfDeath().trim());
                if (date.isAfter(today)) {
                    errors.add(FieldError.of("dateOfDeath", "tanggal meninggal tidak boleh di masa depan"));
                } else if (date.isBefore(today.minusYears(10))) {
                    errors.add(FieldError.of("dateOfDeath", "tanggal meninggal lebih dari 10 tahun lalu"));
                }
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("dateOfDeath", "tanggal meninggal tidak valid (yyyy-MM-dd)"));
            }
        }
        String place = trim(req.place());
        if (place == null || place.length() > 200) {
            errors.add(FieldError.of("place", "tempat meninggal wajib diisi, paling banyak 200 karakter"));
        }
        String reportedBy = trim(req.reportedBy());
        if (reportedBy == null || reportedBy.length() > 200) {
            errors.add(FieldError.of("reportedBy", "nama pelapor wajib diisi, paling banyak 200 karakter"));
        }
        String certificate = trim(req.deathCertificateNumber());
        if (certificate != null && certificate.length() > 100) {
            errors.add(FieldError.of("deathCertificateNumber", "nomor akta kematian paling banyak 100 karakter"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Optional<Member> member;
        if (number != null) {
            member = members.find(number);
            if (member.isEmpty()) {
                throw ValidationException.of("membershipNumber", "nomor kepesertaan " + number + " tidak dikenal");
            }
            if (nik != null && !nik.equals(member.get().nik())) {
                throw ValidationException.of("nik", "NIK tidak sesuai dengan nomor kepesertaan " + number);
            }
            nik = member.get().nik();
        } else {
            member = members.findByNik(nik);
        }
        if (member.isPresent() && date.isBefore(member.get().coverageStart().minusYears(1))) {
            throw ValidationException.of("dateOfDeath", "tanggal meninggal jauh sebelum peserta terdaftar");
        }
        String regency = member.map(Member::regencyCode).orElse(nik.substring(0, 4));
        if (regencyCode != null && !regencyCode.equals(regency)) {
            throw ValidationException.of("regencyCode", "orang ini terdaftar di kabupaten " + regency
                    + ", bukan " + regencyCode);
        }
        requireReporter(by, source, member.map(Member::villageCode).orElse(null), regency);
        Optional<DeathReport> earlier = reports.findByNik(nik);
        if (earlier.isPresent()) {
            throw duplicate(earlier.get());
        }
        String reportNumber = "KMT-" + regency + "-" + today.getYear() + "-"
                + String.format("%05d", reports.nextSequence(regency, today.getYear()));
        DeathReport r = new DeathReport(reportNumber, nik, member.map(Member::membershipNumber).orElse(null), regency,
                date, place, reportedBy, certificate, source, by.userId(),
                member.isPresent() ? DeathReport.MEMBER_ENDED : DeathReport.NOT_MEMBER, null, null);
        try {
            reports.insert(r);
        } catch (DuplicateKeyException e) {
            throw duplicate(reports.findByNik(nik).orElse(r));
        }
        return r;
    }

    private static ConflictException duplicate(DeathReport earlier) {
        return new ConflictException("nik", "Kematian NIK " + Formats.maskNik(earlier.nik()) + " sudah dilaporkan ("
                + earlier.reportNumber() + ", " + Formats.date(earlier.dateOfDeath()) + "); laporan kedua tidak mengubah apa pun");
    }

    private static void requireReporter(Official by, String source, String village, String regency) {
        if (by.admin() || SOURCE_CIVIL_REGISTRY.equals(source)) {
            return;
        }
        boolean ok = by.grants().stream().anyMatch(g ->
                (g.role() == Role.DINSOS && g.regencyCode().equals(regency))
                        || (g.role() == Role.LURAH && (village == null ? g.regencyCode().equals(regency)
                        : g.regionCode().equals(village))));
        if (!ok) {
            throw new RegionAccessDeniedException("Pengguna " + by.userId() + " bukan Lurah/Kepala Desa desa peserta "
                    + "atau Dinas Sosial kabupaten " + regency);
        }
    }

    /**
     * The process step for a member: ends the membership (DIED, from the day after death) and takes the member off
     * unpaid invoices of months after the death. A replayed step changes nothing more.
     */
    @Transactional
    public DeathReport endMembership(String reportNumber) {
        DeathReport r = get(reportNumber);
        if (!r.member()) {
            throw new IllegalStateException("Laporan " + reportNumber + " bukan untuk peserta");
        }
        members.endForDeath(r.membershipNumber(), r.dateOfDeath());
        List<String> corrected = premiums.excludeAfterDeath(r.membershipNumber(), r.dateOfDeath());
        if (!corrected.isEmpty()) {
            String all = r.correctedInvoices() == null ? String.join(",", corrected)
                    : r.correctedInvoices() + "," + String.join(",", corrected);
            reports.recordCorrectedInvoices(reportNumber, all.length() > 2000 ? all.substring(0, 2000) : all);
        }
        return get(reportNumber);
    }

    /**
     * The BPJS officer's task Task_OpenClaim: files the member's death claim with the heirs (or the funeral payee)
     * through the claim feature ({@link ClaimService#file}: its rules, its claim number KLM-..., claim-payout started
     * as POST /api/claims does) and records the claim number on the report. The member, the event date (the date of
     * death) and the death certificate number come from the report, never from the caller. For JKK (death from a
     * work accident) the income is the program's registered monthly income in rupiah, the base JKK is paid on.
     * A claim already filed for the member (e.g. through /api/claims) is linked, not filed twice; a report that
     * already has its claim answers that claim again.
     *
     * @param type         JKM or JKK (another value is refused by the claim rules, field {@code type})
     * @param heirs        the heirs as POST /api/claims takes them (may be empty when a funeral payee is given)
     * @param funeralPayee whoever buried the member, or null
     * @return the claim number (KLM-&lt;regency&gt;-&lt;year&gt;-&lt;seq&gt;)
     * @throws ValidationException         the claim's field errors ({@code heirs[0].nik}, ...); nothing written
     * @throws RegionAccessDeniedException the official may not file claims of the member's regency
     * @throws IllegalStateException       the report is not a member's
     */
    @Transactional
    public String openClaim(String reportNumber, String type, List<ClaimRequest.HeirInput> heirs,
                            ClaimRequest.PayeeInput funeralPayee, Official by) {
        DeathReport r = get(reportNumber);
        if (!r.member()) {
            throw new IllegalStateException("Laporan " + reportNumber + " bukan untuk peserta");
        }
        if (r.claimNumber() != null) {
            return r.claimNumber();
        }
        Optional<String> existing = claims.claimNumberOfMember(r.membershipNumber());
        if (existing.isPresent()) {
            reports.recordClaim(reportNumber, existing.get());
            return existing.get();
        }
        String t = type == null ? null : type.trim().toUpperCase(java.util.Locale.ROOT);
        Long income = "JKK".equals(t) ? program.registeredMonthlyIncome() : null;
        String number = claimService.file(new ClaimRequest(r.membershipNumber(), t, r.dateOfDeath(),
                r.deathCertificateNumber(), income, heirs == null ? List.of() : heirs, funeralPayee), by);
        reports.recordClaim(reportNumber, number);
        return number;
    }

    public DeathReport get(String reportNumber) {
        return reports.find(reportNumber)
                .orElseThrow(() -> new NotFoundException("Laporan kematian " + reportNumber + " tidak ditemukan"));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
