package io.github.cognitoevents.samples.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A thin HTTP front for cognito-local that fills three documented gaps of the emulator, so that
 * code written for AWS runs against it unchanged; every other call is forwarded as it is.
 *
 * <ol>
 *   <li>{@code AdminInitiateAuth} with {@code ADMIN_USER_PASSWORD_AUTH} (or its legacy name {@code
 *       ADMIN_NO_SRP_AUTH}): cognito-local answers it with tokens even for a user in {@code
 *       FORCE_CHANGE_PASSWORD}, where AWS answers {@code NEW_PASSWORD_REQUIRED}. The shim checks
 *       that the app client belongs to the pool ({@code DescribeUserPoolClient}) and sends the call
 *       as the emulator's {@code InitiateAuth} with {@code USER_PASSWORD_AUTH}, which implements
 *       the challenge (request and response members are the same but for {@code UserPoolId}).
 *   <li>{@code AdminRespondToAuthChallenge}: cognito-local does not implement it (open pull
 *       requests jagregory/cognito-local#75, #332, #357). The shim checks the client as above and
 *       sends it as {@code RespondToAuthChallenge}.
 *   <li>{@code ListUsers} pagination: cognito-local returns every user in one response and ignores
 *       {@code Limit} and {@code PaginationToken}. The shim pages the emulator's answer as AWS
 *       does: at most {@code Limit} users (1 to 60, default 60) and a {@code PaginationToken} while
 *       more remain.
 * </ol>
 *
 * <p>The emulator's own behaviour stays visible through {@link CognitoLocal#endpoint()}; the
 * fidelity tests use it to pin each gap, so that a cognito-local release that closes one shows up.
 *
 * <pre>{@code
 * try (CognitoLocalShim shim = CognitoLocalShim.start(emulator.endpoint())) {
 *   CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder()
 *       .endpointOverride(shim.uri()) // ...
 *       .build();
 * }
 * }</pre>
 */
public final class CognitoLocalShim implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PREFIX = "AWSCognitoIdentityProviderService.";
  private static final String JSON_11 = "application/x-amz-json-1.1";
  private static final int MAX_PAGE = 60;
  private static final Set<String> ADMIN_PASSWORD_FLOWS =
      Set.of("ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH");

  private final HttpServer server;
  private final ExecutorService executor;
  private final URI emulator;
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> translated = new CopyOnWriteArrayList<>();

  private CognitoLocalShim(HttpServer server, ExecutorService executor, URI emulator) {
    this.server = server;
    this.executor = executor;
    this.emulator = emulator;
  }

  /**
   * Starts the shim on a free loopback port in front of an emulator.
   *
   * @param emulator the emulator's endpoint
   * @return the running shim
   */
  public static CognitoLocalShim start(URI emulator) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService executor =
          Executors.newFixedThreadPool(
              4,
              r -> {
                Thread t = new Thread(r, "cognito-local-shim");
                t.setDaemon(true);
                return t;
              });
      server.setExecutor(executor);
      CognitoLocalShim shim = new CognitoLocalShim(server, executor, emulator);
      server.createContext("/", shim::handle);
      server.start();
      return shim;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the cognito-local shim", e);
    }
  }

  /**
   * The endpoint to give to the SDK client.
   *
   * @return for example {@code http://127.0.0.1:40117}
   */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /**
   * The calls the shim translated, as {@code "AdminRespondToAuthChallenge ->
   * RespondToAuthChallenge"} and {@code "ListUsers (page of 2 from 0)"}, in order.
   *
   * @return an immutable copy
   */
  public List<String> translated() {
    return List.copyOf(translated);
  }

  /** Stops the shim (not the emulator). */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
      String operation =
          target != null && target.startsWith(PREFIX) ? target.substring(PREFIX.length()) : null;
      try {
        Answer answer =
            switch (operation == null ? "" : operation) {
              case "AdminInitiateAuth" -> adminInitiateAuth(exchange, body);
              case "AdminRespondToAuthChallenge" -> adminRespondToAuthChallenge(body);
              case "ListUsers" -> listUsers(body);
              default -> forward(exchange, target, body);
            };
        reply(exchange, answer);
      } catch (ShimError e) {
        ObjectNode error = JSON.createObjectNode();
        error.put("__type", e.type);
        error.put("message", e.getMessage());
        reply(exchange, new Answer(400, JSON_11, JSON.writeValueAsBytes(error)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        reply(exchange, new Answer(503, JSON_11, new byte[0]));
      }
    }
  }

  private Answer adminInitiateAuth(HttpExchange exchange, byte[] body)
      throws IOException, InterruptedException {
    ObjectNode request = object(body);
    if (!ADMIN_PASSWORD_FLOWS.contains(request.path("AuthFlow").asText())) {
      return forward(exchange, PREFIX + "AdminInitiateAuth", body);
    }
    Answer check = checkClient(request);
    if (check != null) {
      return check;
    }
    request.remove("UserPoolId");
    request.put("AuthFlow", "USER_PASSWORD_AUTH");
    translated.add("AdminInitiateAuth -> InitiateAuth");
    return call("InitiateAuth", JSON.writeValueAsBytes(request));
  }

  private Answer adminRespondToAuthChallenge(byte[] body) throws IOException, InterruptedException {
    ObjectNode request = object(body);
    Answer check = checkClient(request);
    if (check != null) {
      return check;
    }
    request.remove("UserPoolId");
    translated.add("AdminRespondToAuthChallenge -> RespondToAuthChallenge");
    return call("RespondToAuthChallenge", JSON.writeValueAsBytes(request));
  }

  /** {@code DescribeUserPoolClient}: an error answer when the client is not the pool's. */
  private Answer checkClient(ObjectNode request) throws IOException, InterruptedException {
    ObjectNode describe = JSON.createObjectNode();
    describe.set("UserPoolId", request.get("UserPoolId"));
    describe.set("ClientId", request.get("ClientId"));
    Answer answer = call("DescribeUserPoolClient", JSON.writeValueAsBytes(describe));
    if (answer.status != 200) {
      return answer;
    }
    String pool = JSON.readTree(answer.body).path("UserPoolClient").path("UserPoolId").asText();
    if (!pool.equals(request.path("UserPoolId").asText())) {
      throw new ShimError(
          "ResourceNotFoundException", "the app client does not belong to the user pool");
    }
    return null;
  }

  private Answer listUsers(byte[] body) throws IOException, InterruptedException {
    ObjectNode request = object(body);
    int limit = MAX_PAGE;
    if (request.has("Limit")) {
      limit = request.get("Limit").asInt(-1);
      if (limit < 1 || limit > MAX_PAGE) {
        throw new ShimError(
            "InvalidParameterException", "Limit must be between 1 and " + MAX_PAGE + "");
      }
    }
    int offset = 0;
    if (request.hasNonNull("PaginationToken")) {
      offset = offset(request.get("PaginationToken").asText());
    }
    request.remove("Limit");
    request.remove("PaginationToken");
    Answer all = call("ListUsers", JSON.writeValueAsBytes(request));
    if (all.status != 200) {
      return all;
    }
    ObjectNode response = object(all.body);
    JsonNode users = response.path("Users");
    ArrayNode page = JSON.createArrayNode();
    for (int i = offset; i < Math.min(users.size(), offset + limit); i++) {
      page.add(users.get(i));
    }
    ObjectNode paged = JSON.createObjectNode();
    paged.set("Users", page);
    if (offset + limit < users.size()) {
      paged.put("PaginationToken", token(offset + limit));
    }
    translated.add("ListUsers (page of " + page.size() + " from " + offset + ")");
    return new Answer(200, JSON_11, JSON.writeValueAsBytes(paged));
  }

  private static String token(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("shim-offset:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  private static int offset(String token) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
      if (text.startsWith("shim-offset:")) {
        int offset = Integer.parseInt(text.substring("shim-offset:".length()));
        if (offset >= 0) {
          return offset;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error below
    }
    throw new ShimError("InvalidParameterException", "the PaginationToken is not valid");
  }

  private Answer forward(HttpExchange exchange, String target, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(emulator.resolve(exchange.getRequestURI().getRawPath()))
            .timeout(Duration.ofSeconds(30))
            .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (target != null) {
      request.header("X-Amz-Target", target);
    }
    return send(request.build());
  }

  private Answer call(String operation, byte[] body) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(emulator.resolve("/"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", JSON_11)
            .header("X-Amz-Target", PREFIX + operation)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(JSON_11),
        response.body());
  }

  private static ObjectNode object(byte[] body) {
    try {
      JsonNode json = JSON.readTree(body);
      if (json instanceof ObjectNode object) {
        return object;
      }
    } catch (IOException e) {
      // falls through
    }
    throw new ShimError("SerializationException", "the request body is not a JSON object");
  }

  private static void reply(HttpExchange exchange, Answer answer) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", answer.contentType);
    exchange.sendResponseHeaders(answer.status, answer.body.length == 0 ? -1 : answer.body.length);
    exchange.getResponseBody().write(answer.body);
  }

  private record Answer(int status, String contentType, byte[] body) {}

  private static final class ShimError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;

    ShimError(String type, String message) {
      super(message);
      this.type = type;
    }
  }
}
