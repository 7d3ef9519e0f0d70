package id.jamsos.rentan.verification;

/** One candidate row as received (JSON item, CSV or XLSX line): raw strings, validated later. */
public record CandidateRow(int rowNo, String nik, String name, String birthDate, String sex, String villageCode,
                           String category, String address, String phone, String email, String dtksId) {

    /** Column names of the CSV/XLSX header and of the JSON items (contract). */
    public static final String[] COLUMNS = {"nik", "name", "birthDate", "sex", "villageCode", "category", "address",
            "phone", "email", "dtksId"};
}
