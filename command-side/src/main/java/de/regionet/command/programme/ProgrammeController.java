package de.regionet.command.programme;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.programme.AreaDefinition;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeCommand.AmendProgramme;
import de.regionet.kernel.programme.ProgrammeCommand.LaunchProgramme;
import de.regionet.kernel.programme.ProgrammeId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The network office sets up programmes and amends their funding areas from a date. */
@RestController
class ProgrammeController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;

    ProgrammeController(CommandGateway commands, IdempotentCreation idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    /** An area of a new programme; {@code from} is the day the programme has it (default: the programme's start). */
    record AreaRequest(@NotNull FundingArea code, @NotBlank @Size(max = TextLimits.NAME) String title, LocalDate from) {
    }

    /** {@code network}: the programme's network, which an office of one network leaves out. */
    record ProgrammeRequest(@NotBlank @Size(max = TextLimits.NAME) String name, @NotNull LocalDate from,
                            @NotNull LocalDate to,
                            @NotNull Euro budgetEuro, @Size(max = 26) List<@NotNull @Valid AreaRequest> fundingAreas,
                            NetworkId network) {
    }

    /** An area an amendment adds or retitles; it takes effect on the amendment's day. */
    record AmendedAreaRequest(@NotNull FundingArea code, @NotBlank @Size(max = TextLimits.NAME) String title) {
    }

    record AmendmentRequest(@NotNull LocalDate effectiveFrom,
                            @Size(max = 26) List<@NotNull @Valid AmendedAreaRequest> addAreas,
                            @Size(max = 26) List<@NotNull @Valid AmendedAreaRequest> retitleAreas,
                            @Size(max = 26) List<@NotNull FundingArea> closeAreas) {
    }

    @Sends(LaunchProgramme.class)
    @PostMapping("/api/programmes")
    ResponseEntity<Map<String, String>> launch(@Valid @RequestBody ProgrammeRequest request,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                               Principal sender) {
        if (request.to().isBefore(request.from())) {
            throw Rejection.invalid("to", "to (" + request.to() + ") must not be before from (" + request.from() + ")");
        }
        var period = new Period(request.from(), request.to());
        var areas = request.fundingAreas() == null ? List.<AreaDefinition>of() : request.fundingAreas().stream()
                .map(area -> new AreaDefinition(area.code(), area.title(),
                        area.from() == null ? request.from() : area.from())).toList();
        return idempotent.run(sender, key, "POST /api/programmes", request, () -> {
            var id = ProgrammeId.random();
            commands.sendAndWait(new LaunchProgramme(id, request.name(), period, request.budgetEuro(), areas,
                    request.network()));
            return CommandAnswer.created("/api/programmes/" + id, 0, Map.of("id", id.value()));
        }).toResponse();
    }

    @Sends(AmendProgramme.class)
    @PostMapping("/api/programmes/{id}/amendments")
    ResponseEntity<Map<String, String>> amend(@PathVariable ProgrammeId id,
                                              @Valid @RequestBody AmendmentRequest request, IfMatch ifMatch,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                              Principal sender) {
        var day = request.effectiveFrom();
        var command = new AmendProgramme(id, day, definitions(request.addAreas(), day),
                definitions(request.retitleAreas(), day), request.closeAreas(), ifMatch.version());
        return idempotent.run(sender, key, "POST /api/programmes/" + id + "/amendments", request, () -> {
            long version = commands.sendAndWait(command);
            return CommandAnswer.created("/api/programmes/" + id + "?asOf=" + day, version,
                    Map.of("effectiveFrom", day.toString()));
        }).toResponse();
    }

    private static List<AreaDefinition> definitions(List<AmendedAreaRequest> areas, LocalDate day) {
        return areas == null ? List.of()
                : areas.stream().map(area -> new AreaDefinition(area.code(), area.title(), day)).toList();
    }
}
