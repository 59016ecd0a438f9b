package de.regionet.infra.console.coordination;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.workinggroup.DecisionCommand.AdoptPriorities;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.PriorityForAction;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.query.workinggroup.decision.DecisionLogProjection;
import de.regionet.query.workinggroup.decision.DecisionLogView;
import de.regionet.query.workinggroup.priority.PrioritiesView;
import de.regionet.query.workinggroup.priority.PriorityProjection;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/**
 * A region's priorities for action: those holding today and every adoption with the resolution behind it, as
 * {@code GET /api/regions/{key}/priorities} reads them; for those who may act, adopting new ones by an adopted
 * resolution of the working group ({@code POST /api/working-groups/{id}/priorities}), up to {@link #ROWS} on the form.
 */
@Controller
class PrioritiesPage {

    static final int ROWS = 3;

    private final RegionDesks desks;
    private final PriorityProjection priorities;
    private final DecisionLogProjection logs;
    private final CommandGateway commands;
    private final Clock clock;

    PrioritiesPage(RegionDesks desks, PriorityProjection priorities, DecisionLogProjection logs,
                   CommandGateway commands, Clock clock) {
        this.desks = desks;
        this.priorities = priorities;
        this.logs = logs;
        this.commands = commands;
        this.clock = clock;
    }

    @ReadableBy(NETWORK)
    @GetMapping("/console/regionen/{key}/schwerpunkte")
    String show(@PathVariable String key, HttpServletRequest request, Model model) {
        var desk = desks.toRead(key, request);
        var today = NetworkTime.today(clock);
        model.addAttribute("desk", desk);
        model.addAttribute("group", desk.group());
        model.addAttribute("current", priorities.currentOf(desk.group().id(), today));
        var adoptions = new ArrayList<>(priorities.priorities().find(desk.group().id())
                .map(PrioritiesView::adoptions).orElse(List.of()));
        Collections.reverse(adoptions);
        model.addAttribute("adoptions", adoptions);
        model.addAttribute("adopted", logs.logs().find(desk.group().id())
                .map(log -> log.readBy(Optional.of(desk.actor())).resolutions()).orElse(List.of()).stream()
                .filter(resolution -> resolution.outcome() == Outcome.ADOPTED)
                .sorted(Comparator.comparing(DecisionLogView.Resolution::date).reversed()).toList());
        model.addAttribute("rows", ROWS);
        model.addAttribute("today", today);
        return "console/coordination/priorities";
    }

    @Sends(AdoptPriorities.class)
    @PostMapping("/console/regionen/{key}/schwerpunkte")
    String adopt(@PathVariable String key, @RequestParam MultiValueMap<String, String> fields,
                 HttpServletRequest request, RedirectAttributes redirect) {
        var desk = desks.toAct(key, request);
        try {
            var from = FormDays.given("from", fields.getFirst("from"));
            if (from == null) {
                throw Rejection.invalid("from", "the first day is missing");
            }
            var period = new Period(from, FormDays.given("to", fields.getFirst("to")));
            var resolution = fields.getFirst("resolutionId");
            if (resolution == null || resolution.isBlank()) {
                throw Rejection.invalid("resolutionId", "name the resolution that adopted the priorities");
            }
            commands.sendAndWait(new AdoptPriorities(desk.workingGroupId(), new ResolutionId(resolution), period,
                    priorities(fields), null));
            redirect.addFlashAttribute("done", "coordination.priorities.adopted");
        } catch (RuntimeException failure) {
            redirect.addFlashAttribute("refusal", Refusal.of(failure));
        }
        return "redirect:" + desk.path("/schwerpunkte");
    }

    /** The rows filled in: a title and funding areas as letters separated by commas or spaces. */
    private static List<PriorityForAction> priorities(MultiValueMap<String, String> fields) {
        var rows = new ArrayList<PriorityForAction>();
        for (int row = 0; row < ROWS; row++) {
            var title = Optional.ofNullable(fields.getFirst("title" + row)).orElse("").strip();
            var areas = Optional.ofNullable(fields.getFirst("fundingAreas" + row)).orElse("").strip();
            if (title.isEmpty() && areas.isEmpty()) {
                continue;
            }
            rows.add(new PriorityForAction(title, Arrays.stream(areas.split("[,\\s]+")).filter(area -> !area.isEmpty())
                    .map(area -> new FundingArea(area.toUpperCase(Locale.ROOT))).toList()));
        }
        if (rows.isEmpty()) {
            throw Rejection.invalid("priorities", "name at least one priority for action");
        }
        return rows;
    }
}
