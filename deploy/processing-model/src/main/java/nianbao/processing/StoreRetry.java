package nianbao.processing;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs a store call until the store answers: a store that cannot be reached (connection refused or dropped, no server
 * selected in time, a node recovering) is waited for with exponential backoff from {@link #FIRST} up to {@link #MAX},
 * for as long as it takes, on the calling worker thread, so the stage consumes nothing meanwhile. Any other failure
 * (the store answered with an error: a document too large, a duplicate key) is thrown at once: it would fail again.
 * An interruption while waiting (the service stopping) is thrown as a {@link MongoInterruptedException}.
 */
public final class StoreRetry {

    private static final Logger LOG = Logger.getLogger(StoreRetry.class);

    static final Duration FIRST = Duration.ofMillis(100);
    static final Duration MAX = Duration.ofSeconds(30);

    private StoreRetry() {
    }

    /** The call's result, once the store answered. */
    public static <T> T call(String what, Supplier<T> call) {
        Duration backoff = FIRST;
        int attempt = 0;
        while (true) {
            try {
                T result = call.get();
                if (attempt > 0) {
                    LOG.infof("store back: %s succeeded after %d retries", what, attempt);
                }
                return result;
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                attempt++;
                LOG.warnf("store unreachable (%s): %s; retrying in %d ms (attempt %d)", e.getClass().getSimpleName(), what,
                        backoff.toMillis(), attempt);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX) > 0 ? MAX : backoff.multipliedBy(2);
            }
        }
    }

    /** Runs the call once the store answers. */
    public static void run(String what, Runnable call) {
        call(what, () -> {
            call.run();
            return null;
        });
    }

    /** True for a failure to reach the store, which a later attempt may not have; false when the store answered. */
    public static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MongoSocketException || t instanceof MongoTimeoutException || t instanceof MongoConnectionPoolClearedException
                    || t instanceof MongoNotPrimaryException || t instanceof MongoNodeIsRecoveringException
                    || (t instanceof MongoException m && (m.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                    || m.hasErrorLabel("RetryableWriteError")))) {
                return true;
            }
            if (t instanceof MongoInterruptedException || t instanceof MongoSecurityException) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the thread was interrupted while it waited for the store (the service is stopping): the batch is left
     * unacknowledged, to be read again, never taken for a bad record.
     */
    public static boolean isInterruption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MongoInterruptedException || t instanceof InterruptedException) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MongoInterruptedException("interrupted while waiting for the store", e);
        }
    }
}
