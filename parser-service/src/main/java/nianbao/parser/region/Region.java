package nianbao.parser.region;

/**
 * Where an agency sits: province, prefecture-level city and county names plus the GB/T 2260 code of
 * the most specific known level; every field is null when the region is unknown.
 *
 * <p>A municipality (北京市, 天津市, 上海市, 重庆市) is its own city. A county administered directly by
 * its province (省直辖县级行政区划, e.g. 湖北省 仙桃市) has a null city.
 */
public record Region(String province, String city, String county, String code) {

    /** The region of an agency that could not be placed. */
    public static final Region UNKNOWN = new Region(null, null, null, null);
}
