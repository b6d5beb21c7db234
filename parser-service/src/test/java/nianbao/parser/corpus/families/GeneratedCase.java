package nianbao.parser.corpus.families;

/**
 * One generated report: its family, a name that reproduces it ({@code family-index}, with the layout variant),
 * its text, its media type ("text/plain" or "text/html") and the truth a correct parse must give.
 */
public record GeneratedCase(Family family, String name, String text, String mediaType, Truth truth) {

    @Override
    public String toString() {
        return name;
    }
}
