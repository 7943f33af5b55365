package dev.mandel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.mandel.schedule.Schedule;

import java.io.IOException;

/**
 * The one JSON mapping of the engine's types, shared by sessions and traces so that the record
 * they both hold ({@code TraceRecord}, with its {@code Viewport}, {@code Settings} and
 * {@code TaskRecord}s) reads and writes alike:
 * records by their components, schedules by their command-line ids, strict on reading (a missing,
 * null or unknown field is an error).
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(scheduleById())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Json() {
    }

    /** Schedules are written as their ids and read back with {@link Schedule#parse}'s messages. */
    private static SimpleModule scheduleById() {
        SimpleModule module = new SimpleModule("schedule-ids");
        module.addSerializer(Schedule.class, new JsonSerializer<>() {
            @Override
            public void serialize(Schedule s, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(s.id());
            }
        });
        module.addDeserializer(Schedule.class, new JsonDeserializer<>() {
            @Override
            public Schedule deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return Schedule.parse(p.getValueAsString(""));
            }
        });
        return module;
    }
}
