package dev.mandel.farm;

/**
 * Finds the farm's engine by class name, the way the kernel provider finds the vector kernel: a
 * render without a farm never loads a class of the engine (Hazelcast's start-up and its 21 MB jar
 * cost nothing unless {@code --cluster} or {@code worker} asks for them).
 */
public final class FarmEngines {

    private static final String HAZELCAST = "dev.mandel.farm.hazelcast.HazelcastProvider";

    private FarmEngines() {
    }

    /** The default engine (Hazelcast). */
    public static FarmEngineProvider standard() {
        try {
            return (FarmEngineProvider) Class.forName(HAZELCAST).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the farm engine is not on the class path (" + HAZELCAST + "): " + e);
        }
    }
}
