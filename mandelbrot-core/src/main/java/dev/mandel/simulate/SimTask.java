package dev.mandel.simulate;

/**
 * One simulated task: rows {@code [firstRow, endRow)} run by {@code worker} from {@code start} to
 * {@code end}, in the cost unit of the replayed {@link RowCosts}. A cyclic schedule has one task
 * per row. The viewer draws these as a timeline beside the measured {@code TaskTrace}.
 */
public record SimTask(int firstRow, int endRow, int worker, double start, double end) {

    public double duration() {
        return end - start;
    }
}
