package de.regionet.infra.network;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The installation's networks ({@code regionet.networks[i].id}, {@code .name}, {@code .state-key},
 * {@code .key-prefixes}); none configured means the three networks of the seeds ({@code Networks.known()}). The
 * first is the default network: that of users and tokens naming no grants, and of everything stored before networks.
 */
@ConfigurationProperties("regionet")
public record NetworkSettings(List<Entry> networks) {

    public NetworkSettings {
        networks = networks == null ? List.of() : List.copyOf(networks);
    }

    /**
     * One network.
     *
     * @param stateKey    the state's two-digit official key, e.g. {@code 15}
     * @param keyPrefixes further two-digit prefixes its region keys may have (training or test territories)
     */
    public record Entry(String id, String name, String stateKey, List<String> keyPrefixes) {
    }
}
