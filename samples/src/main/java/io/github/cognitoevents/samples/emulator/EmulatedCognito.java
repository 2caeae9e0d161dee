package io.github.cognitoevents.samples.emulator;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.github.cognitoevents.samples.triggers.CustomMessageHandler;
import io.github.cognitoevents.samples.triggers.PreSignUpHandler;
import io.github.cognitoevents.samples.triggers.PreTokenGenerationHandler;
import io.github.cognitoevents.samples.triggers.SignInAuditHandler;
import io.github.cognitoevents.samples.triggers.UserMigrationHandler;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;

/**
 * An offline Cognito for the samples: cognito-local ({@link CognitoLocal}) whose triggers invoke
 * the sample handlers through a {@link LambdaInvokeEndpoint}, behind the {@link CognitoLocalShim},
 * with an SDK v2 client for it. Everything it starts, {@link #close()} stops.
 *
 * <p>The sample functions, by cognito-local trigger name (cognito-local takes its trigger functions
 * from its configuration file, not from the pool's {@code LambdaConfig}; {@link #lambdaConfig()}
 * gives the matching {@code LambdaConfig} for the pools the samples create, which is what AWS would
 * use):
 *
 * <ul>
 *   <li>{@code PreSignUp}: {@link PreSignUpHandler} (domain {@code example.com})
 *   <li>{@code CustomMessage}: {@link CustomMessageHandler} ("Example Corp")
 *   <li>{@code PostAuthentication}: {@link SignInAuditHandler} (its lines: {@link #auditLines()})
 *   <li>{@code PreTokenGeneration}: {@link PreTokenGenerationHandler}
 *   <li>{@code UserMigration}: {@link UserMigrationHandler} over its demo directory
 * </ul>
 *
 * <pre>{@code
 * try (EmulatedCognito cognito = EmulatedCognito.start(Path.of("samples"))) {
 *   AdminUserFlow.Result result = AdminUserFlow.run(cognito.client(), AdminUserFlow.Setup.sample(
 *       cognito.lambdaConfig()));
 *   cognito.invocations().forEach(i -> System.out.println(i.triggerSource()));
 * }
 * }</pre>
 */
public final class EmulatedCognito implements AutoCloseable {

  /** The account the sample function ARNs name (a placeholder: nothing here reaches AWS). */
  public static final String ACCOUNT = "000000000000";

  private final LambdaInvokeEndpoint lambda;
  private final CognitoLocal emulator;
  private final CognitoLocalShim shim;
  private final List<String> auditLines;
  private final CognitoIdentityProviderClient client;
  private final CognitoIdentityProviderClient rawClient;

  private EmulatedCognito(
      LambdaInvokeEndpoint lambda,
      CognitoLocal emulator,
      CognitoLocalShim shim,
      List<String> auditLines) {
    this.lambda = lambda;
    this.emulator = emulator;
    this.shim = shim;
    this.auditLines = auditLines;
    this.client = client(shim.uri());
    this.rawClient = client(emulator.endpoint());
  }

  /**
   * The sample functions by cognito-local trigger name.
   *
   * @return trigger name to function name, in a fixed order
   */
  public static Map<String, String> triggerFunctions() {
    Map<String, String> functions = new LinkedHashMap<>();
    functions.put("PreSignUp", "cognito-events-pre-sign-up");
    functions.put("CustomMessage", "cognito-events-custom-message");
    functions.put("PostAuthentication", "cognito-events-sign-in-audit");
    functions.put("PreTokenGeneration", "cognito-events-pre-token-generation");
    functions.put("UserMigration", "cognito-events-user-migration");
    return functions;
  }

