package nianbao.parser.corpus.families;

import java.util.List;

/** One of the report's six sections: its heading, its paragraphs and, for 二、三、四, its table (or copies of it). */
public record Section(int number, String heading, List<String> paragraphs, List<Table> tables) {

    public Section withTables(List<Table> newTables) {
        return new Section(number, heading, paragraphs, List.copyOf(newTables));
    }
}
