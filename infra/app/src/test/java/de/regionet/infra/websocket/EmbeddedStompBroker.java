package de.regionet.infra.websocket;

import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.postoffice.QueueBinding;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real STOMP broker for tests of the live feed's relay (ADR 0026): ActiveMQ Artemis, embedded, in memory (no
 * journal, no security), with one STOMP acceptor on 127.0.0.1 on a free port. {@code /topic/…} destinations are
 * multicast addresses (each subscriber gets every message), {@code /queue/…} anycast ones; the prefix is taken off,
 * so {@code /topic/regions.15001} is the address {@code regions.15001}. Start one per test class (or per two-node
 * test) and point {@code regionet.live.relay.host} and {@code .port} at {@link #host()} and {@link #port()}.
 */
public final class EmbeddedStompBroker implements AutoCloseable {

    private static final String TOPIC_PREFIX = "/topic/";

    private final Configuration configuration;
    private final int port;
    private final Path directory;
    private volatile EmbeddedActiveMQ server;

    private EmbeddedStompBroker(Configuration configuration, int port, Path directory) {
        this.configuration = configuration;
        this.port = port;
        this.directory = directory;
        this.server = started(configuration);
    }

    /** A broker started on a free port of 127.0.0.1. */
    public static EmbeddedStompBroker start() {
        return start("");
    }

    /**
     * A broker started on a free port of 127.0.0.1 whose STOMP acceptor has these further options, such as
     * {@code connectionTtl=2000} (how long a connection without heartbeats may stay silent, in ms; one minute by
     * default).
     */
    public static EmbeddedStompBroker start(String acceptorOptions) {
        try {
            int port = freePort();
            var directory = Files.createTempDirectory("regionet-stomp-broker");
            var configuration = new ConfigurationImpl()
                    .setName("regionet-test-broker")
                    .setPersistenceEnabled(false)
                    .setSecurityEnabled(false)
                    .setJMXManagementEnabled(false)
                    .setCriticalAnalyzer(false)
                    .setMaxDiskUsage(-1)
                    .setJournalDirectory(directory.resolve("journal").toString())
                    .setBindingsDirectory(directory.resolve("bindings").toString())
                    .setLargeMessagesDirectory(directory.resolve("large").toString())
                    .setPagingDirectory(directory.resolve("paging").toString())
                    .addAcceptorConfiguration("stomp", "tcp://127.0.0.1:" + port
                            + "?protocols=STOMP;anycastPrefix=/queue/;multicastPrefix=" + TOPIC_PREFIX
                            + (acceptorOptions.isEmpty() ? "" : ";" + acceptorOptions));
            configuration.setBrokerInstance(directory.toFile());
            // where expired and undeliverable messages would go: none expire or are refused here, but without the
            // names Artemis warns at every subscription
            configuration.addAddressSetting("#", new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of("DLQ")).setExpiryAddress(SimpleString.of("ExpiryQueue")));
            return new EmbeddedStompBroker(configuration, port, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the embedded STOMP broker could not be configured", e);
        }
    }

    /** Stops the broker for a while (an outage); {@link #restart()} starts it again on the same port. */
    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the embedded STOMP broker did not stop", e);
        }
    }

    /** Starts the broker again after {@link #stop()}, on the same port, with nothing of before. */
    public void restart() {
        server = started(configuration);
    }

    private static EmbeddedActiveMQ started(Configuration configuration) {
        try {
            var server = new EmbeddedActiveMQ().setConfiguration(configuration);
            server.start();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException("the embedded STOMP broker did not start", e);
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** How many subscriptions the broker holds for a destination such as {@code /topic/news}. */
    public int subscriptions(String destination) {
        var address = destination.startsWith(TOPIC_PREFIX) ? destination.substring(TOPIC_PREFIX.length())
                : destination;
        try {
            var bindings = server.getActiveMQServer().getPostOffice().lookupBindingsForAddress(SimpleString.of(address));
            if (bindings == null) {
                return 0;
            }
            int consumers = 0;
            for (var binding : bindings.getBindings()) {
                if (binding instanceof QueueBinding queue) {
                    consumers += queue.getQueue().getConsumerCount();
                }
            }
            return consumers;
        } catch (Exception e) {
            throw new IllegalStateException("the broker could not be asked about " + destination, e);
        }
    }

    /** How many connections the broker holds (one per relayed client, one per node for publishing). */
    public int connections() {
        return server.getActiveMQServer().getConnectionCount();
    }

    @Override
    public void close() {
        try {
            stop();
        } finally {
            deleteQuietly(directory);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory: the system clears it
        }
    }
}
