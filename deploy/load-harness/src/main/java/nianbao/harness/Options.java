package nianbao.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/** The harnesses' command-line options: {@code --name value} pairs. */
final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();

    private Options(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs (--name value), got " + args.length + " words");
        }
        for (int i = 0; i < args.length; i += 2) {
            values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
    }

    static Options parse(String[] args) {
        return new Options(args);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }
}
