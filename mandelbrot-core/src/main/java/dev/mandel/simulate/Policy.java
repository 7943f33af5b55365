package dev.mandel.simulate;

import dev.mandel.schedule.Schedule;

/** How the simulator hands rows to virtual workers. */
public enum Policy {

    /** One contiguous band per worker, as {@link Schedule#STATIC} cuts a frame. */
    STATIC("static", "static bands"),

    /** Row {@code r} to worker {@code r mod N}: balances smooth cost gradients, no runtime cost. */
    CYCLIC("cyclic", "cyclic rows"),

    /**
     * {@code F x N} contiguous chunks (as {@link Schedule#FORKJOIN} cuts a frame); a worker that
     * becomes free takes the next chunk in row order.
     */
    STEALING("forkjoin", "over-partitioned");

    private final String id;
    private final String label;

    Policy(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** Command-line and JSON name; {@code forkjoin} matches the renderer's schedule name. */
    public String id() {
        return id;
    }

    /** Words for tables and chart legends. */
    public String label() {
        return label;
    }

    /** The policy that models a real schedule ({@code sequential} is any policy on one worker). */
    public static Policy of(Schedule schedule) {
        return switch (schedule) {
            case SEQUENTIAL, STATIC -> STATIC;
            case FORKJOIN -> STEALING;
        };
    }
}
