package de.regionet.infra.personal;

import de.regionet.command.edge.Sends;
import de.regionet.infra.personal.PersonalDataRequests.Disclosure;
import de.regionet.infra.personal.PersonalDataRequests.Erasure;
import de.regionet.infra.personal.PersonalDataRequests.Person;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordPersonalDataErasure;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network office answers a data subject's requests (ADR 0022): {@code GET /api/personal-data?email=…} (or
 * {@code ?user=…}) shows everything stored about the person, opened; {@code POST /api/personal-data/erasures} with
 * {@code {"email": "…"}} (or {@code {"user": "…"}}) erases it and says what was erased. Both are recorded in the
 * audit trail without the data. A problem answer names the field that is wrong and never repeats its value.
 */
@RestController
class PersonalDataController {

    private final PersonalDataRequests requests;
    private final Validator validator;

    PersonalDataController(PersonalDataRequests requests, Validator validator) {
        this.requests = requests;
        this.validator = validator;
    }

    /** Who a request names, as the client sends it. */
    record PersonRequest(@Email(message = "is not an e-mail address") @Size(max = 254) String email,
                         @Size(max = 200) String user) {

        Person person() {
            return new Person(email, user);
        }
    }

    @GetMapping("/api/personal-data")
    @ReadableBy(value = ReadableBy.Audience.ROLES, roles = Role.NETWORK_OFFICE)
    Disclosure access(@RequestParam(required = false) String email, @RequestParam(required = false) String user) {
        var request = new PersonRequest(email, user);
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return requests.disclose(request.person());
    }

    @Sends(RecordPersonalDataErasure.class)
    @PostMapping("/api/personal-data/erasures")
    Erasure erase(@Valid @RequestBody PersonRequest request) {
        return requests.erase(request.person());
    }
}
