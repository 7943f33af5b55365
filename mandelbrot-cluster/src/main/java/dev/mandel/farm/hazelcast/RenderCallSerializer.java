package dev.mandel.farm.hazelcast;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;

/** {@link RenderCall} as compact data: one field, the sealed task bytes. */
final class RenderCallSerializer implements CompactSerializer<RenderCall> {

    static final String TYPE_NAME = "mandelbrot.RenderCall";
    private static final String FIELD = "sealedTask";

    @Override
    public RenderCall read(CompactReader reader) {
        byte[] bytes = reader.readArrayOfInt8(FIELD);
        return new RenderCall(bytes == null ? new byte[0] : bytes);
    }

    @Override
    public void write(CompactWriter writer, RenderCall call) {
        writer.writeArrayOfInt8(FIELD, call.sealedTask());
    }

    @Override
    public String getTypeName() {
        return TYPE_NAME;
    }

    @Override
    public Class<RenderCall> getCompactClass() {
        return RenderCall.class;
    }
}
