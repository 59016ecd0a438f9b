package de.regionet.infra.portal;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.networkevent.CancellationToken;
import de.regionet.kernel.networkevent.NetworkEventCommand.RegisterForNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventId;
import de.regionet.kernel.networkevent.Participant;
import de.regionet.kernel.networkevent.RegistrationAnswer;
import de.regionet.kernel.networkevent.RegistrationId;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Registering an organisation and its participant for a network event from its portal page (issues 19, 21):
 * "Anmelden" leads a visitor to sign-in and back; signed in, the page offers this form, which sends the same command
 * as {@code POST /api/network-events/{id}/registrations}, judged by the same rules (a place, else the waiting list).
 * The participant's name and address are sealed by the aggregate; the confirmation shows the personal cancellation
 * link once (a flash attribute, kept in the session until the page shows it), as the token is stored nowhere else.
 * The name and address the form was sent with are never put back into a page or a redirect.
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
                    @RequestParam(name = "name", defaultValue = "") String name,
                    @RequestParam(name = "email", defaultValue = "") String email, RedirectAttributes redirect) {
        var refused = refusedField(organisation, name, email);
        if (refused != null) {
            redirect.addFlashAttribute("registrationRefused", refused);
            return "redirect:/veranstaltungen/" + id;
        }
        try {
            var eventId = new NetworkEventId(id);
            var token = CancellationToken.random();
            RegistrationAnswer answer = commands.sendAndWait(new RegisterForNetworkEvent(eventId,
                    RegistrationId.random(), organisation, new Participant(name, email), token));
            redirect.addFlashAttribute("registered", answer.status().name());
            redirect.addFlashAttribute("cancellationLink", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path(token.linkFor(eventId))
                    .toUriString());
        } catch (RuntimeException failure) {
            var cause = failure instanceof CommandExecutionException wrapped ? wrapped.getCause() : failure;
            if (cause instanceof IllegalArgumentException) {
                // the command itself refuses a blank or overlong organisation
                redirect.addFlashAttribute("registrationRefused", "organisation");
            } else if (cause instanceof Rejection rejection && rejection.kind() != Rejection.Kind.NOT_FOUND
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

    /** The first field the form's rules refuse, or {@code null}: as the API's validation judges them. */
    private static String refusedField(String organisation, String name, String email) {
        if (organisation.isBlank() || organisation.strip().length() > TextLimits.NAME) {
            return "organisation";
        }
        if (name.isBlank() || name.strip().length() > TextLimits.NAME) {
            return "name";
        }
        return Participant.isEmailAddress(email) && email.strip().length() <= Participant.MAX_EMAIL ? null : "email";
    }
}
