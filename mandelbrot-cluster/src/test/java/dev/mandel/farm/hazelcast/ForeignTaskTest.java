package dev.mandel.farm.hazelcast;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import dev.mandel.farm.LoopbackFarm;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A peer that reaches a worker's port and submits its own code: a Java-serializable task (a class
 * the worker even has on its class path) is refused when the worker deserializes it, and never runs.
 */
class ForeignTaskTest {

    /** Set if the foreign task ever runs in this JVM (where the workers live). */
    static final AtomicBoolean RAN = new AtomicBoolean();

    static final class ForeignTask implements Callable<String>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public String call() {
            RAN.set(true);
            return "ran";
        }
    }

    @Test
    void aJavaSerializedTaskIsRefusedAndNeverRuns() throws Exception {
        LoopbackFarm farm = LoopbackFarm.shared();
        HazelcastInstance client = HazelcastClient.newHazelcastClient(
                HazelcastProvider.clientConfig(farm.addresses(), Duration.ofSeconds(20)));
        try {
            IExecutorService executor = client.getExecutorService(HazelcastSettings.EXECUTOR);
            Future<String> answer = executor.submitToMember(new ForeignTask(),
                    client.getCluster().getMembers().iterator().next());
            ExecutionException e = assertThrows(ExecutionException.class, () -> answer.get(60, TimeUnit.SECONDS));
            assertFalse(RAN.get(), "the foreign task ran");
            String chain = e.toString() + " / " + e.getCause();
            org.junit.jupiter.api.Assertions.assertTrue(chain.contains("not allowed") || chain.contains("Security"),
                    chain);
        } finally {
            client.shutdown();
        }
    }
}
