package de.regionet.infra;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application on the in-memory backend with default settings, started once and shared by every test class
 * that carries this annotation (Spring's test context cache keys contexts by their configuration, so all of them
 * get the same one and its database). Tests sharing it keep apart by their data: each registers region keys of
 * its own, reads what it created by id or by its own region, and never assumes an empty store. A test that needs
 * other settings, a bean of its own or a store with nothing else in it keeps its own {@code @SpringBootTest} and
 * says why; the keys already taken here are 15001, 15002, 15087, 15089, 15090, 15091, 99001–99018 and 99181.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"regionet.embedded.backend=memory", "regionet.mongo.database=shared"})
public @interface RegioNetTest {
}
