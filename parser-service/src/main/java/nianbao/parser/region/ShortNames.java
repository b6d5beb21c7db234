package nianbao.parser.region;

import java.util.List;

/** The short forms people write for a division name: 宁夏 for 宁夏回族自治区, 石嘴山 for 石嘴山市, 恩施 for 恩施土家族苗族自治州. */
final class ShortNames {

    /** Shortest short form kept; one character (城 of 城区, 忠 of 忠县) would match almost anything. */
    static final int MIN_LENGTH = 2;

    /** Ethnic groups named in autonomous divisions; those of one character are stripped only with 族 after them. */
    private static final List<String> ETHNIC_GROUPS = List.of(
            "蒙古", "维吾尔", "哈萨克", "柯尔克孜", "塔吉克", "锡伯", "达斡尔", "鄂温克", "鄂伦春", "土家", "布依", "朝鲜",
            "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉", "毛南", "仡佬", "普米", "保安", "裕固",
            "独龙", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "黎", "佤", "畲", "水", "土", "羌", "怒", "京",
            "傣", "各");

    /** Plain suffixes, longest first. */
    private static final List<String> SUFFIXES = List.of(
            "自治区", "自治州", "自治县", "地区", "林区", "特区", "省", "市", "盟", "区", "县");

    private ShortNames() {
    }

    /** The short form of a full name, or null when it has none of at least {@link #MIN_LENGTH} characters. */
    static String of(String fullName) {
        String stem = autonomousStem(fullName);
        if (stem != null) {
            return stem;
        }
        for (String suffix : SUFFIXES) {
            if (fullName.endsWith(suffix) && fullName.length() - suffix.length() >= MIN_LENGTH) {
                return fullName.substring(0, fullName.length() - suffix.length());
            }
        }
        return null;
    }

    /** 恩施土家族苗族自治州 → 恩施, 宁夏回族自治区 → 宁夏, 博尔塔拉蒙古自治州 → 博尔塔拉, 瀍河回族区 → 瀍河; null if not such a name. */
    private static String autonomousStem(String name) {
        String rest;
        if (name.endsWith("族区")) {
            rest = name.substring(0, name.length() - 1);
        } else if (name.length() > 3 && name.startsWith("自治", name.length() - 3)) {
            rest = name.substring(0, name.length() - 3);
        } else {
            return null;
        }
        for (String tail = ethnicTail(rest); tail != null; tail = ethnicTail(rest)) {
            rest = rest.substring(0, rest.length() - tail.length());
        }
        return rest.length() < MIN_LENGTH || rest.endsWith("族") ? null : rest;
    }

    /** The ethnic group at the end of the text (苗族, 蒙古) if removing it leaves a name of at least two characters. */
    private static String ethnicTail(String text) {
        for (String group : ETHNIC_GROUPS) {
            String tail = text.endsWith(group + "族") ? group + "族" : group.length() > 1 && text.endsWith(group) ? group : null;
            if (tail != null && text.length() - tail.length() >= MIN_LENGTH) {
                return tail;
            }
        }
        return null;
    }
}
