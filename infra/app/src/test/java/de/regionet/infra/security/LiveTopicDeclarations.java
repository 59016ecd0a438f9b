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

        /** The seeds' three networks: topics routed per network name them. */
        @org.springframework.context.annotation.Bean
        de.regionet.kernel.network.Networks networks() {
            return de.regionet.kernel.network.Networks::known;
        }
    }

    static final List<LiveTopics> ALL = scan();

    private LiveTopicDeclarations() {
    }

    private static List<LiveTopics> scan() {
        try (var context = new AnnotationConfigApplicationContext(Scan.class)) {
            return List.copyOf(context.getBeansOfType(LiveTopics.class).values());
        }
    }
}
