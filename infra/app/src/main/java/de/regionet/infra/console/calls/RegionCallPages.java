package de.regionet.infra.console.calls;

import de.regionet.command.edge.Sends;
import de.regionet.infra.console.office.ReadYourWrites;
import de.regionet.infra.console.sponsor.FormErrors;
import de.regionet.kernel.Euro;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.call.Advice;
import de.regionet.kernel.call.Award;
import de.regionet.kernel.call.CallCommand.AdviseOnProposals;
import de.regionet.kernel.call.CallCommand.OpenCall;
import de.regionet.kernel.call.CallCommand.SelectProposals;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.DecisionProcedure;
import de.regionet.kernel.call.NotSelected;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.Outcome;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.query.access.Readers;
import de.regionet.query.call.CallProjection;
import de.regionet.query.call.CallView;
import de.regionet.query.programme.ProgrammeProjection;
import de.regionet.query.project.ProjectProjection;
import de.regionet.query.project.ProjectView;
import de.regionet.query.workinggroup.decision.DecisionLogProjection;
import de.regionet.query.workinggroup.decision.DecisionLogView;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/**
 * The regional coordination's calls (issue 19): the region's calls with a form to open one, and a call's proposals
 * with the selection the working group resolved. A selection is {@link SelectProposals} naming an adopted resolution
 * about the call, exactly as {@code POST /api/calls/{id}/selection}: the resolution itself (presence, votes,
 * recusals) is recorded with the working group's meeting, so this form only lets the coordination choose it and
 * decide every proposal. Where the state decides (issue 22, ADR 0024), the page records the region's advice instead
 * ({@link AdviseOnProposals}, as {@code POST /api/calls/{id}/advice}): per proposal of the region recommended with a
 * rank, or not, with a reason; a state-wide call shows here with the proposals made for this region. Pages of a
 * region the reader may not read are the 403 page; the command bus checks the region scope of every command again.
 */
@Controller
class RegionCallPages {

    private static final Set<String> CALL_FIELDS = Set.of("programmeId", "fundingArea", "title", "budgetEuro",
            "deadline", "criteria");
    private static final Set<String> SELECTION_FIELDS = Set.of("resolutionId");
    /** The choice of a proposal left for a later advice or decision. */
    static final String LATER = "LATER";
    /** The inputs of an advice row by the field a refusal names; {@code advice.<id>} is the row's choice. */
    private static final Map<String, String> ADVICE_INPUTS = Map.of("rank", "rank", "reason", "adviceReason");

    private final CallProjection calls;
    private final ProjectProjection projects;
    private final DecisionLogProjection decisions;
    private final ProgrammeProjection programmes;
    private final CommandGateway commands;

    RegionCallPages(CallProjection calls, ProjectProjection projects, DecisionLogProjection decisions,
                    ProgrammeProjection programmes, CommandGateway commands) {
        this.calls = calls;
        this.projects = projects;
        this.decisions = decisions;
        this.programmes = programmes;
        this.commands = commands;
    }

    /** The open-call form as sent; the deadline from a {@code datetime-local} input, in the network's time. */
    record CallForm(String programmeId, String fundingArea, String title, String budgetEuro, String deadline,
                    String criteria) {

        static CallForm empty() {
            return new CallForm("", "", "", "", "", "");
        }
    }

    @ReadableBy(NETWORK)
    @GetMapping("/console/regionen/{key}/aufrufe")
    String regionCalls(@PathVariable RegionKey key, HttpServletRequest request, Model model) {
        readable(key, request);
        return list(key, CallForm.empty(), new FormErrors(), model);
    }

    @Sends(OpenCall.class)
    @PostMapping("/console/regionen/{key}/aufrufe")
    String open(@PathVariable RegionKey key, @ModelAttribute CallForm form, HttpServletRequest request, Model model,
                RedirectAttributes redirect) {
        readable(key, request);
        var errors = new FormErrors();
        var programme = errors.required("programmeId", form.programmeId());
        var area = errors.required("fundingArea", form.fundingArea());
        var title = errors.required("title", form.title());
        var budget = errors.euro("budgetEuro", form.budgetEuro());
        var deadline = deadline(form.deadline(), errors);
        if (errors.isEmpty()) {
            try {
                var id = CallId.random();
                commands.sendAndWait(new OpenCall(id, key, new ProgrammeId(programme), new FundingArea(area), title,
                        budget, deadline.atZone(NetworkTime.ZONE).toInstant(), criteria(form.criteria())));
                redirect.addFlashAttribute("confirmation", "sponsor.calls.opened");
                return "redirect:/console/regionen/" + key + "/aufrufe/" + id;
            } catch (RuntimeException refused) {
                errors.refused(refused, CALL_FIELDS);
            }
        }
        return list(key, form, errors, model);
    }

