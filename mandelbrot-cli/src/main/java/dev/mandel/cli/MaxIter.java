package dev.mandel.cli;

/**
 * A view's {@code --max-iter}: a whole number of at least 1, or {@code auto} (0), which picks a
 * limit from the view's depth.
 */
record MaxIter(int value) {

    static final MaxIter AUTO = new MaxIter(0);

    boolean auto() {
        return value == 0;
    }

    static MaxIter parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("auto")) {
            return AUTO;
        }
        long n;
        try {
            n = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number of at least 1 or 'auto', got '"
                    + Args.abbreviate(text) + "'");
        }
        if (n < 1) {
            throw new IllegalArgumentException("must be at least 1, got " + n + " (or 'auto')");
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("must be at most " + Integer.MAX_VALUE + ", got " + n);
        }
        return new MaxIter((int) n);
    }
}
