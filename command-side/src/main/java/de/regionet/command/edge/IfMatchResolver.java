package de.regionet.command.edge;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller parameter of type {@link IfMatch} the request's {@code If-Match} header. Arguments are
 * resolved in the order they are declared, after the security filters have let the request in, so the header is
 * judged only for a caller who may send the command, and after a body declared before it.
 */
class IfMatchResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == IfMatch.class;
    }

    @Override
    public IfMatch resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                   NativeWebRequest request, WebDataBinderFactory binders) {
        var values = request.getHeaderValues(IfMatch.HEADER);
        // several If-Match lines are one comma-separated list (RFC 9110), which names no single version of ours
        return IfMatch.of(values == null ? null : String.join(",", values));
    }
}
