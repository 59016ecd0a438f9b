package de.regionet.infra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** RegioNet: command side, query side and live feeds in one node, on MongoDB or the embedded server. */
@SpringBootApplication(scanBasePackages = "de.regionet")
@ConfigurationPropertiesScan
public class RegioNetApplication {

    /** The network works in German civil time: "today" for a decision is today in Berlin. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public static void main(String[] args) {
        SpringApplication.run(RegioNetApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
