package dev.mandel.cli;

import dev.mandel.view.Viewport;

/**
 * A region of the plane as {@code --region XMIN,XMAX,YMIN,YMAX} gives it: four finite numbers, each
 * minimum below its maximum, and spans a double can hold. The grid comes from {@code --size}.
 */
record PlaneRegion(double xMin, double xMax, double yMin, double yMax, String text) {

    static PlaneRegion parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("'" + text + "' must be XMIN,XMAX,YMIN,YMAX, e.g. -2.2,0.8,-1.2,1.2");
        }
        double[] v = new double[4];
        for (int k = 0; k < 4; k++) {
            String p = parts[k].trim();
            try {
                v[k] = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "': '" + p + "' is not a number");
            }
            if (!Double.isFinite(v[k])) {
                throw new IllegalArgumentException("'" + text + "': '" + p + "' is not a finite number");
            }
        }
        if (!(v[0] < v[1])) {
            throw new IllegalArgumentException("'" + text + "': XMIN (" + v[0] + ") must be less than XMAX (" + v[1]
                    + ")");
        }
        if (!(v[2] < v[3])) {
            throw new IllegalArgumentException("'" + text + "': YMIN (" + v[2] + ") must be less than YMAX (" + v[3]
                    + ")");
        }
        if (!Double.isFinite(v[1] - v[0]) || !Double.isFinite(v[3] - v[2])) {
            throw new IllegalArgumentException("'" + text + "' is wider or taller than the largest double ("
                    + Double.MAX_VALUE + "); the set lies within [-2, 2] x [-2, 2]");
        }
        return new PlaneRegion(v[0], v[1], v[2], v[3], text);
    }

    Viewport on(int width, int height) {
        return new Viewport(xMin, xMax, yMin, yMax, width, height);
    }
}
