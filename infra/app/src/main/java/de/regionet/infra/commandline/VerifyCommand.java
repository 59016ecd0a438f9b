package de.regionet.infra.commandline;

import com.nimbusds.jose.jwk.RSAKey;
import de.regionet.infra.audit.ExportVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code regionet verify FILE}: the audit export's check ({@link ExportVerifier}), without a server or database. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        header = "Verifies a signed audit export (GET /api/audit/events) without a server or database.",
        description = {"Checks every event's hash, the hash chains of streams and lines, the manifest and its "
                + "signature, and for a complete export every checkpoint; it goes on after a bad line and names "
                + "the first bad lines (docs/audit.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the export verifies (a summary on standard output)",
                "1:it does not: the first bad line, how many failed, and the first of them on standard error",
                "2:usage error, or the file or key cannot be read"})
final class VerifyCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the export, as downloaded (NDJSON)")
    private Path file;

    @Option(names = "--key", paramLabel = "PUBLIC_KEY_JSON",
            description = "the public key (JWK, GET /api/audit/export-key) the manifest must be signed with; "
                    + "without it the key the manifest names is accepted and its thumbprint shown")
    private Path key;

    @Option(names = "--checkpoint", paramLabel = "NUMBER=HASH",
            description = "a checkpoint hash kept from earlier that the export must reproduce (repeatable)")
    private Map<Long, String> checkpoints = new TreeMap<>();

    VerifyCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        var pinned = key == null ? null : publicKey(key);
        try {
            var result = ExportVerifier.verify(file, pinned, checkpoints);
            (result.ok() ? out : err).println(result);
            return result.ok() ? 0 : 1;
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        }
    }

    private RSAKey publicKey(Path file) {
        try {
            return RSAKey.parse(Files.readString(file)).toPublicJWK();
        } catch (IOException | ParseException | RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "--key " + file + " is no readable RSA public key (JWK): "
                    + e.getMessage());
        }
    }
}
