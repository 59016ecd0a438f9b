package de.regionet.infra.security;

import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.Grant;
import de.regionet.kernel.access.Role;
import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import de.regionet.query.network.NetworkTopics;
import de.regionet.kernel.region.RegionKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TopicRulesTest {

    private static final TopicRules RULES = new TopicRules(LiveTopicDeclarations.ALL);

    private static final Map<String, Optional<Actor>> READERS = Map.of(
            "office", Optional.of(new Actor("o", Set.of(Role.NETWORK_OFFICE), Set.of(), null)),
            "coordinator-15001", Optional.of(new Actor("c", Set.of(Role.REGIONAL_COORDINATOR),
                    Set.of(new RegionKey("15001")), null)),
            "sponsor", Optional.of(new Actor("s", Set.of(Role.PROJECT_SPONSOR), Set.of(), "Bildungswerk")),
            "auditor", Optional.of(new Actor("a", Set.of(Role.AUDITOR), Set.of(), null)),
            "operator", Optional.of(new Actor("op", List.of(Grant.everywhere(Role.OPERATOR, Set.of())), null)),
            "hessen-auditor", Optional.of(new Actor("h", List.of(Grant.in(network("hessen"), Role.AUDITOR,
                    Set.of())), null)),
            "nrw-office", Optional.of(new Actor("n", List.of(Grant.in(network("nordrhein-westfalen"),
                    Role.NETWORK_OFFICE, Set.of())), null)),
            "sa-auditor", Optional.of(new Actor("s", List.of(Grant.in(network("sachsen-anhalt"), Role.AUDITOR,
                    Set.of())), null)),
            "anonymous", Optional.empty());

    @ParameterizedTest(name = "{0} reads {1}: {2}")
    @CsvSource({
            "office, /topic/regions.15089, true", "office, /topic/audit, true", "office, /topic/news, true",
            "coordinator-15001, /topic/regions.15001, true", "coordinator-15001, /topic/regions.15089, false",
            "coordinator-15001, /topic/audit, false", "coordinator-15001, /topic/network-events, true",
            "sponsor, /topic/regions.15001, false", "sponsor, /topic/news, true",
            "auditor, /topic/regions.15089, true", "auditor, /topic/audit, true",
            "anonymous, /topic/news, true", "anonymous, /topic/network-events, true",
            "anonymous, /topic/regions.15089, false", "anonymous, /topic/audit, false",
            "office, /topic/regions.1508, false", "office, /topic/regions.*, false", "office, /topic/**, false",
            "office, /topic/unknown, false", "office, /queue/anything, false",
            "office, /topic/agreements, true", "coordinator-15001, /topic/agreements, true",
            "sponsor, /topic/agreements, true", "auditor, /topic/agreements, true",
            "anonymous, /topic/agreements, false", "office, /topic/agreements.15089, false",
            "office, /topic/network-activity, true", "auditor, /topic/network-activity, true",
            "coordinator-15001, /topic/network-activity, false", "sponsor, /topic/network-activity, false",
            "anonymous, /topic/network-activity, false", "sponsor, /topic/network-events, true",
            "operator, /topic/audit, true", "hessen-auditor, /topic/audit, true", "nrw-office, /topic/audit, true",
            "operator, /topic/regions.15089, false", "operator, /topic/network-activity, false",
            "anonymous, /topic/exchange, true", "anonymous, /topic/exchange.nation-wide, false",
            "nrw-office, /topic/results.network.sachsen-anhalt, false",
            "nrw-office, /topic/results.network.nordrhein-westfalen, false"})
    void the_features_declarations_decide_and_what_none_declares_is_refused(String reader, String topic,
                                                                             boolean allowed) {
        assertThat(RULES.mayRead(READERS.get(reader), topic)).isEqualTo(allowed);
    }

    private static final Network SACHSEN_ANHALT = new Network(NetworkId.SACHSEN_ANHALT, "REGIO AKTIV", "15");
    private static final Network NRW = new Network(new NetworkId("nordrhein-westfalen"), "Regionalagenturen", "05");
    private static final Network HESSE = new Network(new NetworkId("hessen"), "Kooperation", "06");

    /** Readers with roles in named networks (issue 22): none of them holds a role in Saxony-Anhalt's but the first. */
    private static final Map<String, Optional<Actor>> NETWORK_READERS = Map.of(
            "office-sa", Optional.of(new Actor("o", List.of(Grant.in(SACHSEN_ANHALT, Role.NETWORK_OFFICE, Set.of())),
                    null)),
            "office-nrw", Optional.of(new Actor("n", List.of(Grant.in(NRW, Role.NETWORK_OFFICE, Set.of()),
                    Grant.in(HESSE, Role.AUDITOR, Set.of())), null)),
            "coordinator-ruhr", Optional.of(new Actor("r", List.of(Grant.in(NRW, Role.REGIONAL_COORDINATOR,
                    Set.of(new RegionKey("05-westfaelisches-ruhrgebiet")))), null)));

    @ParameterizedTest(name = "{0} reads {1}: {2}")
    @CsvSource({
            "office-sa, /topic/regions.15089, true", "office-sa, /topic/regions.05-westfaelisches-ruhrgebiet, false",
            "office-nrw, /topic/regions.15089, false", "office-nrw, /topic/regions.05-westfaelisches-ruhrgebiet, true",
            "office-nrw, /topic/regions.05913, true", "office-nrw, /topic/regions.06433, true",
            "office-nrw, /topic/news, true",
            "coordinator-ruhr, /topic/regions.05-westfaelisches-ruhrgebiet, true",
            "coordinator-ruhr, /topic/regions.15089, false", "coordinator-ruhr, /topic/regions.05-emscher-lippe, false"})
    void a_region_topic_is_read_within_its_network_only(String reader, String topic, boolean allowed) {
        assertThat(RULES.mayRead(NETWORK_READERS.get(reader), topic)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} subscribing to {1} is registered at {2}")
    @CsvSource({"anonymous, /topic/results, /topic/results", "sponsor, /topic/results, /topic/results.network",
            "office, /topic/results.network, /topic/results.network", "office, /topic/news, /topic/news",
            "coordinator-15001, /topic/regions.15001, /topic/regions.15001", "office, /topic/unknown, /topic/unknown",
            "nrw-office, /topic/results, /topic/results.network.nordrhein-westfalen",
            "anonymous, /topic/exchange, /topic/exchange", "sponsor, /topic/exchange, /topic/exchange.nation-wide"})
    void a_signed_in_reader_of_the_results_is_registered_at_the_networks_results(String reader, String topic,
                                                                                 String registered) {
        assertThat(RULES.audienceDestination(READERS.get(reader), topic)).isEqualTo(registered);
    }

    @ParameterizedTest(name = "{0} receives an audit message of {1}: {2}")
    @CsvSource({"sa-auditor, sachsen-anhalt, true", "sa-auditor, nordrhein-westfalen, false",
            "hessen-auditor, sachsen-anhalt, false", "hessen-auditor, hessen, true",
            "nrw-office, nordrhein-westfalen, true", "nrw-office, hessen, false",
            "operator, sachsen-anhalt, true", "operator, hessen, true", "operator, '', true",
            "sa-auditor, '', false", "coordinator-15001, sachsen-anhalt, false"})
    void the_audit_topic_delivers_each_message_to_the_readers_of_its_network_only(String reader, String owner,
                                                                                  boolean delivered) {
        var owners = owner == null || owner.isEmpty() ? Set.<NetworkId>of() : Set.of(new NetworkId(owner));
        Networks installation = Networks::known;
        assertThat(NetworkTopics.AUDIT.delivers(READERS.get(reader), owners, installation)).isEqualTo(delivered);
    }

    private static Network network(String id) {
        return Networks.known().stream().filter(network -> network.id().value().equals(id)).findFirst().orElseThrow();
    }
}
