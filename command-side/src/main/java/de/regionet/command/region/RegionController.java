package de.regionet.command.region;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.region.RegionCommand.RegisterRegion;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.region.RegionKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.List;
import java.util.Map;

/**
 * Registers regions (districts, independent cities and labour-market regions). Reads are served by the query side. Who may register is
 * declared on the command ({@code @SentBy}) and checked on the command bus, not here.
 */
@RestController
class RegionController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;

    RegionController(CommandGateway commands, IdempotentCreation idempotent) {
        this.commands = commands;
        this.idempotent = idempotent;
    }

    /** {@code network} may be left out by a caller with one network; {@code members} only for a labour-market region. */
    record RegisterRegionRequest(@NotNull RegionKey key, @NotBlank @Size(max = TextLimits.NAME) String name,
                                 @NotNull RegionKind kind, NetworkId network, @Size(max = 100) List<RegionKey> members) {
    }

    @Sends(RegisterRegion.class)
    @PostMapping("/api/regions")
    ResponseEntity<Map<String, String>> register(@Valid @RequestBody RegisterRegionRequest request,
                                                 @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                 Principal sender) {
        return idempotent.run(sender, key, "POST /api/regions", request, () -> {
            commands.sendAndWait(new RegisterRegion(request.key(), request.name(), request.kind(), request.network(),
                    request.members()));
            return CommandAnswer.created("/api/regions/" + request.key(), 0, Map.of("key", request.key().value()));
        }).toResponse();
    }
}
