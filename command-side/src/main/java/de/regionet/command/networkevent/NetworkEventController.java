package de.regionet.command.networkevent;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.MultiLine;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.networkevent.CancellationToken;
import de.regionet.kernel.networkevent.EventDetails;
import de.regionet.kernel.networkevent.NetworkEventCommand.CancelNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.CancelRegistration;
import de.regionet.kernel.networkevent.NetworkEventCommand.CancelRegistrationByLink;
import de.regionet.kernel.networkevent.NetworkEventCommand.DraftNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.PublishNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.RegisterForNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventCommand.RescheduleNetworkEvent;
import de.regionet.kernel.networkevent.NetworkEventId;
import de.regionet.kernel.networkevent.Participant;
import de.regionet.kernel.networkevent.RegistrationAnswer;
import de.regionet.kernel.networkevent.RegistrationId;
import de.regionet.kernel.networkevent.Schedule;
import de.regionet.kernel.personal.PersonalField;
import de.regionet.kernel.region.RegionKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The network office plans, publishes, reschedules and cancels network events; anyone signed in registers an
 * organisation (naming its participant, if they like) and may give the registration back. Times may be sent with any
 * offset; they are kept in Berlin's civil time. Who may send what is checked on the commands; reads are served by the
 * query side.
 * <p>
 * A registration's answer carries its personal cancellation link ({@code cancellationUrl}, the portal page, and
 * {@code cancellationToken} for {@code DELETE …/registrations/{registrationId}?token=…}): whoever holds the token
 * may give the registration back without signing in. The token is kept nowhere but as its hash in the event, so a
 * retry with the same {@code Idempotency-Key} answers as the first time but without the link.
 */
