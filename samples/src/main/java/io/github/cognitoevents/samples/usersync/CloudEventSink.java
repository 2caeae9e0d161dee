package io.github.cognitoevents.samples.usersync;

import io.cloudevents.CloudEvent;

/**
 * Where a {@link UserPoolSource} sends its events: {@link HttpCloudEventSender} for an HTTP sink
 * (Knative's delivery), or anything else that accepts a CloudEvent or throws.
 *
 * <pre>{@code
 * CloudEventSink sink = event -> System.out.println(event.getType());
 * }</pre>
 */
@FunctionalInterface
public interface CloudEventSink {

  /**
   * Delivers one event; returns only once the receiver has accepted it.
   *
   * @param event the event
   * @throws CloudEventDeliveryException if the receiver did not accept it
   */
  void send(CloudEvent event);
}
