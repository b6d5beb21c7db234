package nianbao.query.store;

import org.bson.Document;

/** Where a report's agency is: province, city, county (each null when the report does not say) and the region code. */
public record Region(String province, String city, String county, String code) {

    static Region of(Document region) {
        return region == null ? null : new Region(region.getString("province"), region.getString("city"),
                region.getString("county"), region.get("code") == null ? null : region.get("code").toString());
    }
}
