package de.regionet.infra.console.coordination;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.workinggroup.decision.DecisionLogProjection;
import de.regionet.query.workinggroup.decision.DecisionLogView;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/**
 * A region's decision log, newest first: each resolution with its outcome, whether the body was quorate, the
 * counts, and who was present, voted how and was recused, exactly as {@code GET /api/working-groups/{id}/resolutions}
 * discloses it to this reader ({@code DecisionLogView.readBy}): withheld parts stay withheld here too.
 */
@Controller
class DecisionLogPage {

    private final RegionDesks desks;
    private final DecisionLogProjection logs;

    DecisionLogPage(RegionDesks desks, DecisionLogProjection logs) {
        this.desks = desks;
        this.logs = logs;
    }

    @ReadableBy(NETWORK)
    @GetMapping("/console/regionen/{key}/beschluesse")
    String show(@PathVariable String key, HttpServletRequest request, Model model) {
        var desk = desks.toRead(key, request);
        if (model.getAttribute("savedResolutions") instanceof List<?> saved) {
            Catching.up(() -> logs.logs().find(desk.group().id()).map(log -> log.resolutions().stream()
                    .map(DecisionLogView.Resolution::id).toList().containsAll(saved)).orElse(false));
        }
        var resolutions = logs.logs().find(desk.group().id())
                .map(log -> log.readBy(Optional.of(desk.actor())).resolutions()).orElse(List.of()).stream()
                .sorted(Comparator.comparing(DecisionLogView.Resolution::date).reversed())
                .toList();
        model.addAttribute("desk", desk);
        model.addAttribute("group", desk.group());
        model.addAttribute("resolutions", resolutions);
        return "console/coordination/decisions";
    }
}
