package id.jamsos.rentan.claim;

import java.time.LocalDate;

public record Heir(long id, String claimNumber, String name, String nik, Relation relation, LocalDate birthDate,
                   String bankName, String bankAccount, String email, int priorityGroup, boolean entitled) {
}
