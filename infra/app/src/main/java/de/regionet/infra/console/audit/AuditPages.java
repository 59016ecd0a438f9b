package de.regionet.infra.console.audit;

import de.regionet.infra.audit.AggregateState;
import de.regionet.infra.audit.AuditTrail;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.access.Role;
import de.regionet.query.workinggroup.WorkingGroupView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The auditors' reading pages: every stream by type, and one stream's history with its state on a day ("Stand am",
 * valid time) as the record had it at the end of another ("Bekannt am", record time). Readable by the roles that
 * read {@code /api/audit/**}.
 */
@Controller
@ReadableBy(value = ReadableBy.Audience.ROLES, roles = {Role.AUDITOR, Role.NETWORK_OFFICE})
class AuditPages {

    private static final JsonMapper STATE_JSON = JsonMapper.builder().build();

    private final AuditTrail trail;
    private final Clock clock;

    AuditPages(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping("/console/pruefung")
    String streams(@RequestParam(name = "typ", required = false) String type, Model model) {
        var chosen = type == null || type.isBlank() || !trail.knows(type) ? null : type;
        model.addAttribute("types", trail.types());
        model.addAttribute("type", chosen);
        model.addAttribute("streams", trail.streams(chosen));
        model.addAttribute("limit", AuditTrail.LISTED_STREAMS);
        return "console/audit/streams";
    }

    @GetMapping("/console/pruefung/{type}/{id}")
    String history(@PathVariable String type, @PathVariable String id,
                   @RequestParam(required = false) String asOf, @RequestParam(required = false) String knownAt,
                   Model model) {
        var events = trail.events(type, id);
        var today = NetworkTime.today(clock);
        var everything = trail.state(type, id, null, null, today);
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("lineage", AuditPaths.lineage(type, id));
        var asOfDay = day(asOf, "asOf", model);
        var knownAtDay = day(knownAt, "knownAt", model);
        model.addAttribute("asOf", asOfDay == null ? (asOf == null ? "" : asOf) : asOfDay.toString());
        model.addAttribute("knownAt", knownAtDay == null ? (knownAt == null ? "" : knownAt) : knownAtDay.toString());
        model.addAttribute("asOfDay", asOfDay);
        model.addAttribute("knownAtDay", knownAtDay);
        AggregateState shown = null;
        if (!model.containsAttribute("invalidField")) {
            try {
                shown = trail.state(type, id, asOfDay, knownAtDay == null ? null : NetworkTime.endOf(knownAtDay),
                        today);
                show(shown, model);
            } catch (Rejection notThen) {
                if (notThen.kind() != Rejection.Kind.NOT_FOUND) {
                    throw notThen;
                }
                model.addAttribute("notYet", true);
            }
        }
        model.addAttribute("rows", HistoryRow.of(events, everything, shown));
        return "console/audit/history";
    }

    /** A working group as its members and coordination; any other view as its fields. */
    private static void show(AggregateState state, Model model) {
        model.addAttribute("state", state);
        if (state.state() instanceof WorkingGroupView group) {
            model.addAttribute("group", group);
        } else {
            model.addAttribute("stateJson", STATE_JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(state.state()));
        }
    }

    /** A day from the date control; anything else is named on the form, the page still answers. */
    private static LocalDate day(String text, String field, Model model) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADay) {
            model.addAttribute("invalidField", field);
            return null;
        }
    }
}
