package io.github.cognitoevents.samples.usersync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import io.github.cognitoevents.model.EventParseException;
import io.github.cognitoevents.model.triggermesh.TriggerMeshEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * System 4's receiver: an HTTP endpoint (a Knative sink) that reads TriggerMesh Cognito user pool
 * CloudEvents in binary or structured mode with the CloudEvents SDK and hands each one to the
 * application as the model's typed {@link TriggerMeshEvent}.
 *
 * <p>{@link #read(CloudEvent)} does the conversion on its own, for receivers built on another HTTP
 * server (Spring, Quarkus, a Lambda function URL): the SDK's attributes and data bytes go to {@link
 * TriggerMeshEvent#fromCloudEvent(Map, byte[])}, whatever the mode they arrived in, so both modes
 * give the same record without building structured JSON.
 *
 * <p>Answers: {@code 202} once the consumer returned; {@code 400} with a one-line reason for a
 * request that is not a CloudEvent, a CloudEvent of another type, or one whose data is not a user
 * (the sender keeps the event); {@code 500} if the consumer threw (the sender retries); {@code 405}
 * for anything but {@code POST}.
 *
 * <pre>{@code
 * try (TriggerMeshReceiver receiver = TriggerMeshReceiver.start(received ->
 *     System.out.println(received.event().data().username() + " via " + received.encoding()))) {
 *   URI sink = receiver.uri();
 * }
 * }</pre>
 */
public final class TriggerMeshReceiver implements AutoCloseable {

  /**
   * One event received.
   *
   * @param event the event as the model reads it
   * @param encoding how it came: {@link Encoding#BINARY} or {@link Encoding#STRUCTURED}
   * @param cloudEvent the event as the CloudEvents SDK read it
   */
  public record Received(TriggerMeshEvent event, Encoding encoding, CloudEvent cloudEvent) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final Consumer<Received> consumer;

  private TriggerMeshReceiver(
      HttpServer server, ExecutorService executor, Consumer<Received> consumer) {
    this.server = server;
    this.executor = executor;
    this.consumer = consumer;
  }

  /**
   * Starts a receiver on a free loopback port.
   *
   * @param consumer gets each event (called on the server's threads)
   * @return the running receiver
   */
  public static TriggerMeshReceiver start(Consumer<Received> consumer) {
    Objects.requireNonNull(consumer, "consumer");
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService executor =
          Executors.newFixedThreadPool(
              2,
              r -> {
                Thread t = new Thread(r, "triggermesh-receiver");
                t.setDaemon(true);
                return t;
              });
      server.setExecutor(executor);
      TriggerMeshReceiver receiver = new TriggerMeshReceiver(server, executor, consumer);
      server.createContext("/", receiver::handle);
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the receiver", e);
    }
  }

  /**
   * Reads a CloudEvent of TriggerMesh's Cognito user pool source into the model's record.
   *
   * @param event the event, read by the CloudEvents SDK from any transport
   * @return the typed event
   * @throws EventParseException if it is not of type {@value TriggerMeshEvent#TYPE} (or the type
   *     TriggerMesh's documentation names), or its data is not a user
   */
  public static TriggerMeshEvent read(CloudEvent event) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (String name : event.getAttributeNames()) {
      Object value = event.getAttribute(name);
      if (value instanceof OffsetDateTime time) {
        attributes.put(name, time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      } else if (value != null) {
        attributes.put(name, value.toString());
      }
    }
    for (String name : event.getExtensionNames()) {
      Object value = event.getExtension(name);
      if (value != null) {
        attributes.put(name, value.toString());
      }
    }
    return TriggerMeshEvent.fromCloudEvent(
        attributes, event.getData() == null ? null : event.getData().toBytes());
  }

  /**
   * The URL to send events to.
   *
   * @return for example {@code http://127.0.0.1:39121/}
   */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  /** Stops the receiver. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        answer(exchange, 405, "only POST delivers CloudEvents");
        return;
      }
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, List<String>> headers = new LinkedHashMap<>();
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values));
      Received received;
      try {
        MessageReader reader = HttpMessageFactory.createReaderFromMultimap(headers, body);
        Encoding encoding = reader.getEncoding();
        CloudEvent event = reader.toEvent();
        received = new Received(read(event), encoding, event);
      } catch (CloudEventRWException e) {
        answer(
            exchange,
            400,
            e.getKind() == CloudEventRWException.CloudEventRWExceptionKind.UNKNOWN_ENCODING
                ? "not a CloudEvent: no ce-specversion header and not application/cloudevents+json"
                : "not a valid CloudEvent (" + e.getKind() + ")");
        return;
      } catch (EventParseException e) {
        // The member's path only: a message quoting the member's value would echo user data.
        answer(
            exchange,
            400,
            "/type".equals(e.pointer())
                ? e.getMessage()
                : "not a TriggerMesh Cognito user event: "
                    + (e.pointer().isEmpty() ? "the data" : e.pointer())
                    + " does not have the expected JSON kind");
        return;
      }
      try {
        consumer.accept(received);
      } catch (RuntimeException e) {
        answer(exchange, 500, "the consumer failed: " + e.getClass().getSimpleName());
        return;
      }
      exchange.sendResponseHeaders(202, -1);
    }
  }

  private static void answer(HttpExchange exchange, int status, String message) throws IOException {
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
