package id.jamsos.rentan.pks;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class AgreementSummaryPdfTest {
    private static final Agreement PKS = new Agreement("PKS-6203-2027", "6203", 2027, 5500, 1_108_800_000L, 16_800,
            LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), PksStatus.SIGNED, "DINSOS_APBD", "PEMERINTAH_APBD",
            "Uji (kurung) \\ garis");

    @Test
    void summaryShowsTheAgreedFiguresAsOfficialsReadThem() {
        List<String> lines = AgreementSummaryPdf.lines(PKS, "Kapuas", 4_980);
        assertThat(lines).contains("Nomor PKS          : PKS-6203-2027",
                "Masa berlaku       : 01-01-2027 s.d. 31-12-2027 (12 bulan)",
                "Kuota peserta      : 5.500 pekerja", "Peserta terdaftar  : 4.980 pekerja",
                "Iuran              : Rp16.800 per pekerja per bulan", "Anggaran           : Rp1.108.800.000");
    }

    @Test
    void pdfIsWellFormedWithCorrectCrossReferenceOffsets() {
        byte[] pdf = AgreementSummaryPdf.render(AgreementSummaryPdf.lines(PKS, "Kapuas", 0));
        String text = new String(pdf, Charset.forName("windows-1252"));
        assertThat(text).startsWith("%PDF-1.4\n").endsWith("%%EOF\n");
        assertThat(text).contains("(Nomor PKS          : PKS-6203-2027) Tj");
        // Parentheses and backslashes in user text are escaped, not ending the string early.
        assertThat(text).contains("Uji \\(kurung\\) \\\\ garis");

        Matcher startxref = Pattern.compile("startxref\n(\\d+)\n").matcher(text);
        assertThat(startxref.find()).isTrue();
        int xref = Integer.parseInt(startxref.group(1));
        assertThat(text.substring(xref)).startsWith("xref\n0 6\n");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n").matcher(text.substring(xref));
        int object = 1;
        while (entries.find()) {
            int offset = Integer.parseInt(entries.group(1));
            assertThat(text.substring(offset)).startsWith(object + " 0 obj");
            object++;
        }
        assertThat(object).isEqualTo(6);
        Matcher length = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(text);
        assertThat(length.find()).isTrue();
        int start = length.end();
        assertThat(text.substring(start + Integer.parseInt(length.group(1)))).startsWith("endstream");
    }
}
