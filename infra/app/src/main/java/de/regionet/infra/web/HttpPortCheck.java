package de.regionet.infra.web;

import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Before any bean is made: the HTTP port ({@code server.port} on {@code server.address}) is free, or the start ends
 * at once with Spring Boot's own one-line analysis ("Web server failed to start. Port 8080 was already in use.").
 * Without it a taken port is found only when the web server starts, the last step, after the event processors have
 * started: stopping them again logs hundreds of lines above the analysis. A port taken between this check and the
 * web server's start is still reported, the old way. Registered in {@code META-INF/spring.factories}; only for an
 * application that starts a web server of its own (not for {@code import}, not for mock-web tests).
 */
class HttpPortCheck implements ApplicationListener<ApplicationContextInitializedEvent> {

    @Override
    public void onApplicationEvent(ApplicationContextInitializedEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        var environment = event.getApplicationContext().getEnvironment();
        Integer port = environment.getProperty("server.port", Integer.class, 8080);
        if (port == null || port <= 0) {
            return;
        }
        try (var socket = new ServerSocket()) {
            // as the web server binds: an address other sockets may have just left (TIME_WAIT) is free
            socket.setReuseAddress(true);
            var address = environment.getProperty("server.address");
            socket.bind(address == null || address.isBlank() ? new InetSocketAddress(port)
                    : new InetSocketAddress(InetAddress.getByName(address), port));
        } catch (BindException taken) {
            throw new PortInUseException(port, taken);
        } catch (IOException | RuntimeException other) {
            // an address that cannot be resolved, and the like: the web server reports it when it starts
        }
    }
}
