package io.github.cognitoevents.lambda;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The serializers the Lambda runtime uses when a function registers no {@code
 * CustomPojoSerializer}, from {@code aws-lambda-java-serialization} (provided by the runtime, never
 * a dependency of this library): {@link LambdaEventSerializers} for the {@code
 * aws-lambda-java-events} classes it supports, {@link JacksonFactory} for every other type. The
 * choice follows the runtime's {@code EventHandlerLoader.getSerializer} for non-Android callers.
 * Loaded only after {@link CognitoEventsPojoSerializer} has checked the library is present.
 */
final class LambdaRuntimeSerializers implements CustomPojoSerializer {

  private final Map<Type, PojoSerializer<Object>> serializers = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  private PojoSerializer<Object> serializer(Type type) {
    return serializers.computeIfAbsent(
        type,
        t -> {
          if (t instanceof Class<?> c
              && LambdaEventSerializers.isLambdaSupportedEvent(c.getName())) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return (PojoSerializer<Object>)
                LambdaEventSerializers.serializerFor(
                    c, loader == null ? c.getClassLoader() : loader);
          }
          return JacksonFactory.getInstance().getSerializer(t);
        });
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T fromJson(InputStream input, Type type) {
    return (T) serializer(type).fromJson(input);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T fromJson(String input, Type type) {
    return (T) serializer(type).fromJson(input);
  }

  @Override
  public <T> void toJson(T value, OutputStream output, Type type) {
    serializer(type).toJson(value, output);
  }
}
