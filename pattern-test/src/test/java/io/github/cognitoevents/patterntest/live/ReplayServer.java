package io.github.cognitoevents.patterntest.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/**
 * A local stand-in for the EventBridge endpoint: an HTTP server on 127.0.0.1 (ephemeral port) that
 * records every request and answers with recorded AWS responses.
 */
final class ReplayServer implements AutoCloseable {

  /** A request as the server received it. */
  record Request(String method, String path, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** A recorded AWS response. */
  record Reply(int status, String body) {
    static Reply ok(boolean result) {
      return new Reply(200, "{\"Result\":" + result + "}");
    }

    static Reply error(int status, String type, String message) {
      return new Reply(
          status,
          "{\"__type\":\""
              + type
              + "\",\"message\":"
              + com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                  .textNode(message)
                  .toString()
              + "}");
    }
  }

  static {
    // Answer without waiting for delayed ACKs (Nagle): keeps a corpus replay in milliseconds.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  static final String REQUEST_ID = "0f3c5a1e-7d2b-4c39-9e51-2a8b6f4d1c77";

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  ReplayServer(Function<Request, Reply> responder) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> handle(exchange, responder));
    server.start();
  }

  private void handle(HttpExchange exchange, Function<Request, Reply> responder)
      throws IOException {
    try (exchange) {
      Map<String, String> headers = new TreeMap<>();
      exchange
          .getRequestHeaders()
          .forEach(
              (name, values) ->
                  headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Request request =
          new Request(
              exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body);
      requests.add(request);
      Reply reply = responder.apply(request);
      byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
      exchange.getResponseHeaders().add("x-amzn-RequestId", REQUEST_ID);
      exchange.sendResponseHeaders(reply.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** A client for this server: static fake credentials, us-east-1, no retries. */
  EventBridgeClient client() {
    return EventBridgeClient.builder()
        .endpointOverride(endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(
                    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
