package id.jamsos.rentan.enrollment;

import id.jamsos.rentan.common.Formats;
import id.jamsos.rentan.common.ValidationException;
import id.jamsos.rentan.common.excel.Column;
import id.jamsos.rentan.common.excel.XlsxWriter;
import id.jamsos.rentan.identity.CurrentOfficial;
import id.jamsos.rentan.identity.RegionAccessPolicy;
import id.jamsos.rentan.region.Region;
import id.jamsos.rentan.region.RegionRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Members of a regency, kecamatan or village as an Excel file for officials (the list they keep and
 * report from). NIKs are masked as everywhere outside the member's own record.
 */
@RestController
@RequestMapping("/api/members")
public class MemberExportController {
    static final int PAGE = 1000;
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final MemberRepository members;
    private final RegionRepository regions;
    private final RegionAccessPolicy policy;

    private final id.jamsos.rentan.pks.AgreementRepository agreements;
    private final Clock clock;

    /** @param clock the application's WIB clock ({@code config.ClockConfig}): the day in the file name */
    public MemberExportController(MemberRepository members, RegionRepository regions, RegionAccessPolicy policy,
                                  id.jamsos.rentan.pks.AgreementRepository agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
        this.members = members;
        this.regions = regions;
        this.policy = policy;
    }

    /** One exported line: the member with the names of its village and kecamatan. */
    /** @param payer who pays for the member (issue 16: the program of the member's PKS), e.g. "Dinas Sosial" */
    record Line(int no, Member member, Region village, Region kecamatan, String payer) {
    }

    static String statusLabel(MemberStatus status) {
        return switch (status) {
            case ACTIVE -> "Aktif";
            case LAPSED -> "Nonaktif";
            case ENDED -> "Berakhir";
        };
    }

    static final List<Column<Line>> COLUMNS = List.of(
            Column.integer("No.", 6, Line::no),
            Column.text("Nomor Peserta", 15, l -> l.member().membershipNumber()),
            Column.text("NIK", 20, l -> Formats.maskNik(l.member().nik())),
            Column.text("Nama", 30, l -> l.member().name()),
            Column.text("Desa/Kelurahan", 24, l -> l.village() == null ? l.member().villageCode() : l.village().label()),
            Column.text("Kecamatan", 20, l -> l.kecamatan() == null ? l.member().kecamatanCode() : l.kecamatan().name()),
            Column.text("Kode Desa", 12, l -> l.member().villageCode()),
            Column.text("Status", 11, l -> statusLabel(l.member().status())),
            Column.date("Mulai Perlindungan", 13, l -> l.member().coverageStart()),
            Column.date("Akhir Perlindungan", 13, l -> l.member().coverageEnd()),
            Column.integer("Bulan Iuran", 9, l -> l.member().contributionMonths()),
            Column.text("Nomor PKS", 22, l -> l.member().pksNumber()),
            Column.text("Pembayar", 20, Line::payer));

    @GetMapping("/export.xlsx")
    public ResponseEntity<byte[]> export(@RequestParam(required = false) String regionCode,
                                         @RequestParam(required = false) String status) {
        if (regionCode == null || !regionCode.matches("\\d{4}|\\d{6}|\\d{10}")) {
            throw ValidationException.of("regionCode",
                    "kode wilayah wajib diisi: 4 digit (kabupaten), 6 digit (kecamatan) atau 10 digit (desa)");
        }
        MemberStatus wanted = parseStatus(status);
        policy.requireCovers(CurrentOfficial.get(), regionCode);

        Map<String, Region> names = regions.within(regionCode.substring(0, 4)).stream()
                .collect(Collectors.toMap(Region::code, Function.identity()));
        List<Line> lines = new ArrayList<>();
        Map<String, String> payers = new java.util.HashMap<>();
        for (int offset = 0; ; offset += PAGE) {
            List<Member> page = members.page(regionCode, wanted, offset, PAGE);
            for (Member m : page) {
                String payer = m.pksNumber() == null ? "" : payers.computeIfAbsent(m.pksNumber(),
                        n -> agreements.find(n).map(id.jamsos.rentan.pks.Agreement::payerTitle).orElse(""));
                lines.add(new Line(lines.size() + 1, m, names.get(m.villageCode()), names.get(m.kecamatanCode()), payer));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        byte[] file;
        try (XlsxWriter writer = new XlsxWriter()) {
            file = writer.sheet("Peserta " + regionCode, COLUMNS, lines).toBytes();
        }
        String filename = "peserta-" + regionCode + (wanted == null ? "" : "-" + wanted.name().toLowerCase())
                + "-" + LocalDate.now(clock.withZone(Formats.WIB)).format(FILE_DATE) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XlsxWriter.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(file);
    }

    private static MemberStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MemberStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("status", "status harus salah satu dari "
                    + Arrays.stream(MemberStatus.values()).map(Enum::name).collect(Collectors.joining(", "))
                    + " atau kosong (semua)");
        }
    }
}
