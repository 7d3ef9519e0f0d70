package id.jamsos.rentan.claim;

import java.util.Arrays;
import java.util.List;

/** Documents of a JKM/JKK death claim (DOMAIN.md); codes stay English, labels are what officials read. */
public enum DocumentType {
    MEMBERSHIP_CARD("Kartu peserta BPJS Ketenagakerjaan"),
    ID_CARD_DECEASED("KTP peserta yang meninggal"),
    ID_CARD_HEIR("KTP ahli waris"),
    FAMILY_CARD("Kartu Keluarga"),
    DEATH_CERTIFICATE("Akta kematian atau surat keterangan kematian dari pejabat berwenang"),
    HEIR_STATEMENT("Surat keterangan ahli waris"),
    BANK_BOOK("Buku tabungan ahli waris");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
