package de.regionet.infra.web;

import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A request body is UTF-8 (RFC 8259), nothing else: a declared charset other than UTF-8 is 415; a byte-order mark,
 * bytes that are not well-formed UTF-8 (overlong forms, encoded surrogates) or a raw NUL byte, by which Jackson
 * would guess UTF-16 or UTF-32, are 400. Checked while the body is read, after the size limit and after
 * authorisation, so a caller who may not send the request learns nothing from its encoding.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class Utf8Body extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        var contentType = message.getHeaders().getContentType();
        var charset = contentType == null ? null : contentType.getParameter("charset");
        if (charset != null && !isUtf8(charset)) {
            throw new BodyRefused(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "the request body must be UTF-8; charset " + charset + " is not accepted");
        }
        var bytes = message.getBody().readAllBytes();
        if (startsWithByteOrderMark(bytes)) {
            throw new BodyRefused(ProblemType.MALFORMED_REQUEST,
                    "the request body starts with a byte-order mark; send UTF-8 JSON without one");
        }
        if (!isUtf8(bytes)) {
            throw new BodyRefused(ProblemType.MALFORMED_REQUEST, "the request body is not well-formed UTF-8");
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public HttpHeaders getHeaders() {
                return message.getHeaders();
            }
        };
    }

    private static boolean isUtf8(String charset) {
        try {
            return Charset.forName(charset.replace("\"", "").strip()).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                || bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
    }

    private static boolean isUtf8(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
