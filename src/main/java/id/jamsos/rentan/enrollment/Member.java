package id.jamsos.rentan.enrollment;

import java.time.LocalDate;

public record Member(String membershipNumber, String nik, String name, LocalDate birthDate, String sex,
                     String category, String address, String phone, String email, String villageCode,
                     String kecamatanCode, String regencyCode, String pksNumber, String segment,
                     MemberStatus status, LocalDate coverageStart, LocalDate coverageEnd, int contributionMonths) {
}
