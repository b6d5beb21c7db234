package nianbao.ingest.rest;

import java.util.List;

/** The answer to a batch upload: one answer per file, in the order received. */
public record BatchAnswer(int files, List<UploadAnswer> answers) {
}
