package dev.mandel.video;

/** Told after each frame of a zoom is handed to its sink. Called on the recording thread. */
@FunctionalInterface
public interface ZoomProgress {

    ZoomProgress NONE = (framesDone, frames) -> { };

    void update(int framesDone, int frames);
}
