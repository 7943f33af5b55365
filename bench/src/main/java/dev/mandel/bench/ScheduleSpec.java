package dev.mandel.bench;

import dev.mandel.render.RenderRequest;
import dev.mandel.schedule.Schedule;

import java.util.Locale;

/**
 * A schedule as the benchmarks name it: {@code sequential}, {@code static}, {@code fjN} (ForkJoin with
 * partition factor N, i.e. N chunks per worker) or {@code row} (ForkJoin with one task per row).
 */
public record ScheduleSpec(String id, Schedule schedule, int factor) {

    public static ScheduleSpec parse(String text, int height, int threads) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "sequential" -> new ScheduleSpec(key, Schedule.SEQUENTIAL, 1);
            case "static" -> new ScheduleSpec(key, Schedule.STATIC, 1);
            // A factor of ceil(height / threads) gives at least one chunk per row; taskCount caps it at height.
            case "row" -> new ScheduleSpec(key, Schedule.FORKJOIN, Math.max(1, (height + threads - 1) / threads));
            default -> {
                if (key.startsWith("fj")) {
                    try {
                        int factor = Integer.parseInt(key.substring(2));
                        if (factor >= 1) {
                            yield new ScheduleSpec(key, Schedule.FORKJOIN, factor);
                        }
                    } catch (NumberFormatException ignored) {
                        // falls through to the error below
                    }
                }
                throw new IllegalArgumentException("unknown schedule '" + text
                        + "' (allowed: sequential, static, row, fjN with N >= 1)");
            }
        };
    }

    public RenderRequest apply(RenderRequest request) {
        return request.withSchedule(schedule, factor);
    }
}
