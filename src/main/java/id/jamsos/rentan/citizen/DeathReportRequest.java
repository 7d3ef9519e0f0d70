package id.jamsos.rentan.citizen;

/**
 * Body of {@code POST /api/death-reports} (and the Lurah's start form): {@code nik} or {@code membershipNumber},
 * {@code dateOfDeath} (yyyy-MM-dd, WIB), {@code place}, {@code reportedBy}, optional {@code deathCertificateNumber}.
 */
public record DeathReportRequest(String nik, String membershipNumber, String dateOfDeath, String place,
                                 String reportedBy, String deathCertificateNumber) {
}
