package dev.mandel.farm;

/** A machine of the farm as the coordinator sees it: an engine-specific id and its address. */
public record FarmWorker(String id, String address) {
}
