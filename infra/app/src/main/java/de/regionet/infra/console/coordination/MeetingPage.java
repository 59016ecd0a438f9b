package de.regionet.infra.console.coordination;

import de.regionet.command.edge.Sends;
import de.regionet.command.workinggroup.SubjectSponsors;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;
import de.regionet.query.call.CallProjection;
import de.regionet.query.call.CallView;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * Recording a meeting: one or several resolutions on one page, each with presence, votes and recusals, and beside
 * each what the working group would decide (quorate or not, the counts, the outcome), judged again on every change
 * of the form (htmx posts the form to the preview) by the {@link ResolutionJudge}. Saving judges every resolution
 * first and sends nothing if one is refused, then sends {@code RecordResolution} for each, as
 * {@code POST /api/working-groups/{id}/resolutions} does. A meeting that was not quorate decides nothing: the
 * working group refuses to record it, and so the page shows it as inquorate and does not save it.
 */
@Controller
class MeetingPage {

    private final RegionDesks desks;
    private final RulesInForce rules;
    private final ResolutionJudge judge;
    private final CommandGateway commands;
    private final SubjectSponsors sponsors;
    private final CallProjection calls;
    private final Clock clock;

    MeetingPage(RegionDesks desks, RulesInForce rules, ResolutionJudge judge, CommandGateway commands,
                SubjectSponsors sponsors, CallProjection calls, Clock clock) {
        this.desks = desks;
        this.rules = rules;
        this.judge = judge;
        this.commands = commands;
        this.sponsors = sponsors;
        this.calls = calls;
        this.clock = clock;
    }

    /** What the page shows beside a resolution: nothing yet ({@code blank}), a judgement, or the refusal. */
    record Preview(boolean blank, Judgement judgement, Refusal refusal) {
    }

    /** A refusal of one resolution of the meeting; {@code number} counts from 1 as the page does. */
    record EntryRefusal(int number, Refusal refusal) {
    }

    @ReadableBy(value = ROLES, roles = {NETWORK_OFFICE, REGIONAL_COORDINATOR})
    @GetMapping("/console/regionen/{key}/sitzungen/neu")
    String form(@PathVariable String key, @RequestParam(name = "anzahl", defaultValue = "3") int slots,
                HttpServletRequest request, Model model) {
        var desk = desks.toAct(key, request);
        var form = MeetingForm.empty(NetworkTime.today(clock).toString(),
                Math.max(1, Math.min(slots, MeetingForm.MAX_RESOLUTIONS)));
        return page(desk, form, List.of(), model);
    }

    @Sends(RecordResolution.class)
    @PostMapping("/console/regionen/{key}/sitzungen/vorschau")
    String preview(@PathVariable String key, @RequestParam("nr") int number,
                   @RequestParam MultiValueMap<String, String> fields, HttpServletRequest request, Model model) {
        var desk = desks.toAct(key, request);
        var form = MeetingForm.from(fields);
        if (number < 0 || number >= form.resolutions().size()) {
            throw Rejection.invalid("nr", "the form has no resolution " + number);
        }
        model.addAttribute("entry", form.resolutions().get(number));
        model.addAttribute("preview", preview(desk, form, form.resolutions().get(number)));
        return "console/coordination/meeting :: preview";
    }

    @Sends(RecordResolution.class)
    @PostMapping("/console/regionen/{key}/sitzungen")
    String save(@PathVariable String key, @RequestParam MultiValueMap<String, String> fields,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        var desk = desks.toAct(key, request);
        var form = MeetingForm.from(fields);
        var refusals = new ArrayList<EntryRefusal>();
        var resolutions = new ArrayList<RecordResolution>();
        LocalDate day;
        try {
            day = meetingDay(form);
        } catch (RuntimeException failure) {
            return page(desk, form, List.of(new EntryRefusal(0, Refusal.of(failure))), model);
        }
        if (form.filled().isEmpty()) {
            refusals.add(new EntryRefusal(0, new Refusal("motion", null)));
        }
        for (var entry : form.filled()) {
            try {
                var resolution = entry.command(desk.workingGroupId(), day, sponsors);
                var judgement = judge.judge(resolution);
                if (!judgement.quorate()) {
                    refusals.add(new EntryRefusal(entry.number() + 1, new Refusal("quorum", null)));
                }
                resolutions.add(resolution);
            } catch (RuntimeException failure) {
                refusals.add(new EntryRefusal(entry.number() + 1, Refusal.of(failure)));
            }
        }
        if (!refusals.isEmpty()) {
            return page(desk, form, refusals, model);
        }
        int recorded = 0;
        try {
            for (var resolution : resolutions) {
                commands.sendAndWait(resolution);
                recorded++;
            }
        } catch (RuntimeException failure) {
            model.addAttribute("recorded", recorded);
            return page(desk, form, List.of(new EntryRefusal(recorded + 1, Refusal.of(failure))), model);
        }
        redirect.addFlashAttribute("recorded", recorded);
        redirect.addFlashAttribute("savedResolutions",
                resolutions.stream().map(resolution -> resolution.resolutionId().value()).toList());
        return "redirect:" + desk.path("/beschluesse");
    }

    private String page(RegionDesk desk, MeetingForm form, List<EntryRefusal> refusals, Model model) {
        var day = NetworkTime.today(clock);
        model.addAttribute("desk", desk);
        model.addAttribute("group", desk.group());
        model.addAttribute("members", MemberRow.of(desk.group(), rules.on(desk.group().id(), day)));
        model.addAttribute("form", form);
        model.addAttribute("previews", form.resolutions().stream().map(entry -> preview(desk, form, entry)).toList());
        model.addAttribute("refusals", refusals);
        model.addAttribute("today", day);
        // what a resolution may decide about: the region's calls, newest deadline first
        model.addAttribute("calls", calls.calls().all("_id").stream()
                .filter(call -> desk.region().value().equals(call.regionKey()))
                .sorted(Comparator.comparing(CallView::deadline).reversed()).toList());
        return "console/coordination/meeting";
    }

    private Preview preview(RegionDesk desk, MeetingForm form, MeetingForm.Entry entry) {
        if (entry.present().isEmpty() && entry.votes().values().stream().allMatch(String::isBlank)) {
            return new Preview(true, null, null);
        }
        try {
            return new Preview(false, judge.judge(entry.draft(desk.workingGroupId(), meetingDay(form), sponsors)), null);
        } catch (RuntimeException failure) {
            return new Preview(false, null, Refusal.of(failure));
        }
    }

    /** The day of the meeting: given, and not in the future (a resolution records a meeting that took place). */
    private LocalDate meetingDay(MeetingForm form) {
        var day = FormDays.given("date", form.date());
        if (day == null) {
            throw Rejection.invalid("date", "the day of the meeting is missing");
        }
        if (day.isAfter(NetworkTime.today(clock))) {
            throw Rejection.invalid("date", "a resolution records a meeting that took place; " + day
                    + " is in the future");
        }
        return day;
    }
}
