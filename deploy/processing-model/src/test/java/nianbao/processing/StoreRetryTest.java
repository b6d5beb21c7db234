package nianbao.processing;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A store that cannot be reached is waited for until it answers; a store that answers with an error is not asked again.
 */
class StoreRetryTest {

    @Test
    void aStoreThatCannotBeReachedIsAskedAgainUntilItAnswers() {
        AtomicInteger attempts = new AtomicInteger();

        String answer = StoreRetry.call("read", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new MongoSocketOpenException("connection refused", new ServerAddress());
            }
            if (attempts.get() == 2) {
                throw new MongoTimeoutException("no server selected");
            }
            return "kept";
        });

        assertThat(answer).isEqualTo("kept");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aStoreThatRefusesTheWriteIsNotAskedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        MongoWriteException refused = new MongoWriteException(new WriteError(10334, "document too large", new BsonDocument()),
                new ServerAddress());

        assertThatThrownBy(() -> StoreRetry.run("write", () -> {
            attempts.incrementAndGet();
            throw refused;
        })).isSameAs(refused);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void anUnreachableStoreIsRecognisedBehindAWrapperAndAnyOtherFailureIsNot() {
        assertThat(StoreRetry.isTransient(new IllegalStateException("wrapped",
                new MongoSocketOpenException("connection refused", new ServerAddress())))).isTrue();
        assertThat(StoreRetry.isTransient(new UncheckedIOException(new java.io.IOException("bad JSON")))).isFalse();
        assertThat(StoreRetry.isTransient(new IllegalArgumentException("not a report"))).isFalse();
    }
}