    @ReadableBy(NETWORK)
    @GetMapping("/console/regionen/{key}/aufrufe/{id}")
    String call(@PathVariable RegionKey key, @PathVariable CallId id, HttpServletRequest request, Model model) {
        var actor = readable(key, request);
        return page(key, call(key, id, actor), Map.of(), new FormErrors(), actor, model);
    }

    /**
     * Every proposal comes as {@code decision.<id>} ({@code SELECTED} or {@code NOT_SELECTED}) with
     * {@code amount.<id>} or {@code reason.<id>}, and the form names the deciding {@code resolutionId}.
     */
    @Sends(SelectProposals.class)
    @PostMapping("/console/regionen/{key}/aufrufe/{id}/auswahl")
    String select(@PathVariable RegionKey key, @PathVariable CallId id, @RequestParam Map<String, String> form,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        var actor = readable(key, request);
        var call = call(key, id, actor);
        var errors = new FormErrors();
        var resolution = errors.required("resolutionId", form.get("resolutionId"));
        var selected = new ArrayList<Award>();
        var notSelected = new ArrayList<NotSelected>();
        for (var proposal : proposalsOf(call, key)) {
            decide(proposal, form, errors, selected, notSelected);
        }
        if (errors.isEmpty()) {
            try {
                commands.sendAndWait(new SelectProposals(id, new ResolutionId(resolution), selected, notSelected,
                        null));
                redirect.addFlashAttribute("confirmation", "sponsor.calls.selected");
                return "redirect:/console/regionen/" + key + "/aufrufe/" + id;
            } catch (RuntimeException refused) {
                errors.refused(refused, SELECTION_FIELDS);
            }
        }
        return page(key, call, form, errors, actor, model);
    }

    /**
     * Every proposal the region may still advise on comes as {@code advice.<id>}: {@code LATER} or empty (not now),
     * {@code RECOMMENDED} with {@code rank.<id>}, or {@code NOT_RECOMMENDED}; both with {@code adviceReason.<id>}.
     * The day the region advised ({@code advisedOn}) is today unless given.
     */
    @Sends(AdviseOnProposals.class)
    @PostMapping("/console/regionen/{key}/aufrufe/{id}/votum")
    String advise(@PathVariable RegionKey key, @PathVariable CallId id, @RequestParam Map<String, String> form,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        var actor = readable(key, request);
        var call = call(key, id, actor);
        var errors = new FormErrors();
        var advisedOn = errors.day("advisedOn", form.get("advisedOn"), true);
        var advice = new ArrayList<Advice>();
        for (var proposal : advisable(call, key)) {
            advise(proposal, form, errors, advice);
        }
        if (errors.isEmpty() && advice.isEmpty()) {
            errors.reject(null, "sponsor.calls.advice.error.none");
        }
        if (errors.isEmpty()) {
            try {
                long version = commands.sendAndWait(new AdviseOnProposals(id, advice, advisedOn, null));
                ReadYourWrites.await(calls.calls(), id.value(), version);
                redirect.addFlashAttribute("confirmation", "sponsor.calls.advised");
                return "redirect:/console/regionen/" + key + "/aufrufe/" + id;
            } catch (RuntimeException refused) {
                errors.refused(refused, new ProposalFields(call.proposals().stream().map(CallView.Proposal::id)
                        .toList(), ADVICE_INPUTS, "advice").fieldOf());
            }
        }
        return page(key, call, form, errors, actor, model);
    }

    private static void advise(CallView.Proposal proposal, Map<String, String> form, FormErrors errors,
                               List<Advice> advice) {
        var id = proposal.id();
        var choice = form.getOrDefault("advice." + id, "");
        if (choice.isEmpty() || choice.equals(LATER)) {
            return;
        }
        var recommended = choice.equals("RECOMMENDED");
        if (!recommended && !choice.equals("NOT_RECOMMENDED")) {
            errors.reject("advice." + id, "sponsor.calls.advice.error.choice");
            return;
        }
        Integer rank = null;
        if (recommended) {
            rank = errors.whole("rank." + id, form.get("rank." + id));
            if (rank != null && rank < 1) {
                errors.reject("rank." + id, "sponsor.calls.advice.error.rank");
                rank = null;
            }
        }
        var reason = errors.required("adviceReason." + id, form.get("adviceReason." + id));
        if (reason != null && (!recommended || rank != null)) {
            advice.add(new Advice(new ProposalId(id), recommended, rank, reason));
        }
    }

    /** The proposals the region may still advise on: once the call closed, neither advised on nor decided. */
    static List<CallView.Proposal> advisable(CallView call, RegionKey key) {
        if (call.procedure() != DecisionProcedure.REGIONAL_ADVICE_STATE_DECISION
                || call.status() == CallView.Status.OPEN) {
            return List.of();
        }
        return proposalsOf(call, key).stream()
                .filter(proposal -> proposal.advice() == null && proposal.decision() == null).toList();
    }

