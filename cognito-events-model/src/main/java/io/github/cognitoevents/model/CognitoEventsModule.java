package io.github.cognitoevents.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.internal.codec.Codecs;
import io.github.cognitoevents.model.internal.codec.Json;
import io.github.cognitoevents.model.internal.codec.JsonIn;
import io.github.cognitoevents.model.internal.codec.RecordCodec;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import java.io.IOException;

/**
 * A Jackson {@link Module} with which any {@code ObjectMapper} reads and writes the records of this
 * library exactly as {@link TriggerEvents}, {@link EventBridgeEvent}, {@link
 * io.github.cognitoevents.model.cloudtrail.CloudTrailRecord} and {@link
 * io.github.cognitoevents.model.triggermesh.TriggerMeshEvent} do: the JSON Cognito, EventBridge and
 * CloudTrail send, unknown members kept in order, the same checks and the same {@link
 * EventParseException}s. Without it, a mapper sees the records as Java beans: it writes {@code
 * {"header":{...}}} and cannot read that back.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CognitoEventsModule());
 * PreSignUpEvent event = mapper.readValue(json, PreSignUpEvent.class);
 * String reply = mapper.writeValueAsString(event.withResponse(event.response().withAutoConfirmUser(true)));
 * EventBridgeEvent<CloudTrailRecord> call =
 *     mapper.readValue(json, new TypeReference<EventBridgeEvent<CloudTrailRecord>>() {});
 * }</pre>
 *
 * <p>Frameworks that bring their own mapper (Spring Cloud Function, Micronaut, a Lambda {@code
 * RequestHandler} through {@code cognito-events-lambda}'s serializer) need only this module.
 *
 * <p>What it handles: every {@link TriggerEvent} (a concrete class, or the interface to accept any
 * slot), {@code EventBridgeEvent<D>} with {@code D} a record of this library or {@code JsonNode},
 * {@link CognitoEvent} (any of the above, recognised by shape), and every other record of the model
 * (a CloudTrail record, its structures, typed requests and responses). Duplicate keys, depth and
 * non-finite numbers are checked as by the entry points; what lies around the value (trailing
 * content, a byte-order mark) is the mapper's business.
 */
public final class CognitoEventsModule extends Module {

  /** Creates the module. */
  public CognitoEventsModule() {}

  @Override
  public String getModuleName() {
    return "cognito-events";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object getTypeId() {
    return CognitoEventsModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new RecordSerializers());
    context.addDeserializers(new RecordDeserializers());
  }

  private static final class RecordSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription description) {
      Class<?> raw = type.getRawClass();
      if (TriggerEvent.class.isAssignableFrom(raw)) {
        return new Writer<TriggerEvent>((value, g, p) -> TriggerEvents.write(value, g));
      }
      if (EventBridgeEvent.class.isAssignableFrom(raw)) {
        return new Writer<EventBridgeEvent<?>>((value, g, p) -> g.writeTree(value.toJson()));
      }
      if (CognitoEvent.class.isAssignableFrom(raw)) {
        return new Writer<CognitoEvent>(
            (value, g, p) -> p.defaultSerializeValue(CognitoEventsModule.inner(value), g));
      }
      RecordCodec<?> codec = Codecs.forType(raw);
      if (codec != null) {
        return codecWriter(codec);
      }
      return null;
    }
  }

  private static <T> JsonSerializer<T> codecWriter(RecordCodec<T> codec) {
    return new Writer<T>((value, g, p) -> codec.write(value, g));
  }

  private static Object inner(CognitoEvent event) {
    if (event instanceof CognitoEvent.Trigger t) {
      return t.event();
    }
    if (event instanceof CognitoEvent.CloudTrail c) {
      return c.record();
    }
    if (event instanceof CognitoEvent.CloudTrailViaEventBridge e) {
      return e.event();
    }
    return ((CognitoEvent.TriggerMesh) event).event();
  }

  private static final class RecordDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription description) {
      Class<?> raw = type.getRawClass();
      if (TriggerEvent.class.isAssignableFrom(raw)) {
        @SuppressWarnings("unchecked")
        Class<? extends TriggerEvent> slot = (Class<? extends TriggerEvent>) raw;
        return new Reader<>((p, c) -> TriggerEvents.read(p, slot));
      }
      if (raw == EventBridgeEvent.class) {
        JavaType detail = type.containedTypeOrUnknown(0);
        Class<?> detailType =
            detail.getRawClass() == Object.class ? JsonNode.class : detail.getRawClass();
        return new Reader<>((p, c) -> EventBridgeEvent.read(p, detailType));
      }
      if (raw == CognitoEvent.class) {
        return new Reader<>((p, c) -> CognitoEvents.parse(Json.read(new JsonIn(p, "", 0))));
      }
      RecordCodec<?> codec = Codecs.forType(raw);
      if (codec != null) {
        return new Reader<>((p, c) -> codec.read(p));
      }
      return null;
    }
  }

  @FunctionalInterface
  private interface WriteFunction<T> {
    void write(T value, JsonGenerator generator, SerializerProvider provider) throws IOException;
  }

  @FunctionalInterface
  private interface ReadFunction<T> {
    T read(JsonParser parser, DeserializationContext context) throws IOException;
  }

  private static final class Writer<T> extends JsonSerializer<T> {
    private final WriteFunction<T> function;

    Writer(WriteFunction<T> function) {
      this.function = function;
    }

    @Override
    public void serialize(T value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      function.write(value, generator, provider);
    }
  }

  private static final class Reader<T> extends JsonDeserializer<T> {
    private final ReadFunction<T> function;

    Reader(ReadFunction<T> function) {
      this.function = function;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return function.read(parser, context);
    }
  }
}
