package de.regionet.infra.console.exchange;

import de.regionet.command.edge.Sends;
import de.regionet.infra.console.sponsor.FormErrors;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.practice.PracticeCommand.DescribePractice;
import de.regionet.kernel.practice.PracticeContent;
import de.regionet.kernel.practice.PracticeId;
import de.regionet.kernel.project.Audience;
import de.regionet.kernel.region.RegionKey;
import de.regionet.query.access.Readers;
import de.regionet.query.exchange.ExchangeCatalogue;
import de.regionet.query.exchange.ExchangeQuery;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;
import static de.regionet.kernel.access.Role.REGIONAL_COORDINATOR;

/**
 * The network office and regional coordinators describe an example of good practice for the exchange between
 * networks (ADR 0025), as {@code POST /api/practices} does, and see the examples shared with them. One form: the
 * region is optional for the office (an example of the whole network) and needed by a coordinator (its own region).
 */
@Controller
class PracticeDesk {

    static final String PATH = "/console/austausch";
    private static final Set<String> FIELDS = Set.of("title", "summary", "regionKey", "topics",
            "contactOrganisation", "audience");
    private static final List<Audience> AUDIENCES = List.of(Audience.NETWORK, Audience.NATION_WIDE, Audience.PUBLIC);

    private final CommandGateway commands;
    private final ExchangeCatalogue catalogue;
    private final Clock clock;

    PracticeDesk(CommandGateway commands, ExchangeCatalogue catalogue, Clock clock) {
        this.commands = commands;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The form as sent: text as typed; topics separated by commas. */
    record PracticeForm(String title, String summary, String regionKey, String topics, String contactOrganisation,
                        String audience) {

        static PracticeForm empty() {
            return new PracticeForm("", "", "", "", "", Audience.NATION_WIDE.name());
        }
    }

    @ReadableBy(value = ROLES, roles = {NETWORK_OFFICE, REGIONAL_COORDINATOR})
    @GetMapping(PATH)
    String desk(HttpServletRequest request, Model model) {
        return page(request, PracticeForm.empty(), new FormErrors(), model);
    }

    @Sends(DescribePractice.class)
    @PostMapping(PATH + "/praxis")
    String describe(@ModelAttribute PracticeForm form, HttpServletRequest request, Model model,
                    RedirectAttributes redirect) {
        var errors = new FormErrors();
        var title = errors.required("title", form.title());
        var summary = errors.required("summary", form.summary());
        var audience = AUDIENCES.stream().filter(known -> known.name().equals(form.audience())).findFirst();
        if (audience.isEmpty()) {
            errors.reject("audience", "sponsor.error.required");
        }
        RegionKey region = null;
        if (form.regionKey() != null && !form.regionKey().isBlank()) {
            if (RegionKey.isValid(form.regionKey().strip())) {
                region = new RegionKey(form.regionKey().strip());
            } else {
                errors.reject("regionKey", "exchange.error.regionKey");
            }
        }
        if (errors.isEmpty()) {
            try {
                var topics = form.topics() == null ? List.<String>of() : Arrays.stream(form.topics().split(","))
                        .map(String::strip).filter(topic -> !topic.isEmpty()).toList();
                commands.sendAndWait(new DescribePractice(PracticeId.random(), new PracticeContent(title, summary,
                        region, null, null, topics, form.contactOrganisation()), audience.get(), null,
                        NetworkTime.today(clock)));
                redirect.addFlashAttribute("confirmation", "exchange.practice.described." + audience.get().name());
                return "redirect:" + PATH;
            } catch (RuntimeException refused) {
                errors.refused(refused, FIELDS);
            }
        }
        return page(request, form, errors, model);
    }

    private String page(HttpServletRequest request, PracticeForm form, FormErrors errors, Model model) {
        var reader = Readers.actor(request);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("audiences", AUDIENCES);
        model.addAttribute("practices", catalogue.search(ExchangeQuery.of(null, null, "practice", null, 0,
                ExchangeQuery.MAX_SIZE), reader).items());
        return "console/exchange/practices";
    }
}
