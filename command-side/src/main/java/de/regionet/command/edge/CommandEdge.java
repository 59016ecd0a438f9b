package de.regionet.command.edge;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** What the command controllers take from a request besides their body and path: the {@link IfMatch} header. */
@Configuration(proxyBeanMethods = false)
class CommandEdge implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new IfMatchResolver());
    }
}
