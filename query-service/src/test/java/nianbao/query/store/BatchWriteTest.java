package nianbao.query.store;

import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A batch the store refuses for good is written item by item, so only the item it refuses is refused; a service
 * stopping while a batch waits is no refusal at all: the interruption is thrown and nothing is refused.
 */
class BatchWriteTest {

    @Test
    void onlyTheItemTheStoreRefusesIsRefusedAndItsNeighboursAreWritten() {
        List<String> written = new ArrayList<>();

        BatchWrite<String, String> outcome = BatchWrite.of("write", List.of("a", "too-large", "c"), batch -> {
            if (batch.contains("too-large")) {
                throw new MongoWriteException(new WriteError(10334, "document too large", new BsonDocument()), new ServerAddress());
            }
            written.addAll(batch);
            return batch;
        });

        assertThat(written).containsExactly("a", "c");
        assertThat(outcome.results()).containsExactly("a", "c");
        assertThat(outcome.refused()).containsOnlyKeys("too-large");
    }

    @Test
    void anInterruptionWhileWaitingIsThrownNotTakenForARefusal() {
        assertThatThrownBy(() -> BatchWrite.of("write", List.of("a", "b"), batch -> {
            throw new MongoInterruptedException("stopping", new InterruptedException());
        })).isInstanceOf(MongoInterruptedException.class);
    }
}
