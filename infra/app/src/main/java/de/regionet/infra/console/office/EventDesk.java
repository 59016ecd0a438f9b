package de.regionet.infra.console.office;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.networkevent.NetworkEventCommand.CancelNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.DraftNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.PublishNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.RescheduleNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventId;
import de.regionet.kernel.networkevent.RegistrationStatus;
import de.regionet.kernel.networkevent.Schedule;
import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.query.access.Readers;
import de.regionet.query.networkevent.NetworkEventProjection;
import de.regionet.query.networkevent.NetworkEventView;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;

/**
 * The office's network events ({@code /console/veranstaltungen}): every event, drafts too, soonest first, with
 * places taken and the waiting list (as {@code GET /api/network-events} answers the office); planning a draft,
 * publishing, rescheduling and cancelling, each by the command the API's {@code NetworkEventController} sends. One
 * event's page lists its registrations with their participants' names, or "gelöscht" once erased.
 * Changing an event's description after drafting is not offered because the API offers no such command.
 */
@Controller
@RequestMapping("/console/veranstaltungen")
class EventDesk {

    private static final Map<String, String> FIELDS = Map.of("title", "title", "description", "description",
            "location", "location", "onlineUrl", "onlineUrl", "capacity", "capacity", "regionKeys", "regionKeys",
            "start", "start", "end", "end", "reason", "reason");

    /** An event with its places taken and its waiting list, as the list shows them. */
    record EventLine(NetworkEventView event, long placesTaken, long waitingList) {

        static EventLine of(NetworkEventView event) {
            return new EventLine(event, event.count(RegistrationStatus.REGISTERED),
                    event.count(RegistrationStatus.WAITLISTED));
        }
    }

    /**
     * A registration as the office sees it: the participant's name opened at answer time, {@code null} where none
     * was named, and {@code erased} where its key is gone (ADR 0022).
     */
    record RegistrationRow(String organisation, RegistrationStatus status, String participant, boolean erased) {
    }

    private final CommandGateway commands;
    private final NetworkEventProjection events;
    private final PersonalDataVault vault;

    EventDesk(CommandGateway commands, NetworkEventProjection events, PersonalDataVault vault) {
        this.commands = commands;
        this.events = events;
        this.vault = vault;
    }

    @ReadableBy(value = ROLES, roles = NETWORK_OFFICE)
    @GetMapping
    String list(Model model, HttpServletRequest request) {
        model.addAttribute("events", events.events().all("_id").stream()
                .filter(event -> Readers.seesUnpublished(request, event.network()))
                .sorted(Comparator.comparing(NetworkEventView::start).thenComparing(NetworkEventView::id))
                .map(EventLine::of).toList());
        return "console/office/events";
    }

    @ReadableBy(value = ROLES, roles = NETWORK_OFFICE)
    @GetMapping("/neu")
    String blank(Model model) {
        return newForm(model, EventForm.empty(), List.of());
    }

    @Sends(DraftNetworkEvent.class)
    @PostMapping("/neu")
    String draft(@ModelAttribute EventForm form, Model model, RedirectAttributes redirect) {
        var problems = form.problems();
        if (!problems.isEmpty()) {
            return newForm(model, form, problems);
        }
        var id = NetworkEventId.random();
        try {
            commands.sendAndWait(new DraftNetworkEvent(id, form.details(), form.schedule()));
        } catch (RuntimeException failure) {
            return newForm(model, form, List.of(Refusals.of(failure, FIELDS).orElseThrow(() -> failure)));
        }
        return done(id, 0, "office.events.drafted", redirect);
    }

    @ReadableBy(value = ROLES, roles = NETWORK_OFFICE)
    @GetMapping("/{id}")
    String event(@PathVariable NetworkEventId id, Model model, HttpServletRequest request) {
        var event = find(id);
        if (!Readers.seesUnpublished(request, event.network())) {
            throw Rejection.notFound("no network event " + id);
        }
        return detail(model, event, List.of());
    }

