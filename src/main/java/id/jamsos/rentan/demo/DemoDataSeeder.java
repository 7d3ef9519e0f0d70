package id.jamsos.rentan.demo;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ProgramSettings;
import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.enrollment.MemberStatus;
import id.jamsos.rentan.identity.IdentitySetup;
import id.jamsos.rentan.identity.Role;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.pks.AgreementRepository;
import id.jamsos.rentan.pks.PksStatus;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionLevel;
import id.jamsos.rentan.region.RegionRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Demo profile only. Every real kecamatan and village of the three regencies is in the table already (the shipped
 * Kemendagri list, {@code RegionReferenceData}, runs first) with its tenant and groups; this adds a user for every
 * role (password from jamsos.demo.password) for a few of them, an ACTIVE PKS for the current year per regency and
 * members with varied contribution histories, who live in real villages. Idempotent: the H2 file under ./data
 * survives restarts.
 */
@Component
@Profile("demo")
@Order(20)
public class DemoDataSeeder implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    /**
     * The villages of the contract's demo users ({@code lurah.6203011001}, ...): code → name. The codes that are in
     * the Kemendagri list (6203021001 Mambulau, 6112092001 Sungai Kakap, and 6208022002, 6112012001, 6112012002,
     * 6112092002, which the list gives to other villages) are that real village, under its official name; the
     * others are not in the decree and are kept as demo villages of their kecamatan so that the contract's users
     * keep a village ({@link #MEMBER_VILLAGES} are their real counterparts).
     */
    static final Map<String, String> VILLAGES = new java.util.LinkedHashMap<>();

    /**
     * Real villages (Kepmendagri 300.2.2-2138/2025) where the demo members live, per regency, each with a Lurah demo
     * user: the official codes of the demo villages' names (Selat Hilir 6203011007, Selat Tengah 6203011008, ...),
     * in the same kecamatan, so the kecamatan figures of {@link #seedPopulation} stay true.
     */
    static final Map<String, List<String>> MEMBER_VILLAGES = Map.of(
            "6203", List.of("6203011007", "6203011008", "6203012020", "6203021001", "6203022007"),
            "6208", List.of("6208011003", "6208011004", "6208021001", "6208022002"),
            "6112", List.of("6112012001", "6112012003", "6112092001", "6112092006"));

    static {
        VILLAGES.put("6203011001", "Selat Hilir");
        VILLAGES.put("6203011002", "Selat Tengah");
        VILLAGES.put("6203012001", "Pulau Telo Baru");
        VILLAGES.put("6203021001", "Mambulau");
        VILLAGES.put("6203022001", "Sei Asam");
        VILLAGES.put("6208011001", "Mendawai");
        VILLAGES.put("6208011002", "Padang");
        VILLAGES.put("6208022001", "Kuala Jelai");
        VILLAGES.put("6208022002", "Pulau Nibung");
        VILLAGES.put("6112012001", "Sungai Raya");
        VILLAGES.put("6112012002", "Sungai Ambangah");
        VILLAGES.put("6112092001", "Sungai Kakap");
        VILLAGES.put("6112092002", "Sungai Itik");
    }

    static final Map<String, Integer> QUOTA = Map.of("6203", 5000, "6208", 1500, "6112", 4000);
    static final List<String> CATEGORIES = List.of("PETANI", "NELAYAN", "PEDAGANG_PASAR", "BURUH_HARIAN_LEPAS",
            "GURU_NGAJI", "KADER_POSYANDU", "KETUA_RT_RW", "OJEK");
    static final String[] FIRST = {"Ahmad", "Siti", "Budi", "Nur", "Rahmat", "Dewi", "Yusuf", "Aisyah", "Hendra",
            "Rina", "Samsul", "Wati", "Iwan", "Fitri", "Agus", "Lestari", "Darmawan", "Halimah", "Rudi", "Maya",
            "Supriadi", "Ani", "Joko", "Sri"};
    static final String[] LAST = {"Saputra", "Rahmawati", "Hidayat", "Lestari", "Pratama", "Wulandari",
            "Kurniawan", "Sari"};

    private final RegionRepository regions;
    private final IdentitySetup identitySetup;
    private final IdentityService identity;
    private final AgreementRepository agreements;
    private final MemberRepository members;
    private final id.jamsos.rentan.budget.BudgetEvaluationRepository evaluations;
    private final String password;
    private final long premium;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): the demo year and months count from its day */
    public DemoDataSeeder(RegionRepository regions, IdentitySetup identitySetup, IdentityService identity,
                          AgreementRepository agreements, MemberRepository members,
                          id.jamsos.rentan.budget.BudgetEvaluationRepository evaluations,
                          @Value("${jamsos.demo.password}") String password, ProgramSettings program, Clock clock) {
        this.clock = clock;
        this.regions = regions;
        this.identitySetup = identitySetup;
        this.identity = identity;
        this.agreements = agreements;
        this.members = members;
        this.evaluations = evaluations;
        this.password = password;
        this.premium = program.premiumPerMonth();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Region> added = new ArrayList<>();
        VILLAGES.forEach((code, name) -> {
            if (regions.find(code).isEmpty()) {
                Region r = new Region(code, name, RegionLevel.VILLAGE, RegionLevel.parentOf(code));
                regions.insert(r);
                added.add(r);
            }
        });
        identitySetup.ensureGroupsFor(added);
        int users = seedUsers();
        int seededMembers = seedAgreementsAndMembers();
        seedPopulation();
        log.info("Demo data: {} villages, {} users, {} members added", added.size(), users, seededMembers);
    }

    private int seedUsers() {
        int created = 0;
        for (String regency : QUOTA.keySet()) {
            for (Role role : Role.values()) {
                if (role.level() == RegionLevel.REGENCY) {
                    created += user(role, regency);
                }
            }
        }
        for (String village : VILLAGES.keySet()) {
            created += user(Role.LURAH, village);
            created += user(Role.CAMAT, village.substring(0, 6));
        }
        for (List<String> villages : MEMBER_VILLAGES.values()) {
            for (String village : villages) {
                if (regions.find(village).isPresent()) { // absent only when the reference list is switched off
                    created += user(Role.LURAH, village);
                }
            }
        }
        return created;
    }

    private int user(Role role, String regionCode) {
        String id = role.demoUserId(regionCode);
        if (identity.createUserQuery().userId(id).count() > 0) {
            return 0;
        }
        Region region = regions.find(regionCode).orElseThrow();
        User u = identity.newUser(id);
        u.setFirstName(role.title());
        u.setLastName(region.label());
        u.setEmail(id + "@jamsos-rentan.test");
        u.setPassword(password);
        identity.saveUser(u);
        identity.createMembership(id, role.groupId(regionCode));
        return 1;
    }

    private int seedAgreementsAndMembers() {
        LocalDate today = LocalDate.now(clock.withZone(Formats.WIB));
        int year = today.getYear();
        int count = 0;
        for (Map.Entry<String, Integer> e : QUOTA.entrySet()) {
            String regency = e.getKey();
            String pks = Agreement.number(regency, year);
            if (agreements.find(pks).isPresent()) {
                continue;
            }
            int quota = e.getValue();
            agreements.insert(new Agreement(pks, regency, year, quota, quota * premium * 12, premium,
                    LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), PksStatus.ACTIVE, "DINSOS_APBD",
                    "PEMERINTAH_APBD", null));
            List<String> villages = MEMBER_VILLAGES.get(regency).stream().filter(v -> regions.find(v).isPresent()).toList();
            if (villages.isEmpty()) { // the reference list is switched off: the demo villages of the regency
                villages = VILLAGES.keySet().stream().filter(v -> v.startsWith(regency)).toList();
            }
            for (int i = 0; i < 24; i++) {
                String village = villages.get(i % villages.size());
                boolean female = i % 2 == 1;
                LocalDate birth = LocalDate.of(1962 + (i * 7) % 40, 1 + (i * 5) % 12, 1 + (i * 11) % 28);
                // Some members have paid for years (beasiswa needs 36 months), some only since this year.
                int months = new int[]{48, 40, 37, 36, 35, 30, 24, 12, 6, 3}[i % 10];
                LocalDate coverageStart = today.withDayOfMonth(1).minusMonths(months);
                String nik = nik(village.substring(0, 6), birth, female, i + 1);
                String membership = regency + String.format("%07d", i + 1);
                members.insert(new Member(membership, nik, FIRST[i] + " " + LAST[i % LAST.length], birth,
                        female ? "F" : "M", CATEGORIES.get(i % CATEGORIES.size()), "RT 0" + (1 + i % 9) + ", "
                        + regions.find(village).map(Region::name).orElse(village), "0812" + String.format("%08d", 10000 + i * 37), null, village,
                        village.substring(0, 6), regency, pks, "PEMERINTAH_APBD", MemberStatus.ACTIVE, coverageStart,
                        null, months));
                count++;
            }
        }
        return count + seedOtherPayers(today);
    }

    /**
     * Issue 16, the seeds' other payers: Kapuas's village 6203011001 insures workers from its APBDes (quota 100, the
     * whole year; seed 001), Sukamara's Kesbangpol its ad-hoc Pilkada officers for their period of duty, 01-09 to
     * 31-12 (seed 003). Three members each; Kapuas's three live in Selat, which keeps the demo's coverage at the
     * DOMAIN's ~43 % (27 / 63 members, see {@link #seedPopulation()}).
     */
    private int seedOtherPayers(LocalDate today) {
        int year = today.getYear();
        int count = 0;
        String village = "6203011001";
        String desa = Agreement.number("6203", year, id.jamsos.rentan.pks.Payer.DESA_APBDES, village);
        if (agreements.find(desa).isEmpty()) {
            agreements.insert(new Agreement(desa, "6203", year, 100, 100 * premium * 12, premium, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), PksStatus.ACTIVE, "DESA_APBDES", "DESA_APBDES", null, null, village));
            count += otherPayerMembers("6203", village, desa, "DESA_APBDES", today.withDayOfMonth(1).minusMonths(5), null, 201);
        }
        String kesbangpol = Agreement.number("6208", year, id.jamsos.rentan.pks.Payer.OPD_APBD, null);
        if (agreements.find(kesbangpol).isEmpty()) {
            LocalDate start = LocalDate.of(year, 9, 1);
            LocalDate end = LocalDate.of(year, 12, 31);
            agreements.insert(new Agreement(kesbangpol, "6208", year, 50, 50 * premium * 4, premium, start, end,
                    today.isBefore(start) ? PksStatus.SIGNED : today.isAfter(end) ? PksStatus.EXPIRED : PksStatus.ACTIVE,
                    "OPD_APBD", "PEMERINTAH_APBD", null, "Kesbangpol", null));
            if (!today.isBefore(start) && !today.isAfter(end)) {
                count += otherPayerMembers("6208", "6208011001", kesbangpol, "PEMERINTAH_APBD", start, end, 301);
            }
        }
        return count;
    }

    private int otherPayerMembers(String regency, String village, String pks, String segment, LocalDate coverageStart,
                                  LocalDate coverageEnd, int serial) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.WIB));
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(coverageStart, today.withDayOfMonth(1));
        for (int i = 0; i < 3; i++) {
            boolean female = i == 1;
            LocalDate birth = LocalDate.of(1975 + i * 6, 3 + i, 4 + i * 5);
            String nik = nik(village.substring(0, 6), birth, female, serial + i);
            members.insert(new Member(regency + String.format("%07d", serial + i), nik,
                    FIRST[(serial + i) % FIRST.length] + " " + LAST[(serial + 2 * i) % LAST.length], birth,
                    female ? "F" : "M", CATEGORIES.get((serial + i) % CATEGORIES.size()), "RT 0" + (1 + i) + ", "
                    + VILLAGES.get(village), null, null, village, village.substring(0, 6), regency, pks, segment,
                    MemberStatus.ACTIVE, coverageStart, coverageEnd, Math.max(months, 0)));
        }
        return 3;
    }

    /**
     * Kapuas's vulnerable-worker population of last year, scaled to the demo's 27 members (24 of Dinsos, 3 of
     * village 6203011001's APBDes program) so that the coverage indicator shows what DOMAIN says of Kapuas ("~43% of
     * its vulnerable workers were covered in 2025"): 27 / 63 = 42,86 %; per kecamatan Selat 18 / 42 and Kapuas Hilir
     * 9 / 21 (the demo members' villages).
     */
    private void seedPopulation() {
        int year = LocalDate.now(clock.withZone(Formats.WIB)).getYear() - 1;
        String source = "Demo: angka " + year + " diperkecil sebanding dengan 27 peserta demo (cakupan Kapuas ~43%)";
        Map<String, Integer> figures = new java.util.LinkedHashMap<>();
        figures.put("6203", 63);
        figures.put("620301", 42);
        figures.put("620302", 21);
        figures.forEach((code, population) -> {
            if (evaluations.populationFigure(code, year).isEmpty()) {
                evaluations.savePopulation(code, year, population, source, "demo");
            }
        });
    }

    /** PP KK CC DDMMYY NNNN, day + 40 for women. */
    static String nik(String kecamatan, LocalDate birth, boolean female, int serial) {
        int day = birth.getDayOfMonth() + (female ? 40 : 0);
        return kecamatan + String.format("%02d%02d%02d%04d", day, birth.getMonthValue(), birth.getYear() % 100, serial);
    }
}
