package de.regionet.bench;

import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the bytes of an embedded store's H2 file go, read offline from a closed file: per MVMap (mongo-java-server
 * keeps each collection, its {@code _meta} map and each unique index in a map of its own) the entries, the bytes of
 * the map's live pages on disk, what its values take in Java serialization (H2's {@code ObjectDataType}, how
 * mongo-java-server stores a {@code Document}) and what the same documents take as BSON (what MongoDB would
 * store); then the store's fill rates, so that live data, dead chunk space and serialization overhead separate.
 */
final class StoreAnatomy {

    private StoreAnatomy() {
    }

    record MapCost(String name, long entries, long pageBytes, long javaBytes, long bsonBytes) {
    }

    static String of(Path file, long events) {
        try {
            long fileBytes = Files.size(file);
            var store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
            try {
                var costs = new ArrayList<MapCost>();
                for (var name : new TreeSet<>(store.getMapNames())) {
                    costs.add(cost(store.openMap(name)));
                }
                costs.sort(Comparator.comparingLong(MapCost::pageBytes).reversed());
                var info = new TreeMap<String, String>();
                store.populateInfo(info::put);
                return table(costs, fileBytes, events) + "\n\nMVStore: fill rate " + store.getFillRate()
                        + " % (live pages of the file's used space), chunks fill rate "
                        + store.getFileStore().getChunksFillRate() + " %, " + info;
            } finally {
                store.closeImmediately();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MapCost cost(MVMap<Object, Object> map) {
        long entries = 0;
        long java = 0;
        long bson = 0;
        for (var entry : map.entrySet()) {
            entries++;
            java += javaBytes(entry.getKey()) + javaBytes(entry.getValue());
            if (entry.getValue() instanceof Map<?, ?> document) {
                bson += bsonBytes(document);
            }
        }
        return new MapCost(map.getName(), entries, map.getRootPage().getDiskSpaceUsed(false), java, bson);
    }

    private static long javaBytes(Object value) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.size();
    }

    @SuppressWarnings("unchecked")
    private static long bsonBytes(Map<?, ?> document) {
        var buffer = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument((Map<String, ?>) document, buffer);
            return buffer.readableBytes();
        } catch (RuntimeException notEncodable) {
            return 0;
        } finally {
            buffer.release();
        }
    }

    private static String table(List<MapCost> costs, long fileBytes, long events) {
        var rows = new StringBuilder("| map | entries | live pages on disk | per event | values in Java serialization "
                + "| same as BSON | Java ÷ BSON |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        long pages = 0;
        long java = 0;
        long bson = 0;
        for (var cost : costs) {
            pages += cost.pageBytes();
            java += cost.javaBytes();
            bson += cost.bsonBytes();
            if (cost.pageBytes() < 4096 && cost.entries() < 100) {
                continue;
            }
            rows.append(String.format("| `%s` | %d | %.2f MB | %.0f B | %.2f MB | %s | %s |%n", cost.name(),
                    cost.entries(), cost.pageBytes() / 1e6, (double) cost.pageBytes() / Math.max(1, events),
                    cost.javaBytes() / 1e6, cost.bsonBytes() == 0 ? "" : String.format("%.2f MB",
                            cost.bsonBytes() / 1e6), cost.bsonBytes() == 0 ? "" : String.format("%.1f×",
                            (double) cost.javaBytes() / cost.bsonBytes())));
        }
        rows.append(String.format("| all %d maps | | %.2f MB | %.0f B | %.2f MB | %.2f MB | %.1f× |%n",
                costs.size(), pages / 1e6, (double) pages / Math.max(1, events), java / 1e6, bson / 1e6,
                (double) java / Math.max(1, bson)));
        rows.append(String.format("| file | | %.2f MB | %.0f B | dead or free space: %.2f MB (%.0f %%) | | |",
                fileBytes / 1e6, (double) fileBytes / Math.max(1, events), (fileBytes - pages) / 1e6,
                100.0 * (fileBytes - pages) / fileBytes));
        return rows.toString();
    }
}
