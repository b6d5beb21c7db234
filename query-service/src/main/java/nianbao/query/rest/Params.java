package nianbao.query.rest;

import nianbao.query.store.ReportSort;
import nianbao.query.store.ReportStatus;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks request parameters: each bad one becomes a 400 problem ({@link ClientProblem}) that names the parameter and
 * says what it must be. Text never holds a control character (U+0000–U+001F, U+007F–U+009F): no name has one, and some
 * (NUL) cannot even travel in a store query. A bad value is quoted back, control characters written as U+XXXX, shortened.
 */
final class Params {

    static final int MAX_TEXT = 100;
    static final int MAX_REPORT_ID = 1024;
    /** The highest page number any list accepts. */
    static final int MAX_PAGE = 100_000;
    private static final int SHOWN = 60;
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
                throw ClientProblem.badParameter(name, name + " must be between " + min + " and " + max + ", was " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ClientProblem.badParameter(name, name + " must be a whole number, was " + shown(value));
        }
    }

    /** One page of a list already in memory (empty past its end). */
    static <T> List<T> page(List<T> all, int page, int size) {
        long from = (long) page * size;
        return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    static int requiredYear(String value) {
        if (value == null || value.isBlank()) {
            throw ClientProblem.badParameter("year", "year is required, e.g. year=2025");
        }
        return integer("year", value, 1900, 2999, null);
    }

    /** Free text (agency names, region names): blank is absent; longer than {@value #MAX_TEXT} characters is refused. */
    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ClientProblem.badParameter(name, name + " must be at most " + MAX_TEXT + " characters, was " + value.length());
        }
        refuseControlCharacters(name, value);
        return value.strip();
    }

    /** A report id from the path: not blank, at most {@value #MAX_REPORT_ID} characters, no control character. */
    static String reportId(String value) {
        if (value == null || value.isBlank()) {
            throw ClientProblem.badParameter("reportId", "reportId must not be blank");
        }
        if (value.length() > MAX_REPORT_ID) {
            throw ClientProblem.badParameter("reportId", "reportId must be at most " + MAX_REPORT_ID + " characters, was "
                    + value.length());
        }
        refuseControlCharacters("reportId", value);
        return value;
    }

    static String oneOf(String name, String value, List<String> allowed, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String stripped = value.strip();
        return allowed.stream().filter(a -> a.equalsIgnoreCase(stripped)).findFirst()
                .orElseThrow(() -> ClientProblem.badParameter(name, name + " must be one of " + allowed + ", was " + shown(value)));
    }

    static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ClientProblem.badParameter(name, name + " must be true or false, was " + shown(value));
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
            throw ClientProblem.badParameter("ruleId", "ruleId must be a rule id such as T3-01, S04 or P01, was " + shown(value));
        }
        return id;
    }

    static List<ReportSort> sort(String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw ClientProblem.badParameter("sort", "sort must be at most " + MAX_TEXT + " characters, was " + value.length());
        }
        if (value != null) {
            refuseControlCharacters("sort", value);
        }
        try {
            return ReportSort.parse(value);
        } catch (IllegalArgumentException e) {
            throw ClientProblem.badParameter("sort", e.getMessage());
        }
    }

    private static void refuseControlCharacters(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw ClientProblem.badParameter(name, name + " must not contain control characters, found "
                        + escaped(value.charAt(i)) + " at position " + i);
            }
        }
    }

    /** The value as a caller can read it back: quoted, control characters as U+XXXX, at most {@value #SHOWN} characters. */
    static String shown(String value) {
        StringBuilder shown = new StringBuilder("'");
        value.codePoints().limit(SHOWN).forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(escaped((char) c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.append(value.codePointCount(0, value.length()) > SHOWN ? "…'" : "'").toString();
    }

    private static String escaped(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
