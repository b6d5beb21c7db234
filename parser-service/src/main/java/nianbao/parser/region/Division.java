package nianbao.parser.region;

/** One administrative division (province, prefecture-level city or county) with its 6-digit GB/T 2260 code. */
public record Division(String code, String name, String parentCode) {

    /** The three levels kept in the data set. */
    public enum Level { PROVINCE, CITY, COUNTY }

    public Division {
        if (!isSixDigits(code)) {
            throw new IllegalArgumentException("not a 6-digit division code: " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("division " + code + " has no name");
        }
        parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode;
    }

    private static boolean isSixDigits(String code) {
        if (code == null || code.length() != 6) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The level, read from the code: 640000 is a province, 640500 a city, 640502 a county. */
    public Level level() {
        if (code.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return code.endsWith("00") ? Level.CITY : Level.COUNTY;
    }
}
