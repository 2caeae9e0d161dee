package io.github.cognitoevents.model.cloudtrail;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderRequest;

/**
 * The drift guard: every operation of the AWS SDK for Java v2 version the build pins (the methods
 * of its two service clients, read here independently of the generator) is a {@link
 * CognitoOperation} of the right service with a typed request record, and a typed response record
 * whenever the SDK's response has members. Bumping {@code awssdk.version} is the whole upgrade
 * path: the generator follows, and this test names any operation that did not.
 */
class OperationCoverageTest {

  @Test
  void everyUserPoolsOperationOfThePinnedSdkIsTyped() throws Exception {
    List<String> untyped =
        untyped(
            CognitoIdentityProviderClient.class,
            CognitoIdentityProviderRequest.class,
            CognitoService.USER_POOLS);
    assertThat(untyped).as("cognito-idp operations without typed records").isEmpty();
  }

  @Test
  void everyIdentityPoolsOperationOfThePinnedSdkIsTyped() throws Exception {
    List<String> untyped =
        untyped(
            CognitoIdentityClient.class,
            CognitoIdentityRequest.class,
            CognitoService.IDENTITY_POOLS);
    assertThat(untyped).as("cognito-identity operations without typed records").isEmpty();
  }

  @Test
  void typesNoOperationTheSdkDoesNotHave() throws Exception {
    Set<String> sdk = new TreeSet<>();
    for (String name :
        apiNames(CognitoIdentityProviderClient.class, CognitoIdentityProviderRequest.class)) {
      sdk.add(CognitoService.USER_POOLS.eventSource() + " " + name);
    }
    for (String name : apiNames(CognitoIdentityClient.class, CognitoIdentityRequest.class)) {
      sdk.add(CognitoService.IDENTITY_POOLS.eventSource() + " " + name);
    }
    List<String> extra = new ArrayList<>();
    for (CognitoOperation op : CognitoOperation.values()) {
      if (op != CognitoOperation.UNKNOWN
          && !sdk.contains(op.service().eventSource() + " " + op.apiName())) {
        extra.add(op.name());
      }
    }
    assertThat(extra).isEmpty();
    assertThat(sdk).hasSize(CognitoOperation.values().length - 1);
  }

  private static List<String> untyped(Class<?> client, Class<?> requestBase, CognitoService service)
      throws Exception {
    List<String> untyped = new ArrayList<>();
    for (Class<?> request : requestClasses(client, requestBase)) {
      String name = apiName(request);
      CognitoOperation op = CognitoOperation.of(service.eventSource(), name);
      if (op == CognitoOperation.UNKNOWN) {
        untyped.add(name + " (no CognitoOperation)");
        continue;
      }
      if (op.requestType() == null
          || !RequestParameters.class.isAssignableFrom(op.requestType())
          || !op.requestType().isRecord()) {
        untyped.add(name + " (no request record)");
      }
      Class<?> response = Class.forName(request.getName().replaceAll("Request$", "Response"));
      boolean hasOutput =
          !((List<?>) response.getMethod("sdkFields").invoke(builtEmpty(response))).isEmpty();
      if (hasOutput != op.responseType().isPresent()) {
        untyped.add(name + " (response record " + (hasOutput ? "missing" : "unexpected") + ")");
      }
    }
    return untyped;
  }

  private static Object builtEmpty(Class<?> type) throws Exception {
    Object builder = type.getMethod("builder").invoke(null);
    Method build = builder.getClass().getMethod("build");
    build.setAccessible(true);
    return build.invoke(builder);
  }

  private static Set<String> apiNames(Class<?> client, Class<?> requestBase) throws Exception {
    Set<String> names = new TreeSet<>();
    for (Class<?> request : requestClasses(client, requestBase)) {
      names.add(apiName(request));
    }
    return names;
  }

  /** The request types of the client's operation methods. */
  private static Set<Class<?>> requestClasses(Class<?> client, Class<?> requestBase) {
    Set<Class<?>> requests =
        new java.util.TreeSet<>(java.util.Comparator.comparing(Class::getName));
    for (Method method : client.getMethods()) {
      if (method.getParameterCount() == 1
          && requestBase.isAssignableFrom(method.getParameterTypes()[0])
          && method.getParameterTypes()[0] != requestBase) {
        requests.add(method.getParameterTypes()[0]);
      }
    }
    assertThat(requests).as("operations of %s", client.getSimpleName()).hasSizeGreaterThan(20);
    return requests;
  }

  /**
   * The API's name of an operation (CloudTrail's {@code eventName}), which the SDK's class names
   * normalise: the operation binding of the SDK's request marshaller.
   */
  private static String apiName(Class<?> request) throws Exception {
    String marshaller =
        request.getPackageName().replaceAll("\\.model$", ".transform")
            + "."
            + request.getSimpleName()
            + "Marshaller";
    Field binding = Class.forName(marshaller).getDeclaredField("SDK_OPERATION_BINDING");
    binding.setAccessible(true);
    Object info = binding.get(null);
    String identifier = (String) info.getClass().getMethod("operationIdentifier").invoke(info);
    return identifier.substring(identifier.lastIndexOf('.') + 1);
  }
}
