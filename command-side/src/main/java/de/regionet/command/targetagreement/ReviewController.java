package de.regionet.command.targetagreement;

import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.command.edge.Versions;
import de.regionet.kernel.MultiLine;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.targetagreement.Assessment;
import de.regionet.kernel.targetagreement.TargetAgreementCommand.RecordReview;
import de.regionet.kernel.targetagreement.TargetAgreementId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Records a controlling review of a target agreement. A review freezes the figures as they stood on its date, and
 * those come from the results read model ({@link ControllingFigures}, provided by the application): the figures are
 * read as of the review's date (results recorded by then, corrections recorded by then) and sent with the command,
 * never taken from the client. What the reviewer saw is what the event keeps, even
 * when a result is corrected later.
 */
@RestController
class ReviewController {

    private final CommandGateway commands;
    private final ControllingFigures controlling;
    private final Clock clock;

    ReviewController(CommandGateway commands, ControllingFigures controlling, Clock clock) {
        this.commands = commands;
        this.controlling = controlling;
        this.clock = clock;
    }

    record ReviewRequest(@NotNull LocalDate date, @NotNull Assessment assessment,
                         @MultiLine @Size(max = TextLimits.TEXT) String measures) {
    }

    @Sends(RecordReview.class)
    @PostMapping("/api/target-agreements/{id}/reviews")
    ResponseEntity<Map<String, Object>> review(@PathVariable TargetAgreementId id,
                                               @Valid @RequestBody ReviewRequest request, IfMatch ifMatch) {
        if (request.date().isAfter(NetworkTime.today(clock))) {
            throw Rejection.invalid("date", "a review records where the region stood; " + request.date()
                    + " is in the future");
        }
        var figures = controlling.asOf(id, request.date())
                .orElseThrow(() -> Rejection.notFound("no target agreement " + id));
        Numbered answer = commands.sendAndWait(new RecordReview(id, request.date(), request.assessment(),
                request.measures(), figures, ifMatch.version()));
        var headers = new HttpHeaders();
        headers.setETag(Versions.etag(answer.version()));
        headers.setLocation(URI.create("/api/target-agreements/" + id + "?asOf=" + request.date()));
        return ResponseEntity.status(HttpStatus.CREATED).headers(headers)
                .body(Map.of("review", answer.number(), "figures", figures));
    }
}
