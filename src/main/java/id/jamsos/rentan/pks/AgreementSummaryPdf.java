package id.jamsos.rentan.pks;

import id.jamsos.rentan.common.Formats;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * One-page PDF summary of a PKS for signing. Written directly (PDF 1.4, Courier so the columns align, WinAnsi) because the
 * page is plain text and the project has no PDF library; the structure is the minimal valid one.
 */
public final class AgreementSummaryPdf {
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private AgreementSummaryPdf() {
    }

    public static List<String> lines(Agreement a, String regencyName, int enrolled) {
        List<String> l = new ArrayList<>();
        l.add("RINGKASAN PERJANJIAN KERJA SAMA (PKS)");
        l.add("Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan");
        l.add("");
        l.add("Nomor PKS          : " + a.pksNumber());
        l.add("Para pihak         : " + (a.payerKind() == Payer.PROVINSI_APBD ? "Pemerintah Provinsi, untuk Kabupaten "
                : "Pemerintah Kabupaten ") + regencyName + " (" + a.payerTitle() + ")");
        l.add("                     dan BPJS Ketenagakerjaan Kantor Cabang");
        l.add("Tahun anggaran     : " + a.fiscalYear());
        l.add("Masa berlaku       : " + Formats.date(a.startDate()) + " s.d. " + Formats.date(a.endDate())
                + " (" + PksRules.months(a.startDate(), a.endDate()) + " bulan)");
        l.add("Program            : JKK dan JKM");
        l.add("Kuota peserta      : " + String.format("%,d", a.quota()).replace(',', '.') + " pekerja");
        l.add("Peserta terdaftar  : " + String.format("%,d", enrolled).replace(',', '.') + " pekerja");
        l.add("Iuran              : " + Formats.rupiah(a.premiumPerMonth()) + " per pekerja per bulan");
        l.add("Anggaran           : " + Formats.rupiah(a.budget()));
        l.add("Pembayar / segmen  : " + a.payer() + " / " + a.segment());
        if (!a.renews()) {
            l.add("Perpanjangan       : tidak (masa tugas; kepesertaan berakhir bersama PKS)");
        }
        l.add("Status             : " + a.status());
        if (a.gapReason() != null) {
            l.add("Alasan jeda        : " + a.gapReason());
        }
        l.add("");
        l.add("Iuran dibayar setiap bulan paling lambat tanggal 15 (hari kerja berikutnya bila libur).");
        l.add("");
        l.add(String.format("%-41s", a.signerTitle()) + "Kepala Kantor Cabang BPJS Ketenagakerjaan");
        l.add("");
        l.add("");
        l.add("(______________________)                 (______________________)");
        return l;
    }

    public static byte[] render(List<String> lines) {
        StringBuilder content = new StringBuilder("BT\n/F1 10 Tf\n14 TL\n56 790 Td\n");
        for (String line : lines) {
            content.append('(').append(escape(line)).append(") Tj T*\n");
        }
        content.append("ET\n");
        byte[] stream = content.toString().getBytes(WIN_ANSI);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"};
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
        }
        offsets.add(out.size());
        write(out, "5 0 obj\n<< /Length " + stream.length + " >>\nstream\n");
        out.writeBytes(stream);
        write(out, "endstream\nendobj\n");
        int xref = out.size();
        StringBuilder x = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        for (int off : offsets) {
            x.append(String.format("%010d 00000 n \n", off));
        }
        x.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(out, x.toString());
        return out.toByteArray();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(WIN_ANSI));
    }
}
