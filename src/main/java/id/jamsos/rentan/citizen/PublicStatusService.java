package id.jamsos.rentan.citizen;

import id.jamsos.rentan.claim.Claim;
import id.jamsos.rentan.claim.ClaimRepository;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.identity.Nik;
import id.jamsos.rentan.verification.CandidateRepository;
import id.jamsos.rentan.verification.CandidateStatus;
import org.springframework.stereotype.Service;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The public status lookup: a person proves who they are with NIK and birth date (as on the KTP) and sees their
 * candidate status, membership and the claims where they are the member or an heir. Reads the other features
 * through their repositories; writes only its own log.
 *
 * <p>Rules: an unknown NIK and a wrong birth date get the very same answer ({@link PublicStatus#notFound()});
 * at most {@code jamsos.citizen.lookups-per-hour} answered lookups per NIK and per client address in the last
 * hour, then {@link TooManyLookupsException}; every lookup is logged with the NIK masked.
 */
@Service
public class PublicStatusService {
    static final String FOUND = "FOUND";
    static final String NOT_FOUND = "NOT_FOUND";
    static final String LIMITED = "LIMITED";

    private final CandidateRepository candidates;
    private final MemberRepository members;
    private final ClaimRepository claims;
    private final StatusLookupRepository lookups;
    private final GrievanceRepository grievances;
    private final CitizenSettings settings;
    private final Clock clock;

    /**
     * @param clock the application's WIB clock ({@code config.ClockConfig}): "today" a birth date may not pass and
     *              the time of each lookup the limits count
     */
    public PublicStatusService(CandidateRepository candidates, MemberRepository members, ClaimRepository claims,
                               StatusLookupRepository lookups, GrievanceRepository grievances,
                               CitizenSettings settings, Clock clock) {
        this.candidates = candidates;
        this.members = members;
        this.claims = claims;
        this.lookups = lookups;
        this.grievances = grievances;
        this.settings = settings;
        this.clock = clock;
    }

    /** A checked identity: NIK (16 digits) and birth date as on the KTP. */
    public record Identity(String nik, LocalDate birthDate) {
    }

    /**
     * Checks the input: {@code nik} 16 digits, {@code birthDate} an ISO date (yyyy-MM-dd) not in the future.
     *
     * @throws ValidationException naming each bad field
     */
    public Identity identity(String nik, String birthDate) {
        List<FieldError> errors = new ArrayList<>();
        String n = nik == null ? "" : nik.trim();
        if (!Nik.hasSixteenDigits(n)) {
            errors.add(FieldError.of("nik", "NIK wajib 16 angka sesuai KTP"));
        }
        LocalDate d = null;
        if (birthDate == null || birthDate.isBlank()) {
            errors.add(FieldError.of("birthDate", "tanggal lahir wajib diisi (format yyyy-MM-dd)"));
        } else {
            try {
                d = LocalDate.parse(birthDate.trim());
                if (d.isAfter(LocalDate.now(clock.withZone(Formats.WIB)))) {
                    errors.add(FieldError.of("birthDate", "tanggal lahir tidak boleh di masa depan"));
                }
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("birthDate", "tanggal lahir tidak valid (format yyyy-MM-dd)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Identity(n, d);
    }

    /**
     * Answers a lookup from a client address, after the limits; logs it (masked NIK, address, outcome, time).
     * Not transactional on purpose: a refused lookup is logged too.
     *
     * @throws TooManyLookupsException when the NIK or the address had its lookups for this hour
     */
    public PublicStatus lookup(Identity who, String clientAddress) {
        String hash = nikHash(who.nik());
        String masked = Formats.maskNik(who.nik());
        String address = clientAddress == null ? "-" : clientAddress;
        checkLimit(hash, masked, address);
        PublicStatus answer = answer(who);
        lookups.log(masked, hash, address, answer.found() ? FOUND : NOT_FOUND, Instant.now(clock));
        return answer;
    }

    /**
     * Counts a use of the person's identity by another public action (a grievance filed from /status) against
     * the same limits, and tells whether NIK and birth date belong to a person known here.
     */
    public boolean verify(Identity who, String clientAddress) {
        String hash = nikHash(who.nik());
        String masked = Formats.maskNik(who.nik());
        String address = clientAddress == null ? "-" : clientAddress;
        checkLimit(hash, masked, address);
        boolean found = answer(who).found();
        lookups.log(masked, hash, address, found ? FOUND : NOT_FOUND, Instant.now(clock));
        return found;
    }

    private void checkLimit(String hash, String masked, String address) {
        Instant now = Instant.now(clock);
        Instant since = now.minus(Duration.ofHours(1));
        int limit = settings.lookupsPerHour();
        if (lookups.countForNik(hash, since) >= limit || lookups.countForClient(address, since) >= limit) {
            lookups.log(masked, hash, address, LIMITED, now);
            throw new TooManyLookupsException("Terlalu banyak permintaan: paling banyak " + limit
                    + " kali per jam untuk satu NIK dan satu alamat. Silakan coba lagi nanti.");
        }
    }

    /** The answer for the identity, without limits or log (also used by grievances). */
    public PublicStatus answer(Identity who) {
        Optional<CandidateRepository.Candidate> candidate = candidates.latestByNik(who.nik())
                .filter(c -> c.birthDate().equals(who.birthDate()));
        Optional<Member> member = members.findByNik(who.nik()).filter(m -> m.birthDate().equals(who.birthDate()));
        List<PublicStatus.ClaimView> claimViews = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        member.flatMap(m -> claims.claimNumberOfMember(m.membershipNumber())).ifPresent(number -> {
            seen.add(number);
            claims.find(number).ifPresent(c -> claimViews.add(claimView(c, "PESERTA")));
        });
        for (String number : claims.claimNumbersOfHeir(who.nik(), who.birthDate())) {
            if (seen.add(number)) {
                claims.find(number).ifPresent(c -> claimViews.add(claimView(c, "AHLI_WARIS")));
            }
        }
        if (candidate.isEmpty() && member.isEmpty() && claimViews.isEmpty()) {
            return PublicStatus.notFound();
        }
        return new PublicStatus(true, null, Formats.maskNik(who.nik()), candidate.map(this::candidateView).orElse(null),
                member.map(this::membershipView).orElse(null), List.copyOf(claimViews),
                grievances.byNik(who.nik()).stream().map(PublicStatusService::grievanceView).toList());
    }

    /** The regency whose officials answer for the person (member first, then candidate), if known. */
    public Optional<String> regencyOf(Identity who) {
        Optional<Member> member = members.findByNik(who.nik()).filter(m -> m.birthDate().equals(who.birthDate()));
        if (member.isPresent()) {
            return Optional.of(member.get().regencyCode());
        }
        return candidates.latestByNik(who.nik()).filter(c -> c.birthDate().equals(who.birthDate()))
                .map(CandidateRepository.Candidate::regencyCode);
    }

    static PublicStatus.GrievanceView grievanceView(Grievance g) {
        return new PublicStatus.GrievanceView(g.grievanceNumber(), g.subject().name(), g.subject().text(), g.reference(),
                g.status(), GrievanceService.outcomeText(g.status()), g.createdAt().atZone(Formats.WIB).toLocalDate(),
                g.dueDate(), g.outcomeNote(), g.decidedAt() == null ? null : g.decidedAt().atZone(Formats.WIB).toLocalDate(),
                GrievanceService.nextStep(g));
    }

    PublicStatus.CandidateView candidateView(CandidateRepository.Candidate c) {
        boolean rejected = c.status() == CandidateStatus.REJECTED || c.status() == CandidateStatus.SCREENING_REJECTED;
        return new PublicStatus.CandidateView(c.status().name(), candidateText(c.status()),
                rejected ? (c.statusReason() == null ? "Tidak disebutkan" : c.statusReason()) : null,
                rejected ? HOW_TO_OBJECT : null);
    }

    static final String HOW_TO_OBJECT = "Anda dapat mengajukan sanggahan dengan tombol \"Ajukan sanggahan\" di halaman "
            + "ini, atau melalui Dinas Sosial kabupaten. Sanggahan dijawab paling lambat 10 hari kerja.";

    static String candidateText(CandidateStatus s) {
        return switch (s) {
            case SCREENING -> "Sedang diperiksa (pencocokan data DTSEN)";
            case SCREENING_REJECTED -> "Tidak lolos pemeriksaan data";
            case AWAITING_VILLAGE -> "Menunggu verifikasi Lurah/Kepala Desa";
            case AWAITING_KECAMATAN -> "Menunggu verifikasi Camat";
            case AWAITING_FINAL -> "Menunggu penetapan Dinas Sosial";
            case REJECTED -> "Tidak disetujui";
            case APPROVED -> "Disetujui, menunggu pendaftaran ke BPJS Ketenagakerjaan";
            case ENROLLED -> "Terdaftar sebagai peserta";
        };
    }

    PublicStatus.MembershipView membershipView(Member m) {
        String reason = members.statusReason(m.membershipNumber()).map(PublicStatusService::reasonText).orElse(null);
        String text = switch (m.status()) {
            case ACTIVE -> "Aktif";
            case LAPSED -> "Tidak aktif";
            case ENDED -> "Berakhir";
        };
        return new PublicStatus.MembershipView(m.membershipNumber(), m.status().name(), text,
                m.status() == id.jamsos.rentan.enrollment.MemberStatus.ACTIVE ? null : reason,
                m.coverageStart(), m.coverageEnd(),
                "BPJS Ketenagakerjaan: Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM), iuran dibayar "
                        + "Pemerintah Daerah" + (m.pksNumber() == null ? "" : " (" + m.pksNumber() + ")"));
    }

    static String reasonText(String code) {
        return switch (code) {
            case "DIED" -> "Meninggal dunia";
            case "PKS_EXPIRED" -> "Masa perjanjian kerja sama (PKS) berakhir";
            case "PREMIUM_ARREARS" -> "Iuran belum dibayar oleh Pemerintah Daerah";
            case "ARREARS_PAID" -> "Tunggakan iuran sudah dibayar";
            default -> code;
        };
    }

    PublicStatus.ClaimView claimView(Claim c, String role) {
        String text;
        String next;
        switch (c.status()) {
            case RECEIVED -> {
                text = "Diterima";
                next = "Petugas BPJS Ketenagakerjaan memeriksa kelayakan klaim";
            }
            case CHECKING_DOCUMENTS -> {
                text = "Pemeriksaan dokumen";
                next = "Petugas BPJS Ketenagakerjaan memeriksa dokumen";
            }
            case AWAITING_DOCUMENTS -> {
                text = "Menunggu dokumen";
                next = "Lengkapi dokumen yang diminta ke kantor BPJS Ketenagakerjaan"
                        + (c.documentsNote() == null ? "" : ": " + c.documentsNote());
            }
            case AWAITING_APPROVAL -> {
                text = "Menunggu persetujuan";
                next = "Kepala Kantor Cabang BPJS Ketenagakerjaan menyetujui pembayaran";
            }
            case PAYING -> {
                text = "Sedang dibayar";
                next = "Manfaat ditransfer ke rekening ahli waris";
            }
            case PAID -> {
                text = "Sudah dibayar";
                next = "Selesai";
            }
            case REJECTED -> {
                text = "Ditolak";
                String why = Boolean.FALSE.equals(c.eligible()) ? c.eligibilityReason() : c.decisionNote();
                next = "Klaim ditolak" + (why == null ? "" : ": " + why) + ". Anda dapat mengajukan sanggahan.";
            }
            case CLOSED_INCOMPLETE -> {
                text = "Ditutup (dokumen tidak lengkap)";
                next = "Ajukan kembali ke kantor BPJS Ketenagakerjaan dengan dokumen lengkap";
            }
            default -> throw new IllegalStateException("Status klaim tanpa teks: " + c.status());
        }
        return new PublicStatus.ClaimView(c.claimNumber(), role, c.type().name(), c.status().name(), text, next,
                c.status().open() || c.status() == id.jamsos.rentan.claim.ClaimStatus.PAID ? c.payoutDue() : null);
    }

    String nikHash(String nik) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.lookupKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(nik.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 tidak tersedia", e);
        }
    }
}
