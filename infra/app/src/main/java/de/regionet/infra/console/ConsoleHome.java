package de.regionet.infra.console;

import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;

/** The console's start (ADR 0019): who is signed in, with which roles, regions and organisation. */
@Controller
class ConsoleHome {

    @ReadableBy(NETWORK)
    @GetMapping("/console")
    String home(HttpServletRequest request, Model model) {
        var actor = Readers.actor(request).orElseThrow();
        model.addAttribute("actor", actor);
        model.addAttribute("regions", actor.regions().stream().map(RegionKey::value).sorted().toList());
        return "console/home";
    }
}
