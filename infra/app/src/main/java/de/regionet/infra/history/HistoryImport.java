package de.regionet.infra.history;

import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Principals;
import de.regionet.kernel.auditlog.AuditLogCommand.RecordHistoryImport;
import de.regionet.kernel.auditlog.AuditLogId;
import de.regionet.kernel.personal.PersonalDataVault;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Applies a history file ({@code docs/import.md}): every command line goes through the command bus, in file
 * order, one after another, so the same {@code @SentBy} checks, handlers and aggregate rules judge it as they
 * judge the same command sent over HTTP. A refused line is reported with its line number, external id and reason
 * and does not stop the others. The ledger ({@link ImportLedger}) makes a second import of the same lines change
 * nothing.
 * <p>
 * A dry run sends every line to the same handlers inside one unit of work that is rolled back at the end: Axon
 * keeps the aggregates a unit of work loaded, and the event store serves the events it staged, so a later line is
 * judged against what the earlier lines of the file did, and nothing is stored.
 */
@Component
class HistoryImport {

    static final String FORMAT = "regionet-import";
    static final int VERSION = 1;
    private static final Logger log = LoggerFactory.getLogger(HistoryImport.class);

    private final CommandGateway commands;
    private final ImportLedger ledger;
    private final JsonMapper json;
    private final Clock clock;
    private final PersonalDataVault vault;
    private final KernelCommands kernel = KernelCommands.onClassPath();

    HistoryImport(CommandGateway commands, ImportLedger ledger, JsonMapper json, Clock clock, PersonalDataVault vault) {
        this.commands = commands;
        this.ledger = ledger;
        this.json = json;
        this.clock = clock;
        this.vault = vault;
    }

    /** A file that is no history file of a version this RegioNet reads; nothing of it is applied. */
    static final class NotAHistoryFile extends Exception {