  /**
   * Installs (if needed) and starts everything, the data under {@code
   * <moduleDirectory>/target/cognito-local}.
   *
   * @param moduleDirectory the samples module directory
   * @return the running Cognito
   * @throws EmulatorException if Node.js is missing or the emulator cannot be installed or started
   */
  public static EmulatedCognito start(Path moduleDirectory) {
    CognitoLocal.unavailableReason()
        .ifPresent(
            reason -> {
              throw new EmulatorException("cannot run the samples offline: " + reason);
            });
    Path installDirectory = moduleDirectory.resolve("target/cognito-local");
    CognitoLocal.install(moduleDirectory, installDirectory);
    List<String> audit = new CopyOnWriteArrayList<>();
    Map<String, RequestStreamHandler> handlers = new LinkedHashMap<>();
    handlers.put("PreSignUp", new PreSignUpHandler(java.util.Set.of("example.com")));
    handlers.put("CustomMessage", new CustomMessageHandler("Example Corp"));
    handlers.put("PostAuthentication", new SignInAuditHandler(audit::add));
    handlers.put("PreTokenGeneration", new PreTokenGenerationHandler());
    handlers.put("UserMigration", new UserMigrationHandler(UserMigrationHandler.demoDirectory()));
    LambdaInvokeEndpoint lambda = LambdaInvokeEndpoint.start();
    CognitoLocal emulator = null;
    try {
      triggerFunctions().forEach((trigger, name) -> lambda.register(name, handlers.get(trigger)));
      emulator =
          CognitoLocal.start(installDirectory, installDirectory, lambda.uri(), triggerFunctions());
      CognitoLocalShim shim = CognitoLocalShim.start(emulator.endpoint());
      return new EmulatedCognito(lambda, emulator, shim, audit);
    } catch (RuntimeException e) {
      if (emulator != null) {
        emulator.close();
      }
      lambda.close();
      throw e;
    }
  }

  /**
   * The {@code LambdaConfig} of the sample pools: the sample functions' ARNs in their slots.
   *
   * @return the configuration
   */
  public LambdaConfigType lambdaConfig() {
    Map<String, String> f = triggerFunctions();
    return LambdaConfigType.builder()
        .preSignUp(arn(f.get("PreSignUp")))
        .customMessage(arn(f.get("CustomMessage")))
        .postAuthentication(arn(f.get("PostAuthentication")))
        .preAuthentication(arn(f.get("PostAuthentication")))
        .preTokenGeneration(arn(f.get("PreTokenGeneration")))
        .userMigration(arn(f.get("UserMigration")))
        .build();
  }

  private static String arn(String function) {
    return "arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:" + function;
  }

  /**
   * An SDK v2 client for the emulator, through the shim (what the samples use).
   *
   * @return the client (closed by {@link #close()})
   */
  public CognitoIdentityProviderClient client() {
    return client;
  }

  /**
   * An SDK v2 client for the emulator itself, without the shim (to observe its own behaviour).
   *
   * @return the client (closed by {@link #close()})
   */
  public CognitoIdentityProviderClient rawClient() {
    return rawClient;
  }

  /**
   * The Lambda invocations the emulator made so far.
   *
   * @return in order
   */
  public List<LambdaInvokeEndpoint.Invocation> invocations() {
    return lambda.invocations();
  }

  /**
   * The lines the sign-in audit handler wrote.
   *
   * @return in order
   */
  public List<String> auditLines() {
    return List.copyOf(auditLines);
  }

  /**
   * The emulator.
   *
   * @return the process
   */
  public CognitoLocal emulator() {
    return emulator;
  }

  /**
   * The shim.
   *
   * @return the shim
   */
  public CognitoLocalShim shim() {
    return shim;
  }

  /**
   * The endpoint of {@link #client()}.
   *
   * @return the shim's URI
   */
  public URI endpoint() {
    return shim.uri();
  }

  /** Stops the clients, the shim, the emulator and the Lambda endpoint. */
  @Override
  public void close() {
    try {
      client.close();
      rawClient.close();
      shim.close();
    } finally {
      try {
        emulator.close();
      } finally {
        lambda.close();
      }
    }
  }

  /**
   * An SDK v2 client for an emulator endpoint (region {@code us-east-1}, placeholder credentials:
   * the emulator checks no signature).
   *
   * @param endpoint the endpoint
   * @return a new client
   */
  public static CognitoIdentityProviderClient client(URI endpoint) {
    return CognitoIdentityProviderClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
