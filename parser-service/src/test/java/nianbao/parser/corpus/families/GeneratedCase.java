package nianbao.parser.corpus.families;

/**
 * One generated report: its family, a name that reproduces it ({@code family-index}, with the layout variant),
 * its text, its media type ("text/plain" or "text/html") and the truth a correct parse must give.
 */
public record GeneratedCase(Family family, String name, String text, String mediaType, Truth truth) {

    /** The expected contract JSON: agency, year, template and every cell of the three tables. */
    public com.fasterxml.jackson.databind.node.ObjectNode expected() {
        return truth.json();
    }

    @Override
    public String toString() {
        return name;
    }
}
