package de.regionet.infra.websocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The relay's settings: none means the in-process broker; what is left out has a default. */
class LiveRelayTest {

    @Test
    void without_a_host_the_in_process_broker_stays() {
        assertThat(LiveRelay.of(Binder.get(new MockEnvironment()))).isNull();
        assertThat(LiveRelay.of(Binder.get(new MockEnvironment().withProperty("regionet.live.relay.host", " "))))
                .isNull();
        assertThat(LiveRelay.configured(new MockEnvironment().withProperty("regionet.live.relay.host", ""))).isFalse();
    }

    @Test
    void a_host_alone_relays_to_the_stomp_port_as_guest_for_clients_and_the_node_alike() {
        var environment = new MockEnvironment().withProperty("regionet.live.relay.host", "broker.internal");
        assertThat(LiveRelay.configured(environment)).isTrue();
        assertThat(LiveRelay.of(Binder.get(environment)))
                .isEqualTo(new LiveRelay("broker.internal", 61613, "guest", "guest", "guest", "guest", null));
    }

    @Test
    void the_node_may_publish_with_credentials_of_its_own() {
        var relay = LiveRelay.of(Binder.get(new MockEnvironment()
                .withProperty("regionet.live.relay.host", "broker.internal")
                .withProperty("regionet.live.relay.port", "61614")
                .withProperty("regionet.live.relay.login", "viewer")
                .withProperty("regionet.live.relay.passcode", "secret")
                .withProperty("regionet.live.relay.system-login", "publisher")
                .withProperty("regionet.live.relay.system-passcode", "other-secret")
                .withProperty("regionet.live.relay.virtual-host", "/")));
        assertThat(relay).isEqualTo(new LiveRelay("broker.internal", 61614, "viewer", "secret", "publisher",
                "other-secret", "/"));
        assertThat(relay.toString()).as("no passcode in logs").doesNotContain("secret");
    }

    @Test
    void a_port_that_is_none_stops_the_start_naming_the_setting() {
        assertThatThrownBy(() -> LiveRelay.of(Binder.get(new MockEnvironment()
                .withProperty("regionet.live.relay.host", "broker.internal")
                .withProperty("regionet.live.relay.port", "70000"))))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("regionet.live.relay.port");
    }
}
