package de.regionet.command.region;

import de.regionet.kernel.region.RegionKey;

import java.util.Optional;

/**
 * Which region a territory (an official key) already belongs to: itself, where it is registered as a region, or the
 * labour-market region that lists it as a member. The application provides it from the regions' read model, so it
 * answers as of the last region it has seen; registrations are the network office's rare, deliberate acts.
 */
public interface Territories {

    Optional<RegionKey> regionOf(RegionKey territory);
}
