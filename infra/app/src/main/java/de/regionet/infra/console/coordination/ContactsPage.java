package de.regionet.infra.console.coordination;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.contact.ContactDetails;
import de.regionet.kernel.contact.ContactKind;
import de.regionet.kernel.contact.ContactPersonCommand.ChangeContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.ConsentToPublication;
import de.regionet.kernel.contact.ContactPersonCommand.RecordContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.RemoveContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.WithdrawPublicationConsent;
import de.regionet.kernel.contact.ContactPersonId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.query.access.Readers;
import de.regionet.query.contact.ContactPersons;
import de.regionet.query.workinggroup.WorkingGroupProjection;
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
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/**
 * A region's contact persons: its coordination office's and its working group's chair and deputies, with their
 * consent to publication, and forms to record, change, consent, withdraw and remove for those who may act for the
 * region. Reads what {@code GET /api/contact-persons?regionKey=} reads (opened when shown, "erased" where the key is
 * gone); posts the commands the API sends. Unlike the other region pages it needs no working group: a coordination
 * office has a contact before its working group is founded.
 */
@Controller
class ContactsPage {

    private final ContactPersons contacts;
    private final WorkingGroupProjection workingGroups;
    private final CommandGateway commands;
    private final Clock clock;

    ContactsPage(ContactPersons contacts, WorkingGroupProjection workingGroups, CommandGateway commands,
                 Clock clock) {
        this.contacts = contacts;
        this.workingGroups = workingGroups;
        this.commands = commands;
        this.clock = clock;
    }

    @ReadableBy(NETWORK)
    @GetMapping("/console/regionen/{key}/kontakte")
    String show(@PathVariable String key, @RequestParam(name = "aendern", required = false) String editing,
                HttpServletRequest request, Model model) {
        var desk = desk(key, request);
        if (model.getAttribute("changedVersion") instanceof Long version
                && model.getAttribute("changedContact") instanceof String changed) {
            Catching.up(() -> contacts.one(changed).map(contact -> contact.version() >= version).orElse(false));
        }
        if (model.getAttribute("removedContact") instanceof String removed) {
            Catching.up(() -> contacts.one(removed).isEmpty());
        }
        var list = contacts.ofRegion(desk.region());
        model.addAttribute("desk", desk);
        model.addAttribute("contacts", list);
        model.addAttribute("kinds", kinds(desk));
        model.addAttribute("editing", editing == null ? null
                : list.stream().filter(contact -> contact.id().equals(editing) && !contact.erased()).findFirst()
                .orElse(null));
        model.addAttribute("today", NetworkTime.today(clock));
        return "console/coordination/contacts";
    }

