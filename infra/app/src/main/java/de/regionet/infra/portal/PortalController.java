package de.regionet.infra.portal;

import de.regionet.kernel.access.ReadableBy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * The public portal (issue 19): pages for everyone, no sign-in, showing only what the network publishes. Access is
 * declared like every read endpoint of the API ({@link ReadableBy}), so the one rule set decides for both.
 */
@Controller
class PortalController {

    private final NetworkAtAGlance network;

    PortalController(NetworkAtAGlance network) {
        this.network = network;
    }

    /** The network at a glance: regions, working groups and members, agreements, latest news, coming events. */
    @ReadableBy(PUBLIC)
    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("page", network.today());
        return "portal/start";
    }
}
