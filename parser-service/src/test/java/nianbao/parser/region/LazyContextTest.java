package nianbao.parser.region;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The context built on demand settles a tie as the context given up front does, and is not built without a tie. */
class LazyContextTest {

    private static final RegionResolver RESOLVER = RegionResolver.load();

    @Test
    void contextIsBuiltOnlyForATieAndSettlesItAsBefore() {
        String context = "吉林省长春市朝阳区商务局2025年政府信息公开工作年度报告";
        AtomicInteger built = new AtomicInteger();
        Resolution lazily = RESOLVER.resolveWithLazyContext("朝阳区商务局", () -> {
            built.incrementAndGet();
            return context;
        });
        assertThat(lazily).isEqualTo(RESOLVER.resolve("朝阳区商务局", context));
        assertThat(built).hasValue(1);

        Resolution plain = RESOLVER.resolveWithLazyContext("中卫市商务局", () -> {
            built.incrementAndGet();
            return context;
        });
        assertThat(plain).isEqualTo(RESOLVER.resolve("中卫市商务局", context));
        assertThat(built).hasValue(1);
    }

    @Test
    void noContextLeavesATieUnsettledAsBefore() {
        assertThat(RESOLVER.resolveWithLazyContext("朝阳区商务局", () -> null)).isEqualTo(RESOLVER.resolve("朝阳区商务局", null));
    }
}
