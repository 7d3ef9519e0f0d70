package id.jamsos.rentan.pks;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who pays the premium of a program (issue 16, DOMAIN "Who pays"): the regency's Dinsos from APBD (the program the
 * product always ran), another regency office (OPD) from APBD, a village from APBDes, or the province from the
 * provincial APBD. Each payer implies the BPJS segment its members are labelled with.
 */
public enum Payer {
    /** Dinas Sosial from the regency's APBD: business key {@code PKS-<regency>-<fiscalYear>}, signed by Kepala Dinas Sosial. */
    DINSOS_APBD("Dinas Sosial (APBD kabupaten)", "PEMERINTAH_APBD"),
    /** Another regency office (e.g. Kesbangpol) from APBD; needs {@code payerName}. */
    OPD_APBD("Perangkat daerah (APBD kabupaten)", "PEMERINTAH_APBD"),
    /** A village from APBDes; needs {@code villageCode}; signed by the Kepala Desa. */
    DESA_APBDES("Desa (APBDes)", "DESA_APBDES"),
    /** The province from the provincial APBD, next to the regency's own quota. */
    PROVINSI_APBD("Pemerintah provinsi (APBD provinsi)", "PEMERINTAH_PROVINSI_APBD");

    private final String label;
    private final String segment;

    Payer(String label, String segment) {
        this.label = label;
        this.segment = segment;
    }

    /** Indonesian name of the kind of payer, for forms, mails and Excel. */
    public String label() {
        return label;
    }

    /** The BPJS segment members of this payer's programs carry. */
    public String segment() {
        return segment;
    }

    /** The payer named by an API or form value; empty for null, blank or unknown text. */
    public static Optional<Payer> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(p -> p.name().equals(text.trim())).findFirst();
    }

    /** "DINSOS_APBD, OPD_APBD, DESA_APBDES, PROVINSI_APBD" for refusal messages. */
    public static String codes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
