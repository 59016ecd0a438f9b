package de.regionet.infra.console.calls;

import de.regionet.command.edge.Sends;
import de.regionet.infra.console.NetworkChoice;
import de.regionet.infra.console.office.ReadYourWrites;
import de.regionet.infra.console.sponsor.FormErrors;
import de.regionet.kernel.Euro;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.call.CallCommand.DecideFunding;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.DecisionProcedure;
import de.regionet.kernel.call.FundingGrant;
import de.regionet.kernel.call.FundingRefusal;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.kernel.project.Fund;
import de.regionet.kernel.project.FundAmount;
import de.regionet.query.access.Readers;
import de.regionet.query.call.CallProjection;
import de.regionet.query.call.CallView;
import de.regionet.query.project.ProjectProjection;
import de.regionet.query.project.ProjectView;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.GRANTING_AUTHORITY;

/**
 * The state's granting authority (Bewilligungsbehörde, issue 22, ADR 0024): the calls of its network that the state
 * decides, each with its proposals, the region's advice beside the state's decision, and the form to decide per
 * proposal, exactly as {@code POST /api/calls/{id}/funding-decisions}: granted with amounts per fund, or refused with a
 * reason. Only proposals the region advised on and the state has not decided yet can be decided, after the deadline;
 * the others wait ("not now") for a later decision. One network at a time where the authority decides in several
 * ({@code ?network=}, {@link NetworkChoice}). The command bus checks the sender again.
 */
@Controller
class GrantingAuthorityPages {

    /** The decision of one proposal as the form sends it. */
    enum Choice { GRANT, REFUSE }

    /** A call in the list: its deadline in the network's time, how many proposals are advised on and decided. */
    record Row(CallView call, LocalDateTime deadline, long advised, long decided) {
    }

    private final CallProjection calls;
    private final ProjectProjection projects;
    private final Networks networks;
    private final CommandGateway commands;

    GrantingAuthorityPages(CallProjection calls, ProjectProjection projects, Networks networks,
                           CommandGateway commands) {
        this.calls = calls;
        this.projects = projects;
        this.networks = networks;
        this.commands = commands;
    }

    @ReadableBy(value = ROLES, roles = GRANTING_AUTHORITY)
    @GetMapping("/console/bewilligung")
    String list(@RequestParam(name = "network", required = false) String network, HttpServletRequest request,
                Model model) {
        var choice = NetworkChoice.of(request, networks, network, GRANTING_AUTHORITY);
        var actor = Readers.actor(request).orElseThrow();
        model.addAttribute("choice", choice);
        model.addAttribute("calls", calls.calls().all("_id").stream()
                .filter(call -> decidedByTheState(call) && networkOf(call).id().equals(choice.chosen().id()))
                .map(call -> call.readBy(Optional.of(actor)))
                .sorted(Comparator.comparing(CallView::deadline).reversed().thenComparing(CallView::id))
                .map(call -> new Row(call, deadlineOf(call),
                        call.proposals().stream().filter(proposal -> proposal.advice() != null).count(),
                        call.proposals().stream().filter(proposal -> proposal.decision() != null).count()))
                .toList());
        return "console/calls/granting";
    }

    @ReadableBy(value = ROLES, roles = GRANTING_AUTHORITY)
    @GetMapping("/console/bewilligung/{id}")
    String call(@PathVariable CallId id, HttpServletRequest request, Model model) {
        var actor = Readers.actor(request).orElseThrow();
        return page(call(id, actor), Map.of(), new FormErrors(), actor, model);
    }

    /**
     * Every proposal that can be decided comes as {@code decision.<id>}: {@code LATER} or empty (not now), {@code GRANT} with the
     * amounts {@code fund_<FUND>.<id>} (empty: nothing from that fund), or {@code REFUSE} with {@code refusal.<id>}.
     * The day of the decision ({@code decidedOn}) is today unless given.
     */
    @Sends(DecideFunding.class)
    @PostMapping("/console/bewilligung/{id}")
    String decide(@PathVariable CallId id, @RequestParam Map<String, String> form, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        var actor = Readers.actor(request).orElseThrow();
        var call = call(id, actor);
        var errors = new FormErrors();
        var decidedOn = errors.day("decidedOn", form.get("decidedOn"), true);
        var granted = new ArrayList<FundingGrant>();
        var refused = new ArrayList<FundingRefusal>();
        for (var proposal : decidable(call)) {
            decide(proposal, form, errors, granted, refused);
        }
        if (errors.isEmpty() && granted.isEmpty() && refused.isEmpty()) {
            errors.reject(null, "sponsor.granting.error.none");
        }
        if (errors.isEmpty()) {
            try {
                long version = commands.sendAndWait(new DecideFunding(id, granted, refused, decidedOn, null));
                ReadYourWrites.await(calls.calls(), id.value(), version);
                // the projects the grants launched, so the page shows them with their funds
                calls.calls().find(id.value()).stream().flatMap(decided -> decided.proposals().stream())
                        .filter(proposal -> proposal.projectId() != null)
                        .forEach(proposal -> ReadYourWrites.await(projects.projects(), proposal.projectId(), 0));
                redirect.addFlashAttribute("confirmation", granted.isEmpty() ? "sponsor.granting.refused"
                        : "sponsor.granting.decided");
                return "redirect:/console/bewilligung/" + id;
            } catch (RuntimeException failure) {
                errors.refused(failure, new ProposalFields(call.proposals().stream().map(CallView.Proposal::id)
                        .toList(), Map.of("reason", "refusal"), "decision").fieldOf());
            }
        }
        return page(call, form, errors, actor, model);
    }

