package nianbao.support.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 file backend, committing every command that changed the store to its file before the
 * command is answered: H2 on its own writes changes about a second later, so a SIGKILL lost writes the services had
 * been told were done. Written to the file (not forced to the disk): a killed process loses nothing, a power cut may.
 */
final class CommittingH2Backend extends H2Backend {

    CommittingH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            MVStore store = getMvStore();
            if (store.hasUnsavedChanges()) {
                store.commit();
            }
        }
    }
}
