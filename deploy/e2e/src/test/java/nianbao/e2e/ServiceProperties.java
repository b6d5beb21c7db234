package nianbao.e2e;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service's {@code application.properties} declares: its HTTP port, the environment variables it reads
 * in {@code ${VARIABLE:default}} values, and the Kafka topics of its channels.
 */
record ServiceProperties(String service, Properties properties, int httpPort, Set<String> envVars, Set<String> topics,
                         Set<String> topicPatterns, Map<String, String> deadLetterTopics) {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?}");
    private static final Pattern CHANNEL_KEY = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.connector");

    /** Reads {@code <serviceDir>/src/main/resources/application.properties}. */
    static ServiceProperties read(Path serviceDir) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                serviceDir.resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Set<String> envVars = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher matcher = ENV_REFERENCE.matcher(properties.getProperty(key));
            while (matcher.find()) {
                envVars.add(matcher.group(1));
            }
        }
        Set<String> topics = new TreeSet<>();
        Set<String> patterns = new TreeSet<>();
        Map<String, String> deadLetterTopics = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher channelKey = CHANNEL_KEY.matcher(key);
            if (!channelKey.matches() || !"smallrye-kafka".equals(properties.getProperty(key))) {
                continue;
            }
            String prefix = "mp.messaging." + channelKey.group(1) + "." + channelKey.group(2) + ".";
            String list = properties.getProperty(prefix + "topics");
            if (list != null) {
                // a channel reading several topics by name (query-service's dead letters)
                for (String named : list.split(",")) {
                    topics.add(named.strip());
                }
                continue;
            }
            String topic = properties.getProperty(prefix + "topic", channelKey.group(2));
            if (Boolean.parseBoolean(properties.getProperty(prefix + "pattern", "false"))) {
                patterns.add(topic);
                continue;
            }
            topics.add(topic);
            if ("dead-letter-queue".equals(properties.getProperty(prefix + "failure-strategy"))) {
                String deadLetterTopic = properties.getProperty(prefix + "dead-letter-queue.topic");
                deadLetterTopics.put(topic, deadLetterTopic);
                if (deadLetterTopic != null) {
                    topics.add(deadLetterTopic);
                }
            }
        }
        int port = Integer.parseInt(properties.getProperty("quarkus.http.port", "8080"));
        return new ServiceProperties(serviceDir.getFileName().toString(), properties, port, envVars, topics, patterns,
                deadLetterTopics);
    }
}
