package nianbao.query.messaging;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Events are read as trees up to the channel's size limit; a larger one is refused unread (null, so it is dead-lettered) with the reason in a header. */
class JsonEventDeserializerTest {

    private static final byte[] EVENT = "{\"reportId\":\"r1\",\"reason\":\"empty file\",\"extra\":[1]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void anEventUpToTheLimitIsReadWithEveryField() {
        try (JsonEventDeserializer deserializer = new JsonEventDeserializer()) {
            deserializer.configure(Map.of(JsonEventDeserializer.MAX_BYTES_PROPERTY, String.valueOf(EVENT.length)), false);

            assertThat(deserializer.deserialize("reports-rejected", EVENT).get("extra").get(0).asInt()).isEqualTo(1);
        }
    }

    @Test
    void aLargerEventIsRefusedBeforeItIsParsed() {
        try (JsonEventDeserializer deserializer = new JsonEventDeserializer()) {
            deserializer.configure(Map.of(JsonEventDeserializer.MAX_BYTES_PROPERTY, String.valueOf(EVENT.length - 1)), false);

            RecordHeaders headers = new RecordHeaders();

            assertThat(deserializer.deserialize("reports-rejected", headers, EVENT)).isNull();
            assertThat(new String(headers.lastHeader(JsonEventDeserializer.REFUSED_HEADER).value(), StandardCharsets.UTF_8))
                    .isEqualTo("event of " + EVENT.length + " bytes on reports-rejected is over the limit of "
                            + (EVENT.length - 1) + " bytes; not read");
        }
    }

    @Test
    void withoutASettingTheLimitIsOneMongoDocument() {
        try (JsonEventDeserializer deserializer = new JsonEventDeserializer()) {
            deserializer.configure(Map.of(), false);
            byte[] tooLarge = new byte[JsonEventDeserializer.DEFAULT_MAX_BYTES + 1];

            assertThat(deserializer.deserialize("reports-parsed", EVENT).get("reportId").asText()).isEqualTo("r1");
            assertThat(deserializer.deserialize("reports-parsed", new RecordHeaders(), tooLarge)).isNull();
        }
    }
}
