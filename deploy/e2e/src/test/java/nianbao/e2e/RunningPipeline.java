package nianbao.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;

/**
 * The whole pipeline ({@link PipelineStack}) for one test class: started before its tests, with RestAssured pointed at
 * query-service, and stopped after them. {@code @RegisterExtension static final RunningPipeline PIPELINE = new RunningPipeline();}
 */
final class RunningPipeline implements BeforeAllCallback, AfterAllCallback {

    /** The repository's root: the packaged services, the samples and the fixtures are found from here. */
    static final Path ROOT = Path.of(System.getProperty("nianbao.root", "../..")).toAbsolutePath().normalize();

    private PipelineStack stack;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        stack = new PipelineStack(ROOT);
        RestAssured.baseURI = stack.query.baseUrl();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (stack != null) {
            stack.close();
        }
    }

    /** The running stack. */
    PipelineStack stack() {
        return stack;
    }
}