    @Sends(PublishNetworkEvent.class)
    @PostMapping("/{id}/veroeffentlichung")
    String publish(@PathVariable NetworkEventId id, @RequestParam(name = "version", required = false) Long version,
                   Model model, RedirectAttributes redirect) {
        var event = find(id);
        return send(model, event, List.of(), () -> done(id,
                commands.<Long>sendAndWait(new PublishNetworkEvent(id, version)), "office.events.published", redirect));
    }

    /** {@code start}, {@code end}: local dates and times in the network's time zone. */
    @Sends(RescheduleNetworkEvent.class)
    @PostMapping("/{id}/termin")
    String reschedule(@PathVariable NetworkEventId id, @RequestParam(name = "version", required = false) Long version,
                      @RequestParam(name = "start", required = false) String start,
                      @RequestParam(name = "end", required = false) String end, Model model,
                      RedirectAttributes redirect) {
        var event = find(id);
        var from = EventForm.time(start);
        var to = EventForm.time(end);
        var problems = new ArrayList<FormProblem>();
        if (from == null) {
            problems.add(FormProblem.of("start", "office.events.error.start"));
        }
        if (to == null) {
            problems.add(FormProblem.of("end", "office.events.error.end"));
        } else if (from != null && !to.isAfter(from)) {
            problems.add(FormProblem.of("end", "office.events.error.endBeforeStart"));
        }
        return send(model, event, problems, () -> done(id, commands.<Long>sendAndWait(
                new RescheduleNetworkEvent(id, new Schedule(from, to), version)), "office.events.rescheduled",
                redirect));
    }

    @Sends(CancelNetworkEvent.class)
    @PostMapping("/{id}/absage")
    String cancel(@PathVariable NetworkEventId id, @RequestParam(name = "version", required = false) Long version,
                  @RequestParam(name = "reason", required = false) String reason, Model model,
                  RedirectAttributes redirect) {
        var event = find(id);
        var problems = reason == null || reason.isBlank() || reason.strip().length() > TextLimits.SUMMARY
                ? List.of(FormProblem.of("reason", "office.events.error.reason")) : List.<FormProblem>of();
        return send(model, event, problems, () -> done(id, commands.<Long>sendAndWait(
                new CancelNetworkEvent(id, reason.strip(), version)), "office.events.cancelled", redirect));
    }

    private String send(Model model, NetworkEventView event, List<FormProblem> problems, Supplier<String> command) {
        if (!problems.isEmpty()) {
            return detail(model, event, problems);
        }
        try {
            return command.get();
        } catch (RuntimeException failure) {
            return detail(model, event, List.of(Refusals.of(failure, FIELDS).orElseThrow(() -> failure)));
        }
    }

    private String done(NetworkEventId id, long version, String confirmation, RedirectAttributes redirect) {
        ReadYourWrites.await(events.events(), id.value(), version);
        redirect.addFlashAttribute("confirmation", confirmation);
        return "redirect:/console/veranstaltungen/" + id.value();
    }

    private String newForm(Model model, EventForm form, List<FormProblem> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("fieldProblems", FormProblems.byField(problems));
        return "console/office/event-form";
    }

    private String detail(Model model, NetworkEventView event, List<FormProblem> problems) {
        model.addAttribute("event", event);
        model.addAttribute("placesTaken", event.count(RegistrationStatus.REGISTERED));
        model.addAttribute("waitingList", event.count(RegistrationStatus.WAITLISTED));
        model.addAttribute("registrations", event.registrations().stream().map(this::row).toList());
        model.addAttribute("problems", problems);
        model.addAttribute("fieldProblems", FormProblems.byField(problems));
        return "console/office/event";
    }

    private RegistrationRow row(NetworkEventView.Registration registration) {
        if (registration.participant() == null) {
            return new RegistrationRow(registration.organisation(), registration.status(), null, false);
        }
        var name = vault.open(registration.participant().name());
        return new RegistrationRow(registration.organisation(), registration.status(), name.orElse(null),
                name.isEmpty());
    }

    private NetworkEventView find(NetworkEventId id) {
        return events.events().find(id.value()).orElseThrow(() -> Rejection.notFound("no network event " + id));
    }
}
