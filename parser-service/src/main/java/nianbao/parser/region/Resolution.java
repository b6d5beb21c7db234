package nianbao.parser.region;

import java.util.List;

/** The outcome of resolving an agency name: the region plus the signals (diagnostic messages) that explain it. */
public record Resolution(Region region, List<String> signals) {

    public Resolution {
        signals = List.copyOf(signals);
    }
}
