package de.regionet.infra.console.coordination;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.AdmitMember;
import de.regionet.kernel.workinggroup.WorkingGroupCommand.WithdrawMember;
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

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/**
 * A region's working group: its members with their category, admission and voting right under today's rules, the
 * coordination office and its period, the rules of procedure, links to the decisions, and forms to admit and
 * withdraw members for those who may act for the region. Reads what {@code GET /api/working-groups/{id}} and
 * {@code …/rules} read; posts what {@code POST …/members} and {@code DELETE …/members/{id}} send.
 */
@Controller
class WorkingGroupPage {

    private final RegionDesks desks;
    private final RulesInForce rules;
    private final WorkingGroupProjection groups;
    private final CommandGateway commands;
    private final Clock clock;

    WorkingGroupPage(RegionDesks desks, RulesInForce rules, WorkingGroupProjection groups, CommandGateway commands,
                     Clock clock) {
        this.desks = desks;
        this.rules = rules;
        this.groups = groups;
        this.commands = commands;
        this.clock = clock;
    }

    @ReadableBy(NETWORK)
    @GetMapping("/console/regionen/{key}")
    String show(@PathVariable String key, HttpServletRequest request, Model model) {
        if (model.getAttribute("changedMember") instanceof String changed) {
            var group = desks.toRead(key, request).group().id();
            var admitted = Boolean.TRUE.equals(model.getAttribute("admitted"));
            Catching.up(() -> groups.groups().find(group).map(found -> found.members().stream()
                    .anyMatch(member -> member.id().equals(changed)) == admitted).orElse(false));
        }
        var desk = desks.toRead(key, request);
        var today = NetworkTime.today(clock);
        var inForce = rules.on(desk.group().id(), today);
        model.addAttribute("desk", desk);
        model.addAttribute("group", desk.group());
        model.addAttribute("rules", inForce.orElse(null));
        model.addAttribute("members", MemberRow.of(desk.group(), inForce));
        model.addAttribute("categories", StakeholderCategory.values());
        model.addAttribute("today", today);
        return "console/coordination/working-group";
    }

    @Sends(AdmitMember.class)
    @PostMapping("/console/regionen/{key}/mitglieder")
    String admit(@PathVariable String key, @RequestParam(defaultValue = "") String organisation,
                 @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String admittedOn,
                 HttpServletRequest request, RedirectAttributes redirect) {
        var desk = desks.toAct(key, request);
        try {
            var member = MemberId.random();
            commands.sendAndWait(new AdmitMember(desk.workingGroupId(), member, organisation,
                    category.isBlank() ? null : StakeholderCategory.valueOf(category),
                    FormDays.day("admittedOn", admittedOn, clock), null));
            redirect.addFlashAttribute("done", "coordination.group.admitted");
            redirect.addFlashAttribute("changedMember", member.value());
            redirect.addFlashAttribute("admitted", true);
        } catch (RuntimeException failure) {
            redirect.addFlashAttribute("refusal", Refusal.of(failure));
        }
        return "redirect:" + desk.path("");
    }

    @Sends(WithdrawMember.class)
    @PostMapping("/console/regionen/{key}/austritte")
    String withdraw(@PathVariable String key, @RequestParam(defaultValue = "") String memberId,
                    @RequestParam(defaultValue = "") String withdrawnOn, HttpServletRequest request,
                    RedirectAttributes redirect) {
        var desk = desks.toAct(key, request);
        try {
            var day = FormDays.day("withdrawnOn", withdrawnOn, clock);
            if (day.isAfter(NetworkTime.today(clock))) {
                throw Rejection.invalid("withdrawnOn", "withdrawnOn is a day that has come; " + day
                        + " is in the future");
            }
            commands.sendAndWait(new WithdrawMember(desk.workingGroupId(), new MemberId(memberId), day, null));
            redirect.addFlashAttribute("done", "coordination.group.withdrawn");
            redirect.addFlashAttribute("changedMember", memberId);
            redirect.addFlashAttribute("admitted", false);
        } catch (RuntimeException failure) {
            redirect.addFlashAttribute("refusal", Refusal.of(failure));
        }
        return "redirect:" + desk.path("");
    }
}
