package id.jamsos.rentan.security;

import id.jamsos.rentan.enrollment.Member;
import id.jamsos.rentan.enrollment.MemberRepository;
import id.jamsos.rentan.enrollment.MemberStatus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test data of the security tests: their own members (never the demo seed's) and hostile files. */
final class SecurityTestData {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    private SecurityTestData() {
    }

    /** An ACTIVE member of village 6203011001 with 40 months of contributions, unique in this database. */
    static Member member(MemberRepository members) {
        return member(members, "6203011001");
    }

    static Member member(MemberRepository members, String villageCode) {
        while (true) {
            int n = ThreadLocalRandom.current().nextInt(100_000);
            String number = "620398" + String.format("%05d", n);
            String nik = "620301150586" + String.format("%04d", 1 + n % 9999);
            if (members.findByNik(nik).isPresent() || members.find(number).isPresent()) {
                continue;
            }
            Member m = new Member(number, nik, "Peserta Uji Keamanan", LocalDate.of(1986, 5, 15), "M", "PETANI", null, null,
                    null, villageCode, villageCode.substring(0, 6), villageCode.substring(0, 4), null, "PEMERINTAH_APBD", MemberStatus.ACTIVE,
                    TODAY.withDayOfMonth(1).minusMonths(40), null, 40);
            members.insert(m);
            return m;
        }
    }

    /** A random 4-digit NIK serial the DTSEN simulator accepts (it turns away serials ending in 8 or 9). */
    static int serial() {
        return 100 + ThreadLocalRandom.current().nextInt(900) * 10 + ThreadLocalRandom.current().nextInt(8);
    }

    /** A valid JKM claim body for the member, one heir. */
    static Map<String, Object> claim(String membershipNumber) {
        return Map.of("membershipNumber", membershipNumber, "type", "JKM", "eventDate", TODAY.minusDays(3).toString(),
                "deathCertificateNumber", "474.3/777/KPS/" + TODAY.getYear(),
                "heirs", List.of(Map.of("name", "Siti Serentak", "nik", "6203015505860001", "relation", "SPOUSE",
                        "birthDate", "1986-05-15", "bankName", "BRI", "bankAccount", "001201000312345")));
    }

    // ------------------------------------------------------------------ hostile .xlsx files

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            </Types>""";
    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8"?>
            %s<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
             xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private static final String SHEET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>nik</t></is></c></row></sheetData></worksheet>""";

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** An .xlsx whose workbook part carries the given DOCTYPE and uses entity &e; as the sheet name. */
    static byte[] xlsxWithDoctype(String doctype) throws IOException {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8(CONTENT_TYPES));
        parts.put("_rels/.rels", utf8(RELS));
        parts.put("xl/_rels/workbook.xml.rels", utf8(WORKBOOK_RELS));
        parts.put("xl/workbook.xml", utf8(WORKBOOK.formatted(doctype, "&e;")));
        parts.put("xl/worksheets/sheet1.xml", utf8(SHEET));
        return zip(parts);
    }

    static byte[] xxe() throws IOException {
        return xlsxWithDoctype("<!DOCTYPE workbook [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>");
    }

    static byte[] billionLaughs() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE workbook [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("<!ENTITY e \"&l10;\">]>");
        return xlsxWithDoctype(dtd.toString());
    }

    /** A well-formed package whose sheet inflates from a few hundred KB to 200 MB. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : Map.of("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", RELS,
                    "xl/_rels/workbook.xml.rels", WORKBOOK_RELS, "xl/workbook.xml", WORKBOOK.formatted("", "Calon")).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(utf8(e.getValue()));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
            byte[] blank = new byte[1 << 20];
            java.util.Arrays.fill(blank, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                zip.write(blank);
            }
            zip.write(utf8("</sheetData></worksheet>"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] randomBytes() {
        byte[] b = new byte[64 * 1024];
        new java.util.Random(12).nextBytes(b);
        return b;
    }

    /** Starts with the zip signature, then garbage: a truncated or corrupted package. */
    static byte[] brokenZip() {
        byte[] b = randomBytes();
        b[0] = 'P';
        b[1] = 'K';
        b[2] = 3;
        b[3] = 4;
        return b;
    }
}
