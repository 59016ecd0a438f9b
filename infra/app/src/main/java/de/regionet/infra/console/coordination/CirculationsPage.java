package de.regionet.infra.console.coordination;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.workinggroup.DecisionCommand.CastCirculationVote;
import de.regionet.kernel.workinggroup.DecisionCommand.OpenCirculation;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.query.workinggroup.decision.DecisionLogProjection;
import de.regionet.query.workinggroup.decision.DecisionLogView;
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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/**
 * Written procedures (Umlaufverfahren) of a region's working group: each with its motion, opening day, deadline,
 * state, votes so far and outcome, as {@code GET /api/working-groups/{id}/circulations} discloses them to this
 * reader; for those who may act, opening one ({@code POST …/circulations}) and recording a member's vote as it
 * comes in ({@code POST …/circulations/{n}/votes}), both today, as the API records them.
 */
@Controller
class CirculationsPage {

    private final RegionDesks desks;
    private final DecisionLogProjection logs;
    private final CommandGateway commands;
    private final Clock clock;

    CirculationsPage(RegionDesks desks, DecisionLogProjection logs, CommandGateway commands, Clock clock) {
        this.desks = desks;
        this.logs = logs;
        this.commands = commands;
        this.clock = clock;
    }

    @ReadableBy(NETWORK)
    @GetMapping("/console/regionen/{key}/umlaufverfahren")
    String show(@PathVariable String key, HttpServletRequest request, Model model) {
        var desk = desks.toRead(key, request);
        var circulations = logs.logs().find(desk.group().id())
                .map(log -> log.readBy(Optional.of(desk.actor())).circulations()).orElse(List.of()).stream()
                .sorted(Comparator.comparingInt(DecisionLogView.Circulation::number).reversed()).toList();
        model.addAttribute("desk", desk);
        model.addAttribute("group", desk.group());
        model.addAttribute("circulations", circulations);
        model.addAttribute("today", NetworkTime.today(clock));
        return "console/coordination/circulations";
    }

    @Sends(OpenCirculation.class)
    @PostMapping("/console/regionen/{key}/umlaufverfahren")
    String open(@PathVariable String key, @RequestParam(defaultValue = "") String motion,
                @RequestParam(defaultValue = "") String deadline, HttpServletRequest request,
                RedirectAttributes redirect) {
        var desk = desks.toAct(key, request);
        try {
            var today = NetworkTime.today(clock);
            var lastDay = FormDays.given("deadline", deadline);
            if (lastDay == null || lastDay.isBefore(today)) {
                throw Rejection.invalid("deadline", lastDay == null ? "the deadline is missing"
                        : "the deadline " + lastDay + " has passed");
            }
            commands.sendAndWait(new OpenCirculation(desk.workingGroupId(), ResolutionId.random(), motion, null,
                    today, lastDay, NetworkTime.endOf(lastDay), null));
            redirect.addFlashAttribute("done", "coordination.circulations.opened");
        } catch (RuntimeException failure) {
            redirect.addFlashAttribute("refusal", Refusal.of(failure));
        }
        return "redirect:" + desk.path("/umlaufverfahren");
    }

    @Sends(CastCirculationVote.class)
    @PostMapping("/console/regionen/{key}/umlaufverfahren/{number}/stimmen")
    String vote(@PathVariable String key, @PathVariable int number, @RequestParam(defaultValue = "") String memberId,
                @RequestParam(defaultValue = "") String vote, HttpServletRequest request,
                RedirectAttributes redirect) {
        var desk = desks.toAct(key, request);
        try {
            commands.sendAndWait(new CastCirculationVote(desk.workingGroupId(), number, new MemberId(memberId),
                    vote.isBlank() ? null : Vote.valueOf(vote), NetworkTime.today(clock), null));
            redirect.addFlashAttribute("done", "coordination.circulations.voted");
        } catch (RuntimeException failure) {
            redirect.addFlashAttribute("refusal", Refusal.of(failure));
        }
        return "redirect:" + desk.path("/umlaufverfahren");
    }
}
