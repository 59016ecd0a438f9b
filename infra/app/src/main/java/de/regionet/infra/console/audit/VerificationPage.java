package de.regionet.infra.console.audit;

import de.regionet.infra.audit.AuditTrail;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.Duration;

/**
 * The store's verification: {@code ok} or what broke, the latest checkpoint and how old it is. Like
 * {@code GET /api/audit/verification} it walks the store on every request, so "verify now" is loading the page
 * again.
 */
@Controller
class VerificationPage {

    private final AuditTrail trail;

    VerificationPage(AuditTrail trail) {
        this.trail = trail;
    }

    @ReadableBy(value = ReadableBy.Audience.ROLES, roles = {Role.AUDITOR, Role.NETWORK_OFFICE})
    @GetMapping("/console/pruefung/verifikation")
    String verification(Model model) {
        var status = trail.verify();
        model.addAttribute("status", status);
        if (status.checkpointAt() != null) {
            var age = Duration.between(status.checkpointAt(), status.verifiedAt());
            model.addAttribute("ageHours", age.toHours());
            model.addAttribute("ageMinutes", age.toMinutesPart());
        }
        return "console/audit/verification";
    }
}
