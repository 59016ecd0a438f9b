package de.regionet.infra.eventstore;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes acknowledged appends durable with as few commits as possible: every appender takes a ticket after its
 * write, and one commit covers every ticket taken before it started, so concurrent appenders share commits.
 */
final class GroupCommit {

    /** What makes written data durable, e.g. the embedded server's H2 file commit. */
    @FunctionalInterface
    interface Commit {
        void run();
    }

    static final GroupCommit NONE = new GroupCommit(() -> {
    });

    private final Commit commit;
    private final AtomicLong tickets = new AtomicLong();
    private long committed;

    GroupCommit(Commit commit) {
        this.commit = commit;
    }

    /** Returns once everything this thread wrote before the call is durable. */
    void awaitDurable() {
        long ticket = tickets.incrementAndGet();
        synchronized (this) {
            if (committed >= ticket) {
                return;
            }
            long upTo = tickets.get();
            commit.run();
            committed = upTo;
        }
    }
}
