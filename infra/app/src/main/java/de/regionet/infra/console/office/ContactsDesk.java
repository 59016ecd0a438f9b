package de.regionet.infra.console.office;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.contact.ContactDetails;
import de.regionet.kernel.contact.ContactKind;
import de.regionet.kernel.contact.ContactPersonCommand.ChangeContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.ConsentToPublication;
import de.regionet.kernel.contact.ContactPersonCommand.RecordContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.RemoveContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.WithdrawPublicationConsent;
import de.regionet.kernel.contact.ContactPersonId;
import de.regionet.kernel.network.NetworkId;
import de.regionet.query.access.Readers;
import de.regionet.query.contact.ContactPersonProjection;
import de.regionet.query.contact.ContactPersons;
import org.axonframework.commandhandling.CommandExecutionException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.Map;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;

/**
 * The network office's own contact persons ({@code /console/kontakte}): those of the networks the reader is the
 * office of, listed opened, "erased" where the person was erased, with forms to record, change, consent, withdraw
 * and remove. Reads what {@code GET /api/contact-persons?networkOffice=true} reads; posts the commands the API
 * sends (a contact recorded here belongs to the one network its office holds, else to the default network).
 */
@Controller
class ContactsDesk {

    private static final String PATH = "/console/kontakte";
    /** The form's fields, by the names a refusal gives them. */
    private static final Map<String, String> FIELDS = Map.of("name", "name", "function", "function",
            "telephone", "telephone", "email", "email", "on", "on");

    private final ContactPersons contacts;
    private final ContactPersonProjection projection;
    private final CommandGateway commands;
    private final Clock clock;

    ContactsDesk(ContactPersons contacts, ContactPersonProjection projection, CommandGateway commands, Clock clock) {
        this.contacts = contacts;
        this.projection = projection;
        this.commands = commands;
        this.clock = clock;
    }

    @ReadableBy(value = ROLES, roles = NETWORK_OFFICE)
    @GetMapping(PATH)
    String show(@RequestParam(name = "aendern", required = false) String editing, Model model,
                HttpServletRequest request) {
        var office = Readers.actor(request).orElseThrow();
        var list = contacts.ofNetworkOffice(network -> office.has(NETWORK_OFFICE, new NetworkId(network)));
        model.addAttribute("contacts", list);
        model.addAttribute("editing", editing == null ? null : list.stream()
                .filter(contact -> contact.id().equals(editing) && !contact.erased()).findFirst().orElse(null));
        return "console/office/contacts";
    }

    @Sends(RecordContactPerson.class)
    @PostMapping(PATH)
    String record(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String function,
                  @RequestParam(defaultValue = "") String telephone, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "false") boolean consented, RedirectAttributes redirect) {
        return sending(redirect, "office.contacts.recorded", () -> {
            var id = ContactPersonId.random();
            commands.sendAndWait(new RecordContactPerson(id, ContactKind.NETWORK_OFFICE, null, null,
                    new ContactDetails(name, function, telephone, email)));
            long version = consented
                    ? commands.<Long>sendAndWait(new ConsentToPublication(id, NetworkTime.today(clock), null)) : 0;
            ReadYourWrites.await(projection.contacts(), id.value(), version);
        });
    }

    @Sends(ChangeContactPerson.class)
    @PostMapping(PATH + "/{id}")
    String change(@PathVariable String id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String function, @RequestParam(defaultValue = "") String telephone,
                  @RequestParam(defaultValue = "") String email,
                  @RequestParam(name = "version", required = false) Long version, RedirectAttributes redirect) {
        return sending(redirect, "office.contacts.changed", () -> {
            long now = commands.sendAndWait(new ChangeContactPerson(new ContactPersonId(id),
                    new ContactDetails(name, function, telephone, email), version));
            ReadYourWrites.await(projection.contacts(), id, now);
        });
    }

    @Sends(ConsentToPublication.class)
    @PostMapping(PATH + "/{id}/einwilligung")
    String consent(@PathVariable String id, RedirectAttributes redirect) {
        return sending(redirect, "office.contacts.consented", () -> {
            long now = commands.sendAndWait(new ConsentToPublication(new ContactPersonId(id), NetworkTime.today(clock), null));
            ReadYourWrites.await(projection.contacts(), id, now);
        });
    }

    @Sends(WithdrawPublicationConsent.class)
    @PostMapping(PATH + "/{id}/widerruf")
    String withdraw(@PathVariable String id, RedirectAttributes redirect) {
        return sending(redirect, "office.contacts.withdrawn", () -> {
            long now = commands.sendAndWait(new WithdrawPublicationConsent(new ContactPersonId(id), NetworkTime.today(clock), null));
            ReadYourWrites.await(projection.contacts(), id, now);
        });
    }

    @Sends(RemoveContactPerson.class)
    @PostMapping(PATH + "/{id}/entfernen")
    String remove(@PathVariable String id, RedirectAttributes redirect) {
        return sending(redirect, "office.contacts.removed", () -> {
            long now = commands.sendAndWait(new RemoveContactPerson(new ContactPersonId(id), null));
            ReadYourWrites.await(projection.contacts(), id, now);
        });
    }

    /**
     * Sends what a form asked for; a refusal is shown on the page naming the field (the kernel's value checks start
     * their message with it), never repeating what was typed.
     */
    private String sending(RedirectAttributes redirect, String done, Runnable sending) {
        try {
            sending.run();
            redirect.addFlashAttribute("done", done);
        } catch (RuntimeException failure) {
            var problem = Refusals.of(failure, FIELDS).orElseThrow(() -> failure);
            redirect.addFlashAttribute("problems", List.of(problem.field() != null ? problem
                    : FormProblem.of(fieldOf(failure), problem.messageKey())));
        }
        return "redirect:" + PATH;
    }

    private static String fieldOf(RuntimeException failure) {
        var cause = failure instanceof CommandExecutionException && failure.getCause() != null
                ? failure.getCause() : failure;
        var message = String.valueOf(cause.getMessage());
        var first = message.split(" ", 2)[0];
        return cause instanceof IllegalArgumentException && FIELDS.containsKey(first) ? first : null;
    }
}
