package de.regionet.infra;

import de.regionet.infra.audit.ExportVerifier;
import de.regionet.infra.history.ImportCommandLine;
import de.regionet.infra.security.PasswordHashes;
import de.regionet.kernel.NetworkTime;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * RegioNet: command side, query side and live feeds in one node, on MongoDB or the embedded server. With the single
 * argument {@code hash-password} it only prints a password hash for an embedded user; with {@code verify <export>}
 * it only verifies an audit export (see {@code docs/audit.md}). Neither starts Spring or a database. With
 * {@code import <file> [--dry-run]} it imports a history file into the configured store without serving HTTP
 * ({@code docs/import.md}) and exits.
 */
@SpringBootApplication(scanBasePackages = "de.regionet")
@ConfigurationPropertiesScan
public class RegioNetApplication {

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && PasswordHashes.COMMAND.equals(args[0])) {
            System.exit(PasswordHashes.run(System.out, System.err));
        }
        if (args.length >= 1 && ExportVerifier.COMMAND.equals(args[0])) {
            System.exit(ExportVerifier.run(args, System.out, System.err));
        }
        if (args.length >= 1 && ImportCommandLine.COMMAND.equals(args[0])) {
            System.exit(ImportCommandLine.run(RegioNetApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(RegioNetApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.system(NetworkTime.ZONE);
    }
}
