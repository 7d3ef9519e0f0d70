package id.jamsos.rentan.citizen;

import id.jamsos.rentan.claim.Claim;
import id.jamsos.rentan.claim.ClaimRepository;
import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.NotFoundException;
import id.jamsos.rentan.common.TaskInputException;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.common.WorkingDays;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.identity.Official;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.notification.Notifier;
import id.jamsos.rentan.verification.CandidateReopening;
import id.jamsos.rentan.verification.CandidateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Objections (sanggahan, issue 17): filed by the person from /status (after the NIK + birth date check and the lookup
 * limits, see {@link PublicStatusService#verify}) or by an official of the person's region ({@code POST
 * /api/grievances}); routed to the official who decides (a rejected candidate, membership and anything else: Dinas
 * Sosial of the regency; a claim: the BPJS officer of the regency) with a due date of
 * {@code jamsos.citizen.grievance-working-days} working days (16:00 WIB). The decision and its reason are recorded,
 * shown on /status and mailed when the contact is an e-mail address; an upheld objection against a candidate's
 * rejection reopens the candidate for the village's next verification round ({@link CandidateReopening}).
 *
 * <p>A double submission (same NIK, subject, reference and text while the first is open) gets the first grievance
 * back and creates nothing. No Camunda types.
 */
@Service
public class GrievanceService {
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{6,18}[0-9]");
    static final int MAX_TEXT = 2000;
    private static final Logger log = LoggerFactory.getLogger(GrievanceService.class);

    private final GrievanceRepository grievances;
    private final CandidateRepository candidates;
    private final MemberRepository members;
    private final ClaimRepository claims;
    private final CandidateReopening reopening;
    private final RegionAccessPolicy regions;
    private final Notifier notifier;
    private final GrievanceProcess workflow;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final int dueWorkingDays;
    private final int escalationWorkingDays;

    public GrievanceService(GrievanceRepository grievances, CandidateRepository candidates, MemberRepository members,
                            ClaimRepository claims, CandidateReopening reopening, RegionAccessPolicy regions,
                            Notifier notifier, GrievanceProcess workflow, WorkingDays workingDays, Clock clock,
                            CitizenSettings settings) {
        this.grievances = grievances;
        this.candidates = candidates;
        this.members = members;
        this.claims = claims;
        this.reopening = reopening;
        this.regions = regions;
        this.notifier = notifier;
        this.workflow = workflow;
        this.workingDays = workingDays;
        this.clock = clock;
        this.dueWorkingDays = settings.grievanceWorkingDays();
        this.escalationWorkingDays = settings.grievanceEscalationWorkingDays();
    }

    /** A grievance as filed, and whether it is the first one returned again for a double submission. */
    public record Filed(Grievance grievance, boolean duplicate) {
    }

    /** The checked fields of a request (before the person is looked up). */
    record Fields(GrievanceSubject subject, String reference, String text, String contact) {
    }

    /** What is known of the person with this NIK and birth date (all empty: unknown, or a wrong birth date). */
    record Person(String nik, Optional<CandidateRepository.Candidate> candidate, Optional<Member> member,
                  List<Claim> claims) {
        boolean found() {
            return candidate.isPresent() || member.isPresent() || !claims.isEmpty();
        }

        String regency() {
            return member.map(Member::regencyCode).or(() -> candidate.map(CandidateRepository.Candidate::regencyCode))
                    .orElseGet(() -> claims.isEmpty() ? null : claims.get(0).regencyCode());
        }

        String village() {
            return member.map(Member::villageCode).or(() -> candidate.map(CandidateRepository.Candidate::villageCode))
                    .orElse(null);
        }
    }

    /**
     * Checks the fields that do not depend on the person: {@code subject} one of the four, {@code text} required (at
     * most 2000 characters), {@code reference} at most 100, {@code contact} an e-mail address or a telephone number.
     *
     * @throws ValidationException naming each bad field, nothing recorded
     */
    public void checkFields(GrievanceRequest req) {
        fields(req);
    }

