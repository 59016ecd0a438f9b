package de.regionet.infra.portal;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.networkevent.NetworkEventCommand.RegisterForNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventId;
import de.regionet.kernel.networkevent.RegistrationAnswer;
import de.regionet.kernel.networkevent.RegistrationId;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering an organisation for a network event from its portal page (issue 19): "Anmelden" leads a visitor to
 * sign-in and back; signed in, the page offers this form, which sends the same command as
 * {@code POST /api/network-events/{id}/registrations}, judged by the same rules (a place, else the waiting list).
 * Named participants come with the personal-data issue; today an organisation registers.
 */
@Controller
class EventRegistration {

    private final CommandGateway commands;

    EventRegistration(CommandGateway commands) {
        this.commands = commands;
    }

    @Sends(RegisterForNetworkEvent.class)
    @PostMapping("/veranstaltungen/{id}/anmeldung")
    String register(@PathVariable String id, @RequestParam(name = "organisation", defaultValue = "") String organisation,
                    RedirectAttributes redirect) {
        try {
            RegistrationAnswer answer = commands.sendAndWait(new RegisterForNetworkEvent(new NetworkEventId(id),
                    RegistrationId.random(), organisation));
            redirect.addFlashAttribute("registered", answer.status().name());
        } catch (RuntimeException failure) {
            var refused = failure instanceof CommandExecutionException wrapped ? wrapped.getCause() : failure;
            if (refused instanceof IllegalArgumentException) {
                // the command itself refuses a blank or overlong organisation, the form's one field
                redirect.addFlashAttribute("registrationRefused", "organisation");
            } else if (refused instanceof Rejection rejection && rejection.kind() != Rejection.Kind.NOT_FOUND
                    && rejection.kind() != Rejection.Kind.FORBIDDEN) {
                // the event no longer takes registrations (cancelled, over)
                redirect.addFlashAttribute("registrationRefused",
                        "organisation".equals(rejection.field()) ? "organisation" : "event");
            } else {
                throw failure;
            }
        }
        return "redirect:/veranstaltungen/" + id;
    }
}
