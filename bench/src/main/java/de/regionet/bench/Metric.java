package de.regionet.bench;

/** A row of the results table. */
enum Metric {

    APPEND_1("append, 1 writer", "appends/s", "≥ 1,000", true),
    APPEND_8("append, 8 writers", "appends/s", "≥ 1,000", true),
    BULK("bulk append while filling the store (20 events per append)", "events/s", "", true),
    LOAD_SMALL("load a 20-event aggregate, %s events stored (median)", "ms", "flat", false),
    LOAD_LARGE("load a 20-event aggregate, %s events stored (median)", "ms", "flat", false),
    REPLAY("replay all %s events from the start", "events/s", "≥ 10,000", true),
    CHECKPOINT("write checkpoints over all %s events (StoreMaintenance)", "events/s", "", true),
    VERIFY("verify the whole store (StoreVerifier)", "events/s", "≥ 50,000", true),
    LATENCY_P50("append → tracking processor, p50", "ms", "", false),
    LATENCY_P99("append → tracking processor, p99", "ms", "", false),
    DISK_APPENDS("H2 file size per event after the single-event appends above", "bytes", "", false),
    DISK("H2 file size per event at %s events (mostly bulk appends)", "bytes", "", false);

    final String label;
    final String unit;
    final String target;
    final boolean higherIsBetter;

    Metric(String label, String unit, String target, boolean higherIsBetter) {
        this.label = label;
        this.unit = unit;
        this.target = target;
        this.higherIsBetter = higherIsBetter;
    }
}
