package de.regionet.infra;

import de.regionet.infra.commandline.RegioNetCommandLine;
import de.regionet.kernel.NetworkTime;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * RegioNet: command side, query side and live feeds in one node, on MongoDB or the embedded server. The jar's words
 * go to its command line ({@link RegioNetCommandLine}, README "Command line"): {@code serve}, the default, starts
 * this application with every Spring setting unchanged; {@code verify <export>} (docs/audit.md) and
 * {@code hash-password} answer without starting Spring or a database; {@code import <file> [--dry-run]} imports a
 * history file into the configured store without serving HTTP (docs/import.md) and exits.
 */
@SpringBootApplication(scanBasePackages = "de.regionet")
@ConfigurationPropertiesScan
public class RegioNetApplication {

    public static void main(String[] args) {
        RegioNetCommandLine.run(RegioNetApplication.class, args).ifPresent(System::exit);
    }

    @Bean
    Clock clock() {
        return Clock.system(NetworkTime.ZONE);
    }
}
