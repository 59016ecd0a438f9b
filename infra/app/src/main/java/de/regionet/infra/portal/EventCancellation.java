package de.regionet.infra.portal;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.networkevent.CancellationToken;
import de.regionet.kernel.networkevent.NetworkEventCommand.CancelRegistrationByLink;
import de.regionet.kernel.networkevent.NetworkEventId;
import de.regionet.query.networkevent.NetworkEventProjection;
import de.regionet.query.networkevent.NetworkEventView;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * A registration's personal cancellation link (issue 21), {@code /veranstaltungen/{id}/abmeldung/{token}}, for
 * whoever holds it, signed in or not: {@code GET} asks whether to give the registration back (a link opened by a
 * mail scanner or a preview cancels nothing), {@code POST} does, with the token as the proof and the form's CSRF token
 * as for every form. A token that fits no active registration is told so on the page, never which ones exist.
 */
@Controller
class EventCancellation {

    private static final String PAGE = "portal/event-cancellation";

    private final CommandGateway commands;
    private final NetworkEventProjection events;

    EventCancellation(CommandGateway commands, NetworkEventProjection events) {
        this.commands = commands;
        this.events = events;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/veranstaltungen/{id}/abmeldung/{token}")
    String ask(@PathVariable String id, @PathVariable String token, Model model) {
        model.addAttribute("event", announced(id, token));
        model.addAttribute("token", token);
        return PAGE;
    }

    @Sends(CancelRegistrationByLink.class)
    @PostMapping("/veranstaltungen/{id}/abmeldung/{token}")
    String cancel(@PathVariable String id, @PathVariable String token, Model model, RedirectAttributes redirect) {
        var event = announced(id, token);
        try {
            commands.sendAndWait(new CancelRegistrationByLink(new NetworkEventId(id), null,
                    new CancellationToken(token)));
        } catch (RuntimeException failure) {
            var cause = failure instanceof CommandExecutionException wrapped ? wrapped.getCause() : failure;
            if (!(cause instanceof Rejection rejection) || rejection.kind() == Rejection.Kind.FORBIDDEN) {
                throw failure;
            }
            model.addAttribute("event", event);
            model.addAttribute("token", token);
            model.addAttribute("refused", rejection.kind() == Rejection.Kind.NOT_FOUND ? "unknown" : "event");
            return PAGE;
        }
        redirect.addFlashAttribute("cancelledByLink", true);
        return "redirect:/veranstaltungen/" + id;
    }

    /** The announced event the link names; a link of another form, or to no announced event, is not found. */
    private NetworkEventView announced(String id, String token) {
        if (!CancellationToken.isToken(token)) {
            throw Rejection.notFound("no cancellation link of this form");
        }
        return events.events().find(id).filter(NetworkEventView::announced)
                .orElseThrow(() -> Rejection.notFound("no announced network event " + id));
    }
}