    Fields fields(GrievanceRequest req) {
        List<FieldError> errors = new ArrayList<>();
        GrievanceSubject subject = null;
        String s = trim(req.subject());
        if (s == null) {
            errors.add(FieldError.of("subject", "pokok sanggahan wajib diisi: CANDIDATE_REJECTED, CLAIM, MEMBERSHIP atau OTHER"));
        } else {
            try {
                subject = GrievanceSubject.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("subject", "pokok sanggahan '" + (s.length() > 30 ? s.substring(0, 30) + "…" : s)
                        + "' tidak dikenal: CANDIDATE_REJECTED, CLAIM, MEMBERSHIP atau OTHER"));
            }
        }
        String reference = trim(req.reference());
        if (reference != null && reference.length() > 100) {
            errors.add(FieldError.of("reference", "rujukan paling banyak 100 karakter"));
        }
        String text = trim(req.text());
        if (text == null) {
            errors.add(FieldError.of("text", "isi sanggahan wajib diisi"));
        } else if (text.length() > MAX_TEXT) {
            errors.add(FieldError.of("text", "isi sanggahan paling banyak " + MAX_TEXT + " karakter"));
        }
        String contact = trim(req.contact());
        if (contact != null && (contact.length() > 200
                || !(EMAIL.matcher(contact).matches() || PHONE.matcher(contact).matches()))) {
            errors.add(FieldError.of("contact", "kontak harus alamat e-mail atau nomor telepon yang valid"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Fields(subject, reference, text, contact);
    }

    /** Candidate, membership and claims (as member or heir) of the NIK whose birth date matches. */
    Person person(PublicStatusService.Identity who) {
        Optional<CandidateRepository.Candidate> candidate = candidates.latestByNik(who.nik())
                .filter(c -> c.birthDate().equals(who.birthDate()));
        Optional<Member> member = members.findByNik(who.nik()).filter(m -> m.birthDate().equals(who.birthDate()));
        List<Claim> found = new ArrayList<>();
        member.flatMap(m -> claims.claimNumberOfMember(m.membershipNumber())).flatMap(claims::find).ifPresent(found::add);
        for (String number : claims.claimNumbersOfHeir(who.nik(), who.birthDate())) {
            if (found.stream().noneMatch(c -> c.claimNumber().equals(number))) {
                claims.find(number).ifPresent(found::add);
            }
        }
        return new Person(who.nik(), candidate, member, found);
    }

    /**
     * Files an objection for the person from /status. The caller has checked NIK and birth date against the lookup
     * limits ({@link PublicStatusService#verify}) and found the person.
     *
     * @throws ValidationException bad fields or a subject that does not fit the person (e.g. no rejected proposal)
     */
    @Transactional
    public Filed filePublic(GrievanceRequest req, PublicStatusService.Identity who) {
        Fields f = fields(req);
        Person p = person(who);
        if (!p.found()) {
            throw ValidationException.of("nik", notFoundText());
        }
        return file(f, p, Grievance.PUBLIC, "publik");
    }

    /**
     * Files an objection on behalf of the person ({@code POST /api/grievances}).
     *
     * @throws ValidationException bad fields, or NIK and birth date not of a person known here (one message for an
     *                             unknown NIK and a wrong birth date)
     * @throws id.jamsos.rentan.identity.RegionAccessDeniedException the official does not cover the person's
     *                             village (or the regency that decides)
     */
    @Transactional
    public Filed fileByOfficial(GrievanceRequest req, PublicStatusService.Identity who, Official by) {
        Fields f = fields(req);
        Person p = person(who);
        if (!p.found()) {
            throw new ValidationException(List.of(FieldError.of("nik", notFoundText()),
                    FieldError.of("birthDate", notFoundText())));
        }
        Routing r = route(f, p);
        String village = p.village();
        regions.requireCovers(by, village != null && village.startsWith(r.regency()) ? village : r.regency());
        return file(f, p, Grievance.API, by.userId());
    }

    static String notFoundText() {
        return "NIK dan tanggal lahir tidak cocok dengan calon peserta, peserta atau ahli waris yang tercatat";
    }

    /** Where an objection goes: the regency, who decides, the rejected candidate, the reference. */
    record Routing(String regency, String decider, Long candidateId, String reference) {
    }

    Routing route(Fields f, Person p) {
        switch (f.subject()) {
            case CANDIDATE_REJECTED -> {
                CandidateRepository.Candidate c = p.candidate().filter(x -> !x.status().open()).orElseThrow(() ->
                        ValidationException.of("subject", "tidak ada usulan peserta yang ditolak untuk NIK ini; "
                                + "pilih pokok sanggahan lain"));
                return new Routing(c.regencyCode(), Grievance.DINSOS, c.id(), f.reference());
            }
            case CLAIM -> {
                if (p.claims().isEmpty()) {
                    throw ValidationException.of("subject", "tidak ada klaim untuk NIK ini (sebagai peserta atau ahli waris)");
                }
                Claim claim;
                if (f.reference() == null) {
                    if (p.claims().size() > 1) {
                        throw ValidationException.of("reference", "nomor klaim wajib diisi: salah satu dari "
                                + String.join(", ", p.claims().stream().map(Claim::claimNumber).toList()));
                    }
                    claim = p.claims().get(0);
                } else {
                    claim = p.claims().stream().filter(c -> c.claimNumber().equalsIgnoreCase(f.reference())).findFirst()
                            .orElseThrow(() -> ValidationException.of("reference", "klaim " + f.reference()
                                    + " tidak ditemukan untuk NIK ini"));
                }
                return new Routing(claim.regencyCode(), Grievance.BPJS, null, claim.claimNumber());
            }
            case MEMBERSHIP -> {
                Member m = p.member().orElseThrow(() -> ValidationException.of("subject",
                        "NIK ini tidak tercatat sebagai peserta; pilih pokok sanggahan lain"));
                return new Routing(m.regencyCode(), Grievance.DINSOS, null,
                        f.reference() == null ? m.membershipNumber() : f.reference());
            }
            default -> {
                return new Routing(p.regency(), Grievance.DINSOS, null, f.reference());
            }
        }
    }

    private Filed file(Fields f, Person p, String source, String filedBy) {
        Routing r = route(f, p);
        String openKey = openKey(p.nik(), f);
        Optional<Grievance> earlier = grievances.findOpen(openKey);
        if (earlier.isPresent()) {
            return new Filed(earlier.get(), true);
        }
        LocalDate today = LocalDate.now(clock);
        String number = "SGH-" + r.regency() + "-" + today.getYear() + "-"
                + String.format("%05d", grievances.nextSequence(r.regency(), today.getYear()));
        Grievance g = new Grievance(number, p.nik(), r.regency(), f.subject(), r.reference(), r.candidateId(), f.text(),
                f.contact(), source, filedBy, r.decider(), Grievance.OPEN, dueDay(today), null, null, null, null,
                Instant.now(clock));
        grievances.insert(g, openKey);
        workflow.start(g, facts(g, p));
        return new Filed(g, false);
    }

    /**
     * The open grievance a concurrent double submission ran into (after its own insert failed on the unique key).
     */
    public Optional<Grievance> openDuplicate(GrievanceRequest req, String nik) {
        return grievances.findOpen(openKey(nik, fields(req)));
    }

    /** The deciding official's due date: {@code grievance-working-days} working days after filing. */
    public LocalDate dueDay(LocalDate filed) {
        return workingDays.plusWorkingDays(filed, dueWorkingDays);
    }

    /** Escalation: {@code grievance-escalation-working-days} working days after the due date. */
    public LocalDate escalationDay(LocalDate due) {
        return workingDays.plusWorkingDays(due, escalationWorkingDays);
    }

    /** What the deciding official reads on the task: the person (masked) and what the objection is about. */
    String facts(Grievance g, Person p) {
        StringBuilder sb = new StringBuilder("NIK " + Formats.maskNik(g.nik()));
        p.member().ifPresent(m -> sb.append("; peserta ").append(m.membershipNumber()).append(" (").append(m.status())
                .append(", desa ").append(m.villageCode()).append(")"));
        p.candidate().ifPresent(c -> sb.append("; usulan terakhir: ").append(c.status())
                .append(c.statusReason() == null ? "" : " — " + c.statusReason()).append(" (desa ")
                .append(c.villageCode()).append(", batch ").append(c.batchId()).append(")"));
        for (Claim c : p.claims()) {
            sb.append("; klaim ").append(c.claimNumber()).append(" ").append(c.status());
        }
        sb.append("; diajukan ").append(Grievance.PUBLIC.equals(g.source()) ? "sendiri lewat /status" : "oleh " + g.filedBy());
        return sb.length() > 1000 ? sb.substring(0, 1000) : sb.toString();
    }

    private static String openKey(String nik, Fields f) {
        String all = nik + "|" + f.subject() + "|" + (f.reference() == null ? "" : f.reference().toUpperCase(Locale.ROOT))
                + "|" + f.text().replaceAll("\\s+", " ");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 tidak tersedia", e);
        }
    }

    /**
     * The deciding official's decision (the task's complete listener): {@code approved} upholds the objection,
     * {@code note} is the reason, required either way (the person reads it on /status). A replayed completion
     * changes nothing.
     *
     * @throws TaskInputException no reason, or a reason over 2000 characters (the form shows it, nothing changes)
     */
    @Transactional
    public Grievance decide(String grievanceNumber, boolean approved, String note, String userId) {
        if (note == null || note.isBlank()) {
            throw new TaskInputException("note", "Alasan keputusan (note) wajib diisi: alasan ini ditampilkan kepada "
                    + "pengaju di halaman /status");
        }
        if (note.length() > MAX_TEXT) {
            throw new TaskInputException("note", "Alasan keputusan paling banyak " + MAX_TEXT + " karakter");
        }
        get(grievanceNumber);
        grievances.decide(grievanceNumber, approved ? Grievance.ACCEPTED : Grievance.REJECTED, note.trim(), userId,
                Instant.now(clock));
        return get(grievanceNumber);
    }

    /**
     * After an upheld objection against a candidate's rejection: the candidate is reopened for the village's next
     * verification round through verification's own service. Does nothing when reopened before (a replayed step) or
     * when the person has been proposed again since (nothing left to reopen).
     */
    @Transactional
    public Grievance reopenCandidate(String grievanceNumber) {
        Grievance g = get(grievanceNumber);
        if (g.reopenedBatchId() != null || g.candidateId() == null || !Grievance.ACCEPTED.equals(g.status())) {
            return g;
        }
        Optional<CandidateRepository.Candidate> latest = candidates.latestByNik(g.nik());
        if (latest.isEmpty() || latest.get().id() != g.candidateId() || latest.get().status().open()) {
            log.info("Sanggahan {}: calon {} sudah diusulkan lagi, tidak dibuka kembali", grievanceNumber, g.candidateId());
            return g;
        }
        String reason = "Sanggahan " + grievanceNumber + " diterima: " + g.outcomeNote();
        long batch = reopening.reopen(g.candidateId(), g.regencyCode(),
                reason.length() > 1000 ? reason.substring(0, 1000) : reason, g.decidedBy());
        grievances.recordReopenedBatch(grievanceNumber, batch);
        return get(grievanceNumber);
    }

    /** Mails the outcome and its reason when the contact is an e-mail address (deduplicated per grievance). */
    @Transactional
    public boolean sendOutcome(String grievanceNumber) {
        Grievance g = get(grievanceNumber);
        if (!g.mailable() || Grievance.OPEN.equals(g.status())) {
            return false;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("grievanceNumber", g.grievanceNumber());
        model.put("subject", g.subject().text());
        model.put("outcome", outcomeText(g.status()));
        model.put("reason", g.outcomeNote());
        model.put("nextStep", nextStep(g));
        return notifier.enqueue("sanggahan-keputusan", g.contact(), model, g.regencyCode(), g.grievanceNumber(),
                "grievance-outcome|" + g.grievanceNumber());
    }

    static String outcomeText(String status) {
        return switch (status) {
            case Grievance.ACCEPTED -> "Diterima";
            case Grievance.REJECTED -> "Ditolak";
            default -> "Sedang diproses";
        };
    }

    /** What happens next, in Bahasa Indonesia, for /status and the mail. */
    static String nextStep(Grievance g) {
        if (Grievance.OPEN.equals(g.status())) {
            return (Grievance.BPJS.equals(g.decider()) ? "Petugas BPJS Ketenagakerjaan" : "Dinas Sosial")
                    + " kabupaten memeriksa sanggahan Anda dan memberi keputusan paling lambat "
                    + Formats.date(g.dueDate());
        }
        if (Grievance.ACCEPTED.equals(g.status()) && g.subject() == GrievanceSubject.CANDIDATE_REJECTED) {
            return "Usulan Anda dibuka kembali dan diverifikasi ulang oleh Lurah/Kepala Desa, Camat dan Dinas Sosial";
        }
        if (Grievance.ACCEPTED.equals(g.status())) {
            return "Sanggahan diterima; petugas menindaklanjuti sesuai alasan di atas";
        }
        return "Sanggahan tidak diterima. Bila ada bukti baru, Anda dapat mengajukan sanggahan baru";
    }

    /** The person's grievances for /status, newest first. */
    public List<Grievance> ofNik(String nik) {
        return grievances.byNik(nik);
    }

    /**
     * One grievance for an official of its regency.
     *
     * @throws NotFoundException unknown number
     * @throws id.jamsos.rentan.identity.RegionAccessDeniedException another regency
     */
    public Grievance get(String grievanceNumber, Official by) {
        Grievance g = get(grievanceNumber);
        regions.requireCovers(by, g.regencyCode());
        return g;
    }

    public Grievance get(String grievanceNumber) {
        return grievances.find(grievanceNumber)
                .orElseThrow(() -> new NotFoundException("Sanggahan " + grievanceNumber + " tidak ditemukan"));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