        NotAHistoryFile(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads the whole file once for its hash and line count, checks its header, then applies its lines, telling
     * {@code progress} after each. The run ends {@code DONE} (refused lines included) or {@code FAILED} (the file
     * could not be read as a history file).
     */
    void run(Path file, ImportRun run, Consumer<ImportStatus> progress) {
        try {
            var summary = survey(file);
            run.started(summary.sha256(), summary.commandLines(), clock.instant());
            if (run.dryRun()) {
                dryRun(file, run, progress);
            } else {
                apply(file, run, progress);
                record(run);
            }
            run.finished(clock.instant());
        } catch (NotAHistoryFile e) {
            run.failed(e.getMessage(), clock.instant());
        } catch (IOException e) {
            run.failed("the file cannot be read: " + e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            log.error("Import {} failed", run.id(), e);
            run.failed("the import failed: " + e.getMessage(), clock.instant());
        }
    }

    private record Survey(String sha256, long commandLines) {
    }

    private Survey survey(Path file) throws IOException, NotAHistoryFile {
        var digest = sha256();
        long commandLines = 0;
        boolean header = false;
        try (var reader = reader(new DigestInputStream(Files.newInputStream(file), digest))) {
            String text;
            while ((text = reader.readLine()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                if (!header) {
                    checkHeader(text);
                    header = true;
                } else {
                    commandLines++;
                }
            }
        }
        if (!header) {
            throw new NotAHistoryFile("the file is empty: a history file starts with its header line");
        }
        return new Survey(HexFormat.of().formatHex(digest.digest()), commandLines);
    }

    private void checkHeader(String text) throws NotAHistoryFile {
        try {
            var header = json.readTree(text);
            if (!FORMAT.equals(header.path("format").asString(null))) {
                throw new NotAHistoryFile("the first line is no header {\"format\":\"" + FORMAT + "\",...}");
            }
            if (!header.path("version").isIntegralNumber() || header.path("version").asInt() != VERSION) {
                throw new NotAHistoryFile("this RegioNet reads " + FORMAT + " version " + VERSION + " only");
            }
        } catch (JacksonException e) {
            throw new NotAHistoryFile("the first line is no JSON header: " + e.getOriginalMessage());
        }
    }

    /** Lines known in this run: for a dry run, which stores nothing, what the ledger would hold by now. */
    private interface Known {
        ImportLedger.Entry find(String id);

        void applied(ImportLine line);
    }

    private void apply(Path file, ImportRun run, Consumer<ImportStatus> progress) throws IOException {
        var known = new Known() {
            @Override
            public ImportLedger.Entry find(String id) {
                return ledger.find(id).orElse(null);
            }

            @Override
            public void applied(ImportLine line) {
                ledger.applied(line, run.id(), clock.instant());
            }
        };
        eachLine(file, run, progress, known);
    }

    private void dryRun(Path file, ImportRun run, Consumer<ImportStatus> progress) throws IOException {
        var seen = new HashMap<String, ImportLedger.Entry>();
        var known = new Known() {
            @Override
            public ImportLedger.Entry find(String id) {
                var inFile = seen.get(id);
                return inFile != null ? inFile : ledger.find(id).orElse(null);
            }

            @Override
            public void applied(ImportLine line) {
                seen.put(line.id(), new ImportLedger.Entry(line.id(), line.contentSha256(), ImportLedger.APPLIED));
            }
        };
        var unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>("dry run " + run.id()));
        try {
            eachLine(file, run, progress, known);
        } finally {
            unitOfWork.rollback();
        }
    }

    private void eachLine(Path file, ImportRun run, Consumer<ImportStatus> progress, Known known) throws IOException {
        var today = NetworkTime.today(clock);
        try (var reader = reader(Files.newInputStream(file))) {
            String text;
            long number = 0;
            boolean header = false;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                if (!header) {
                    header = true;
                    continue;
                }
                one(number, text, today, run, known);
                progress.accept(run.status());
            }
        }
    }

    private void one(long number, String text, LocalDate today, ImportRun run, Known known) {
        ImportLine line;
        try {
            line = ImportLine.parse(number, text, json, today);
        } catch (ImportLine.Unreadable e) {
            run.refused(number, e.id, e.getMessage());
            return;
        }
        var earlier = known.find(line.id());
        if (earlier != null) {
            if (earlier.contentSha256().equals(line.contentSha256())) {
                run.unchanged();
            } else {
                run.refused(number, line.id(), "conflict: a line with id " + line.id()
                        + " was imported before with other content");
            }
            return;
        }
        if (line.replaces() != null && known.find(line.replaces()) == null) {
            run.refused(number, line.id(), "replaces " + line.replaces() + ", which no earlier line applied");
            return;
        }
        var refusal = send(line, run);
        if (refusal != null) {
            run.refused(number, line.id(), refusal);
            return;
        }
        known.applied(line);
        run.applied();
    }

    /** Sends the line's command as its office; the reason it was refused, or {@code null} when it was applied. */
    private String send(ImportLine line, ImportRun run) {
        var type = kernel.named(line.command());
        if (type.isEmpty()) {
            return "unknown command " + line.command();
        }
        Object command;
        try {
            command = json.treeToValue(line.body(), type.get());
        } catch (JacksonException e) {
            return "body is not a valid " + line.command() + ": " + bodyProblem(e);
        } catch (IllegalArgumentException e) {
            return "body is not a valid " + line.command() + ": " + e.getMessage();
        }
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData(line, run)));
            return null;
        } catch (RuntimeException e) {
            return reason(e);
        }
    }

    private Map<String, Object> metaData(ImportLine line, ImportRun run) {
        var metaData = new LinkedHashMap<String, Object>(
                Principals.stored(line.office().actor(run.by()), vault).toMetaData());
        metaData.put(EventMetaData.CORRELATION_ID, run.id());
        metaData.put(EventMetaData.IMPORT_ID, run.id());
        metaData.put(EventMetaData.IMPORT_LINE, line.id());
        metaData.put(EventMetaData.IMPORT_OFFICE, line.office().text());
        metaData.put(EventMetaData.EFFECTIVE_ON, line.effectiveOn().toString());
        return metaData;
    }

    private static String bodyProblem(JacksonException e) {
        var cause = e.getCause();
        if (cause instanceof IllegalArgumentException invalid && invalid.getMessage() != null) {
            return invalid.getMessage();
        }
        var path = e instanceof DatabindException databind ? databind.getPathReference() : null;
        return (path == null || path.isEmpty() ? "" : path + ": ") + e.getOriginalMessage();
    }

    /** The refusal's own message, written for the user, as the HTTP API would answer it. */
    static String reason(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof Rejection rejection) {
                return rejection.getMessage();
            }
            if (cause instanceof AggregateNotFoundException notFound) {
                return "no such resource: " + notFound.getAggregateIdentifier();
            }
            if (cause instanceof ConcurrencyException) {
                return "the resource was changed concurrently";
            }
            if (cause instanceof NoHandlerForCommandException) {
                return "this command is not handled by this node";
            }
            if (cause instanceof IllegalArgumentException invalid) {
                return invalid.getMessage();
            }
        }
        log.warn("An imported line failed", e);
        return "failed: " + e.getMessage();
    }

    /** The import in the audit trail: who, when (the event's own time), the file's hash and what became of it. */
    private void record(ImportRun run) {
        var status = run.status();
        if (status.applied() == 0) {
            return;
        }
        var command = new RecordHistoryImport(AuditLogId.of(NetworkTime.today(clock)), run.id(), status.fileSha256(),
                status.total(), status.applied(), status.unchanged(), status.refused());
        var office = Office.parse(Office.NETWORK_OFFICE).actor(run.by());
        var metaData = new LinkedHashMap<String, Object>(Principals.stored(office, vault).toMetaData());
        metaData.put(EventMetaData.CORRELATION_ID, run.id());
        metaData.put(EventMetaData.IMPORT_ID, run.id());
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    private static BufferedReader reader(InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