    private static void decide(CallView.Proposal proposal, Map<String, String> form, FormErrors errors,
                               List<Award> selected, List<NotSelected> notSelected) {
        var id = proposal.id();
        var decision = form.getOrDefault("decision." + id, "");
        if (decision.equals("SELECTED")) {
            var amount = errors.euro("amount." + id, form.get("amount." + id));
            if (amount != null) {
                selected.add(new Award(new ProposalId(id), amount));
            }
        } else if (decision.equals("NOT_SELECTED")) {
            var reason = errors.required("reason." + id, form.get("reason." + id));
            if (reason != null) {
                notSelected.add(new NotSelected(new ProposalId(id), reason));
            }
        } else {
            errors.reject("decision." + id, "sponsor.calls.error.decision");
        }
    }

    private String list(RegionKey key, CallForm form, FormErrors errors, Model model) {
        model.addAttribute("regionKey", key.value());
        model.addAttribute("calls", calls.calls().all("_id").stream()
                .filter(call -> inRegion(call, key))
                .sorted(Comparator.comparing(CallView::deadline).reversed().thenComparing(CallView::id))
                .map(call -> new Row(call, deadlineOf(call))).toList());
        model.addAttribute("programmes", programmes.programmes().all("_id"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "console/calls/calls";
    }

    /** A call in a list, with its deadline in the network's time. */
    record Row(CallView call, LocalDateTime deadline) {
    }

    private String page(RegionKey key, CallView call, Map<String, String> form, FormErrors errors, Actor actor,
                        Model model) {
        model.addAttribute("regionKey", key.value());
        model.addAttribute("call", call);
        model.addAttribute("deadline", deadlineOf(call));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("resolutions", resolutionsAbout(call, actor));
        model.addAttribute("mayAct", actor.mayActFor(key));
        model.addAttribute("proposals", proposalsOf(call, key));
        model.addAttribute("advisable", advisable(call, key));
        model.addAttribute("projects", proposalsOf(call, key).stream()
                .filter(proposal -> proposal.projectId() != null)
                .flatMap(proposal -> projects.projects().find(proposal.projectId()).stream())
                .map(project -> project.readBy(Optional.of(actor)))
                .sorted(Comparator.comparing(ProjectView::title)).toList());
        return "console/calls/call";
    }

    /** The working group's adopted resolutions whose subject is this call: the ones a selection may name. */
    private List<DecisionLogView.Resolution> resolutionsAbout(CallView call, Actor actor) {
        return decisions.logs().find(call.workingGroupId()).map(log -> log.readBy(Optional.of(actor)))
                .map(DecisionLogView::resolutions).orElse(List.of()).stream()
                .filter(resolution -> resolution.outcome() == Outcome.ADOPTED && resolution.subject() != null
                        && resolution.subject().type() == Subject.Type.CALL
                        && call.id().equals(resolution.subject().id()))
                .toList();
    }

    /**
     * The call of this region as {@code actor} may read it; a call of another region, or a state-wide one without
     * proposals for this region, is unknown here.
     */
    private CallView call(RegionKey key, CallId id, Actor actor) {
        return calls.calls().find(id.value()).filter(call -> inRegion(call, key))
                .map(call -> call.readBy(Optional.of(actor)))
                .orElseThrow(() -> Rejection.notFound("no call " + id + " in region " + key));
    }

    /** A call of the region, or a state-wide call with a proposal made for the region. */
    private static boolean inRegion(CallView call, RegionKey key) {
        return key.value().equals(call.regionKey()) || call.regionKey() == null
                && call.proposals().stream().anyMatch(proposal -> key.value().equals(call.regionOf(proposal)));
    }

    /** The call's proposals this region's page shows: a state-wide call's made for the region. */
    private static List<CallView.Proposal> proposalsOf(CallView call, RegionKey key) {
        return call.proposals().stream().filter(proposal -> key.value().equals(call.regionOf(proposal))).toList();
    }

    /**
     * The signed-in reader, if it may read the region's calls with their proposals; else a forbidding
     * {@link Rejection}, which a browser gets as the 403 page.
     */
    private static Actor readable(RegionKey key, HttpServletRequest request) {
        var actor = Readers.actor(request).orElseThrow();
        if (!actor.mayRead(key)) {
            throw Rejection.forbidden("region " + key + " is not among the reader's regions");
        }
        return actor;
    }

    private static LocalDateTime deadlineOf(CallView call) {
        return LocalDateTime.ofInstant(call.deadline(), NetworkTime.ZONE);
    }

    private static LocalDateTime deadline(String value, FormErrors errors) {
        var text = errors.required("deadline", value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException notAMoment) {
            errors.reject("deadline", "sponsor.error.day");
            return null;
        }
    }

    private static List<String> criteria(String lines) {
        return lines == null ? List.of() : lines.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
