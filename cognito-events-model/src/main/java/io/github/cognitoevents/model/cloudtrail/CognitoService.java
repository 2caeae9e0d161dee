package io.github.cognitoevents.model.cloudtrail;

/**
 * The two Amazon Cognito APIs whose calls CloudTrail records, each with the {@code eventSource} of
 * its records.
 */
public enum CognitoService {
  /** User pools: {@code cognito-idp}. */
  USER_POOLS("cognito-idp", "cognito-idp.amazonaws.com"),
  /** Identity pools (federated identities): {@code cognito-identity}. */
  IDENTITY_POOLS("cognito-identity", "cognito-identity.amazonaws.com");

  private final String id;
  private final String eventSource;

  CognitoService(String id, String eventSource) {
    this.id = id;
    this.eventSource = eventSource;
  }

  /**
   * The service's id, as in IAM actions and the SDK.
   *
   * @return {@code cognito-idp} or {@code cognito-identity}
   */
  public String id() {
    return id;
  }

  /**
   * The {@code eventSource} of the service's CloudTrail records.
   *
   * @return for example {@code cognito-idp.amazonaws.com}
   */
  public String eventSource() {
    return eventSource;
  }

  /**
   * The service of an {@code eventSource}.
   *
   * @param eventSource the record's {@code eventSource}, may be {@code null}
   * @return the service, or {@code null} for another service
   */
  public static CognitoService fromEventSource(String eventSource) {
    for (CognitoService service : values()) {
      if (service.eventSource.equals(eventSource)) {
        return service;
      }
    }
    return null;
  }
}
