package io.github.cognitoevents.lambda;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.cognitoevents.model.CognitoEvent;
import io.github.cognitoevents.model.CognitoEvents;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.eventbridge.EventBridgeEvent;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The Lambda Java runtime's serializer for cognito-events records, so that a plain {@code
 * RequestHandler} takes and returns them:
 *
 * <pre>{@code
 * public final class SignUp implements RequestHandler<PreSignUpEvent, PreSignUpEvent> {
 *   public PreSignUpEvent handleRequest(PreSignUpEvent event, Context context) {
 *     return event.withResponse(PreSignUpEvent.Response.empty().withAutoConfirmUser(true));
 *   }
 * }
 * }</pre>
 *
 * <p>This jar registers it in {@code META-INF/services/}{@value #SERVICE_FILE}: the runtime ({@code
 * aws-lambda-java-runtime-interface-client}'s {@code EventHandlerLoader}, through {@code
 * PojoSerializerLoader}) finds it with {@link java.util.ServiceLoader} and then uses it for the
 * input and output type of every {@code RequestHandler} and POJO handler method of the function.
 * {@code RequestStreamHandler}s (such as {@link CognitoTriggerHandler}) never go through it.
 *
 * <p><b>Types it reads and writes</b> exactly as the model's entry points do (null and absent kept
 * apart, unknown members kept in order, same errors):
 *
 * <ul>
 *   <li>every trigger record ({@code PreSignUpEvent}, ..., {@link TriggerEvent} itself, which picks
 *       the record from {@code triggerSource}): {@link TriggerEvents};
 *   <li>{@code EventBridgeEvent<CloudTrailRecord>} (an EventBridge rule's target), {@link
 *       CloudTrailRecord} and {@link CognitoEvent}: {@link CognitoEvents}.
 * </ul>
 *
 * <p><b>Every other type</b> (a {@code Map}, your own POJO, an {@code aws-lambda-java-events}
 * class, {@code Void}) is handed to the fallback. The default fallback is the runtime's own
 * serializer, chosen as the runtime would without a custom serializer: the Lambda-events serializer
 * for {@code aws-lambda-java-events} classes, its Jackson serializer otherwise (both from {@code
 * aws-lambda-java-serialization}, which the runtime carries; the runtime's choice of Gson for
 * Android client contexts is not reproduced). Where that library is absent (e.g. the serializer
 * used outside the runtime) such a type fails with an {@link IllegalArgumentException} naming it.
 *
 * <p>The runtime accepts only one {@code CustomPojoSerializer} per function: a function that has
 * its own removes this jar's service file when it packages the function (the shade plugin's {@code
 * <filter>} excluding {@code META-INF/services/}{@value #SERVICE_FILE} of this artifact) and makes
 * its serializer handle cognito-events types by extending this class with {@link
 * #CognitoEventsPojoSerializer(CustomPojoSerializer)} (its own serializer as the fallback).
 *
 * <p>Errors: input that is not the declared record fails with the model's {@code
 * EventParseException} (the runtime reports it as a JSON parsing error of the invocation); its
 * message names the member, never the payload. Thread-safe.
 */
public class CognitoEventsPojoSerializer implements CustomPojoSerializer {

  /** The service file name, the interface's binary name. */
  public static final String SERVICE_FILE =
      "com.amazonaws.services.lambda.runtime.CustomPojoSerializer";

  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

  private final CustomPojoSerializer fallback;

  /** The instance the runtime creates: other types go to the runtime's own serializer. */
  public CognitoEventsPojoSerializer() {
    this.fallback = null;
  }

  /**
   * A serializer handing every type it does not know to {@code fallback}.
   *
   * @param fallback reads and writes all other types
   */
  public CognitoEventsPojoSerializer(CustomPojoSerializer fallback) {
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  /** The record kinds this serializer reads and writes itself. */
  private enum Kind {
    TRIGGER,
    CLOUDTRAIL_RECORD,
    EVENTBRIDGE_CLOUDTRAIL,
    COGNITO_EVENT
  }

  /**
   * Whether this serializer reads and writes {@code type} itself (rather than its fallback).
   *
   * @param type a handler's input or output type
   * @return true for trigger records, {@code CloudTrailRecord}, {@code
   *     EventBridgeEvent<CloudTrailRecord>} and {@code CognitoEvent}
   */
  public static boolean supports(Type type) {
    return kind(type) != null;
  }

  private static Kind kind(Type type) {
    if (type instanceof Class<?> c) {
      if (TriggerEvent.class.isAssignableFrom(c)) {
        return Kind.TRIGGER;
      }
      if (c == CloudTrailRecord.class) {
        return Kind.CLOUDTRAIL_RECORD;
      }
      if (c == CognitoEvent.class) {
        return Kind.COGNITO_EVENT;
      }
    } else if (type instanceof ParameterizedType p
        && p.getRawType() == EventBridgeEvent.class
        && p.getActualTypeArguments()[0] == CloudTrailRecord.class) {
      return Kind.EVENTBRIDGE_CLOUDTRAIL;
    }
    return null;
  }

  @Override
  public <T> T fromJson(InputStream input, Type type) {
    Objects.requireNonNull(input, "input");
    Kind kind = kind(Objects.requireNonNull(type, "type"));
    if (kind == null) {
      return fallback(type).fromJson(input, type);
    }
    return read(kind, type, input);
  }

  @Override
  public <T> T fromJson(String input, Type type) {
    Objects.requireNonNull(input, "input");
    Kind kind = kind(Objects.requireNonNull(type, "type"));
    if (kind == null) {
      return fallback(type).fromJson(input, type);
    }
    return read(kind, type, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
  }

  @Override
  public <T> void toJson(T value, OutputStream output, Type type) {
    Objects.requireNonNull(output, "output");
    Kind kind = kind(Objects.requireNonNull(type, "type"));
    if (kind == null) {
      fallback(type).toJson(value, output, type);
      return;
    }
    try {
      if (value == null) {
        // What the runtime's own serializer writes for a null reply.
        output.write(new byte[] {'n', 'u', 'l', 'l'});
      } else if (value instanceof TriggerEvent event) {
        output.write(TriggerEvents.writeBytes(event));
      } else {
        JSON.writeValue(output, tree(kind, value));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the reply could not be written", e);
    }
  }

  private static JsonNode tree(Kind kind, Object value) {
    switch (kind) {
      case CLOUDTRAIL_RECORD:
        return ((CloudTrailRecord) value).toJson();
      case EVENTBRIDGE_CLOUDTRAIL:
        @SuppressWarnings("unchecked")
        EventBridgeEvent<CloudTrailRecord> event = (EventBridgeEvent<CloudTrailRecord>) value;
        return event.toJson(CloudTrailRecord::toJson);
      default:
        return ((CognitoEvent) value).toJson();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T read(Kind kind, Type type, InputStream input) {
    if (kind == Kind.TRIGGER) {
      Class<? extends TriggerEvent> record = ((Class<?>) type).asSubclass(TriggerEvent.class);
      return (T)
          (record == TriggerEvent.class
              ? TriggerEvents.parse(input)
              : TriggerEvents.parse(input, record));
    }
    switch (kind) {
      case CLOUDTRAIL_RECORD:
        return (T) ModelReaders.record(input, "RequestHandler<CloudTrailRecord, ...>");
      case EVENTBRIDGE_CLOUDTRAIL:
        return (T)
            ModelReaders.apiCallEvent(
                input, "RequestHandler<EventBridgeEvent<CloudTrailRecord>, ...>");
      default:
        return (T) CognitoEvents.parse(input);
    }
  }

  private CustomPojoSerializer fallback(Type type) {
    if (fallback != null) {
      return fallback;
    }
    CustomPojoSerializer runtime = RuntimeDefault.INSTANCE;
    if (runtime == null) {
      throw new IllegalArgumentException(
          "CognitoEventsPojoSerializer reads and writes cognito-events records only; "
              + type.getTypeName()
              + " is not one, and the Lambda runtime's own serializer"
              + " (aws-lambda-java-serialization) is not on the class path to handle it");
    }
    return runtime;
  }

  /** The runtime's default serializer, when aws-lambda-java-serialization is present. */
  private static final class RuntimeDefault {
    static final CustomPojoSerializer INSTANCE = load();

    private static CustomPojoSerializer load() {
      try {
        Class.forName(
            "com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory",
            false,
            CognitoEventsPojoSerializer.class.getClassLoader());
        return new LambdaRuntimeSerializers();
      } catch (ClassNotFoundException | LinkageError e) {
        return null;
      }
    }
  }
}
