package nianbao.query.store;

import nianbao.processing.StoreRetry;
import io.quarkus.logging.Log;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The outcome of writing a batch through the store (docs/processing-model.md): a store that cannot be reached is waited
 * for ({@link StoreRetry}); a batch the store refuses for good is written again item by item, so that only the items it
 * refuses on their own are {@link #refused}, each with why, and their neighbours are written. An interruption while
 * waiting (the service stopping) is thrown: the batch is then left unacknowledged, never refused.
 *
 * @param results what the writes returned, for the items written
 * @param refused the items the store refused for good (by identity), with the failure
 */
public record BatchWrite<T, R>(List<R> results, Map<T, Throwable> refused) {

    /** Writes the items with {@code write}, which must be idempotent (it may run again on some of them). */
    public static <T, R> BatchWrite<T, R> of(String what, List<T> items, Function<List<T>, ? extends Collection<R>> write) {
        if (items.isEmpty()) {
            return new BatchWrite<>(List.of(), Map.of());
        }
        try {
            return new BatchWrite<>(List.copyOf(StoreRetry.call(what, () -> write.apply(items))), Map.of());
        } catch (RuntimeException | Error e) {
            if (StoreRetry.isInterruption(e)) {
                throw e;
            }
            if (items.size() == 1) {
                return new BatchWrite<>(List.of(), Map.of(items.get(0), e));
            }
            Log.warnf("%s: a batch of %d refused (%s); writing its items one by one", what, items.size(), e.getClass().getSimpleName());
        }
        List<R> results = new ArrayList<>();
        Map<T, Throwable> refused = new IdentityHashMap<>();
        for (T item : items) {
            try {
                results.addAll(StoreRetry.call(what, () -> write.apply(List.of(item))));
            } catch (RuntimeException | Error e) {
                if (StoreRetry.isInterruption(e)) {
                    throw e;
                }
                refused.put(item, e);
            }
        }
        return new BatchWrite<>(results, Collections.unmodifiableMap(refused));
    }
}
