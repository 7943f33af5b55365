package dev.mandel.video;

/**
 * How far one picture is from another, per colour channel (0-255): the peak signal-to-noise ratio
 * in dB (higher is closer; identical pictures are infinite), the largest and the mean difference.
 */
public final class ImageDifference {

    private ImageDifference() {
    }

    public static double psnr(int[] a, int[] b) {
        double mse = meanSquared(a, b);
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    public static double meanSquared(int[] a, int[] b) {
        requireSameSize(a, b);
        long sum = 0;
        for (int p = 0; p < a.length; p++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                int d = (a[p] >> shift & 0xFF) - (b[p] >> shift & 0xFF);
                sum += (long) d * d;
            }
        }
        return sum / (3.0 * a.length);
    }

    public static int maxError(int[] a, int[] b) {
        requireSameSize(a, b);
        int max = 0;
        for (int p = 0; p < a.length; p++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                max = Math.max(max, Math.abs((a[p] >> shift & 0xFF) - (b[p] >> shift & 0xFF)));
            }
        }
        return max;
    }

    public static double meanAbsolute(int[] a, int[] b) {
        requireSameSize(a, b);
        long sum = 0;
        for (int p = 0; p < a.length; p++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                sum += Math.abs((a[p] >> shift & 0xFF) - (b[p] >> shift & 0xFF));
            }
        }
        return sum / (3.0 * a.length);
    }

    private static void requireSameSize(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("pictures of " + a.length + " and " + b.length + " pixels");
        }
    }
}
