package dev.mandel.cli;

import dev.mandel.color.Palette;
import dev.mandel.kernel.KernelChoice;
import dev.mandel.kernel.Precision;
import dev.mandel.schedule.Schedule;
import dev.mandel.simulate.RowCosts;
import dev.mandel.video.IterationLimit;
import dev.mandel.video.ZoomMethod;
import dev.mandel.view.ImageSize;
import dev.mandel.view.Preset;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.TreeSet;
import java.util.function.Function;

/**
 * picocli converters from option text to the settings' own types. Each one calls the type's own
 * parser (the one place that knows its text form) and hands its one-line message to picocli, which
 * reports it as {@code error: Invalid value for option '--size': ...} with exit code 2. Public so the
 * viewer's options ({@code dev.mandel.gui.ViewerOptions}) read their values with the same words.
 */
public final class Converters {

    private Converters() {
    }

    /** A converter through a type's own parser, its one-line message handed to picocli. */
    abstract static class Parsed<T> implements ITypeConverter<T> {
        private final Function<String, T> parser;

        Parsed(Function<String, T> parser) {
            this.parser = parser;
        }

        @Override
        public T convert(String text) {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    public static final class KernelName extends Parsed<KernelChoice> {
        public KernelName() {
            super(KernelChoice::parse);
        }
    }

    public static final class PrecisionName extends Parsed<Precision> {
        public PrecisionName() {
            super(Precision::parse);
        }
    }

    public static final class ScheduleName extends Parsed<Schedule> {
        public ScheduleName() {
            super(Schedule::parse);
        }
    }

    public static final class PaletteName extends Parsed<Palette> {
        public PaletteName() {
            super(Palette::parse);
        }
    }

    public static final class PresetName extends Parsed<Preset> {
        public PresetName() {
            super(Preset::parse);
        }
    }

    public static final class Size extends Parsed<ImageSize> {
        public Size() {
            super(ImageSize::parse);
        }
    }

    static final class MethodName extends Parsed<ZoomMethod> {
        MethodName() {
            super(ZoomMethod::parse);
        }
    }

    static final class CostUnit extends Parsed<RowCosts.Unit> {
        CostUnit() {
            super(RowCosts.Unit::parse);
        }
    }

    /** A zoom's limit: {@code N} or {@code auto} ({@link IterationLimit}). */
    static final class ZoomLimit extends Parsed<IterationLimit> {
        ZoomLimit() {
            super(IterationLimit::parse);
        }
    }

    /** {@code --max-iter} of a view: a whole number of at least 1, or {@code auto}. */
    static final class Limit extends Parsed<MaxIter> {
        Limit() {
            super(MaxIter::parse);
        }
    }

    /** {@code XMIN,XMAX,YMIN,YMAX}: four finite numbers, each minimum below its maximum. */
    static final class Region extends Parsed<PlaneRegion> {
        Region() {
            super(PlaneRegion::parse);
        }
    }

    /**
     * Whole numbers given as one comma-separated option value, sorted, without duplicates (a record,
     * so that picocli takes the option once rather than as a multi-valued array).
     */
    record NumberList(int[] values) {
    }

    /** Worker counts for the simulator: {@code 1,2,4,...}. */
    static final class WorkerCounts implements ITypeConverter<NumberList> {
        @Override
        public NumberList convert(String text) {
            return wholeNumbers(text, 1, dev.mandel.simulate.Simulator.MAX_WORKERS);
        }
    }

    /** Partition factors for the simulator: {@code 1,2,4,...}. */
    static final class PartitionFactors implements ITypeConverter<NumberList> {
        /** Far more tasks per worker than any view has rows. */
        static final int MAX_FACTOR = 1 << 20;

        @Override
        public NumberList convert(String text) {
            return wholeNumbers(text, 1, MAX_FACTOR);
        }
    }

    /** A comma-separated list of whole numbers in {@code [min, max]}; sorted, duplicates dropped. */
    static NumberList wholeNumbers(String text, int min, int max) {
        TreeSet<Integer> values = new TreeSet<>();
        for (String part : text.split(",", -1)) {
            String t = part.strip();
            if (t.isEmpty()) {
                throw new TypeConversionException("'" + text + "' has an empty entry; give numbers like 1,2,4");
            }
            long v;
            try {
                v = Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "': '" + t + "' is not a whole number");
            }
            if (v < min || v > max) {
                throw new TypeConversionException("'" + text + "': " + v + " is out of range (allowed " + min + " to "
                        + max + ")");
            }
            values.add((int) v);
        }
        return new NumberList(values.stream().mapToInt(Integer::intValue).toArray());
    }
}
