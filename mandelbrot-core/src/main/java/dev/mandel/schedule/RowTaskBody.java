package dev.mandel.schedule;

/** What one task does: compute its chunk of rows. Called once per task, from a pool worker. */
@FunctionalInterface
public interface RowTaskBody {
    void run(int task);
}
