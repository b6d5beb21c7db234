package nianbao.validation.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import nianbao.support.test.KafkaAndMongoTestResource;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The service with a stand-in parser ({@link StubParser}), one open request at a time, and a rule that throws an
 * {@link Error} for one agency ({@link ThrowingRuleValidator}).
 */
public class ConstrainedServiceProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("nianbao.validation.max-concurrent-requests", "1");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ThrowingRuleValidator.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaAndMongoTestResource.class), new TestResourceEntry(StubParser.class));
    }
}
