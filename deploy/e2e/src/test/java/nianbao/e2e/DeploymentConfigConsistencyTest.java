package nianbao.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import nianbao.tools.Topics;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that deploy/docker-compose.yml, the manifests in deploy/k8s, the local stack and {@link Topics} agree with
 * each service's application.properties and docs/events.md: ports, environment variables, topics, message limits,
 * and who may write and read which topic on the broker (the ACL table of the topic step, the principals' credentials).
 */
class DeploymentConfigConsistencyTest {

    private static final List<String> SERVICES =
            List.of("ingest-service", "parser-service", "validation-service", "query-service");
    private static final YAMLMapper YAML = new YAMLMapper();
    /** Read by Quarkus as kafka.security.protocol, kafka.sasl.mechanism, kafka.sasl.jaas.config (every KAFKA_* is). */
    private static final Set<String> KAFKA_CLIENT_VARIABLES =
            Set.of("KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_JAAS_CONFIG");
    /** The principal kcat users publish files as: it may write report-files and nothing else. */
    private static final String PUBLISHER = "publisher";
    private static final String KAFKA_CREDENTIALS = "nianbao-kafka-credentials";
    private static final Pattern COMPOSE_PASSWORD = Pattern.compile("\\$\\{(NIANBAO_KAFKA_PASSWORD_[A-Z_]+):\\?[^}]+}");

    private static Path root;
    private static Map<String, ServiceProperties> properties;
    private static JsonNode compose;
    private static List<JsonNode> manifests;
    private static String events;

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
        events = Files.readString(root.resolve("docs/events.md"));
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
        assertThat(names).isEqualTo(variablesRead(service));
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesRunsTheServiceOnItsPortWithItsProbes(String service) {
        int port = properties.get(service).httpPort();
        JsonNode workload = manifest("Deployment", service);
        JsonNode container = container(workload);
        Map<String, String> probes = Map.of("startupProbe", "/q/health/started", "readinessProbe", "/q/health/ready",
                "livenessProbe", "/q/health/live");
        probes.forEach((probe, path) -> {
            JsonNode httpGet = container.path(probe).path("httpGet");
            assertThat(httpGet.path("path").asText()).as(service + " " + probe).isEqualTo(path);
            assertThat(resolvePort(container, httpGet.path("port"))).as(service + " " + probe).isEqualTo(port);
        });
        // a container that exits (out of memory: -XX:+ExitOnOutOfMemoryError) or fails its liveness probe comes back
        assertThat(workload.path("spec").path("template").path("spec").path("restartPolicy").asText("Always"))
                .isEqualTo("Always");
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
        assertThat(available).containsAll(variablesRead(service));
        Set<String> allowed = new TreeSet<>(variablesRead(service));
        allowed.add("NIANBAO_KAFKA_PASSWORD");
        assertThat(allowed).containsAll(explicit);
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
        SERVICES.forEach(service -> {
            used.addAll(reads(service));
            used.addAll(writes(service));
        });
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

    @Test
    void composeAndKubernetesGrantTheSameAcls() {
        assertThat(composeGrants()).isNotEmpty().isEqualTo(kubernetesGrants());
    }

    @ParameterizedTest
    @MethodSource("services")
    void theServiceMayWriteExactlyTheTopicsItProducesTo(String service) {
        assertThat(writes(service)).isNotEmpty();
        assertThat(granted(composeGrants(), service, "Write", "topic")).isEqualTo(writes(service));
        assertThat(granted(kubernetesGrants(), service, "Write", "topic")).isEqualTo(writes(service));
    }

    @ParameterizedTest
    @MethodSource("services")
    void theServiceMayReadExactlyTheTopicsItConsumesWithItsConsumerGroups(String service) {
        for (Set<Grant> grants : List.of(composeGrants(), kubernetesGrants())) {
            assertThat(granted(grants, service, "Read", "topic")).isNotEmpty().isEqualTo(reads(service));
            assertThat(granted(grants, service, "Read", "group")).isNotEmpty().isEqualTo(groups(service));
        }
    }

    @Test
    void noPrincipalButTheOwnerMayWriteAnEventTopic() {
        Map<String, Set<String>> owners = new LinkedHashMap<>(producersInEventsDoc());
        // report-files: users through kcat (publisher), and ingest-service's REST upload
        owners.put(Topics.REPORT_FILES, Set.of(PUBLISHER, "ingest-service"));
        // <topic>-dlq: the stages that give up on a record of <topic>
        for (String topic : Topics.EVENTS) {
            Set<String> stages = new TreeSet<>();
            SERVICES.stream().filter(service -> deadLetterTopics(service).contains(topic + "-dlq")).forEach(stages::add);
            owners.put(topic + "-dlq", stages);
        }
        assertThat(owners.keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
        owners.forEach((topic, owner) -> {
            assertThat(owner).as(topic).isNotEmpty();
            assertThat(writers(composeGrants(), topic)).as("writers of " + topic).isEqualTo(owner);
            assertThat(writers(kubernetesGrants(), topic)).as("writers of " + topic).isEqualTo(owner);
        });
    }

    @Test
    void aForgedReportsValidatedEventIsRefusedFromEveryPrincipalButValidationService() {
        assertThat(writers(composeGrants(), "reports-validated")).containsExactly("validation-service");
        assertThat(writers(kubernetesGrants(), "reports-validated")).containsExactly("validation-service");
    }

    @Test
    void publisherMayWriteReportFilesAndNothingElse() {
        Grant reportFiles = new Grant(PUBLISHER, "Write", "topic", Topics.REPORT_FILES);
        assertThat(composeGrants()).filteredOn(grant -> grant.principal().equals(PUBLISHER)).containsExactly(reportFiles);
    }

    @Test
    void theAclTableGrantsOnlyReadAndWriteOnNamedTopicsAndGroupsToKnownPrincipals() {
        Set<String> principals = new TreeSet<>(SERVICES);
        principals.add(PUBLISHER);
        for (Grant grant : composeGrants()) {
            assertThat(principals).as(grant.toString()).contains(grant.principal());
            assertThat(grant.operation()).as(grant.toString()).isIn("Read", "Write");
            if (grant.resourceType().equals("topic")) {
                assertThat(Topics.ALL).as(grant.toString()).contains(grant.name());
            } else {
                assertThat(grant.resourceType()).as(grant.toString()).isEqualTo("group");
                assertThat(grant.operation()).as(grant.toString()).isEqualTo("Read");
                assertThat(grant.name()).as(grant.toString()).matches("[a-z][a-z-]*");
            }
        }
    }

    @Test
    void composeBrokerAuthenticatesEveryListenerAndAuthorizesEveryRequest() throws IOException {
        JsonNode kafka = compose.path("services").path("kafka").path("environment");
        assertThat(kafka.path("KAFKA_AUTHORIZER_CLASS_NAME").asText())
                .isEqualTo("org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        assertThat(kafka.path("KAFKA_ALLOW_EVERYONE_IF_NO_ACL_FOUND").asText()).isEqualTo("false");
        assertThat(kafka.path("KAFKA_SUPER_USERS").asText()).isEqualTo("User:admin");
        assertThat(kafka.path("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText()).isEqualTo("false");
        Map<String, String> protocols = new TreeMap<>();
        for (String entry : kafka.path("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").asText().split(",")) {
            protocols.put(entry.split(":")[0], entry.split(":")[1]);
        }
        String controller = kafka.path("KAFKA_CONTROLLER_LISTENER_NAMES").asText();
        for (String listener : kafka.path("KAFKA_LISTENERS").asText().split(",")) {
            String name = listener.substring(0, listener.indexOf("://"));
            assertThat(protocols.get(name)).as("listener " + name).isIn("SASL_PLAINTEXT", "SASL_SSL");
            // the image's start-up script wants a JAAS file when an advertised listener's name starts with SASL_
            assertThat(name).doesNotStartWith("SASL_");
            String mechanism = name.equals(controller) ? "PLAIN" : "SCRAM___SHA___512";
            assertThat(kafka.has("KAFKA_LISTENER_NAME_" + name + "_" + mechanism + "_SASL_JAAS_CONFIG"))
                    .as("JAAS settings of listener " + name).isTrue();
        }
        assertThat(kafka.path("KAFKA_SASL_ENABLED_MECHANISMS").asText()).isEqualTo("SCRAM-SHA-512");
        assertThat(kafka.path("KAFKA_SASL_MECHANISM_INTER_BROKER_PROTOCOL").asText()).isEqualTo("SCRAM-SHA-512");
        // SCRAM credentials live in the metadata log, which the controller cannot have read when the broker logs in
        assertThat(kafka.path("KAFKA_SASL_MECHANISM_CONTROLLER_PROTOCOL").asText()).isEqualTo("PLAIN");
        // the admin's SCRAM credential is written when the storage is formatted (the first start)
        assertThat(compose.path("services").path("kafka").path("command").get(0).asText())
                .contains("--add-scram \"SCRAM-SHA-512=[name=admin,", "exec /etc/kafka/docker/run");
        // the local stack (loopback only) has no authentication, but creates no topic for a stray record either
        assertThat(Files.readAllLines(root.resolve("deploy/local/kafka/server.properties")))
                .contains("auto.create.topics.enable=false");
    }

    @ParameterizedTest
    @MethodSource("services")
    void composeLogsTheServiceInAsItsOwnPrincipalWithAPasswordFromTheEnvironment(String service) {
        JsonNode env = compose.path("services").path(service).path("environment");
        assertThat(env.path("KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_PLAINTEXT");
        assertThat(env.path("KAFKA_SASL_MECHANISM").asText()).isEqualTo("SCRAM-SHA-512");
        String jaas = env.path("KAFKA_SASL_JAAS_CONFIG").asText();
        Matcher password = COMPOSE_PASSWORD.matcher(jaas);
        assertThat(password.find()).as(jaas).isTrue();
        assertThat(password.group(1)).isEqualTo(passwordVariable(service));
        assertThat(jaas).isEqualTo(scramLogin(service, password.group()));
    }

    @ParameterizedTest
    @MethodSource("services")
    void kubernetesLogsTheServiceInAsItsOwnPrincipalWithOnlyItsOwnPassword(String service) {
        JsonNode container = container(manifest("Deployment", service));
        List<String> names = new ArrayList<>();
        container.path("env").forEach(env -> names.add(env.path("name").asText()));
        // Kubernetes expands $(NIANBAO_KAFKA_PASSWORD) only when that variable comes first
        assertThat(names).containsSubsequence("NIANBAO_KAFKA_PASSWORD", "KAFKA_SASL_JAAS_CONFIG");
        JsonNode secret = env(container, "NIANBAO_KAFKA_PASSWORD").path("valueFrom").path("secretKeyRef");
        assertThat(secret.path("name").asText()).isEqualTo(KAFKA_CREDENTIALS);
        assertThat(secret.path("key").asText()).isEqualTo(passwordVariable(service));
        assertThat(secret.path("optional").asBoolean(false)).isFalse();
        assertThat(envValue(container, "KAFKA_SASL_JAAS_CONFIG")).isEqualTo(scramLogin(service, "$(NIANBAO_KAFKA_PASSWORD)"));
        // the other principals' passwords never reach the pod
        assertThat(container.path("envFrom").toString()).doesNotContain(KAFKA_CREDENTIALS);
        JsonNode config = manifest("ConfigMap", "nianbao-config").path("data");
        assertThat(config.path("KAFKA_SECURITY_PROTOCOL").asText()).isIn("SASL_PLAINTEXT", "SASL_SSL");
        assertThat(config.path("KAFKA_SASL_MECHANISM").asText()).isEqualTo("SCRAM-SHA-512");
    }

    @Test
    void theTopicStepHasThePasswordOfAdminAndOfEveryPrincipalItCreates() {
        Set<String> principals = new TreeSet<>(Set.of("admin"));
        composeGrants().forEach(grant -> principals.add(grant.principal()));
        JsonNode step = compose.path("services").path("create-topics").path("environment");
        principals.forEach(principal -> assertThat(step.path(passwordVariable(principal)).asText()).as(principal)
                .matches(COMPOSE_PASSWORD).startsWith("${" + passwordVariable(principal) + ":?"));
        JsonNode secret = container(manifest("Job", "create-topics")).path("envFrom").findParent("secretRef");
        assertThat(secret.path("secretRef").path("name").asText()).isEqualTo(KAFKA_CREDENTIALS);
        assertThat(secret.path("secretRef").path("optional").asBoolean(false)).isFalse();
    }

    @Test
    void noCredentialIsCommitted() {
        Pattern secretValue = Pattern.compile("(password|user_admin)=\"([^\"]*)\"");
        compose.path("services").forEach(container -> container.path("environment").properties().forEach(env -> {
            String value = env.getValue().asText();
            if (env.getKey().contains("PASSWORD") || env.getKey().contains("TOKEN")) {
                assertThat(value).as(env.getKey()).matches("\\$\\{" + env.getKey() + ":\\?[^}]+}");
            }
            Matcher secrets = secretValue.matcher(value);
            while (secrets.find()) {
                assertThat(secrets.group(2)).as(env.getKey()).matches(COMPOSE_PASSWORD);
            }
        }));
        assertThat(manifests).noneMatch(manifest -> manifest.path("kind").asText().equals("Secret"));
        assertThat(fieldNames(manifest("ConfigMap", "nianbao-config").path("data")))
                .noneMatch(key -> key.contains("PASSWORD") || key.contains("TOKEN") || key.contains("JAAS"));
        SERVICES.forEach(service -> container(manifest("Deployment", service)).path("env").forEach(env ->
                assertThat(env.path("value").asText()).as(service + " " + env.path("name").asText())
                        .doesNotContainPattern("password=\"(?!\\$\\(NIANBAO_KAFKA_PASSWORD\\)\")")));
    }

    @Test
    void composeTopicStepAndKubernetesJobRunTheSameScript() {
        String composeScript = compose.path("services").path("create-topics").path("command").get(0).asText();
        String jobScript = container(manifest("Job", "create-topics")).path("args").get(0).asText();
        // compose reads $VAR and ${VAR} itself: every $ of a script is written $$
        assertThat(composeScript.replace("$$", "")).doesNotContain("$");
        assertThat(compose.path("services").path("kafka").path("command").get(0).asText().replace("$$", ""))
                .doesNotContain("$");
        assertThat(composeScript.replace("$$", "$")).isEqualTo(jobScript);
        // Kubernetes reads $(VAR) and $$ in args itself: the script has neither
        assertThat(jobScript).doesNotContain("$$").doesNotContainPattern("\\$\\([A-Za-z_][A-Za-z0-9_]*\\)");
        assertThat(jobScript).contains("kafka-acls.sh", "--allow-principal \"User:$principal\"",
                "--entity-type users", "SCRAM-SHA-512=[iterations=8192,password=$secret]");
    }

    @Test
    void everyLongRunningContainerIsRestarted() throws IOException {
        List<String> containers = new ArrayList<>(SERVICES);
        containers.addAll(List.of("kafka", "mongo"));
        containers.forEach(name -> assertThat(compose.path("services").path(name).path("restart").asText()).as(name)
                .isIn("always", "unless-stopped", "on-failure"));
        for (String service : SERVICES) {
            String dockerfile = compose.path("services").path(service).path("build").path("dockerfile").asText();
            assertThat(Files.readString(root.resolve(service).resolve(dockerfile))).as(service)
                    .contains("-XX:+ExitOnOutOfMemoryError");
        }
    }

    /** One grant of the ACL table: the principal may do the operation on the topic or group of that name. */
    private record Grant(String principal, String operation, String resourceType, String name) {
    }

    /** A service's Kafka channel from its application.properties: its topics, and for an incoming one its group. */
    private record Channel(boolean incoming, List<String> topics, String group, String deadLetterTopic) {
    }

    private static Set<String> variablesRead(String service) {
        Set<String> variables = new TreeSet<>(properties.get(service).envVars());
        variables.addAll(KAFKA_CLIENT_VARIABLES);
        return variables;
    }

    private static List<Channel> channels(String service) {
        Properties props = properties.get(service).properties();
        Pattern connector = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.connector");
        List<Channel> channels = new ArrayList<>();
        for (String key : new TreeSet<>(props.stringPropertyNames())) {
            Matcher matcher = connector.matcher(key);
            if (!matcher.matches() || !"smallrye-kafka".equals(props.getProperty(key))) {
                continue;
            }
            String prefix = "mp.messaging." + matcher.group(1) + "." + matcher.group(2) + ".";
            assertThat(props.getProperty(prefix + "pattern", "false")).as(prefix + "pattern: ACLs grant topics by name")
                    .isEqualTo("false");
            String topics = props.getProperty(prefix + "topics", props.getProperty(prefix + "topic", matcher.group(2)));
            String group = props.getProperty(prefix + "group.id",
                    props.getProperty("kafka.group.id", props.getProperty("quarkus.application.name")));
            String deadLetterTopic = "dead-letter-queue".equals(props.getProperty(prefix + "failure-strategy"))
                    ? props.getProperty(prefix + "dead-letter-queue.topic") : null;
            channels.add(new Channel(matcher.group(1).equals("incoming"), Arrays.asList(topics.trim().split("\\s*,\\s*")),
                    group, deadLetterTopic));
        }
        return channels;
    }

    private static Set<String> reads(String service) {
        Set<String> topics = new TreeSet<>();
        channels(service).stream().filter(Channel::incoming).forEach(channel -> topics.addAll(channel.topics()));
        return topics;
    }

    private static Set<String> groups(String service) {
        Set<String> groups = new TreeSet<>();
        channels(service).stream().filter(Channel::incoming).forEach(channel -> groups.add(channel.group()));
        return groups;
    }

    private static Set<String> deadLetterTopics(String service) {
        Set<String> topics = new TreeSet<>();
        channels(service).stream().filter(channel -> channel.deadLetterTopic() != null)
                .forEach(channel -> topics.add(channel.deadLetterTopic()));
        return topics;
    }

    /** Outgoing channels, dead-letter topics, and the topics docs/events.md names the service the producer of. */
    private static Set<String> writes(String service) {
        Set<String> topics = new TreeSet<>(deadLetterTopics(service));
        channels(service).stream().filter(channel -> !channel.incoming()).forEach(channel -> topics.addAll(channel.topics()));
        producersInEventsDoc().forEach((topic, producers) -> {
            if (producers.contains(service)) {
                topics.add(topic);
            }
        });
        return topics;
    }

    /** The topics of docs/events.md's topic table whose producer column names services, with those services. */
    private static Map<String, Set<String>> producersInEventsDoc() {
        Map<String, Set<String>> producers = new TreeMap<>();
        Pattern service = Pattern.compile("\\b[a-z]+-service\\b");
        List<String> table = events.lines().dropWhile(line -> !line.startsWith("| topic | type | producer | consumers |"))
                .skip(2).takeWhile(line -> line.startsWith("|")).toList();
        for (String line : table) {
            String[] cells = line.split("\\|");
            Set<String> named = new TreeSet<>(service.matcher(cells[3]).results().map(MatchResult::group).toList());
            Matcher topic = Pattern.compile("`([a-z-]+)`").matcher(cells[1]);
            while (topic.find() && !named.isEmpty()) {
                producers.put(topic.group(1), named);
            }
        }
        assertThat(producers).as("producers in docs/events.md").isNotEmpty();
        return producers;
    }

    private static Set<Grant> composeGrants() {
        return grants(compose.path("services").path("create-topics").path("environment").path("ACLS").asText());
    }

    private static Set<Grant> kubernetesGrants() {
        return grants(envValue(container(manifest("Job", "create-topics")), "ACLS"));
    }

    /** Parses the ACL table: {@code <principal> <operation> <topic|group> <names...>} a line. */
    private static Set<Grant> grants(String table) {
        Set<Grant> grants = new LinkedHashSet<>();
        table.lines().filter(line -> !line.isBlank()).forEach(line -> {
            String[] words = line.trim().split("\\s+");
            assertThat(words.length).as("ACL line: " + line).isGreaterThanOrEqualTo(4);
            for (int i = 3; i < words.length; i++) {
                grants.add(new Grant(words[0], words[1], words[2], words[i]));
            }
        });
        return grants;
    }

    private static Set<String> granted(Set<Grant> grants, String principal, String operation, String resourceType) {
        Set<String> names = new TreeSet<>();
        grants.stream().filter(grant -> grant.principal().equals(principal) && grant.operation().equals(operation)
                && grant.resourceType().equals(resourceType)).forEach(grant -> names.add(grant.name()));
        return names;
    }

    private static Set<String> writers(Set<Grant> grants, String topic) {
        Set<String> principals = new TreeSet<>();
        grants.stream().filter(grant -> grant.operation().equals("Write") && grant.resourceType().equals("topic")
                && grant.name().equals(topic)).forEach(grant -> principals.add(grant.principal()));
        return principals;
    }

    private static String passwordVariable(String principal) {
        return "NIANBAO_KAFKA_PASSWORD_" + principal.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String scramLogin(String principal, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + principal
                + "\" password=\"" + password + "\";";
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
        return env(container, name).path("value").asText();
    }

    private static JsonNode env(JsonNode container, String name) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals(name)) {
                return env;
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
