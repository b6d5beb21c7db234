package nianbao.validation.messaging;

import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/** Reads {@code reports-parsed} records as {@link ParsedEvent}; a record that is not such JSON becomes null. */
public class ParsedEventDeserializer extends ObjectMapperDeserializer<ParsedEvent> {

    public ParsedEventDeserializer() {
        super(ParsedEvent.class);
    }
}
