package de.regionet.infra.console.sponsor;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.indicator.IndicatorCatalogue;
import de.regionet.kernel.indicator.IndicatorValues;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.project.ProjectCommand.RecordResult;
import de.regionet.kernel.project.ProjectCommand.ShareResult;
import de.regionet.kernel.project.ProjectId;
import de.regionet.kernel.project.ResultId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;
import de.regionet.query.project.ProjectProjection;
import de.regionet.query.project.ProjectView;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/**
 * A project sponsor's projects (issue 19) and the form that records a result and shares it with an audience
 * ({@link Audience}: the region, the network, the public), as {@code POST /api/projects/{id}/results} does. The list
 * holds the sponsor's own projects; a project's page opens for its sponsor and for whoever may read its region, and
 * shows the results the API would show the same person ({@link ProjectView#readBy}).
 */
@Controller
class SponsorProjectPages {

    private static final Set<String> RESULT_FIELDS = Set.of("periodFrom", "periodTo", "indicators", "narrative",
            "audience", "recordedOn");

    private final ProjectProjection projects;
    private final IndicatorCatalogue indicators;
    private final CommandGateway commands;
    private final Clock clock;

    SponsorProjectPages(ProjectProjection projects, IndicatorCatalogue indicators, CommandGateway commands,
                        Clock clock) {
        this.projects = projects;
        this.indicators = indicators;
        this.commands = commands;
        this.clock = clock;
    }

    /** The form as sent: text as typed, judged by {@link #record}. One indicator per result keeps the form short. */
    record ResultForm(String periodFrom, String periodTo, String indicator, String value, String narrative,
                      String audience, String recordedOn) {

        static ResultForm empty() {
            return new ResultForm("", "", "", "", "", Audience.NETWORK.name(), "");
        }
    }

    @ReadableBy(NETWORK)
    @GetMapping("/console/projekte")
    String ownProjects(HttpServletRequest request, Model model) {
        var actor = Readers.actor(request).orElseThrow();
        model.addAttribute("projects", projects.projects().all("_id").stream()
                .filter(project -> Readers.actsFor(actor, project.sponsor()))
                .sorted(Comparator.comparing(ProjectView::launchedOn).reversed().thenComparing(ProjectView::id))
                .toList());
        model.addAttribute("organisation", actor.organisation());
        return "console/sponsor/projects";
    }

    @ReadableBy(NETWORK)
    @GetMapping("/console/projekte/{id}")
    String project(@PathVariable ProjectId id, HttpServletRequest request, Model model) {
        var actor = Readers.actor(request).orElseThrow();
        model.addAttribute("reader", actor);
        return page(project(id, actor), ResultForm.empty(), new FormErrors(), model);
    }

    @Sends(RecordResult.class)
    @PostMapping("/console/projekte/{id}/ergebnisse")
    String record(@PathVariable ProjectId id, @ModelAttribute ResultForm form, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        var actor = Readers.actor(request).orElseThrow();
        model.addAttribute("reader", actor);
        var project = project(id, actor);
        var errors = new FormErrors();
        var from = errors.day("periodFrom", form.periodFrom(), false);
        var to = errors.day("periodTo", form.periodTo(), false);
        var indicator = errors.required("indicator", form.indicator());
        var value = errors.number("value", form.value());
        var narrative = errors.required("narrative", form.narrative());
        var audience = audience(form.audience(), errors);
        var recordedOn = errors.day("recordedOn", form.recordedOn(), true);
        if (errors.isEmpty()) {
            try {
                commands.sendAndWait(new RecordResult(id, ResultId.random(), new Period(from, to),
                        new IndicatorValues(Map.of(indicator, value)), narrative, List.of(), audience, null,
                        recordedOn != null ? recordedOn : NetworkTime.today(clock), null));
                redirect.addFlashAttribute("confirmation", "sponsor.result.recorded." + audience.name());
                return "redirect:/console/projekte/" + id;
            } catch (RuntimeException refused) {
                errors.refused(refused, RESULT_FIELDS);
            }
        }
        return page(project, form, errors, model);
    }

    /**
     * Shares a result wider, as {@code POST /api/projects/{id}/results/{resultId}/sharing} does: offered to whoever
     * may act for the project's region (its network's office, its coordination) for every current result, with the
     * audiences wider than its own (ADR 0025).
     */
    @Sends(ShareResult.class)
    @PostMapping("/console/projekte/{id}/ergebnisse/{resultId}/teilen")
    String share(@PathVariable ProjectId id, @PathVariable ResultId resultId,
                 @org.springframework.web.bind.annotation.RequestParam(name = "audience", required = false)
                 String audience, HttpServletRequest request, RedirectAttributes redirect) {
        var actor = Readers.actor(request).orElseThrow();
        project(id, actor);
        var wider = java.util.Arrays.stream(Audience.values()).filter(known -> known.name().equals(audience))
                .findFirst();
        if (wider.isEmpty()) {
            redirect.addFlashAttribute("confirmation", "sponsor.result.shareRefused");
            return "redirect:/console/projekte/" + id;
        }
        try {
            commands.sendAndWait(new ShareResult(id, resultId, wider.get(), NetworkTime.today(clock), null));
            redirect.addFlashAttribute("confirmation", "sponsor.result.shared." + wider.get().name());
        } catch (RuntimeException failure) {
            var cause = failure instanceof org.axonframework.commandhandling.CommandExecutionException
                    && failure.getCause() != null ? failure.getCause() : failure;
            if (!(cause instanceof Rejection refused) || refused.kind() == Rejection.Kind.FORBIDDEN) {
                throw failure;
            }
            redirect.addFlashAttribute("confirmation", "sponsor.result.shareRefused");
        }
        return "redirect:/console/projekte/" + id;
    }

    private String page(ProjectView project, ResultForm form, FormErrors errors, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("indicators", indicators.all());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("mayShare", model.getAttribute("reader") instanceof Actor reader
                && reader.mayActFor(new RegionKey(project.regionKey())));
        model.addAttribute("results", project.results().stream()
                .sorted(Comparator.comparing(ProjectView.Result::recordedOn).reversed()).toList());
        return "console/sponsor/project";
    }

    /** The project as {@code actor} may read it: its sponsor, or whoever reads its region; else the 403 page. */
    private ProjectView project(ProjectId id, Actor actor) {
        var project = projects.projects().find(id.value())
                .orElseThrow(() -> Rejection.notFound("no project " + id));
        if (!Readers.actsFor(actor, project.sponsor()) && !actor.mayRead(new RegionKey(project.regionKey()))) {
            throw Rejection.forbidden("project " + id + " is neither the reader's nor of its regions");
        }
        return project.readBy(Optional.of(actor));
    }

    private static Audience audience(String value, FormErrors errors) {
        try {
            return Audience.valueOf(errors.required("audience", value));
        } catch (RuntimeException unknown) {
            if (!errors.has("audience")) {
                errors.reject("audience", "sponsor.error.required");
            }
            return null;
        }
    }
}
