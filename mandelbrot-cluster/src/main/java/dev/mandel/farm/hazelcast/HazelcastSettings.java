package dev.mandel.farm.hazelcast;

import com.hazelcast.config.ClassFilter;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.SerializationConfig;

import java.util.Map;

/**
 * What members and coordinators share: the cluster name, the serialization rules and the
 * properties that keep Hazelcast on this farm's business only.
 *
 * <p>Nothing leaves the machine unless asked: no multicast, no cloud auto-detection, no phone-home
 * (set per instance and as system properties, which Hazelcast also reads), no statistics sent.
 * Java serialization is refused for every class (the whitelist names a class that does not
 * exist), so only Hazelcast's own types and our one compact type can be read.
 */
final class HazelcastSettings {

    static final String CLUSTER_NAME = "mandelbrot-farm";
    static final String EXECUTOR = "mandelbrot-render";
    /** Tasks a member runs at once: one rendering on all its threads while the next one arrives. */
    static final int EXECUTOR_THREADS = 2;

    static final Map<String, String> MEMBER_PROPERTIES = Map.of(
            "hazelcast.phone.home.enabled", "false",
            "hazelcast.logging.type", "none",
            "hazelcast.socket.bind.any", "false",
            "hazelcast.heartbeat.interval.seconds", "1",
            "hazelcast.max.no.heartbeat.seconds", "10",
            "hazelcast.health.monitoring.level", "OFF",
            "hazelcast.wait.seconds.before.join", "0",
            "hazelcast.shutdownhook.enabled", "false");

    static final Map<String, String> CLIENT_PROPERTIES = Map.of(
            "hazelcast.phone.home.enabled", "false",
            "hazelcast.logging.type", "none",
            "hazelcast.client.statistics.enabled", "false",
            "hazelcast.client.heartbeat.interval", "1000",
            "hazelcast.client.heartbeat.timeout", "10000",
            "hazelcast.client.shutdownhook.enabled", "false");

    private HazelcastSettings() {
    }

    /** Hazelcast reads phone-home and logging from system properties before any config is seen. */
    static void quietJvm() {
        System.setProperty("hazelcast.phone.home.enabled", "false");
        System.setProperty("hazelcast.logging.type", "none");
    }

    static void serialization(SerializationConfig config) {
        config.getCompactSerializationConfig().addSerializer(new RenderCallSerializer());
        ClassFilter nothing = new ClassFilter().addClasses(HazelcastSettings.class.getName() + "$NoJavaSerialization");
        config.setJavaSerializationFilterConfig(new JavaSerializationFilterConfig()
                .setDefaultsDisabled(true)
                .setWhitelist(nothing));
    }
}
