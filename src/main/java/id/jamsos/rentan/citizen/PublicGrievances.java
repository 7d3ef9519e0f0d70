package id.jamsos.rentan.citizen;

import id.jamsos.rentan.common.FieldError;
import id.jamsos.rentan.common.ValidationException;

import java.util.ArrayList;
import java.util.List;

/** Input checks shared by the public and the officials' grievance endpoints: all bad fields in one answer. */
final class PublicGrievances {
    private PublicGrievances() {
    }

    static PublicStatusService.Identity identityAndFields(PublicStatusService identities, GrievanceService service,
                                                          GrievanceRequest req) {
        List<FieldError> errors = new ArrayList<>();
        PublicStatusService.Identity who = null;
        try {
            who = identities.identity(req.nik(), req.birthDate());
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        try {
            service.checkFields(req);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return who;
    }
}
