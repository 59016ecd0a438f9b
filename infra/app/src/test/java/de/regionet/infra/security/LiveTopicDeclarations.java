package de.regionet.infra.security;

import de.regionet.query.live.LiveTopics;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

import java.util.List;

/** Every feature's live topics, found as the application finds them, without starting the application. */
final class LiveTopicDeclarations {

    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackages = "de.regionet.query", useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = LiveTopics.class))
    static class Scan {
    }

    static final List<LiveTopics> ALL = scan();

    private LiveTopicDeclarations() {
    }

    private static List<LiveTopics> scan() {
        // the seeds' three networks, which topics routed per network name; registered here, not on Scan, which the
        // application's own component scan also finds in tests
        try (var context = new AnnotationConfigApplicationContext()) {
            context.registerBean(de.regionet.kernel.network.Networks.class,
                    () -> de.regionet.kernel.network.Networks::known);
            context.register(Scan.class);
            context.refresh();
            return List.copyOf(context.getBeansOfType(LiveTopics.class).values());
        }
    }
}
