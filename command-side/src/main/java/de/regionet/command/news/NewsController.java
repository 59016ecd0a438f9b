package de.regionet.command.news;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.MultiLine;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.news.NewsArticleId;
import de.regionet.kernel.news.NewsCommand.DraftNews;
import de.regionet.kernel.news.NewsCommand.EditNews;
import de.regionet.kernel.news.NewsCommand.PublishNews;
import de.regionet.kernel.news.NewsCommand.WithdrawNews;
import de.regionet.kernel.news.NewsContent;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.region.RegionKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The network office writes, edits, publishes and withdraws news. Who may do so is declared on the commands and
 * checked on the command bus. An edit replaces the whole article, so it must name the version it is based on
 * ({@code If-Match}); reads are served by the query side.
 */
@RestController
class NewsController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;

    NewsController(CommandGateway commands, IdempotentCreation idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    /** {@code network}: the network a draft is written in (an office of one network leaves it out); an edit keeps it. */
    record NewsRequest(@NotBlank @Size(max = TextLimits.NAME) String title,
                       @NotBlank @Size(max = TextLimits.SUMMARY) String teaser,
                       @MultiLine @NotBlank @Size(max = NewsContent.MAX_BODY) String body,
                       @Size(max = NewsContent.MAX_TAGS) List<@NotBlank @Size(max = NewsContent.MAX_TAG) String> tags,
                       @Size(max = NewsContent.MAX_REGIONS) List<@NotNull RegionKey> regionKeys,
                       @Size(max = NewsContent.MAX_FUNDING_AREAS) List<@NotNull FundingArea> fundingAreas,
                       NetworkId network) {

        NewsContent content() {
            return new NewsContent(title, teaser, body, tags, regionKeys, fundingAreas);
        }
    }

    /** {@code at}: when to publish; {@code null} (or no body at all) publishes now. */
    record PublicationRequest(Instant at) {
    }

    @Sends(DraftNews.class)
    @PostMapping("/api/news")
    ResponseEntity<Map<String, String>> draft(@Valid @RequestBody NewsRequest request,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                              Principal sender) {
        return idempotent.run(sender, key, "POST /api/news", request, () -> {
            var id = NewsArticleId.random();
            commands.sendAndWait(new DraftNews(id, request.content(), request.network()));
            return CommandAnswer.created("/api/news/" + id, 0, Map.of("id", id.value()));
        }).toResponse();
    }

    @Sends(EditNews.class)
    @PutMapping("/api/news/{id}")
    ResponseEntity<Map<String, String>> edit(@PathVariable NewsArticleId id, @Valid @RequestBody NewsRequest request,
                                             IfMatch ifMatch) {
        var basedOn = ifMatch.required("an edit replaces the whole article: send the version it is based on as "
                + "If-Match (the ETag of GET /api/news/" + id + ")");
        long version = commands.sendAndWait(new EditNews(id, request.content(), basedOn.version()));
        return CommandAnswer.done(version).toResponse();
    }

    @Sends(PublishNews.class)
    @PostMapping("/api/news/{id}/publication")
    ResponseEntity<Map<String, String>> publish(@PathVariable NewsArticleId id,
                                                @RequestBody(required = false) PublicationRequest request,
                                                IfMatch ifMatch) {
        var at = request == null ? null : request.at();
        long version = commands.sendAndWait(new PublishNews(id, at, ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }

    @Sends(WithdrawNews.class)
    @DeleteMapping("/api/news/{id}")
    ResponseEntity<Map<String, String>> withdraw(@PathVariable NewsArticleId id, IfMatch ifMatch) {
        long version = commands.sendAndWait(new WithdrawNews(id, ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }
}
