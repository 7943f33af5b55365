package dev.mandel.schedule;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Each schedule runs every chunk exactly once, on the workers it promises, and ends exactly once. */
class ScheduleRunTest {

    /** Records who ran each chunk and how often the end was reported. */
    private static final class Recorder implements PartitionWork {
        final AtomicIntegerArray runs;
        final AtomicIntegerArray worker;
        final AtomicInteger endings = new AtomicInteger();
        final CompletableFuture<Throwable> end = new CompletableFuture<>();
        final int failingTask;

        Recorder(int tasks, int failingTask) {
            this.runs = new AtomicIntegerArray(tasks);
            this.worker = new AtomicIntegerArray(tasks);
            this.failingTask = failingTask;
        }

        @Override
        public void runTask(int task) {
            runs.incrementAndGet(task);
            worker.set(task, WorkerPool.currentWorkerId());
            if (task == failingTask) {
                throw new IllegalStateException("chunk " + task + " failed");
            }
        }

        @Override
        public void finished(Throwable failure) {
            endings.incrementAndGet();
            end.complete(failure);
        }

        Throwable awaitEnd() throws Exception {
            return end.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyChunkRunsOnceAndTheEndIsReportedOnce() throws Exception {
        try (WorkerPool pool = new WorkerPool(3)) {
            for (Schedule s : Schedule.values()) {
                int tasks = s.taskCount(100, 3, 7);
                Recorder r = new Recorder(tasks, -1);
                s.start(pool, tasks, r);
                assertNull(r.awaitEnd(), s.id());
                for (int t = 0; t < tasks; t++) {
                    assertEquals(1, r.runs.get(t), s.id() + " chunk " + t);
                }
                Thread.sleep(20);
                assertEquals(1, r.endings.get(), s.id());
            }
        }
    }

    @Test
    void staticBandKRunsOnWorkerK() throws Exception {
        try (WorkerPool pool = new WorkerPool(4)) {
            for (int frame = 0; frame < 20; frame++) {
                Recorder r = new Recorder(4, -1);
                Schedule.STATIC.start(pool, 4, r);
                assertNull(r.awaitEnd());
                for (int band = 0; band < 4; band++) {
                    assertEquals(band, r.worker.get(band), "band " + band);
                }
            }
        }
    }

    @Test
    void aFailingChunkIsReportedAfterTheOthersFinish() throws Exception {
        try (WorkerPool pool = new WorkerPool(2)) {
            for (Schedule s : Schedule.values()) {
                int tasks = s.taskCount(64, 2, 8);
                Recorder r = new Recorder(tasks, tasks - 1);
                s.start(pool, tasks, r);
                Throwable failure = r.awaitEnd();
                assertEquals("chunk " + (tasks - 1) + " failed", failure.getMessage(), s.id());
                for (int t = 0; t < tasks; t++) {
                    assertEquals(1, r.runs.get(t), s.id() + " chunk " + t);
                }
                Thread.sleep(20);
                assertEquals(1, r.endings.get(), s.id());
                assertSame(IllegalStateException.class, failure.getClass());
            }
        }
    }
}
