package de.regionet.infra.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what {@code ApiClient} cannot do: send from another local address (every
 * 127.x.y.z is this machine, and the server sees it as the client's address) and send the headers of a WebSocket
 * handshake. Reads the status line and headers, and the body unless the connection was upgraded.
 */
final class RawHttp {

    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /** {@code POST /api/auth/token} with HTTP Basic, from {@code localAddress}. */
    static Answer signIn(String localAddress, int port, String user, String password) {
        var basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(localAddress, port, "POST /api/auth/token HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nAuthorization: Basic " + basic + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    }

    /** A WebSocket handshake at {@code /ws}, with {@code origin} as its Origin header ({@code null}: none). */
    static Answer handshake(int port, String origin) {
        return send("127.0.0.1", port, "GET /ws HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n");
    }

    static Answer send(String localAddress, int port, String request) {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            var in = socket.getInputStream();
            var status = Integer.parseInt(line(in).split(" ")[1]);
            var headers = new LinkedHashMap<String, String>();
            for (var header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        header.substring(colon + 1).strip());
            }
            return new Answer(status, headers, body(in, status, headers));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String body(InputStream in, int status, Map<String, String> headers) throws IOException {
        if (status == 101 || status == 204) {
            return "";
        }
        if (headers.containsKey("content-length")) {
            return new String(in.readNBytes(Integer.parseInt(headers.get("content-length"))), StandardCharsets.UTF_8);
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            var bytes = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).strip(), 16); size > 0;
                 size = Integer.parseInt(line(in).strip(), 16)) {
                bytes.write(in.readNBytes(size));
                line(in);
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        var bytes = new ByteArrayOutputStream();
        for (int next = in.read(); next != -1 && next != '\n'; next = in.read()) {
            if (next != '\r') {
                bytes.write(next);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