    private static void decide(CallView.Proposal proposal, Map<String, String> form, FormErrors errors,
                               List<FundingGrant> granted, List<FundingRefusal> refused) {
        var id = proposal.id();
        var choice = form.getOrDefault("decision." + id, "");
        if (choice.equals(Choice.GRANT.name())) {
            var funds = new ArrayList<FundAmount>();
            var readable = true;
            for (var fund : Fund.values()) {
                var field = fundField(fund, id);
                var value = form.get(field);
                if (value != null && !value.isBlank()) {
                    var amount = errors.euro(field, value);
                    if (amount == null) {
                        readable = false;
                    } else if (!amount.isPositive()) {
                        errors.reject(field, "sponsor.granting.error.positive");
                        readable = false;
                    } else {
                        funds.add(new FundAmount(fund, amount));
                    }
                }
            }
            if (!readable) {
                return;
            }
            var first = fundField(Fund.values()[0], id);
            if (funds.isEmpty()) {
                errors.reject(first, "sponsor.granting.error.noFund");
            } else if (FundAmount.total(funds).compareTo(Euro.of(proposal.requestedEuro().toPlainString())) > 0) {
                errors.reject(first, "sponsor.granting.error.overRequested");
            } else {
                granted.add(new FundingGrant(new ProposalId(id), funds));
            }
        } else if (choice.equals(Choice.REFUSE.name())) {
            var reason = errors.required("refusal." + id, form.get("refusal." + id));
            if (reason != null) {
                refused.add(new FundingRefusal(new ProposalId(id), reason));
            }
        } else if (!choice.isEmpty() && !choice.equals(RegionCallPages.LATER)) {
            errors.reject("decision." + id, "sponsor.granting.error.choice");
        }
    }

    /** The input of one fund's amount for a proposal, e.g. {@code fund_ESF_PLUS.<id>}. */
    static String fundField(Fund fund, String proposal) {
        return "fund_" + fund.name() + "." + proposal;
    }

    private String page(CallView call, Map<String, String> form, FormErrors errors, Actor actor, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("network", networkOf(call));
        model.addAttribute("deadline", deadlineOf(call));
        model.addAttribute("funds", Arrays.asList(Fund.values()));
        model.addAttribute("decidable", decidable(call).stream().map(CallView.Proposal::id).toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("projects", call.proposals().stream()
                .filter(proposal -> proposal.projectId() != null)
                .flatMap(proposal -> projects.projects().find(proposal.projectId()).stream())
                .map(project -> project.readBy(Optional.of(actor)))
                .sorted(Comparator.comparing(ProjectView::title)).toList());
        return "console/calls/granting-call";
    }

    /**
     * A call the state decides in one of the networks the reader decides for, with every proposal (the granting
     * authority reads them all, ADR 0024); any other call is unknown here (the 404 page).
     */
    private CallView call(CallId id, Actor actor) {
        return calls.calls().find(id.value())
                .filter(call -> decidedByTheState(call) && actor.has(GRANTING_AUTHORITY, networkOf(call).id()))
                .map(call -> call.readBy(Optional.of(actor)))
                .orElseThrow(() -> Rejection.notFound("no call " + id + " that the state decides in the reader's "
                        + "networks"));
    }

    /** The proposals the state can decide on now: the call closed, the region advised, the state not yet decided. */
    static List<CallView.Proposal> decidable(CallView call) {
        if (call.status() == CallView.Status.OPEN) {
            return List.of();
        }
        return call.proposals().stream()
                .filter(proposal -> proposal.advice() != null && proposal.decision() == null).toList();
    }

    private static boolean decidedByTheState(CallView call) {
        return call.procedure() == DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION;
    }

    /** The network a call belongs to, as it records it (ADR 0023, 0024); else the default network. */
    private Network networkOf(CallView call) {
        return networks.find(new NetworkId(call.network())).orElse(networks.defaultNetwork());
    }

    private static LocalDateTime deadlineOf(CallView call) {
        return LocalDateTime.ofInstant(call.deadline(), NetworkTime.ZONE);
    }
}
