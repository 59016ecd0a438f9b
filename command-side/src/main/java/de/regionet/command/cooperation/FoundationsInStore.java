package de.regionet.command.cooperation;

import de.regionet.command.stream.StoredStreams;
import de.regionet.kernel.agreement.AgreementEvent.AgreementDrafted;
import de.regionet.kernel.agreement.AgreementId;
import de.regionet.kernel.region.RegionEvent.RegionRegistered;
import de.regionet.kernel.region.RegionKey;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@link Foundations} read from the region's and the agreement's streams: their first events never change. */
@Component
class FoundationsInStore implements Foundations {

    private final StoredStreams streams;

    FoundationsInStore(StoredStreams streams) {
        this.streams = streams;
    }

    @Override
    public boolean regionRegistered(RegionKey region) {
        return streams.payloads(region.value()).stream().anyMatch(RegionRegistered.class::isInstance);
    }

    @Override
    public Optional<AgreementDrafted> agreement(AgreementId agreement) {
        return streams.payloads(agreement.value()).stream().filter(AgreementDrafted.class::isInstance)
                .map(AgreementDrafted.class::cast).findFirst();
    }
}
