package dev.mandel.cli;

import dev.mandel.color.Palette;
import dev.mandel.kernel.KernelProvider;
import dev.mandel.schedule.Schedule;
import dev.mandel.settings.EngineSettings;
import dev.mandel.view.ImageSize;
import dev.mandel.view.Preset;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.function.Function;

/**
 * picocli converters from option text to the settings' own types. Each one calls the type's own
 * parser (the one place that knows its text form) and turns its one-line message into picocli's
 * usage error, so a bad value is reported as "Invalid value for option '--size': ..." with exit 2.
 */
final class Converters {

    private Converters() {
    }

    private static <T> T convert(String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    static final class KernelChoice implements ITypeConverter<KernelProvider.Choice> {
        @Override
        public KernelProvider.Choice convert(String text) {
            return Converters.convert(text, EngineSettings::parseKernel);
        }
    }

    static final class ScheduleName implements ITypeConverter<Schedule> {
        @Override
        public Schedule convert(String text) {
            return Converters.convert(text, Schedule::parse);
        }
    }

    static final class PaletteName implements ITypeConverter<Palette> {
        @Override
        public Palette convert(String text) {
            return Converters.convert(text, Palette::parse);
        }
    }

    static final class PresetName implements ITypeConverter<Preset> {
        @Override
        public Preset convert(String text) {
            return Converters.convert(text, Preset::parse);
        }
    }

    static final class Size implements ITypeConverter<ImageSize> {
        @Override
        public ImageSize convert(String text) {
            return Converters.convert(text, ImageSize::parse);
        }
    }

    /** A region of the plane as {@code --region} gives it. */
    record PlaneRegion(double xMin, double xMax, double yMin, double yMax) {
    }

    /** A point of the plane as {@code --center} gives it. */
    record PlanePoint(double re, double im) {
    }

    /** {@code XMIN,XMAX,YMIN,YMAX}: four finite numbers, each minimum below its maximum. */
    static final class Region implements ITypeConverter<PlaneRegion> {
        @Override
        public PlaneRegion convert(String text) {
            double[] v = numbers(text, 4, "XMIN,XMAX,YMIN,YMAX, e.g. -2.2,0.8,-1.2,1.2");
            if (!(v[0] < v[1])) {
                throw new TypeConversionException("'" + text + "': XMIN (" + v[0] + ") must be less than XMAX ("
                        + v[1] + ")");
            }
            if (!(v[2] < v[3])) {
                throw new TypeConversionException("'" + text + "': YMIN (" + v[2] + ") must be less than YMAX ("
                        + v[3] + ")");
            }
            return new PlaneRegion(v[0], v[1], v[2], v[3]);
        }
    }

    /** {@code RE,IM}: two finite numbers. */
    static final class Point implements ITypeConverter<PlanePoint> {
        @Override
        public PlanePoint convert(String text) {
            double[] v = numbers(text, 2, "RE,IM, e.g. -0.7463,0.1102");
            return new PlanePoint(v[0], v[1]);
        }
    }

    private static double[] numbers(String text, int count, String shape) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw new TypeConversionException("'" + text + "' must be " + shape);
        }
        double[] v = new double[count];
        for (int k = 0; k < count; k++) {
            String p = parts[k].trim();
            try {
                v[k] = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "': '" + p + "' is not a number");
            }
            if (!Double.isFinite(v[k])) {
                throw new TypeConversionException("'" + text + "': '" + p + "' is not a finite number");
            }
        }
        return v;
    }
}
