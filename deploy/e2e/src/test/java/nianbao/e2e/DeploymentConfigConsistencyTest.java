package nianbao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import nianbao.support.cli.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that deploy/docker-compose.yml, the manifests in deploy/k8s, the local stack and {@link Topics} agree with
 * each service's application.properties: ports, environment variables, topics and message limits.
 */
class DeploymentConfigConsistencyTest {

    private static final List<String> SERVICES =
            List.of("ingest-service", "parser-service", "validation-service", "query-service");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static Path root;
    private static Map<String, ServiceProperties> properties;
    private static JsonNode compose;
    private static List<JsonNode> manifests;

    @BeforeAll
    static void readEverything() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("deploy/docker-compose.yml"))) {
            root = root.getParent();
            assertThat(root).as("repository root above the working directory").isNotNull();
        }
        properties = new LinkedHashMap<>();
        for (String service : SERVICES) {
            properties.put(service, ServiceProperties.read(root.resolve(service)));
        }
        compose = YAML.readTree(root.resolve("deploy/docker-compose.yml").toFile());
        manifests = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("deploy/k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
                    docs.readAll().stream().filter(doc -> doc.has("kind")).forEach(manifests::add);
                }
            }
        }
    }

    static List<String> services() {
        return SERVICES;
    }

    @Test
    void theRootPomBuildsEveryService() throws IOException {
        String pom = Files.readString(root.resolve("pom.xml"));
        SERVICES.forEach(service -> assertThat(pom).contains("<module>" + service + "</module>"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void composeBuildsTheServiceFromItsDockerfileAndPublishesItsPort(String service) throws IOException {
        int port = properties.get(service).httpPort();
        JsonNode container = compose.path("services").path(service);
        Path context = root.resolve("deploy").resolve(container.path("build").path("context").asText()).normalize();
        assertThat(context).isEqualTo(root.resolve(service));
        Path dockerfile = context.resolve(container.path("build").path("dockerfile").asText());
        assertThat(Files.readString(dockerfile)).contains("EXPOSE " + port).contains("target/quarkus-app/");
        assertThat(texts(container.path("ports"))).containsExactly("127.0.0.1:" + port + ":" + port);
        assertThat(container.path("healthcheck").toString()).contains("localhost:" + port + "/q/health/ready");
    }

    @ParameterizedTest
    @MethodSource("services")
    void composeSetsExactlyTheVariablesTheServiceReads(String service) {
        Set<String> names = fieldNames(compose.path("services").path(service).path("environment"));
        assertThat(names).isEqualTo(properties.get(service).envVars());
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesRunsTheServiceOnItsPortWithAReadinessProbe(String service) {
        int port = properties.get(service).httpPort();
        JsonNode container = container(manifest("Deployment", service));
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        assertThat(resolvePort(container, container.path("readinessProbe").path("httpGet").path("port"))).isEqualTo(port);
        JsonNode servicePort = manifest("Service", service).path("spec").path("ports").get(0);
        assertThat(servicePort.path("port").asInt()).isEqualTo(port);
        assertThat(resolvePort(container, servicePort.path("targetPort"))).isEqualTo(port);
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesGivesTheServiceEveryVariableItReads(String service) {
        JsonNode container = container(manifest("Deployment", service));
        Set<String> explicit = new TreeSet<>();
        container.path("env").forEach(env -> explicit.add(env.path("name").asText()));
        Set<String> available = new TreeSet<>(explicit);
        container.path("envFrom").forEach(from -> {
            if (from.has("configMapRef")) {
                available.addAll(fieldNames(manifest("ConfigMap", from.path("configMapRef").path("name").asText())
                        .path("data")));
            }
        });
        assertThat(available).containsAll(properties.get(service).envVars());
        assertThat(properties.get(service).envVars()).containsAll(explicit);
    }

    @ParameterizedTest
    @MethodSource("services")
    void everyIncomingChannelNamesItsDeadLetterTopicAfterItsTopic(String service) {
        properties.get(service).deadLetterTopics()
                .forEach((topic, deadLetterTopic) -> assertThat(deadLetterTopic).as(topic).isEqualTo(topic + "-dlq"));
    }

    @Test
    void everyTopicAServiceUsesIsCreatedByComposeKubernetesAndCreateTopics() {
        Set<String> used = new TreeSet<>();
        properties.values().forEach(service -> used.addAll(service.topics()));
        assertThat(composeTopics()).containsAll(used);
        assertThat(kubernetesTopics()).containsAll(used);
        assertThat(Topics.ALL).containsAll(used);
    }

    @Test
    void composeKubernetesAndCreateTopicsCreateTheSameTopicsWithTheSameLimit() {
        assertThat(composeTopics()).isEqualTo(new TreeSet<>(Topics.ALL));
        assertThat(kubernetesTopics()).isEqualTo(new TreeSet<>(Topics.ALL));
        JsonNode composeStep = compose.path("services").path("create-topics");
        JsonNode job = container(manifest("Job", "create-topics"));
        assertThat(composeStep.path("environment").path("MAX_MESSAGE_BYTES").asInt()).isEqualTo(Topics.MAX_MESSAGE_BYTES);
        assertThat(envValue(job, "MAX_MESSAGE_BYTES")).isEqualTo(String.valueOf(Topics.MAX_MESSAGE_BYTES));
        assertThat(composeStep.path("command").toString()).contains("--if-not-exists", "max.message.bytes=");
        assertThat(job.path("args").toString()).contains("--if-not-exists", "max.message.bytes=");
    }

    @Test
    void topicPatternsMatchCreatedTopics() {
        properties.values().forEach(service -> service.topicPatterns().forEach(pattern ->
                assertThat(Topics.ALL).as(service.service() + " pattern " + pattern).anyMatch(t -> t.matches(pattern))));
    }

    @Test
    void brokersAndServicesAcceptMessagesAsLargeAsTheTopics() throws IOException {
        String limit = String.valueOf(Topics.MAX_MESSAGE_BYTES);
        assertThat(compose.path("services").path("kafka").path("environment").path("KAFKA_MESSAGE_MAX_BYTES").asText())
                .isEqualTo(limit);
        assertThat(Files.readAllLines(root.resolve("deploy/local/kafka/server.properties")))
                .contains("message.max.bytes=" + limit, "replica.fetch.max.bytes=" + limit);
        properties.values().forEach(service -> {
            assertThat(Integer.parseInt(service.properties().getProperty("kafka.max.partition.fetch.bytes", "0")))
                    .as(service.service() + " kafka.max.partition.fetch.bytes").isGreaterThanOrEqualTo(Topics.MAX_MESSAGE_BYTES);
            // every service dead-letters what it cannot process, and its dead-letter producers take this setting
            // too: without it they stop at the client default of 1 MiB
            String requestSize = service.properties().getProperty("kafka.max.request.size", "0");
            assertThat(Integer.parseInt(requestSize)).as(service.service() + " kafka.max.request.size")
                    .isGreaterThanOrEqualTo(Topics.MAX_MESSAGE_BYTES);
        });
    }

    @Test
    void composeServicesUseTheAddressTheBrokerAdvertises() {
        String advertised = compose.path("services").path("kafka").path("environment")
                .path("KAFKA_ADVERTISED_LISTENERS").asText();
        compose.path("services").forEach(container -> {
            JsonNode bootstrap = container.path("environment").path("KAFKA_BOOTSTRAP_SERVERS");
            if (!bootstrap.isMissingNode()) {
                assertThat(advertised).contains("://" + bootstrap.asText());
            }
        });
    }

    @Test
    void urlsBetweenServicesNameARealServiceAndItsPort() {
        for (String service : SERVICES) {
            compose.path("services").path(service).path("environment").properties().forEach(env ->
                    assertUrlNamesAService(env.getValue().asText(), fieldNames(compose.path("services"))));
            container(manifest("Deployment", service)).path("env").forEach(env ->
                    assertUrlNamesAService(env.path("value").asText(), kubernetesServiceNames()));
        }
    }

    @Test
    void theLocalStackUsesThePortsOfTheProperties() throws IOException {
        String common = Files.readString(root.resolve("deploy/local/common.sh"));
        properties.values().forEach(service ->
                assertThat(common).contains(service.service() + ") echo " + service.httpPort() + " ;;"));
    }

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        JsonNode kustomization = YAML.readTree(root.resolve("deploy/k8s/kustomization.yaml").toFile());
        try (Stream<Path> files = Files.list(root.resolve("deploy/k8s"))) {
            Set<String> yamlFiles = new TreeSet<>(files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml")).toList());
            assertThat(new TreeSet<>(texts(kustomization.path("resources")))).isEqualTo(yamlFiles);
        }
    }

    private static void assertUrlNamesAService(String value, Set<String> serviceNames) {
        if (!value.startsWith("http://")) {
            return;
        }
        URI uri = URI.create(value);
        assertThat(serviceNames).as(value).contains(uri.getHost());
        assertThat(properties.get(uri.getHost()).httpPort()).as(value).isEqualTo(uri.getPort());
    }

    private static Set<String> composeTopics() {
        return words(compose.path("services").path("create-topics").path("environment").path("TOPICS").asText());
    }

    private static Set<String> kubernetesTopics() {
        return words(envValue(container(manifest("Job", "create-topics")), "TOPICS"));
    }

    private static Set<String> kubernetesServiceNames() {
        Set<String> names = new HashSet<>();
        manifests.stream().filter(m -> m.path("kind").asText().equals("Service"))
                .forEach(m -> names.add(m.path("metadata").path("name").asText()));
        return names;
    }

    private static JsonNode manifest(String kind, String name) {
        return manifests.stream()
                .filter(m -> m.path("kind").asText().equals(kind) && m.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in deploy/k8s"));
    }

    private static JsonNode container(JsonNode workload) {
        return workload.path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static int resolvePort(JsonNode container, JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        for (JsonNode declared : container.path("ports")) {
            if (declared.path("name").asText().equals(port.asText())) {
                return declared.path("containerPort").asInt();
            }
        }
        throw new AssertionError("port " + port + " is not declared by container " + container.path("name"));
    }

    private static String envValue(JsonNode container, String name) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals(name)) {
                return env.path("value").asText();
            }
        }
        throw new AssertionError("container " + container.path("name") + " sets no " + name);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static Set<String> words(String text) {
        return new TreeSet<>(Arrays.asList(text.trim().split("\\s+")));
    }
}
