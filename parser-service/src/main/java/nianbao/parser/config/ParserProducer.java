package nianbao.parser.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import nianbao.parser.parsing.ReportParser;
import nianbao.parser.region.RegionResolver;

/** Makes the plain-Java parser (and its region data, loaded once) injectable. */
@ApplicationScoped
public class ParserProducer {

    @Produces
    @ApplicationScoped
    ReportParser reportParser() {
        return new ReportParser(RegionResolver.load());
    }
}
