package nianbao.query.rest;

import jakarta.ws.rs.BadRequestException;
import nianbao.query.store.ReportSort;
import nianbao.query.store.ReportStatus;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks query parameters: each bad one becomes a 400 that names the parameter and says what it must be. */
final class Params {

    static final int MAX_TEXT = 100;
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]{0,3}(-[0-9]{2})?");
    static final List<String> SEVERITIES = List.of("error", "warning", "info");

    private Params() {
    }

    static Integer integer(String name, String value, int min, int max, Integer fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw new BadRequestException(name + " must be between " + min + " and " + max + ", was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a whole number, was '" + value + "'");
        }
    }

    static int requiredYear(String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("year is required, e.g. year=2025");
        }
        return integer("year", value, 1900, 2999, null);
    }

    /** Free text (agency names, region names): blank is absent; longer than {@value #MAX_TEXT} characters is refused. */
    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new BadRequestException(name + " must be at most " + MAX_TEXT + " characters, was " + value.length());
        }
        return value.strip();
    }

    static String oneOf(String name, String value, List<String> allowed, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String stripped = value.strip();
        return allowed.stream().filter(a -> a.equalsIgnoreCase(stripped)).findFirst()
                .orElseThrow(() -> new BadRequestException(name + " must be one of " + allowed + ", was '" + value + "'"));
    }

    static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadRequestException(name + " must be true or false, was '" + value + "'");
        };
    }

    static String status(String value) {
        return oneOf("status", value, ReportStatus.ALL, null);
    }

    static String severity(String value) {
        return oneOf("severity", value, SEVERITIES, null);
    }

    static String ruleId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip().toUpperCase(Locale.ROOT);
        if (!RULE_ID.matcher(id).matches()) {
            throw new BadRequestException("ruleId must be a rule id such as T3-01, S04 or P01, was '" + value + "'");
        }
        return id;
    }

    static List<ReportSort> sort(String value) {
        try {
            return ReportSort.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
