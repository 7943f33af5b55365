package dev.mandel.farm.hazelcast;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import dev.mandel.farm.FarmAddress;
import dev.mandel.farm.FarmEngine;
import dev.mandel.farm.FarmEngineProvider;
import dev.mandel.farm.TaskRunner;
import dev.mandel.farm.WorkerHost;
import dev.mandel.farm.WorkerSettings;

import java.time.Duration;
import java.util.List;

/**
 * The farm on Hazelcast: a worker is an embedded member; the coordinator is a Hazelcast client
 * (it holds no data, opens no port, and its leaving never disturbs the members).
 */
public final class HazelcastProvider implements FarmEngineProvider {

    @Override
    public String name() {
        return "hazelcast";
    }

    @Override
    public WorkerHost startWorker(WorkerSettings settings, TaskRunner runner) {
        HazelcastSettings.quietJvm();
        Config config = new Config();
        config.setClusterName(HazelcastSettings.CLUSTER_NAME);
        config.setInstanceName("mandelbrot-worker-" + settings.port() + "-" + System.nanoTime());
        HazelcastSettings.MEMBER_PROPERTIES.forEach(config::setProperty);
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(!settings.portFixed()).setPortCount(100);
        String bind = settings.bind().getHostAddress();
        network.getInterfaces().setEnabled(true).addInterface(bind);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        if (settings.join().isEmpty()) {
            // Alone: name only itself, so the joiner does not probe a range of ports for peers.
            join.getTcpIpConfig().addMember(new FarmAddress(bind, settings.port()).toString());
        }
        for (FarmAddress a : settings.join()) {
            join.getTcpIpConfig().addMember(a.toString());
        }
        config.getExecutorConfig(HazelcastSettings.EXECUTOR)
                .setPoolSize(HazelcastSettings.EXECUTOR_THREADS)
                .setStatisticsEnabled(false);
        HazelcastSettings.serialization(config.getSerializationConfig());
        config.getUserContext().put(RenderCall.RUNNER_KEY, runner);
        HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
        return new HazelcastWorkerHost(member);
    }

    @Override
    public FarmEngine connect(List<FarmAddress> addresses, Duration timeout) {
        ClientConfig config = clientConfig(addresses, timeout);
        HazelcastInstance client;
        try {
            client = HazelcastClient.newHazelcastClient(config);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("cannot reach a farm worker at " + addresses + " within "
                    + timeout.toSeconds() + " s; start one with './mandelbrot worker'");
        }
        return new HazelcastFarm(client);
    }

    /** The coordinator's client: our cluster, these addresses, nothing discovered, nothing sent home. */
    static ClientConfig clientConfig(List<FarmAddress> addresses, Duration timeout) {
        HazelcastSettings.quietJvm();
        ClientConfig config = new ClientConfig();
        config.setClusterName(HazelcastSettings.CLUSTER_NAME);
        config.setInstanceName("mandelbrot-coordinator-" + System.nanoTime());
        HazelcastSettings.CLIENT_PROPERTIES.forEach(config::setProperty);
        config.getNetworkConfig().setSmartRouting(true).getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().setConnectionTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        for (FarmAddress a : addresses) {
            config.getNetworkConfig().addAddress(a.toString());
        }
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setClusterConnectTimeoutMillis(timeout.toMillis())
                .setInitialBackoffMillis(200)
                .setMaxBackoffMillis(1000);
        HazelcastSettings.serialization(config.getSerializationConfig());
        return config;
    }
}
