package de.regionet.infra.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The key type of the embedded server's unique indexes: H2's own {@link ObjectDataType}, which stores every key as it
 * always has, with a faster comparison of the keys mongo-java-server uses ({@link KeyValue}).
 *
 * <p>{@code KeyValue} is neither a type H2 knows nor {@code Comparable}, so H2 orders two of them by the bytes of
 * their Java serialization, and serializes both on every comparison: a lookup in an index of n keys serializes about
 * 2 log2(n) objects. A profile of the read models catching up over 20,000 events put 43 % of the embedded server's
 * CPU there (docs/BENCHMARKS.md, "Read side"). This type orders keys exactly as H2 does (by the same bytes, compared
 * by {@link ObjectDataType#compareNotNull}), so files written before and after read the same, but keeps the bytes of
 * the keys it serialized lately: the key looked up is serialized once per lookup instead of once per page level, and
 * the keys of the pages every lookup passes (root and inner pages, which H2 keeps in memory as the same objects)
 * once until they leave the cache.
 *
 * <p>The cache is a fixed array indexed by identity hash holding a key and its bytes: bounded, lock-free, a collision
 * merely serializes again. It holds a few thousand keys strongly, which keeps them from being collected a little
 * longer.
 */
final class IndexKeyType extends ObjectDataType {

    private static final int SLOTS = 1 << 12;

    private record Serialized(KeyValue key, byte[] bytes) {
    }

    private final AtomicReferenceArray<Serialized> recent = new AtomicReferenceArray<>(SLOTS);

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue first && b instanceof KeyValue second) {
            return a == b ? 0 : compareNotNull(bytes(first), bytes(second));
        }
        return super.compare(a, b);
    }

    private byte[] bytes(KeyValue key) {
        int slot = System.identityHashCode(key) & (SLOTS - 1);
        var cached = recent.get(slot);
        if (cached != null && cached.key() == key) {
            return cached.bytes();
        }
        var bytes = serialize(key);
        recent.set(slot, new Serialized(key, bytes));
        return bytes;
    }
}
