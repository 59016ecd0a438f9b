package de.regionet.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 backend with its unique indexes keyed by {@link IndexKeyType}: the same file, the same maps
 * under the same names, the same bytes; only the comparison of index keys is faster. A file opens with this backend
 * and with the plain one alike ({@code IndexedH2BackendTest}).
 */
final class IndexedH2Backend extends H2Backend {

    IndexedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * An inner class, so that it reaches the store through the backend: the database opens its collections and
     * indexes in its own constructor, before a field of this class would be set.
     */
    private final class Database extends H2Database {

        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            // the map name H2Database gives an index
            var name = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
            MVMap<KeyValue, Object> map = getMvStore().openMap(name,
                    new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            return new KeyIndex(map, indexName, keys, sparse);
        }
    }
}
