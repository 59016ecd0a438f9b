package de.regionet.infra.personal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.access.Principals;
import de.regionet.kernel.personal.PersonalDataVault;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/**
 * Reads events stored before issue 21, whose metadata names the principal by its user name, as if they had been
 * stored since: the principal becomes the user's pseudonym ({@link Principals#stored}), so aggregates, projections
 * and feeds see one form whatever the age of an event (who made a registration is compared by pseudonym). Only the
 * metadata changes, and only as it is read: the stored bytes, which the hash chain, checkpoints and exports cover,
 * keep the name (ADR 0022 says what that means). Events of every type pass; a pseudonym, a system principal or no
 * principal at all is left alone. Pseudonyms are a keyed hash, the same on every call, so they are remembered.
 */
@Component
class PseudonymousPrincipals extends SingleEventUpcaster {

    private final PersonalDataVault vault;
    private final Cache<String, String> pseudonyms = Caffeine.newBuilder().maximumSize(10_000).build();

    PseudonymousPrincipals(PersonalDataVault vault) {
        this.vault = vault;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        var principal = principalOf(representation.getMetaData().getObject());
        return principal != null && !Principals.isSystem(principal) && !Principals.isPseudonym(principal);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcast(representation.getType(),
                (Class<Object>) representation.getData().getContentType(), Function.identity(),
                metaData -> metaData.and(EventMetaData.PRINCIPAL, pseudonymOf(principalOf(metaData))));
    }

    private String pseudonymOf(String userName) {
        return pseudonyms.get(userName, name -> Principals.stored(name, vault));
    }

    private static String principalOf(MetaData metaData) {
        var principal = EventMetaData.text(metaData, EventMetaData.PRINCIPAL);
        return principal == null || principal.isBlank() ? null : principal;
    }
}
