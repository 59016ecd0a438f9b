package de.regionet.kernel.network;

import de.regionet.kernel.region.RegionKey;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A state's programme community: REGIO AKTIV Sachsen-Anhalt, North Rhine-Westphalia's Regionalagenturen, Hesse's
 * cooperation network. The outer boundary of everything RegioNet records: its regions are those whose key lies in
 * its state ({@code stateKey}, the official two-digit key, e.g. {@code 15}), or under one of its further
 * {@code keyPrefixes} (for training or test territories of an installation).
 */
public record Network(NetworkId id, String name, String stateKey, List<String> keyPrefixes) {

    private static final Pattern STATE_KEY = Pattern.compile("\\d{2}");

    public Network {
        if (id == null) {
            throw new IllegalArgumentException("a network has an id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("network " + id + " has a name");
        }
        if (stateKey == null || !STATE_KEY.matcher(stateKey).matches()) {
            throw new IllegalArgumentException("network " + id + " names its state by the 2-digit official key, "
                    + "e.g. 15 for Saxony-Anhalt");
        }
        keyPrefixes = keyPrefixes == null || keyPrefixes.isEmpty() ? List.of(stateKey)
                : keyPrefixes.contains(stateKey) ? List.copyOf(keyPrefixes)
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(stateKey), keyPrefixes.stream()).toList();
        for (var prefix : keyPrefixes) {
            if (!STATE_KEY.matcher(prefix).matches()) {
                throw new IllegalArgumentException("network " + id + ": a key prefix has two digits, not " + prefix);
            }
        }
    }

    public Network(NetworkId id, String name, String stateKey) {
        this(id, name, stateKey, List.of());
    }

    /** Whether a region with this key may belong to this network. */
    public boolean holds(RegionKey region) {
        return keyPrefixes.contains(region.stateKey());
    }
}