    @Sends(RecordContactPerson.class)
    @PostMapping("/console/regionen/{key}/kontakte")
    String record(@PathVariable String key, @RequestParam(defaultValue = "") String kind,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String function,
                  @RequestParam(defaultValue = "") String telephone, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "false") boolean consented, HttpServletRequest request,
                  RedirectAttributes redirect) {
        var desk = acting(key, request);
        return sending(desk, redirect, "coordination.contacts.recorded", () -> {
            var contactKind = kind(kind);
            var group = contactKind.ofWorkingGroup() ? new WorkingGroupId(workingGroupOf(desk)) : null;
            var id = ContactPersonId.random();
            commands.sendAndWait(new RecordContactPerson(id, contactKind, desk.region(), group,
                    new ContactDetails(name, function, telephone, email)));
            long version = consented
                    ? commands.<Long>sendAndWait(new ConsentToPublication(id, NetworkTime.today(clock), null)) : 0;
            changed(redirect, id, version);
        });
    }

    @Sends(ChangeContactPerson.class)
    @PostMapping("/console/regionen/{key}/kontakte/{id}")
    String change(@PathVariable String key, @PathVariable String id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String function, @RequestParam(defaultValue = "") String telephone,
                  @RequestParam(defaultValue = "") String email,
                  @RequestParam(name = "version", required = false) Long version, HttpServletRequest request,
                  RedirectAttributes redirect) {
        var desk = acting(key, request);
        return sending(desk, redirect, "coordination.contacts.changed", () -> {
            var contact = new ContactPersonId(id);
            long now = commands.sendAndWait(new ChangeContactPerson(contact,
                    new ContactDetails(name, function, telephone, email), version));
            changed(redirect, contact, now);
        });
    }

    @Sends(ConsentToPublication.class)
    @PostMapping("/console/regionen/{key}/kontakte/{id}/einwilligung")
    String consent(@PathVariable String key, @PathVariable String id, @RequestParam(defaultValue = "") String on,
                   HttpServletRequest request, RedirectAttributes redirect) {
        var desk = acting(key, request);
        return sending(desk, redirect, "coordination.contacts.consented", () -> {
            var contact = new ContactPersonId(id);
            long now = commands.sendAndWait(new ConsentToPublication(contact, FormDays.day("on", on, clock), null));
            changed(redirect, contact, now);
        });
    }

    @Sends(WithdrawPublicationConsent.class)
    @PostMapping("/console/regionen/{key}/kontakte/{id}/widerruf")
    String withdraw(@PathVariable String key, @PathVariable String id, @RequestParam(defaultValue = "") String on,
                    HttpServletRequest request, RedirectAttributes redirect) {
        var desk = acting(key, request);
        return sending(desk, redirect, "coordination.contacts.withdrawn", () -> {
            var contact = new ContactPersonId(id);
            long now = commands.sendAndWait(new WithdrawPublicationConsent(contact, FormDays.day("on", on, clock),
                    null));
            changed(redirect, contact, now);
        });
    }

    @Sends(RemoveContactPerson.class)
    @PostMapping("/console/regionen/{key}/kontakte/{id}/entfernen")
    String remove(@PathVariable String key, @PathVariable String id, HttpServletRequest request,
                  RedirectAttributes redirect) {
        var desk = acting(key, request);
        return sending(desk, redirect, "coordination.contacts.removed", () -> {
            var contact = new ContactPersonId(id);
            commands.sendAndWait(new RemoveContactPerson(contact, null));
            redirect.addFlashAttribute("removedContact", contact.value());
        });
    }

    /** Sends what a form asked for; a refusal is shown on the page, naming the field, never repeating a value. */
    private String sending(RegionDesk desk, RedirectAttributes redirect, String done, Runnable sending) {
        try {
            sending.run();
            redirect.addFlashAttribute("done", done);
        } catch (RuntimeException failure) {
            redirect.addFlashAttribute("refusal", Refusal.of(failure));
        }
        return "redirect:" + desk.path("/kontakte");
    }

    /** Lets the page shown next wait briefly until the read model holds this version. */
    private static void changed(RedirectAttributes redirect, ContactPersonId id, long version) {
        redirect.addFlashAttribute("changedContact", id.value());
        redirect.addFlashAttribute("changedVersion", version);
    }

    /** The region for reading; 403 page for a person who may not read it. Its working group where it has one. */
    private RegionDesk desk(String key, HttpServletRequest request) {
        var region = new RegionKey(key);
        var actor = Readers.actor(request).orElseThrow(() -> Rejection.forbidden("not signed in"));
        if (!actor.mayRead(region)) {
            throw Rejection.forbidden(actor.subject() + " may not read region " + key);
        }
        var group = workingGroups.groups().where("regionKey", region.value(), "name").stream().findFirst();
        return new RegionDesk(region, actor, group.orElse(null));
    }

    private RegionDesk acting(String key, HttpServletRequest request) {
        var desk = desk(key, request);
        if (!desk.mayAct()) {
            throw Rejection.forbidden(desk.actor().subject() + " may not act for region " + key);
        }
        return desk;
    }

    private static String workingGroupOf(RegionDesk desk) {
        if (desk.group() == null) {
            throw Rejection.invalid("kind", "region " + desk.region() + " has no working group yet");
        }
        return desk.group().id();
    }

    private static List<ContactKind> kinds(RegionDesk desk) {
        return desk.group() == null ? List.of(ContactKind.COORDINATION_OFFICE)
                : List.of(ContactKind.COORDINATION_OFFICE, ContactKind.WORKING_GROUP_CHAIR,
                ContactKind.WORKING_GROUP_DEPUTY);
    }

    private static ContactKind kind(String value) {
        try {
            var kind = ContactKind.valueOf(value);
            if (kind == ContactKind.NETWORK_OFFICE) {
                throw Rejection.invalid("kind", "the network office's contacts are kept on the office's page");
            }
            return kind;
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("kind", "choose whose contact the person is");
        }
    }
}
