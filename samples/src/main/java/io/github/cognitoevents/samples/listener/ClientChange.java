package io.github.cognitoevents.samples.listener;

import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import java.time.Instant;
import java.util.List;

/**
 * What a user pool client API call did, read from its CloudTrail record by {@link
 * UserPoolClientListener}: an update, a deletion, a failed call, or an event the listener does not
 * handle. Unlike the seed listener (which read {@code responseElements.userPoolClient} and so threw
 * on deletes and failures), pool and client come from {@code requestParameters}, present for every
 * outcome.
 *
 * <pre>{@code
 * switch (listener.handle(event)) {
 *   case ClientChange.Updated u -> audit(u.userPoolId(), u.clientId(), u.callbackUrls());
 *   case ClientChange.Deleted d -> page(d.userPoolId(), d.clientId());
 *   case ClientChange.Failed f -> log(f.errorCode());
 *   case ClientChange.Ignored i -> { }
 * }
 * }</pre>
 */
public sealed interface ClientChange {

  /**
   * A one-line description for logs: no secrets, no request payload.
   *
   * @return the description
   */
  String describe();

  /**
   * A successful {@code UpdateUserPoolClient}.
   *
   * @param userPoolId the pool
   * @param clientId the client
   * @param clientName the client's name after the update; may be null
   * @param callbackUrls the callback URLs set by the update (empty when not sent)
   * @param allowedOAuthScopes the OAuth scopes the client may request after the update, such as
   *     {@code openid} or {@code aws.cognito.signin.user.admin} (empty when not sent:
   *     UpdateUserPoolClient then removes them all)
   * @param allowedOAuthFlows the OAuth flows after the update (empty when not sent)
   * @param caller the caller's ARN; may be null
   * @param time when the call was made
   */
  record Updated(
      String userPoolId,
      String clientId,
      String clientName,
      List<String> callbackUrls,
      List<String> allowedOAuthScopes,
      List<String> allowedOAuthFlows,
      String caller,
      Instant time)
      implements ClientChange {
    /** Copies the lists. */
    public Updated {
      callbackUrls = callbackUrls == null ? List.of() : List.copyOf(callbackUrls);
      allowedOAuthScopes = allowedOAuthScopes == null ? List.of() : List.copyOf(allowedOAuthScopes);
      allowedOAuthFlows = allowedOAuthFlows == null ? List.of() : List.copyOf(allowedOAuthFlows);
    }

    /**
     * Whether the client may now request the scope that lets a token change its own user's
     * attributes and password ({@code aws.cognito.signin.user.admin}).
     *
     * @return whether the scope is allowed
     */
    public boolean allowsUserAdminScope() {
      return allowedOAuthScopes.contains("aws.cognito.signin.user.admin");
    }

    /**
     * Whether a callback URL uses plain {@code http://} on a host other than {@code localhost}.
     *
     * @return whether the update weakened the redirect URLs
     */
    public boolean hasInsecureCallback() {
      return callbackUrls.stream()
          .anyMatch(u -> u.startsWith("http://") && !u.startsWith("http://localhost"));
    }

    @Override
    public String describe() {
      return "UPDATED client "
          + clientId
          + " of "
          + userPoolId
          + " by "
          + caller
          + (allowedOAuthScopes.isEmpty() ? "" : " scopes " + String.join(" ", allowedOAuthScopes))
          + (hasInsecureCallback() ? " (WARNING: plain-http callback URL)" : "");
    }
  }

  /**
   * A successful {@code DeleteUserPoolClient} (CloudTrail records no response elements for it).
   *
   * @param userPoolId the pool
   * @param clientId the deleted client
   * @param caller the caller's ARN; may be null
   * @param time when the call was made
   */
  record Deleted(String userPoolId, String clientId, String caller, Instant time)
      implements ClientChange {
    @Override
    public String describe() {
      return "DELETED client " + clientId + " of " + userPoolId + " by " + caller;
    }
  }

  /**
   * A call that failed: nothing changed.
   *
   * @param operation the operation attempted
   * @param userPoolId the pool named in the request; may be null
   * @param clientId the client named in the request; may be null
   * @param errorCode the exception name, such as {@code ResourceNotFoundException}
   * @param caller the caller's ARN; may be null
   * @param time when the call was made
   */
  record Failed(
      CognitoOperation operation,
      String userPoolId,
      String clientId,
      String errorCode,
      String caller,
      Instant time)
      implements ClientChange {
    @Override
    public String describe() {
      return "FAILED "
          + operation.apiName()
          + " on client "
          + clientId
          + " of "
          + userPoolId
          + ": "
          + errorCode;
    }
  }

  /**
   * An event the listener does not act on (the rule should not have delivered it).
   *
   * @param eventName the CloudTrail event name
   */
  record Ignored(String eventName) implements ClientChange {
    @Override
    public String describe() {
      return "IGNORED " + eventName;
    }
  }
}
