package io.github.cognitoevents.testsupport;

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

/**
 * A local stand-in for the EventBridge endpoint: an HTTP server on 127.0.0.1 (ephemeral port) that
 * records every request and answers with recorded AWS responses (JSON 1.1 protocol, as {@code
 * TestEventPattern} answers). Point an SDK client at {@link #endpoint()} with static credentials.
 */
public final class ReplayServer implements AutoCloseable {

  /** A request as the server received it (header names in lower case). */
  public record Request(String method, String path, Map<String, String> headers, String body) {
    /** The value of a header, or {@code null}. */
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** A recorded AWS response. */
  public record Reply(int status, String body) {
    /** {@code 200 {"Result": result}}. */
    public static Reply ok(boolean result) {
      return new Reply(200, "{\"Result\":" + result + "}");
    }

    /** An AWS JSON error: {@code {"__type": type, "message": message}}. */
    public static Reply error(int status, String type, String message) {
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

  /** The request id every reply carries. */
  public static final String REQUEST_ID = "0f3c5a1e-7d2b-4c39-9e51-2a8b6f4d1c77";

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  /** Starts a server that answers every request with {@code responder}. */
  public ReplayServer(Function<Request, Reply> responder) {
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

  /** The endpoint to give an SDK client. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Every request received so far, in order. */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