@RestController
class NetworkEventController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;

    NetworkEventController(CommandGateway commands, IdempotentCreation idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    record NetworkEventRequest(@NotBlank @Size(max = TextLimits.NAME) String title,
                               @MultiLine @NotBlank @Size(max = TextLimits.DOCUMENT) String description,
                               @NotNull OffsetDateTime start, @NotNull OffsetDateTime end,
                               @Size(max = EventDetails.MAX_LOCATION) String location,
                               @Size(max = TextLimits.SUMMARY) String onlineUrl,
                               @Min(1) @Max(EventDetails.MAX_CAPACITY) Integer capacity,
                               @Size(max = EventDetails.MAX_REGIONS) List<@NotNull RegionKey> regionKeys,
                               NetworkId network) {
    }

    record ScheduleRequest(@NotNull OffsetDateTime start, @NotNull OffsetDateTime end) {
    }

    record CancellationRequest(@NotBlank @Size(max = TextLimits.SUMMARY) String reason) {
    }

    record RegistrationRequest(@NotBlank @Size(max = TextLimits.NAME) String organisation,
                               @Valid ParticipantRequest participant) {
    }

    /** Both fields are required when a participant is named; neither is ever repeated in an answer. */
    record ParticipantRequest(@PersonalField @NotBlank @Size(max = TextLimits.NAME) String name,
                              @PersonalField @NotBlank @Size(max = Participant.MAX_EMAIL)
                              @Email(regexp = Participant.EMAIL_PATTERN) String email) {

        @Override
        public String toString() {
            return "ParticipantRequest[personal data withheld]";
        }
    }

    @Sends(DraftNetworkEvent.class)
    @PostMapping("/api/network-events")
    ResponseEntity<Map<String, String>> draft(@Valid @RequestBody NetworkEventRequest request,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                              Principal sender) {
        var details = details(request);
        var schedule = schedule(request.start(), request.end());
        return idempotent.run(sender, key, "POST /api/network-events", request, () -> {
            var id = NetworkEventId.random();
            commands.sendAndWait(new DraftNetworkEvent(id, details, schedule, request.network()));
            return CommandAnswer.created("/api/network-events/" + id, 0, Map.of("id", id.value()));
        }).toResponse();
    }

    @Sends(PublishNetworkEvent.class)
    @PostMapping("/api/network-events/{id}/publication")
    ResponseEntity<Map<String, String>> publish(@PathVariable NetworkEventId id, IfMatch ifMatch) {
        long version = commands.sendAndWait(new PublishNetworkEvent(id, ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }

    @Sends(RescheduleNetworkEvent.class)
    @PutMapping("/api/network-events/{id}/schedule")
    ResponseEntity<Map<String, String>> reschedule(@PathVariable NetworkEventId id,
                                                   @Valid @RequestBody ScheduleRequest request, IfMatch ifMatch) {
        var schedule = schedule(request.start(), request.end());
        long version = commands.sendAndWait(new RescheduleNetworkEvent(id, schedule, ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }

    @Sends(CancelNetworkEvent.class)
    @PostMapping("/api/network-events/{id}/cancellation")
    ResponseEntity<Map<String, String>> cancel(@PathVariable NetworkEventId id,
                                               @Valid @RequestBody CancellationRequest request, IfMatch ifMatch) {
        long version = commands.sendAndWait(new CancelNetworkEvent(id, request.reason(), ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }

    @Sends(RegisterForNetworkEvent.class)
    @PostMapping("/api/network-events/{id}/registrations")
    ResponseEntity<Map<String, String>> register(@PathVariable NetworkEventId id,
                                                 @Valid @RequestBody RegistrationRequest request,
                                                 @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                 Principal sender) {
        var participant = request.participant() == null ? null
                : new Participant(request.participant().name(), request.participant().email());
        var handedOut = new AtomicReference<CancellationToken>();
        var response = idempotent.run(sender, key, "POST /api/network-events/" + id + "/registrations", request, () -> {
            var registrationId = RegistrationId.random();
            handedOut.set(CancellationToken.random());
            RegistrationAnswer answer = commands.sendAndWait(new RegisterForNetworkEvent(id, registrationId,
                    request.organisation(), participant, handedOut.get()));
            return CommandAnswer.created("/api/network-events/" + id + "/registrations/" + registrationId,
                    answer.version(), Map.of("id", registrationId.value(), "status", answer.status().name()));
        }).toResponse();
        return handedOut.get() == null || response.getBody() == null ? response
                : withLink(response, id, handedOut.get());
    }

    private static ResponseEntity<Map<String, String>> withLink(ResponseEntity<Map<String, String>> response,
                                                                NetworkEventId id, CancellationToken token) {
        var body = new LinkedHashMap<>(response.getBody());
        body.put("cancellationUrl", token.linkFor(id));
        body.put("cancellationToken", token.value());
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(body);
    }

    /** Gives a registration back by its personal cancellation link's token; anyone holding it may, signed in or not. */
    @Sends(CancelRegistrationByLink.class)
    @DeleteMapping(value = "/api/network-events/{id}/registrations/{registrationId}", params = "token")
    ResponseEntity<Map<String, String>> cancelRegistrationByLink(@PathVariable NetworkEventId id,
                                                                 @PathVariable RegistrationId registrationId,
                                                                 @RequestParam("token") String token) {
        if (!CancellationToken.isToken(token)) {
            throw Rejection.invalid("token", "token is not a cancellation link's token");
        }
        long version = commands.sendAndWait(
                new CancelRegistrationByLink(id, registrationId, new CancellationToken(token)));
        return CommandAnswer.done(version).toResponse();
    }

    @Sends(CancelRegistration.class)
    @DeleteMapping("/api/network-events/{id}/registrations/{registrationId}")
    ResponseEntity<Map<String, String>> cancelRegistration(@PathVariable NetworkEventId id,
                                                           @PathVariable RegistrationId registrationId) {
        long version = commands.sendAndWait(new CancelRegistration(id, registrationId));
        return CommandAnswer.done(version).toResponse();
    }

    private static EventDetails details(NetworkEventRequest request) {
        var noLocation = request.location() == null || request.location().isBlank();
        var noLink = request.onlineUrl() == null || request.onlineUrl().isBlank();
        if (noLocation && noLink) {
            throw Rejection.invalid("location", "a network event needs a location or an online link (onlineUrl)");
        }
        if (!noLink && !EventDetails.isWebAddress(request.onlineUrl().strip())) {
            throw Rejection.invalid("onlineUrl", "onlineUrl must be an http or https address");
        }
        return new EventDetails(request.title(), request.description(), request.location(), request.onlineUrl(),
                request.capacity(), request.regionKeys());
    }

    private static Schedule schedule(OffsetDateTime start, OffsetDateTime end) {
        if (!end.isAfter(start)) {
            throw Rejection.invalid("end", "end (" + end + ") must lie after start (" + start + ")");
        }
        return Schedule.of(start, end);
    }
}
