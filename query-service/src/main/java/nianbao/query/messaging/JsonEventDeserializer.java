package nianbao.query.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

/**
 * Reads events as JSON trees: query-service stores the report contract as it comes, so fields it does not know
 * are kept rather than dropped. A record that is not JSON becomes null (and is dead-lettered).
 */
public class JsonEventDeserializer extends ObjectMapperDeserializer<JsonNode> {

    public JsonEventDeserializer() {
        super(JsonNode.class);
    }
}
