package de.regionet.bench;

import de.regionet.infra.eventstore.MongoEventStore;
import de.regionet.infra.eventstore.StoreMaintenance;
import de.regionet.infra.eventstore.StoreVerifier;
import de.regionet.kernel.EventMetaData;
import de.regionet.kernel.news.NewsArticleId;
import de.regionet.kernel.news.NewsContent;
import de.regionet.kernel.news.NewsEvent.NewsDrafted;
import org.axonframework.common.ProcessRetriesExhaustedException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Fills a stopped instance's data directory with news drafts through the event store's own bulk append, so that a
 * store of a million events takes minutes instead of the hours its growth over HTTP takes (issue 20). Each draft is
 * a new {@code NewsArticle} stream (sequence 0), as {@code POST /api/news} makes one, and is modelled on a draft the
 * application itself stored (its payload type, aggregate type and metadata: principal, roles; correlation, causation
 * and trace ids fresh per draft, as each request has its own). The timestamps are spread evenly, with jitter, over
 * {@code --span-days} before the model draft, in position order.
 *
 * <p>It runs in the application's own classpath and Spring context (web server off), so the engine, the serializer,
 * the upcasters, the hash chain and the embedded H2 file are the application's: it appends through
 * {@link MongoEventStore#appendEvents(List)} in chunks of {@code --chunk} events (one position reservation, one
 * ordered insert and one durable commit each), never through command handlers. The event processors the context
 * starts are shut down before the first append (the instance was stopped at the head, so they find nothing), so the
 * read models see the seeded events only when the instance runs again. At the end the store's checkpoints are
 * written and the whole store verified; a failed verification exits with 1. Nothing is held beyond one chunk.
 *
 * <p>Started by {@code ReadSideBenchmark --seed=bulk} (which writes the model draft over HTTP first), or by hand:
 * <pre>
 *   java -Xmx1g -cp infra/target/regionet.jar -Dloader.path=bench/target/classes \
 *        -Dloader.main=de.regionet.bench.StoreSeeder org.springframework.boot.loader.launch.PropertiesLauncher \
 *        --drafts=1000000 --model=&lt;news article id&gt; --regionet.data-dir=&lt;data directory&gt;
 * </pre>
 */
public final class StoreSeeder {

    /** The application's main class: this class runs inside the application's jar, but is not built with it. */
    private static final String APPLICATION = "de.regionet.infra.RegioNetApplication";
    private static final int REPORT_EVERY = 100_000;

    /** The seeder's own options that {@link #launch} passes on. */
    private static final List<String> PASSED_ON = List.of("chunk", "span-days");

    private StoreSeeder() {
    }

    /**
     * What a seeding process printed, and how long it ran (JVM and Spring start, appends, checkpoints and
     * verification).
     */
    record Seeded(double seconds, List<String> lines) {

        /** The first line printed that starts with {@code start}, or "" if there is none. */
        String line(String start) {
            return lines.stream().filter(line -> line.startsWith(start)).findFirst().orElse("").strip();
        }
    }

