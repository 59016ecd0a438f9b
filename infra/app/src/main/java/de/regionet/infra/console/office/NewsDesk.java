package de.regionet.infra.console.office;

import de.regionet.command.edge.Sends;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.news.NewsArticleId;
import de.regionet.kernel.news.NewsCommand.DraftNews;
import de.regionet.kernel.news.NewsCommand.EditNews;
import de.regionet.kernel.news.NewsCommand.PublishNews;
import de.regionet.kernel.news.NewsCommand.WithdrawNews;
import de.regionet.kernel.Rejection;
import de.regionet.query.access.Readers;
import de.regionet.query.news.NewsProjection;
import de.regionet.query.news.NewsView;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static de.regionet.kernel.access.ReadableBy.Audience.ROLES;
import static de.regionet.kernel.access.Role.NETWORK_OFFICE;

/**
 * The office's news desk ({@code /console/nachrichten}): every article, drafts and scheduled ones too (the office
 * sees all, as {@code GET /api/news} answers it); writing, editing, previewing, scheduling, publishing and
 * withdrawing. Each post sends the command the API's {@code NewsController} sends, through the command bus, so the
 * same rules and the same authorisation decide; a refusal comes back on the form, in the page's language.
 */
@Controller
@RequestMapping("/console/nachrichten")
class NewsDesk {

    /** The command's field names, as the form names them. */
    private static final Map<String, String> FIELDS = Map.of("title", "title", "teaser", "teaser", "body", "body",
            "tags", "tags", "regionKeys", "regionKeys", "fundingAreas", "fundingAreas", "at", "at");

    private final CommandGateway commands;
    private final NewsProjection news;

    NewsDesk(CommandGateway commands, NewsProjection news) {
        this.commands = commands;
        this.news = news;
    }

    @ReadableBy(value = ROLES, roles = NETWORK_OFFICE)
    @GetMapping
    String list(Model model, HttpServletRequest request) {
        model.addAttribute("articles", news.articles().all("_id").stream()
                .filter(article -> Readers.seesUnpublished(request, article.network()))
                .sorted(Comparator.comparing(NewsDesk::newest).reversed().thenComparing(NewsView::id)).toList());
        return "console/office/news";
    }

    @ReadableBy(value = ROLES, roles = NETWORK_OFFICE)
    @GetMapping("/neu")
    String blank(Model model) {
        return form(model, null, NewsForm.empty(), List.of(), null);
    }

    @Sends(DraftNews.class)
    @PostMapping("/neu")
    String draft(@ModelAttribute NewsForm form, Model model, RedirectAttributes redirect) {
        var id = NewsArticleId.random();
        return send(model, null, form, form.problems(), () -> {
            commands.sendAndWait(new DraftNews(id, form.content()));
            return done(id, 0, "office.news.drafted", redirect);
        });
    }

    /** The sanitised HTML readers would get, stored nowhere; htmx gets the fragment, a plain post the whole form. */
    @Sends({DraftNews.class, EditNews.class})
    @PostMapping("/vorschau")
    String preview(@ModelAttribute NewsForm form, @RequestParam(name = "id", required = false) NewsArticleId id,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var article = id == null ? null : news.articles().find(id.value()).orElse(null);
        form(model, article, form, List.of(), form.previewHtml());
        return htmx != null ? "console/office/news-form :: preview" : "console/office/news-form";
    }

    @ReadableBy(value = ROLES, roles = NETWORK_OFFICE)
    @GetMapping("/{id}")
    String article(@PathVariable NewsArticleId id, Model model, HttpServletRequest request) {
        var article = find(id);
        if (!Readers.seesUnpublished(request, article.network())) {
            throw Rejection.notFound("no news article " + id);
        }
        return form(model, article, NewsForm.of(article), List.of(), null);
    }

    @Sends(EditNews.class)
    @PostMapping("/{id}")
    String edit(@PathVariable NewsArticleId id, @ModelAttribute NewsForm form, Model model,
                RedirectAttributes redirect) {
        var article = find(id);
        return send(model, article, form, form.problems(), () -> {
            long version = commands.sendAndWait(new EditNews(id, form.content(), form.version()));
            return done(id, version, "office.news.edited", redirect);
        });
    }

    @Sends(PublishNews.class)
    @PostMapping("/{id}/veroeffentlichung")
    String publishNow(@PathVariable NewsArticleId id, @RequestParam(name = "version", required = false) Long version,
                      Model model, RedirectAttributes redirect) {
        var article = find(id);
        return send(model, article, NewsForm.of(article), List.of(), () -> {
            long now = commands.sendAndWait(new PublishNews(id, null, version));
            return done(id, now, "office.news.published", redirect);
        });
    }

    /** {@code at}: a local date and time in the network's time zone (a {@code datetime-local} field). */
    @Sends(PublishNews.class)
    @PostMapping("/{id}/planung")
    String schedule(@PathVariable NewsArticleId id, @RequestParam(name = "version", required = false) Long version,
                    @RequestParam(name = "at", required = false) String at, Model model,
                    RedirectAttributes redirect) {
        var article = find(id);
        var when = instant(at);
        var problems = when == null ? List.of(FormProblem.of("at", "office.news.error.at")) : List.<FormProblem>of();
        return send(model, article, NewsForm.of(article), problems, () -> {
            long scheduled = commands.sendAndWait(new PublishNews(id, when, version));
            return done(id, scheduled, "office.news.scheduled", redirect);
        });
    }

    @Sends(WithdrawNews.class)
    @PostMapping("/{id}/zurueckziehen")
    String withdraw(@PathVariable NewsArticleId id, @RequestParam(name = "version", required = false) Long version,
                    Model model, RedirectAttributes redirect) {
        var article = find(id);
        return send(model, article, NewsForm.of(article), List.of(), () -> {
            long withdrawn = commands.sendAndWait(new WithdrawNews(id, version));
            return done(id, withdrawn, "office.news.withdrawn", redirect);
        });
    }

    /** Sends unless the form has problems; a refusal of the command bus becomes a problem on the form. */
    private String send(Model model, NewsView article, NewsForm form, List<FormProblem> problems,
                        Supplier<String> command) {
        if (!problems.isEmpty()) {
            return form(model, article, form, problems, null);
        }
        try {
            return command.get();
        } catch (RuntimeException failure) {
            var problem = Refusals.of(failure, FIELDS).orElseThrow(() -> failure);
            return form(model, article, form, List.of(problem), null);
        }
    }

    private String done(NewsArticleId id, long version, String confirmation, RedirectAttributes redirect) {
        ReadYourWrites.await(news.articles(), id.value(), version);
        redirect.addFlashAttribute("confirmation", confirmation);
        return "redirect:/console/nachrichten/" + id.value();
    }

    private String form(Model model, NewsView article, NewsForm form, List<FormProblem> problems, String preview) {
        model.addAttribute("article", article);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("fieldProblems", FormProblems.byField(problems));
        model.addAttribute("preview", preview);
        return "console/office/news-form";
    }

    private NewsView find(NewsArticleId id) {
        return news.articles().find(id.value()).orElseThrow(() -> Rejection.notFound("no news article " + id));
    }

    private static Instant instant(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(at.strip()).atZone(NetworkTime.ZONE).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static Instant newest(NewsView article) {
        return article.publishedAt() != null ? article.publishedAt() : article.updatedAt();
    }
}
