package de.regionet.infra.portal;

import de.regionet.kernel.access.ReadableBy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * Open calls of every region for the public (issue 19): where a sponsor finds what it can propose for, and the way
 * to propose, which leads to the console and its sign-in.
 */
@Controller
class CallPages {

    private final PublicCalls calls;

    CallPages(PublicCalls calls) {
        this.calls = calls;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/aufrufe")
    String open(Model model) {
        model.addAttribute("page", calls.open());
        return "portal/calls";
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/aufrufe/{id}")
    String call(@PathVariable String id, Model model) {
        model.addAttribute("call", calls.one(id));
        return "portal/calls-item";
    }
}
