package dev.mandel.farm.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import dev.mandel.farm.TaskCodec;
import dev.mandel.farm.TaskRunner;

import java.util.concurrent.Callable;

/**
 * The only thing the coordinator submits to a member's executor: a sealed task as bytes. It
 * travels with {@link RenderCallSerializer} (compact, one byte-array field), so no class named by
 * the sender is looked up or built on the worker; {@link #call()} hands the bytes to the member's
 * {@link TaskRunner}, which checks the seal before reading them.
 */
final class RenderCall implements Callable<byte[]>, HazelcastInstanceAware {

    static final String RUNNER_KEY = TaskRunner.class.getName();

    private final byte[] sealedTask;
    private transient HazelcastInstance member;

    RenderCall(byte[] sealedTask) {
        this.sealedTask = sealedTask;
    }

    byte[] sealedTask() {
        return sealedTask;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.member = instance;
    }

    @Override
    public byte[] call() {
        Object runner = member == null ? null : member.getUserContext().get(RUNNER_KEY);
        if (!(runner instanceof TaskRunner taskRunner)) {
            return TaskCodec.encodeRefusal("this member is not a mandelbrot worker");
        }
        return taskRunner.run(sealedTask);
    }
}
