package nianbao.parser.messaging;

import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/** Reads {@code reports-ingested} records as {@link IngestedEvent}; a record that is not such JSON becomes null. */
public class IngestedEventDeserializer extends ObjectMapperDeserializer<IngestedEvent> {

    public IngestedEventDeserializer() {
        super(IngestedEvent.class);
    }
}
