package de.regionet.infra.mongo;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Path;
import java.util.Map;

/**
 * The one place where the tests' choice of MongoDB reaches an application they start in this JVM
 * ({@code @SpringBootTest}, {@code @RegioNetTest}, {@code SpringApplicationBuilder}): with
 * {@code -Dregionet.test.mongo-uri} it sets {@code regionet.mongo.uri} and a database of the context's own
 * ({@link TestMongo}), above every other setting; without, it changes nothing. A test that names a
 * {@code regionet.mongo.uri} itself (a server it filled with a fixture first) keeps it.
 */
public final class TestMongoRouting implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "regionet-test-mongo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var uri = TestMongo.uri();
        var own = environment.getProperty("regionet.mongo.uri");
        if (uri.isEmpty() || (own != null && !own.isBlank())) {
            return;
        }
        var configured = environment.getProperty("regionet.mongo.database", "regionet");
        var memory = "memory".equalsIgnoreCase(environment.getProperty("regionet.embedded.backend", "h2"));
        var database = memory ? TestMongo.freshDatabase(configured)
                : TestMongo.databaseOf(Path.of(environment.getProperty("regionet.data-dir", "./data")), configured);
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE,
                Map.of("regionet.mongo.uri", uri.get(), "regionet.mongo.database", database)));
    }

    /** After the configuration files are read, so that their settings are known. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
