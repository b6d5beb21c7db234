package nianbao.query.messaging;

/**
 * What dashboards get on {@code GET /events} for each validation: which report, its status and counts, and how much
 * of it was read and checked (null for a validation without coverage).
 */
public record ValidationNotice(String reportId, String agency, Integer year, String status, Integer errors, Integer warnings,
                               Integer cellsRead, Integer cellsExpected, Integer identitiesUnchecked,
                               String ruleSetVersion, String occurredAt) {

    static ValidationNotice of(ValidatedEvent event) {
        var counts = event.counts();
        var coverage = event.coverage();
        return new ValidationNotice(event.reportId(), event.agency(), event.year(), event.status(),
                counts == null ? null : counts.error(), counts == null ? null : counts.warning(),
                coverage == null ? null : coverage.cellsRead(), coverage == null ? null : coverage.cellsExpected(),
                coverage == null ? null : coverage.identitiesUnchecked(), event.ruleSetVersion(), event.occurredAt());
    }
}
