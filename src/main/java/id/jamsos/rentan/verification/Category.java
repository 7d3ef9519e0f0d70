package id.jamsos.rentan.verification;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Worker categories seen in the regencies' programs (DOMAIN.md); codes travel in the API, labels in forms. */
public enum Category {
    PETANI("Petani"),
    NELAYAN("Nelayan"),
    PEDAGANG_PASAR("Pedagang pasar"),
    BURUH_HARIAN_LEPAS("Buruh harian lepas"),
    OJEK("Pengemudi ojek"),
    UMKM("Pekerja UMKM"),
    KETUA_RT_RW("Ketua RT/RW"),
    PERANGKAT_DESA("Perangkat desa"),
    ANGGOTA_BPD("Anggota BPD"),
    KADER_POSYANDU("Kader posyandu"),
    GURU_NGAJI("Guru ngaji"),
    PEKERJA_KEAGAMAAN("Pekerja keagamaan lainnya"),
    TENAGA_HONORER("Tenaga honorer/kontrak"),
    PETUGAS_ADHOC_PILKADA("Petugas adhoc Pilkada"),
    PEKERJA_FARDU_KIFAYAH("Pekerja fardu kifayah");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static boolean isKnown(String code) {
        return code != null && Arrays.stream(values()).anyMatch(c -> c.name().equals(code));
    }

    public static String codes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
