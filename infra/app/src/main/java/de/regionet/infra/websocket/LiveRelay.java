package de.regionet.infra.websocket;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.Environment;

/**
 * The external STOMP broker the live feeds go through when several nodes serve them (ADR 0026): set by
 * {@code regionet.live.relay.host}; without it the in-process broker stays the default.
 *
 * @param host           the broker's host ({@code regionet.live.relay.host})
 * @param port           its STOMP port ({@code regionet.live.relay.port}, 61613)
 * @param login          the login of every client's relayed connection ({@code regionet.live.relay.login}, guest)
 * @param passcode       its passcode ({@code regionet.live.relay.passcode}, guest)
 * @param systemLogin    the login of the node's own connection, over which it publishes
 *                       ({@code regionet.live.relay.system-login}, the login)
 * @param systemPasscode its passcode ({@code regionet.live.relay.system-passcode}, the passcode)
 * @param virtualHost    the {@code host} header of every {@code CONNECT} to the broker (RabbitMQ's virtual host,
 *                       {@code regionet.live.relay.virtual-host}); {@code null} leaves the client's
 */
record LiveRelay(String host, int port, String login, String passcode, String systemLogin, String systemPasscode,
                 String virtualHost) {

    static final String HOST = "regionet.live.relay.host";
    static final int DEFAULT_PORT = 61613;
    private static final String DEFAULT_LOGIN = "guest";

    /** The relay the settings name, {@code null} when they name none. */
    static LiveRelay of(Binder settings) {
        var host = settings.bind(HOST, String.class).map(String::strip).orElse("");
        if (host.isEmpty()) {
            return null;
        }
        int port = settings.bind("regionet.live.relay.port", Integer.class).orElse(DEFAULT_PORT);
        if (port < 1 || port > 65535) {
            throw new InvalidConfigurationPropertyValueException("regionet.live.relay.port", port,
                    "The broker's STOMP port is a number from 1 to 65535 (61613 by default).");
        }
        var login = settings.bind("regionet.live.relay.login", String.class).orElse(DEFAULT_LOGIN);
        var passcode = settings.bind("regionet.live.relay.passcode", String.class).orElse(DEFAULT_LOGIN);
        return new LiveRelay(host, port, login, passcode,
                settings.bind("regionet.live.relay.system-login", String.class).orElse(login),
                settings.bind("regionet.live.relay.system-passcode", String.class).orElse(passcode),
                settings.bind("regionet.live.relay.virtual-host", String.class).orElse(null));
    }

    /** Whether the environment names a relay. */
    static boolean configured(Environment environment) {
        var host = environment.getProperty(HOST);
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        // never the passcodes
        return "LiveRelay[" + host + ":" + port + ", login " + login + ", system login " + systemLogin + "]";
    }
}
