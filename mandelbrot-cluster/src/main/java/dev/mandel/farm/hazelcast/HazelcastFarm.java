package dev.mandel.farm.hazelcast;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import dev.mandel.farm.FarmEngine;
import dev.mandel.farm.FarmWorker;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** The coordinator's side: a Hazelcast client submitting {@link RenderCall}s to chosen members. */
final class HazelcastFarm implements FarmEngine {

    private final HazelcastInstance client;
    private final IExecutorService executor;
    private final Map<String, Member> members = new ConcurrentHashMap<>();

    HazelcastFarm(HazelcastInstance client) {
        this.client = client;
        this.executor = client.getExecutorService(HazelcastSettings.EXECUTOR);
    }

    static String address(Member m) {
        return m.getAddress().getHost() + ":" + m.getAddress().getPort();
    }

    @Override
    public String name() {
        return "hazelcast";
    }

    @Override
    public List<FarmWorker> workers() {
        if (!client.getLifecycleService().isRunning()) {
            return List.of();
        }
        return client.getCluster().getMembers().stream()
                .filter(m -> !m.isLiteMember())
                .map(m -> {
                    String id = m.getUuid().toString();
                    members.putIfAbsent(id, m);
                    return new FarmWorker(id, address(m));
                })
                .toList();
    }

    @Override
    public CompletableFuture<byte[]> submit(FarmWorker worker, byte[] sealedTask) {
        CompletableFuture<byte[]> answer = new CompletableFuture<>();
        Member member = members.get(worker.id());
        if (member == null) {
            answer.completeExceptionally(new IllegalStateException("worker " + worker.address() + " is not a member"));
            return answer;
        }
        try {
            executor.submitToMember(new RenderCall(sealedTask), member, new ExecutionCallback<byte[]>() {
                @Override
                public void onResponse(byte[] response) {
                    answer.complete(response);
                }

                @Override
                public void onFailure(Throwable t) {
                    answer.completeExceptionally(t);
                }
            });
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        }
        return answer;
    }

    @Override
    public void close() {
        client.shutdown();
    }
}
