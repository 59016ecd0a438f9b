package de.regionet.infra.console.calls;

import de.regionet.command.edge.Sends;
import de.regionet.infra.console.sponsor.FormErrors;
import de.regionet.kernel.Euro;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.call.Award;
import de.regionet.kernel.call.CallCommand.OpenCall;
import de.regionet.kernel.call.CallCommand.SelectProposals;
import de.regionet.kernel.call.CallId;
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
 * decide every proposal. Pages of a region the reader may not read are the 403 page; the command bus checks the
 * region scope of every command again.
 */
@Controller
class RegionCallPages {

    private static final Set<String> CALL_FIELDS = Set.of("programmeId", "fundingArea", "title", "budgetEuro",
            "deadline", "criteria");
    private static final Set<String> SELECTION_FIELDS = Set.of("resolutionId");

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
        for (var proposal : call.proposals()) {
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
                .filter(call -> key.value().equals(call.regionKey()))
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
        model.addAttribute("projects", call.proposals().stream()
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

    /** The call of this region as {@code actor} may read it; a call of another region is unknown here. */
    private CallView call(RegionKey key, CallId id, Actor actor) {
        return calls.calls().find(id.value()).filter(call -> key.value().equals(call.regionKey()))
                .map(call -> call.readBy(Optional.of(actor)))
                .orElseThrow(() -> Rejection.notFound("no call " + id + " in region " + key));
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
