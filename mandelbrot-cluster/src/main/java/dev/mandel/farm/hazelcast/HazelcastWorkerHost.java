package dev.mandel.farm.hazelcast;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import dev.mandel.farm.WorkerHost;

import java.util.List;

/** A worker that is an embedded Hazelcast member. */
final class HazelcastWorkerHost implements WorkerHost {

    private final HazelcastInstance member;
    private final String address;

    HazelcastWorkerHost(HazelcastInstance member) {
        this.member = member;
        this.address = HazelcastFarm.address(member.getCluster().getLocalMember());
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public List<String> members() {
        return member.getCluster().getMembers().stream().map(HazelcastFarm::address).toList();
    }

    @Override
    public boolean isRunning() {
        return member.getLifecycleService().isRunning();
    }

    @Override
    public void close() {
        member.shutdown();
    }

    @Override
    public void crash() {
        member.getLifecycleService().terminate();
    }

    Member localMember() {
        return member.getCluster().getLocalMember();
    }
}
