package de.regionet.infra.console.sponsor;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.call.CallCommand.SubmitProposal;
import de.regionet.kernel.call.CallId;
import de.regionet.kernel.call.ProposalId;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.query.access.Readers;
import de.regionet.query.call.CallProjection;
import de.regionet.query.call.CallView;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/**
 * A project sponsor's calls and proposals (issue 19): the open calls of every region, the proposal form, and the
 * sponsor's own proposals with their outcome. Reads the calls' read model as the API does ({@link CallView#readBy}),
 * so a sponsor sees its own proposals and never another's; the form sends {@link SubmitProposal} like
 * {@code POST /api/calls/{id}/proposals}, and the command bus judges it.
 */
@Controller
class SponsorCallPages {

    private static final Set<String> PROPOSAL_FIELDS = Set.of("sponsor", "title", "summary", "requestedEuro",
            "durationMonths", "plannedIndicators");

    private final CallProjection calls;
    private final RegionProjection regions;
    private final IndicatorCatalogue indicators;
    private final CommandGateway commands;

    SponsorCallPages(CallProjection calls, RegionProjection regions, IndicatorCatalogue indicators,
                     CommandGateway commands) {
        this.calls = calls;
        this.regions = regions;
        this.indicators = indicators;
        this.commands = commands;
    }

    /** A call as the sponsor's pages show it: its deadline in the network's time. */
    record CallSummary(String id, String title, String region, String fundingArea, BigDecimal budgetEuro,
                       LocalDateTime deadline, List<String> criteria, CallView.Status status) {
    }

    /** One of the sponsor's own proposals, with the call it went to. */
    record OwnProposal(CallSummary call, CallView.Proposal proposal, LocalDateTime submittedAt) {

        OwnProposal(CallSummary call, CallView.Proposal proposal) {
            this(call, proposal, LocalDateTime.ofInstant(proposal.submittedAt(), NetworkTime.ZONE));
        }
    }

    /** The form as sent: text as typed, judged by {@link #submit}. */
    record ProposalForm(String sponsor, String title, String summary, String requestedEuro, String durationMonths,
                        String indicator, String indicatorValue) {

        static ProposalForm empty(String sponsor) {
            return new ProposalForm(sponsor, "", "", "", "", "", "");
        }
    }

    @ReadableBy(NETWORK)
    @GetMapping("/console/aufrufe")
    String openCalls(Model model) {
        var names = regionNames();
        model.addAttribute("calls", calls.calls().all("_id").stream()
                .filter(call -> call.status() == CallView.Status.OPEN)
                .sorted(Comparator.comparing(CallView::deadline).thenComparing(CallView::id))
                .map(call -> summary(call, names)).toList());
        return "console/sponsor/calls";
    }

    @ReadableBy(NETWORK)
    @GetMapping("/console/aufrufe/{id}/antrag")
    String proposalForm(@PathVariable CallId id, HttpServletRequest request, Model model) {
        var actor = Readers.actor(request).orElseThrow();
        return form(call(id), ProposalForm.empty(actor.organisation()), new FormErrors(), actor, model);
    }

    @Sends(SubmitProposal.class)
    @PostMapping("/console/aufrufe/{id}/antrag")
    String propose(@PathVariable CallId id, @ModelAttribute ProposalForm form, HttpServletRequest request,
                   Model model, RedirectAttributes redirect) {
        var actor = Readers.actor(request).orElseThrow();
        var call = call(id);
        var errors = new FormErrors();
        var sponsor = actor.organisation() != null ? actor.organisation() : errors.required("sponsor", form.sponsor());
        var title = errors.required("title", form.title());
        var summary = errors.required("summary", form.summary());
        var requested = errors.euro("requestedEuro", form.requestedEuro());
        var months = errors.whole("durationMonths", form.durationMonths());
        var planned = planned(form, errors);
        if (errors.isEmpty()) {
            try {
                commands.sendAndWait(new SubmitProposal(id, ProposalId.random(), sponsor, title, summary, requested,
                        months, planned, null, null));
                redirect.addFlashAttribute("confirmation", "sponsor.proposal.submitted");
                return "redirect:/console/antraege";
            } catch (RuntimeException refused) {
                errors.refused(refused, PROPOSAL_FIELDS);
            }
        }
        return form(call, form, errors, actor, model);
    }

    @ReadableBy(NETWORK)
    @GetMapping("/console/antraege")
    String ownProposals(HttpServletRequest request, Model model) {
        var actor = Readers.actor(request).orElseThrow();
        var names = regionNames();
        model.addAttribute("proposals", calls.calls().all("_id").stream()
                .map(call -> call.readBy(Optional.of(actor)))
                .flatMap(call -> call.proposals().stream().filter(proposal -> Readers.actsFor(actor,
                        proposal.sponsor())).map(proposal -> new OwnProposal(summary(call, names), proposal)))
                .sorted(Comparator.comparing((OwnProposal own) -> own.proposal().submittedAt()).reversed())
                .toList());
        model.addAttribute("organisation", actor.organisation());
        return "console/sponsor/proposals";
    }

    private String form(CallView call, ProposalForm form, FormErrors errors, Actor actor, Model model) {
        model.addAttribute("call", summary(call, regionNames()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("asOrganisation", actor.organisation());
        model.addAttribute("indicators", indicators.all());
        return "console/sponsor/proposal-form";
    }

    /** One planned indicator, if the sponsor names one; the catalogue is checked on the command bus. */
    private IndicatorValues planned(ProposalForm form, FormErrors errors) {
        if (form.indicator() == null || form.indicator().isBlank()) {
            return IndicatorValues.NONE;
        }
        var value = errors.number("indicatorValue", form.indicatorValue());
        try {
            return value == null ? IndicatorValues.NONE : new IndicatorValues(Map.of(form.indicator(), value));
        } catch (IllegalArgumentException outOfRange) {
            errors.reject("indicatorValue", "sponsor.error.number");
            return IndicatorValues.NONE;
        }
    }

    private CallView call(CallId id) {
        return calls.calls().find(id.value()).orElseThrow(() -> Rejection.notFound("no call " + id));
    }

    private Map<String, String> regionNames() {
        return regions.regions().all("_id").stream()
                .collect(java.util.stream.Collectors.toMap(RegionView::key, RegionView::name));
    }

    static CallSummary summary(CallView call, Map<String, String> regionNames) {
        return new CallSummary(call.id(), call.title(), regionNames.getOrDefault(call.regionKey(), call.regionKey()),
                call.fundingArea(), call.budgetEuro(),
                LocalDateTime.ofInstant(call.deadline(), NetworkTime.ZONE), call.criteria(), call.status());
    }
}
