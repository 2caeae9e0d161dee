package io.github.cognitoevents.samples.usersync;

import io.cloudevents.CloudEvent;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * Sends CloudEvents to an HTTP receiver with the CloudEvents SDK's HTTP binding, in {@link
 * Mode#BINARY binary} mode (attributes as {@code ce-*} headers, {@code data} as the body: what
 * TriggerMesh's Go adapter sends) or {@link Mode#STRUCTURED structured} mode (the whole event as
 * {@code application/cloudevents+json}). A status other than 2xx is a {@link
 * CloudEventDeliveryException}.
 *
 * <pre>{@code
 * CloudEventSink sink = new HttpCloudEventSender(URI.create("http://broker/default"), Mode.BINARY);
 * }</pre>
 */
public final class HttpCloudEventSender implements CloudEventSink {

  /** The two HTTP content modes of the CloudEvents HTTP binding. */
  public enum Mode {
    /** Attributes in {@code ce-*} headers, {@code data} as the body. */
    BINARY,
    /** The event as one JSON document ({@code application/cloudevents+json}). */
    STRUCTURED
  }

  private final URI target;
  private final Mode mode;
  private final HttpClient http;

  /**
   * A sender.
   *
   * @param target the receiver's URL
   * @param mode the content mode
   */
  public HttpCloudEventSender(URI target, Mode mode) {
    this.target = Objects.requireNonNull(target, "target");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @Override
  public void send(CloudEvent event) {
    HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10));
    byte[][] body = new byte[1][];
    var writer = HttpMessageFactory.createWriter(request::header, bytes -> body[0] = bytes);
    if (mode == Mode.BINARY) {
      writer.writeBinary(event);
    } else {
      writer.writeStructured(event, JsonFormat.CONTENT_TYPE);
    }
    request.POST(
        body[0] == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body[0]));
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new CloudEventDeliveryException(
          "event " + event.getId() + " not delivered to " + target + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CloudEventDeliveryException(
          "interrupted while delivering event " + event.getId() + " to " + target, e);
    }
    if (response.statusCode() / 100 != 2) {
      String answer = response.body();
      throw new CloudEventDeliveryException(
          "event "
              + event.getId()
              + " refused by "
              + target
              + " with status "
              + response.statusCode()
              + (answer.isBlank()
                  ? ""
                  : ": " + answer.substring(0, Math.min(200, answer.length()))),
          null);
    }
  }

  /**
   * The content mode.
   *
   * @return the mode
   */
  public Mode mode() {
    return mode;
  }
}
