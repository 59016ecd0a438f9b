package de.regionet.infra.websocket;

import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.support.OriginHandshakeInterceptor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Which pages may open the live feed's WebSocket: those of RegioNet's own origin, and of the origins
 * {@code regionet.live.allowed-origins} names. Spring's origin check decides; a refusal is answered, like every
 * refusal of the API, with a 403 problem document instead of an empty body.
 */
final class AllowedOrigins implements HandshakeInterceptor {

    private static final byte[] PROBLEM = """
            {"type":"/problems/forbidden","title":"Forbidden","status":403,\
            "detail":"a page of another origin may not open the live feed","instance":"/ws"}"""
            .getBytes(StandardCharsets.UTF_8);

    private final OriginHandshakeInterceptor check = new OriginHandshakeInterceptor();

    AllowedOrigins(String... patterns) {
        check.setAllowedOriginPatterns(List.of(patterns));
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) throws Exception {
        if (check.beforeHandshake(request, response, handler, attributes)) {
            return true;
        }
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(PROBLEM.length);
        response.getBody().write(PROBLEM);
        return false;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception failure) {
    }
}