    /**
     * Seeds {@code dataDir} (whose instance must be stopped) in a process of its own, on the application jar's
     * classpath: this class is copied out of the bench's jar into a directory that the jar's
     * {@code PropertiesLauncher} adds to the application's classes ({@code loader.path}). Its output is echoed to
     * standard error as it comes; a failed seeding or verification throws.
     */
    static Seeded launch(String jar, Path dataDir, long drafts, String model, Map<String, String> options)
            throws IOException, InterruptedException {
        var classes = Files.createTempDirectory("regionet-seeder-");
        copyClass(StoreSeeder.class, classes);
        for (var nested : StoreSeeder.class.getDeclaredClasses()) {
            copyClass(nested, classes);
        }
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", jar, "-Dloader.path=" + classes, "-Dloader.main=" + StoreSeeder.class.getName(),
                "org.springframework.boot.loader.launch.PropertiesLauncher", "--drafts=" + drafts, "--model=" + model,
                "--regionet.data-dir=" + dataDir));
        PASSED_ON.stream().filter(options::containsKey)
                .forEach(option -> command.add("--" + option + "=" + options.get(option)));
        long begin = System.nanoTime();
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var lines = new ArrayList<String>();
        try (var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (var line = output.readLine(); line != null; line = output.readLine()) {
                System.err.println("seeder: " + line);
                lines.add(line);
            }
        }
        int exit = process.waitFor();
        try (var copied = Files.walk(classes)) {
            copied.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        if (exit != 0) {
            throw new IllegalStateException("seeding " + dataDir + " failed with exit code " + exit + ": "
                    + lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        }
        return new Seeded((System.nanoTime() - begin) / 1e9, List.copyOf(lines));
    }

    private static void copyClass(Class<?> type, Path root) throws IOException {
        var name = type.getName().replace('.', '/') + ".class";
        var target = root.resolve(name);
        Files.createDirectories(target.getParent());
        try (var in = type.getClassLoader().getResourceAsStream(name)) {
            Files.copy(Objects.requireNonNull(in, name), target);
        }
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        var options = options(args);
        long drafts = Long.parseLong(options.getOrDefault("drafts", "100000"));
        int chunk = Integer.parseInt(options.getOrDefault("chunk", "1000"));
        long spanDays = Long.parseLong(options.getOrDefault("span-days", "365"));
        var model = options.get("model");
        if (model == null || !options.containsKey("regionet.data-dir")) {
            System.err.println("usage: StoreSeeder --model=<news article id> --regionet.data-dir=<dir> "
                    + "[--drafts=100000] [--chunk=1000] [--span-days=365]");
            System.exit(2);
        }
        var springArgs = options.entrySet().stream().filter(option -> option.getKey().contains("."))
                .map(option -> "--" + option.getKey() + "=" + option.getValue()).toArray(String[]::new);
        System.setProperty("disable-axoniq-console-message", "true");
        boolean verified;
        try (var context = new SpringApplicationBuilder(Class.forName(APPLICATION))
                .web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off", "logging.level.root=ERROR")
                .run(springArgs)) {
            var processors = context.getBean(EventProcessingConfiguration.class).eventProcessors().values();
            processors.forEach(StoreSeeder::shutDown);
            var store = context.getBean(MongoEventStore.class);
            long headBefore = store.head();
            var seeded = seed(store, modelDraft(store, model), drafts, chunk, Duration.ofDays(spanDays));
            System.out.printf("seeded %d drafts in %.1f s (%.0f events/s) in chunks of %d; head %d -> %d; "
                            + "%d event processors stopped before appending%n", drafts, seeded, drafts / seeded,
                    chunk, headBefore, store.head(), processors.size());
            verified = checkpointAndVerify(context.getBean(StoreMaintenance.class),
                    context.getBean(StoreVerifier.class));
        }
        System.exit(verified ? 0 : 1);
    }

    /** {@code --name=value} options; this class runs alone in the application's jar, without the bench's others. */
    private static Map<String, String> options(String[] args) {
        var options = new LinkedHashMap<String, String>();
        for (var arg : args) {
            var pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return options;
    }

    /**
     * Stops a processor the context started. It has nothing to do (its instance stopped at the head), but on a busy
     * machine it may still be claiming its token when Axon's ten seconds of waiting for its worker run out.
     */
    private static void shutDown(EventProcessor processor) {
        for (int attempt = 1; ; attempt++) {
            try {
                processor.shutDown();
                return;
            } catch (ProcessRetriesExhaustedException slow) {
                if (attempt == 30) {
                    throw slow;
                }
            }
        }
    }

    /** The draft the application stored, read back as the application reads it (serializer and upcasters). */
    @SuppressWarnings("unchecked")
    private static DomainEventMessage<NewsDrafted> modelDraft(MongoEventStore store, String articleId) {
        var events = store.readEvents(articleId);
        if (!events.hasNext() || !(events.peek().getPayload() instanceof NewsDrafted)) {
            throw new IllegalArgumentException("no news draft " + articleId + " in the store to model drafts on");
        }
        var draft = (DomainEventMessage<NewsDrafted>) events.next();
        System.out.printf("model draft %s (type %s), metadata keys %s%n", articleId, draft.getType(),
                draft.getMetaData().keySet());
        return draft;
    }

    /** Appends the drafts chunk by chunk; answers the seconds it took. */
    private static double seed(MongoEventStore store, DomainEventMessage<NewsDrafted> model, long drafts, int chunk,
                               Duration span) {
        var random = new SplittableRandom(20);
        long spanMillis = span.toMillis();
        long step = spanMillis / drafts;
        var first = model.getTimestamp().minus(span);
        long begin = System.nanoTime();
        for (long done = 0; done < drafts; ) {
            int size = (int) Math.min(chunk, drafts - done);
            var messages = new ArrayList<EventMessage<?>>(size);
            for (int i = 0; i < size; i++, done++) {
                var at = first.plusMillis(done * spanMillis / drafts + (step > 0 ? random.nextLong(step) : 0));
                messages.add(draft(model, done, at));
            }
            store.appendEvents(messages);
            if (done % REPORT_EVERY < chunk || done == drafts) {
                double seconds = (System.nanoTime() - begin) / 1e9;
                System.out.printf("%d drafts appended, %.0f events/s%n", done, done / seconds);
            }
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    /** The {@code number}th draft, as {@code ReadSideBenchmark} drafts one over HTTP, in a stream of its own. */
    private static DomainEventMessage<NewsDrafted> draft(DomainEventMessage<NewsDrafted> model, long number,
                                                         Instant at) {
        var id = NewsArticleId.random();
        var content = model.getPayload().content();
        var drafted = new NewsDrafted(id, new NewsContent("Netzwerktreffen " + number % 1_000, "Stand " + number,
                "Die Regionalen Arbeitskreise treffen sich zum Austausch über Projektergebnisse und neue Aufrufe. "
                        + "Fassung " + number + ".", content.tags(), content.regionKeys(), content.fundingAreas()));
        var command = UUID.randomUUID().toString();
        var metaData = new HashMap<String, Object>(model.getMetaData());
        metaData.put(EventMetaData.CORRELATION_ID, UUID.randomUUID().toString());
        metaData.put(EventMetaData.CAUSATION_ID, command);
        metaData.put(EventMetaData.TRACE_ID, command);
        return new GenericDomainEventMessage<>(model.getType(), id.value(), 0, drafted, metaData,
                UUID.randomUUID().toString(), at);
    }

    private static boolean checkpointAndVerify(StoreMaintenance maintenance, StoreVerifier verifier) {
        long begin = System.nanoTime();
        maintenance.run();
        double checkpointing = (System.nanoTime() - begin) / 1e9;
        begin = System.nanoTime();
        var verification = verifier.verify();
        System.out.printf("checkpoints written in %.1f s; verification %s in %.1f s: %d events, %d void positions, "
                        + "%d checkpoints checked, %d failures%s%n", checkpointing, verification.result(),
                (System.nanoTime() - begin) / 1e9, verification.eventsChecked(), verification.voidPositions(),
                verification.checkpointsChecked(), verification.failures(),
                verification.firstFailure() == null ? "" : ", first: " + verification.firstFailure());
        return "ok".equals(verification.result());
    }
}
