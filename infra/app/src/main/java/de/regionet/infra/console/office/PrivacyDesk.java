package de.regionet.infra.console.office;

import de.regionet.command.edge.Sends;
import de.regionet.infra.personal.PersonalDataRequests;
import de.regionet.infra.personal.PersonalDataRequests.Person;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordPersonalDataDisclosure;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordPersonalDataErasure;
import de.regionet.kernel.personal.LooksPersonal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;

/**
 * The network office answers a person's requests ({@code /console/datenschutz}, ADR 0022): it names the person by
 * e-mail address or user name, sees everything stored about them (an access request, Art. 15) and may erase it
 * (Art. 17) after confirming. The same requests as {@code GET /api/personal-data} and
 * {@code POST /api/personal-data/erasures}, recorded in the audit trail alike. The address travels in the body of a
 * form, never in a URL, so that no access log holds it.
 */
@Controller
class PrivacyDesk {

    private static final String PATH = "/console/datenschutz";
    private static final String VIEW = "console/office/privacy";
    /** The fields of a record the page shows, in this order: the person's data and where it was given. */
    private static final List<String> SHOWN = List.of("name", "function", "telephone", "email", "organisation",
            "event");

    /** One record as the page shows it: its kind, and its person's fields (name, value) unless erased. */
    record Row(String kind, boolean erased, List<Map.Entry<String, String>> fields) {
    }

    private final PersonalDataRequests requests;

    PrivacyDesk(PersonalDataRequests requests) {
        this.requests = requests;
    }

    @ReadableBy(value = ROLES, roles = NETWORK_OFFICE)
    @GetMapping(PATH)
    String show() {
        return VIEW;
    }

    @Sends(RecordPersonalDataDisclosure.class)
    @PostMapping(PATH + "/auskunft")
    String disclose(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String user,
                    Model model) {
        var person = person(email, user, model);
        if (person != null) {
            show(person, model);
        }
        return VIEW;
    }

    @Sends(RecordPersonalDataErasure.class)
    @PostMapping(PATH + "/loeschung")
    String erase(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String user,
                 @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        var person = person(email, user, model);
        if (person == null) {
            return VIEW;
        }
        if (!confirmed) {
            show(person, model);
            model.addAttribute("problem", "office.privacy.problem.confirm");
            return VIEW;
        }
        var erasure = requests.erase(person);
        redirect.addFlashAttribute("erasedSubjects", erasure.erased().size());
        redirect.addFlashAttribute("erasedRecords", erasure.records().size());
        return "redirect:" + PATH;
    }

    private void show(Person person, Model model) {
        var disclosure = requests.disclose(person);
        model.addAttribute("person", person);
        model.addAttribute("disclosure", disclosure);
        model.addAttribute("rows", disclosure.records().stream().map(held -> new Row(held.kind(), held.erased(),
                SHOWN.stream().filter(key -> held.data().get(key) instanceof String)
                        .map(key -> Map.entry(key, (String) held.data().get(key))).toList())).toList());
    }

    /** The person the form names, or null with the problem on the model: exactly one field, an address that is one. */
    private static Person person(String email, String user, Model model) {
        if (email.isBlank() == user.isBlank()) {
            model.addAttribute("problem", "office.privacy.problem.one");
            return null;
        }
        if (!email.isBlank() && !LooksPersonal.EMAIL_ADDRESS.equals(LooksPersonal.kindIn(email.strip()).orElse(null))) {
            model.addAttribute("problem", "office.privacy.problem.email");
            return null;
        }
        return new Person(email.strip(), user.strip());
    }
}
