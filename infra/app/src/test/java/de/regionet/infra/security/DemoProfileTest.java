package de.regionet.infra.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo profile's users sign in with exactly the passwords the README documents for them: one per role in
 * Saxony-Anhalt, and the offices, granting authority and Regionalagentur of the demo's other two networks.
 */
class DemoProfileTest {

    private static final Map<String, String> DOCUMENTED = Map.of("office", "office-demo",
            "coordinator", "coordinator-demo", "sponsor", "sponsor-demo", "auditor", "auditor-demo",
            "operator", "operator-demo", "office-nrw", "office-nrw-demo", "bewilligung-nrw", "bewilligung-nrw-demo",
            "coordinator-ruhr", "coordinator-ruhr-demo", "office-hessen", "office-hessen-demo");

    @Test
    void each_demo_user_has_its_documented_password_and_there_is_one_per_role() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-demo.yml"));
        var properties = yaml.getObject();
        var passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        for (int i = 0; i < DOCUMENTED.size(); i++) {
            var name = properties.getProperty("regionet.users[" + i + "].name");
            var hash = properties.getProperty("regionet.users[" + i + "].password-hash");
            assertThat(passwords.matches(DOCUMENTED.get(name), hash)).as(name).isTrue();
        }
        assertThat(properties.getProperty("regionet.users[" + DOCUMENTED.size() + "].name")).isNull();
        assertThat(properties.values()).contains("NETWORK_OFFICE", "REGIONAL_COORDINATOR", "PROJECT_SPONSOR", "AUDITOR",
                "OPERATOR", "GRANTING_AUTHORITY", "nordrhein-westfalen", "hessen");
    }
}
