package de.regionet.infra.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import io.netty.channel.Channel;
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

    /**
     * A write asking for the journal ({@code j: true}, as every append of a node that uses this server by URI does)
     * is committed to the file before it is answered, as this node's own appends are ({@code GroupCommit}): another
     * node's acknowledged event survives a crash of the node whose file holds it.
     */
    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        var answer = super.handleCommand(channel, databaseName, command, query);
        if (query.get("writeConcern") instanceof Document concern && Boolean.TRUE.equals(concern.get("j"))) {
            commit();
        }
        return answer;
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
