package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.excel.Caption;
import id.jamsos.rentan.common.excel.Column;
import id.jamsos.rentan.common.excel.XlsxWriter;
import id.jamsos.rentan.pks.Agreement;
import id.jamsos.rentan.region.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The annex of the SK Bupati that fixes who the regency pays the premium for (DOMAIN.md, step 3 of the
 * yearly cycle): title block of the decree, one row per worker, the count and the Bupati's signature block.
 * Built from rows in memory, so it is tested without a database.
 */
final class FinalListWorkbook {

    private FinalListWorkbook() {
    }

    /** One row of the annex: the candidate with the names of its village and kecamatan (null if not in the region list). */
    record Line(int no, CandidateRepository.Candidate candidate, Region village, Region kecamatan) {
    }

    /**
     * What the title block names: the regency ("Kabupaten Kapuas"), the PKS the listed workers are paid under
     * (their own; for a draft the PKS the Dinsos decision will use; empty if none), a draft and the batch filter.
     */
    record Heading(String regencyName, List<Agreement> agreements, boolean draft, Long batchId) {
    }

    static String statusLabel(CandidateStatus status) {
        return switch (status) {
            case AWAITING_FINAL -> "Menunggu penetapan Dinsos";
            case APPROVED -> "Ditetapkan, menunggu pendaftaran BPJS";
            case ENROLLED -> "Terdaftar di BPJS Ketenagakerjaan";
            case SCREENING -> "Dalam penyaringan";
            case SCREENING_REJECTED -> "Tidak lolos penyaringan";
            case AWAITING_VILLAGE -> "Menunggu verifikasi desa/kelurahan";
            case AWAITING_KECAMATAN -> "Menunggu persetujuan camat";
            case REJECTED -> "Ditolak";
        };
    }

    static String sexLabel(String sex) {
        return "F".equals(sex) ? "Perempuan" : "M".equals(sex) ? "Laki-laki" : sex;
    }

    static String categoryLabel(String code) {
        return Category.isKnown(code) ? Category.valueOf(code).label() : code;
    }

    static final List<Column<Line>> COLUMNS = List.of(
            Column.integer("No.", 6, Line::no),
            // Full NIK, deliberately: a decree must identify each beneficiary beyond doubt. Names repeat within a
            // village and a masked NIK (6 + 2 digits) is not unique, APPROVED workers have no membership number
            // yet, and BPJS registers by NIK (DOMAIN.md: a member is identified by NIK and KPJ). Masking
            // (Formats.maskNik) is for mails and other regions' eyes; this file goes only to regency-level
            // officials of the same regency (RegionAccessPolicy.requireCovers on the regency code).
            // Stored as text: 16 digits as a number would lose the last digits in Excel.
            Column.text("NIK", 19, l -> l.candidate().nik()),
            Column.text("Nama", 30, l -> l.candidate().name()),
            Column.text("Jenis Kelamin", 12, l -> sexLabel(l.candidate().sex())),
            Column.date("Tanggal Lahir", 13, l -> l.candidate().birthDate()),
            Column.text("Alamat", 32, l -> l.candidate().address()),
            Column.text("Desa/Kelurahan", 24, l -> l.village() == null ? l.candidate().villageCode() : l.village().label()),
            Column.text("Kecamatan", 20, l -> l.kecamatan() == null ? l.candidate().kecamatanCode() : l.kecamatan().name()),
            Column.text("Kode Desa", 12, l -> l.candidate().villageCode()),
            Column.text("Kategori Pekerjaan", 24, l -> categoryLabel(l.candidate().category())),
            Column.text("Nomor Peserta (KPJ)", 15, l -> l.candidate().membershipNumber()),
            Column.text("Nomor PKS", 16, l -> l.candidate().pksNumber()),
            Column.text("Status", 34, l -> statusLabel(l.candidate().status())));

    /** "Kabupaten Kapuas" → "BUPATI KAPUAS" (a Kota has a Wali Kota). */
    static String headOfRegion(String regencyName) {
        if (regencyName.startsWith("Kota ")) {
            return ("Wali Kota " + regencyName.substring(5)).toUpperCase();
        }
        return ("Bupati " + regencyName.replaceFirst("^Kabupaten ", "")).toUpperCase();
    }

    /** Who pays, from the PKS (DOMAIN.md "Who pays", issue 16: the program's payer). */
    static String payerLabel(Agreement a, String regencyName) {
        return switch (a.payerKind()) {
            case DINSOS_APBD -> "APBD " + regencyName + " melalui Dinas Sosial";
            case OPD_APBD -> "APBD " + regencyName + " melalui " + a.payerTitle();
            case DESA_APBDES -> "APBDes Desa " + a.villageCode();
            case PROVINSI_APBD -> "APBD Provinsi";
        };
    }

    static Caption caption(Heading h, List<Line> lines) {
        String years = h.agreements().stream().map(a -> String.valueOf(a.fiscalYear())).distinct()
                .collect(Collectors.joining(", "));
        String year = years.isEmpty() ? "........" : years;
        List<String> title = new ArrayList<>();
        if (h.draft()) {
            title.add("DRAF – BELUM DITETAPKAN: calon peserta yang menunggu penetapan Dinas Sosial");
        }
        title.add("LAMPIRAN KEPUTUSAN " + headOfRegion(h.regencyName()));
        title.add("NOMOR ........................................   TANGGAL ........................................");
        title.add("TENTANG PENETAPAN PESERTA JAMINAN SOSIAL KETENAGAKERJAAN (JKK DAN JKM) BAGI PEKERJA RENTAN "
                + "YANG IURANNYA DIBAYAR OLEH PEMERINTAH " + h.regencyName().toUpperCase() + " TAHUN " + year);
        StringBuilder detail = new StringBuilder("Daftar Peserta Tahun ").append(year);
        if (!h.agreements().isEmpty()) {
            detail.append(" – ").append(h.agreements().stream().map(Agreement::pksNumber).collect(Collectors.joining(", ")))
                    .append(" – sumber dana: ").append(h.agreements().stream()
                            .map(a -> payerLabel(a, h.regencyName())).distinct().collect(Collectors.joining(", ")));
        }
        if (h.batchId() != null) {
            detail.append(" – kiriman nomor ").append(h.batchId());
        }
        title.add(detail.toString());

        long women = lines.stream().filter(l -> "F".equals(l.candidate().sex())).count();
        List<String> footer = List.of(
                "Jumlah: " + lines.size() + " orang (" + (lines.size() - women) + " laki-laki, " + women + " perempuan)",
                "",
                headOfRegion(h.regencyName()) + ",",
                "",
                "",
                "(........................................)");
        return new Caption(title, footer);
    }

    static byte[] write(Heading heading, List<Line> lines) {
        try (XlsxWriter writer = new XlsxWriter()) {
            return writer.sheet(heading.draft() ? "Draf Lampiran" : "Lampiran SK", caption(heading, lines), COLUMNS, lines)
                    .toBytes();
        }
    }
}
