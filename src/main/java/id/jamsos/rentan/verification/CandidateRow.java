package id.jamsos.rentan.verification;

import id.jamsos.rentan.common.TextRules;

/** One candidate row as received (JSON item, CSV or XLSX line): raw strings, validated later. */
public record CandidateRow(int rowNo, String nik, String name, String birthDate, String sex, String villageCode,
                           String category, String address, String phone, String email, String dtksId) {

    /** Typographic apostrophes in the name (’ ‘ ʼ `, as Word and phones type them) are stored as ' (issue 13). */
    public CandidateRow {
        name = TextRules.normalizeApostrophes(name);
    }

    /** Column names of the CSV/XLSX header and of the JSON items (contract). */
    public static final String[] COLUMNS = {"nik", "name", "birthDate", "sex", "villageCode", "category", "address",
            "phone", "email", "dtksId"};
}
