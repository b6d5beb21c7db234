package nianbao.query.messaging;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Live validation results for dashboards: each validation stored in the read model is broadcast to every current
 * subscriber. Nothing is buffered for late subscribers; the read model is the place to catch up.
 */
@ApplicationScoped
public class ValidationFeed {

    private final BroadcastProcessor<ValidationNotice> processor = BroadcastProcessor.create();

    /** The live stream (no replay). */
    public Multi<ValidationNotice> stream() {
        return processor.onOverflow().drop();
    }

    void publish(ValidatedEvent event) {
        processor.onNext(ValidationNotice.of(event));
    }
}
