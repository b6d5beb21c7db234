package nianbao.query.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** A test client of {@code GET /events}: reads the stream on its own thread into events and comment lines. */
final class SseClient implements AutoCloseable {

    /** One event as received: its id (null when it had none) and its data. */
    record Received(String id, String data) {
    }

    final List<Received> events = new CopyOnWriteArrayList<>();
    final List<String> comments = new CopyOnWriteArrayList<>();
    final HttpResponse<Stream<String>> response;
    private final Thread reader;

    SseClient(URI uri, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
        reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        String[] id = {null};
        StringBuilder data = new StringBuilder();
        try {
            response.body().forEach(line -> {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        events.add(new Received(id[0], data.toString()));
                    }
                    id[0] = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(line);
                } else if (line.startsWith("id:")) {
                    id[0] = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            });
        } catch (RuntimeException closed) {
            // the stream was closed by close()
        }
    }

    /** The events whose data mentions the text (a reportId). */
    List<Received> about(String text) {
        return events.stream().filter(e -> e.data().contains(text)).toList();
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
