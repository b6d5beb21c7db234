package nianbao.validation.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/** Builds parsed reports for rule tests: a consistent report with non-zero numbers, then one cell changed. */
final class Reports {

    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> COLUMNS = List.of("naturalPerson", "commercial", "research", "socialWelfare", "legalService", "other");

    private Reports() {
    }

    /** A 2021-format report whose every identity holds: 10 received + 2 carried over = 9 handled + 3 forward. */
    static ObjectNode consistent() {
        ObjectNode report = JSON.createObjectNode();
        report.put("reportId", "r1").put("agency", "测试局").put("year", 2025).put("template", "2021");
        ObjectNode active = report.putObject("activeDisclosure");
        active.putObject("regulations").put("issued", 0).put("repealed", 0).put("inForce", 0);
        active.putObject("normativeDocuments").put("issued", 2).put("repealed", 1).put("inForce", 9);
        active.put("licensing", 24).put("punishment", 3).put("compulsion", 1).put("feesTenThousandYuan", 4068.208);
        ObjectNode apps = report.putObject("applications");
        row(apps, "newReceived", 6, 4);
        row(apps, "carriedOver", 1, 1);
        row(apps, "granted", 3, 2);
        row(apps, "partiallyGranted", 1, 0);
        ObjectNode denied = apps.putObject("denied");
        for (String r : List.of("stateSecret", "prohibitedByLaw", "endangersSafetyStability", "thirdPartyRights",
                "internalAffairs", "processInformation", "enforcementFiles", "administrativeQuery")) {
            row(denied, r, r.equals("thirdPartyRights") ? 1 : 0, 0);
        }
        ObjectNode unable = apps.putObject("unableToProvide");
        for (String r : List.of("notHeld", "needsCreation", "unclearAfterCorrection")) {
            row(unable, r, r.equals("notHeld") ? 1 : 0, r.equals("notHeld") ? 1 : 0);
        }
        ObjectNode notProcessed = apps.putObject("notProcessed");
        for (String r : List.of("complaintPetition", "duplicate", "publication", "massRepeated", "confirmation")) {
            row(notProcessed, r, 0, 0);
        }
        ObjectNode other = apps.putObject("otherHandling");
        row(other, "overdueCorrection", 0, 0);
        row(other, "unpaidFee", 0, 0);
        row(other, "other", 0, 0);
        other.putNull("combined");
        row(apps, "totalHandled", 6, 3);
        row(apps, "carriedForward", 1, 2);
        ObjectNode reviews = report.putObject("reviewsAndLawsuits");
        outcomes(reviews, "review", 1, 1, 0, 1);
        outcomes(reviews, "lawsuitDirect", 0, 0, 0, 1);
        outcomes(reviews, "lawsuitAfterReview", 0, 0, 0, 0);
        report.putArray("diagnostics");
        return report;
    }

    /** A row with the given natural-person and commercial counts, zero elsewhere, and its total. */
    private static void row(ObjectNode parent, String name, int naturalPerson, int commercial) {
        ObjectNode row = parent.putObject(name);
        for (String column : COLUMNS) {
            row.put(column, column.equals("naturalPerson") ? naturalPerson : column.equals("commercial") ? commercial : 0);
        }
        row.put("total", naturalPerson + commercial);
    }

    private static void outcomes(ObjectNode parent, String name, int upheld, int corrected, int other, int pending) {
        parent.putObject(name).put("upheld", upheld).put("corrected", corrected).put("other", other).put("pending", pending)
                .put("total", upheld + corrected + other + pending);
    }

    /** Sets one cell by contract path, e.g. {@code applications.granted.total}. */
    static ObjectNode with(ObjectNode report, String path, Number value) {
        String[] parts = path.split("\\.");
        ObjectNode node = report;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        if (value == null) {
            node.putNull(parts[parts.length - 1]);
        } else if (value.doubleValue() == Math.rint(value.doubleValue())) {
            node.put(parts[parts.length - 1], value.longValue());
        } else {
            node.put(parts[parts.length - 1], value.doubleValue());
        }
        return report;
    }

    static ObjectNode diagnostic(ObjectNode report, String code, String table, String cell) {
        ((ArrayNode) report.get("diagnostics")).addObject().put("code", code).put("table", table).put("cell", cell);
        return report;
    }

    /** Adds the six sections with plain, rule-abiding text; {@code texts} replaces sections by number. */
    static ObjectNode withSections(ObjectNode report, Map<Integer, String> texts) {
        ArrayNode sections = report.putArray("sections");
        for (int n = 1; n <= 6; n++) {
            String text = texts.getOrDefault(n, DEFAULT_TEXTS.get(n - 1));
            sections.addObject().put("number", n).put("title", "第" + n + "部分").put("text", text);
        }
        return report;
    }

    static ObjectNode fact(ObjectNode report, String kind, int value) {
        ArrayNode facts = report.has("narrativeFacts") ? (ArrayNode) report.get("narrativeFacts") : report.putArray("narrativeFacts");
        facts.addObject().put("kind", kind).put("value", value).put("section", 1).put("sentence", kind + " " + value);
        return report;
    }

    private static final List<String> DEFAULT_TEXTS = List.of(
            "本机关坚持公开为常态、不公开为例外，全面推进政务公开。本年度共收到政府信息公开申请10件。",
            "主动公开政府信息情况见下表。",
            "收到和处理政府信息公开申请情况见下表。",
            "行政复议、行政诉讼情况见下表。",
            "一是公开内容不够全面，二是解读形式单一。下一步将加强培训，丰富解读形式，提升公开质量。",
            "本年度未收取信息处理费。");
}
