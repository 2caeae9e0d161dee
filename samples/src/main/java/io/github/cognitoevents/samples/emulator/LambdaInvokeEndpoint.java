package io.github.cognitoevents.samples.emulator;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local stand-in for the AWS Lambda service's {@code Invoke} call ({@code POST
 * /2015-03-31/functions/{FunctionName}/invocations}), so that a Cognito emulator invokes this
 * project's trigger handlers exactly as Cognito invokes Lambda functions: the event JSON arrives as
 * the request body, the handler's {@link RequestStreamHandler#handleRequest stream entry point}
 * runs (the one the Lambda Java runtime calls), and its output is the response body. A handler that
 * throws gives what the Lambda runtime gives: status 200 with {@code X-Amz-Function-Error:
 * Unhandled} and {@code {"errorMessage", "errorType"}}, which Cognito turns into a {@code
 * UserLambdaValidationException} for the caller.
 *
 * <p>Every invocation is {@link #invocations() recorded}: the raw request and reply, the request as
 * parsed by the model ({@link TriggerEvents#parse(byte[])}) and the reply parsed back, so that a
 * test can check that each payload the emulator produced was understood and answered.
 *
 * <p>Function names are matched by name; a full or partial function ARN (with or without a
 * qualifier) is reduced to its name. An unknown function gets Lambda's {@code
 * ResourceNotFoundException} (status 404); only {@code RequestResponse} invocations are supported
 * (Cognito's synchronous triggers), others get {@code InvalidParameterValueException}.
 *
 * <pre>{@code
 * try (LambdaInvokeEndpoint lambda = LambdaInvokeEndpoint.start()) {
 *   lambda.register("pre-sign-up", new PreSignUpHandler(Set.of("example.com")));
 *   URI endpoint = lambda.uri(); // give it to the emulator as its Lambda endpoint
 * }
 * }</pre>
 */
public final class LambdaInvokeEndpoint implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH_PREFIX = "/2015-03-31/functions/";
  private static final String PATH_SUFFIX = "/invocations";

  /**
   * One invocation.
   *
   * @param functionName the function name (ARNs reduced to the name)
   * @param at when it arrived
   * @param request the event JSON as received
   * @param event the event as parsed by the model, or {@code null} if it could not be parsed
   * @param parseError why the model could not parse it, or {@code null}
   * @param reply the handler's output, or the error document when it failed
   * @param answer the handler's output parsed by the model, or {@code null} when it failed
   * @param functionError the handler's exception ({@code errorType: errorMessage}), or {@code null}
   */
  public record Invocation(
      String functionName,
      Instant at,
      String request,
      TriggerEvent event,
      String parseError,
      String reply,
      TriggerEvent answer,
      String functionError) {

    /**
     * The {@code triggerSource} as sent.
     *
     * @return the trigger source, or {@code null} if the request had none
     */
    public String triggerSource() {
      if (event != null) {
        return event.triggerSource();
      }
      try {
        return JSON.readTree(request).path("triggerSource").asText(null);
      } catch (IOException e) {
        return null;
      }
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, RequestStreamHandler> functions = new ConcurrentHashMap<>();
  private final List<Invocation> invocations = new CopyOnWriteArrayList<>();

  private LambdaInvokeEndpoint(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts the endpoint on a free loopback port.
   *
   * @return the running endpoint
   */
  public static LambdaInvokeEndpoint start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService executor =
          Executors.newFixedThreadPool(
              4,
              r -> {
                Thread t = new Thread(r, "lambda-invoke");
                t.setDaemon(true);
                return t;
              });
      server.setExecutor(executor);
      LambdaInvokeEndpoint endpoint = new LambdaInvokeEndpoint(server, executor);
      server.createContext("/", endpoint::handle);
      server.start();
      return endpoint;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Lambda invoke endpoint", e);
    }
  }

  /**
   * Deploys a function.
   *
   * @param functionName the name the emulator invokes
   * @param handler the handler
   * @return this endpoint
   */
  public LambdaInvokeEndpoint register(String functionName, RequestStreamHandler handler) {
    functions.put(Objects.requireNonNull(functionName), Objects.requireNonNull(handler));
    return this;
  }

  /**
   * The endpoint's base URI, for the Lambda client's endpoint setting.
   *
   * @return for example {@code http://127.0.0.1:38211}
   */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * The invocations so far, in arrival order.
   *
   * @return an immutable copy
   */
  public List<Invocation> invocations() {
    return List.copyOf(invocations);
  }

  /** Stops the endpoint. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      if (!"POST".equals(exchange.getRequestMethod())
          || !path.startsWith(PATH_PREFIX)
          || !path.endsWith(PATH_SUFFIX)) {
        error(exchange, 404, "UnknownOperationException", "only Invoke is implemented here");
        return;
      }
      String functionName =
          functionName(
              URLDecoder.decode(
                  path.substring(PATH_PREFIX.length(), path.length() - PATH_SUFFIX.length()),
                  StandardCharsets.UTF_8));
      String invocationType = exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type");
      if (invocationType != null && !"RequestResponse".equals(invocationType)) {
        error(
            exchange,
            400,
            "InvalidParameterValueException",
            "only RequestResponse invocations are supported, not " + invocationType);
        return;
      }
      RequestStreamHandler handler = functions.get(functionName);
      if (handler == null) {
        error(
            exchange,
            404,
            "ResourceNotFoundException",
            "Function not found: " + functionName + " (deployed: " + functions.keySet() + ")");
        return;
      }
      byte[] request = exchange.getRequestBody().readAllBytes();
      invoke(exchange, functionName, handler, request);
    }
  }

  private void invoke(
      HttpExchange exchange, String functionName, RequestStreamHandler handler, byte[] request)
      throws IOException {
    Instant at = Instant.now();
    TriggerEvent event = null;
    String parseError = null;
    try {
      event = TriggerEvents.parse(request);
    } catch (EventParseException e) {
      parseError = e.getMessage();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String requestText = new String(request, StandardCharsets.UTF_8);
    String requestId = UUID.randomUUID().toString();
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("X-Amz-Executed-Version", "$LATEST");
    exchange.getResponseHeaders().set("x-amzn-RequestId", requestId);
    try {
      handler.handleRequest(
          new ByteArrayInputStream(request), out, new LocalContext(functionName, requestId));
    } catch (Exception e) {
      ObjectNode failure = JSON.createObjectNode();
      failure.put("errorMessage", e.getMessage());
      failure.put("errorType", e.getClass().getName());
      byte[] body = JSON.writeValueAsBytes(failure);
      invocations.add(
          new Invocation(
              functionName,
              at,
              requestText,
              event,
              parseError,
              new String(body, StandardCharsets.UTF_8),
              null,
              e.getClass().getName() + ": " + e.getMessage()));
      exchange.getResponseHeaders().set("X-Amz-Function-Error", "Unhandled");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      return;
    }
    byte[] reply = out.toByteArray();
    TriggerEvent answer = null;
    try {
      answer = TriggerEvents.parse(reply);
    } catch (EventParseException e) {
      parseError = parseError == null ? "reply: " + e.getMessage() : parseError;
    }
    invocations.add(
        new Invocation(
            functionName,
            at,
            requestText,
            event,
            parseError,
            new String(reply, StandardCharsets.UTF_8),
            answer,
            null));
    exchange.sendResponseHeaders(200, reply.length == 0 ? -1 : reply.length);
    exchange.getResponseBody().write(reply);
  }

  static String functionName(String nameOrArn) {
    String name = nameOrArn;
    int function = name.indexOf(":function:");
    if (function >= 0) {
      name = name.substring(function + ":function:".length());
    }
    int qualifier = name.indexOf(':');
    return qualifier >= 0 ? name.substring(0, qualifier) : name;
  }

  private static void error(HttpExchange exchange, int status, String type, String message)
      throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("Type", "User");
    body.put("message", message);
    byte[] bytes = JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("x-amzn-ErrorType", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  /** The Lambda context the handlers get: names, a request id and a 5-second budget. */
  private record LocalContext(String functionName, String requestId) implements Context {
    @Override
    public String getAwsRequestId() {
      return requestId;
    }

    @Override
    public String getLogGroupName() {
      return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
      return "local";
    }

    @Override
    public String getFunctionName() {
      return functionName;
    }

    @Override
    public String getFunctionVersion() {
      return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
      return "arn:aws:lambda:local:000000000000:function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
      return null;
    }

    @Override
    public ClientContext getClientContext() {
      return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
      return 5_000;
    }

    @Override
    public int getMemoryLimitInMB() {
      return 512;
    }

    @Override
    public LambdaLogger getLogger() {
      return new LambdaLogger() {
        @Override
        public void log(String message) {
          System.out.print(message);
        }

        @Override
        public void log(byte[] message) {
          System.out.print(new String(message, StandardCharsets.UTF_8));
        }
      };
    }
  }
}
