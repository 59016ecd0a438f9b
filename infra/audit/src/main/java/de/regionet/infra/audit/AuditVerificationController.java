package de.regionet.infra.audit;

import de.regionet.infra.eventstore.StoreVerifier;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit/verification}: walks the event store and reports {@code ok}, or how many failures it found and
 * the first of them (up to {@code regionet.eventstore.verification-failures-listed}). Installation-wide for every
 * reader of the audit trail, whatever its networks: it tells whether the one chain holds and where it breaks
 * (positions and reasons), never what an event says.
 */
@RestController
class AuditVerificationController {

    private final StoreVerifier verifier;

    AuditVerificationController(StoreVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/audit/verification")
    @ReadableBy(value = ReadableBy.Audience.ROLES, roles = {Role.AUDITOR, Role.NETWORK_OFFICE, Role.OPERATOR})
    StoreVerifier.Verification verify() {
        return verifier.verify();
    }
}
