package nianbao.query.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.kafka.client.serialization.ObjectMapperDeserializer;

import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads events as JSON trees: query-service stores the report contract as it comes, so fields it does not know
 * are kept rather than dropped. A record that is not JSON becomes null (and is dead-lettered). So does a record
 * over the channel's {@value #MAX_BYTES_PROPERTY} (default 16 MiB, what one MongoDB document holds): it is refused
 * before a tree is built, because the tree of a legal-size but absurd event (a validation with 100,000 findings)
 * takes many times its bytes of heap, and such an event could not be stored anyway. Refused by returning null, not
 * by throwing: a deserialization failure keeps the raw bytes in headers, and the dead letter would carry them
 * three times over, too large to send; the reason travels in the {@value #REFUSED_HEADER} header instead.
 */
public class JsonEventDeserializer extends ObjectMapperDeserializer<JsonNode> {

    /** The channel property (e.g. {@code mp.messaging.incoming.reports-validated.nianbao.max-event-bytes}). */
    public static final String MAX_BYTES_PROPERTY = "nianbao.max-event-bytes";
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;
    /** Set on a record refused for its size; the dead letter keeps the record's headers. */
    public static final String REFUSED_HEADER = "nianbao-refused";

    private int maxBytes = DEFAULT_MAX_BYTES;

    public JsonEventDeserializer() {
        super(JsonNode.class);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        super.configure(configs, isKey);
        Object configured = configs.get(MAX_BYTES_PROPERTY);
        if (configured != null) {
            maxBytes = Integer.parseInt(configured.toString().strip());
        }
    }

    @Override
    public JsonNode deserialize(String topic, Headers headers, byte[] data) {
        if (data != null && data.length > maxBytes) {
            headers.add(REFUSED_HEADER, refusal(topic, data.length).getBytes(StandardCharsets.UTF_8));
            return null;
        }
        return super.deserialize(topic, data);
    }

    @Override
    public JsonNode deserialize(String topic, byte[] data) {
        return data != null && data.length > maxBytes ? null : super.deserialize(topic, data);
    }

    String refusal(String topic, int bytes) {
        return "event of " + bytes + " bytes on " + topic + " is over the limit of " + maxBytes + " bytes; not read";
    }
}
