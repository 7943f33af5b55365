package dev.mandel.video;

import java.util.Locale;

/** How the frames of a zoom are made. */
public enum ZoomMethod {

    /** Every frame rendered on its own. */
    DIRECT,
    /** Keyframes at 2x zoom steps, each frame resampled from the two around it ({@link FrameResampler}). */
    KEYFRAMES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ZoomMethod parse(String text) {
        for (ZoomMethod m : values()) {
            if (m.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + text + "' (allowed: direct, keyframes)");
    }
}
