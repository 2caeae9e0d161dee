package io.github.cognitoevents.pattern.cognito;

import io.github.cognitoevents.model.cloudtrail.AdditionalEventData;
import io.github.cognitoevents.model.cloudtrail.AdminAddUserToGroupRequest;
import io.github.cognitoevents.model.cloudtrail.AdminCreateUserRequest;
import io.github.cognitoevents.model.cloudtrail.AdminInitiateAuthRequest;
import io.github.cognitoevents.model.cloudtrail.AdminRespondToAuthChallengeRequest;
import io.github.cognitoevents.model.cloudtrail.AuthResponse;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.CreateUserPoolClientRequest;
import io.github.cognitoevents.model.cloudtrail.DeleteUserPoolClientRequest;
import io.github.cognitoevents.model.cloudtrail.HttpResponseParameters;
import io.github.cognitoevents.model.cloudtrail.SessionIssuer;
import io.github.cognitoevents.model.cloudtrail.UpdateUserPoolClientRequest;
import io.github.cognitoevents.model.cloudtrail.User;
import io.github.cognitoevents.model.cloudtrail.UserIdentity;
import io.github.cognitoevents.model.cloudtrail.UserPoolClient;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A field of a CloudTrail record, as a typed constant: the path under the EventBridge {@code
 * detail}, and the component of the model record that holds it. Rules name fields through these
 * constants, so a misspelt field does not compile.
 *
 * <pre>{@code
 * CognitoApiCalls.rule()
 *     .operations(CognitoOperation.UPDATE_USER_POOL_CLIENT)
 *     .where(CloudTrailField.UpdateUserPoolClient.CALLBACK_URLS, prefix("http://"))
 *     .build();
 * }</pre>
 *
 * <p>Fields of one operation's {@code requestParameters} or {@code responseElements} live in a
 * nested class named after the operation and know it: a rule that names such a field but none of
 * its operations is rejected.
 */
public final class CloudTrailField {

  /** {@code eventName}: the operation or managed-login event. */
  public static final CloudTrailField EVENT_NAME = top("eventName", "eventName");

  /** {@code eventType}: {@code AwsApiCall}, {@code AwsServiceEvent}, ... */
  public static final CloudTrailField EVENT_TYPE = top("eventType", "eventType");

  /** {@code eventSource}: {@code cognito-idp.amazonaws.com}. */
  public static final CloudTrailField EVENT_SOURCE = top("eventSource", "eventSource");

  /** {@code errorCode}: the exception name of a failed call. */
  public static final CloudTrailField ERROR_CODE = top("errorCode", "errorCode");

  /** {@code errorMessage}. */
  public static final CloudTrailField ERROR_MESSAGE = top("errorMessage", "errorMessage");

  /** {@code awsRegion}. */
  public static final CloudTrailField AWS_REGION = top("awsRegion", "awsRegion");

  /** {@code sourceIPAddress}: an IP address, or a service name for calls made by a service. */
  public static final CloudTrailField SOURCE_IP_ADDRESS = top("sourceIPAddress", "sourceIpAddress");

  /** {@code userAgent}. */
  public static final CloudTrailField USER_AGENT = top("userAgent", "userAgent");

  /** {@code readOnly}: CloudTrail's own read-only flag (a boolean). */
  public static final CloudTrailField READ_ONLY = top("readOnly", "readOnly");

  /** {@code recipientAccountId}. */
  public static final CloudTrailField RECIPIENT_ACCOUNT_ID =
      top("recipientAccountId", "recipientAccountId");

  /** {@code eventCategory}: {@code Management} for Cognito. */
  public static final CloudTrailField EVENT_CATEGORY = top("eventCategory", "eventCategory");

  /** {@code managementEvent} (a boolean). */
  public static final CloudTrailField MANAGEMENT_EVENT = top("managementEvent", "managementEvent");

  /** {@code userIdentity}: who made the call. */
  public static final class Caller {
    /** {@code userIdentity.type}: {@code AssumedRole}, {@code IAMUser}, ... */
    public static final CloudTrailField TYPE = caller("type");

    /** {@code userIdentity.principalId}. */
    public static final CloudTrailField PRINCIPAL_ID = caller("principalId");

    /** {@code userIdentity.arn}: the principal's ARN (for a role session, the session's ARN). */
    public static final CloudTrailField ARN = caller("arn");

    /** {@code userIdentity.accountId}. */
    public static final CloudTrailField ACCOUNT_ID = caller("accountId");

    /** {@code userIdentity.userName}. */
    public static final CloudTrailField USER_NAME = caller("userName");

    /** {@code userIdentity.invokedBy}: the AWS service that made the call. */
    public static final CloudTrailField INVOKED_BY = caller("invokedBy");

    /** {@code userIdentity.accessKeyId}. */
    public static final CloudTrailField ACCESS_KEY_ID = caller("accessKeyId");

    /** {@code userIdentity.sessionContext.sessionIssuer.arn}: the role behind a role session. */
    public static final CloudTrailField ROLE_ARN =
        new CloudTrailField(
            "userIdentity.sessionContext.sessionIssuer.arn", SessionIssuer.class, "arn", none());

    /** {@code userIdentity.sessionContext.sessionIssuer.userName}: the role's name. */
    public static final CloudTrailField ROLE_NAME =
        new CloudTrailField(
            "userIdentity.sessionContext.sessionIssuer.userName",
            SessionIssuer.class,
            "userName",
            none());

    private Caller() {}

    private static CloudTrailField caller(String name) {
      return new CloudTrailField("userIdentity." + name, UserIdentity.class, name, none());
    }
  }

  /** Fields of {@code UpdateUserPoolClient} calls. */
  public static final class UpdateUserPoolClient {
    /** {@code requestParameters.userPoolId}. */
    public static final CloudTrailField USER_POOL_ID = request("userPoolId");

    /** {@code requestParameters.clientId}. */
    public static final CloudTrailField CLIENT_ID = request("clientId");

    /** {@code requestParameters.clientName}. */
    public static final CloudTrailField CLIENT_NAME = request("clientName");

    /** {@code requestParameters.callbackURLs}, an array. */
    public static final CloudTrailField CALLBACK_URLS = request("callbackURLs", "callbackUrls");

    /** {@code requestParameters.logoutURLs}, an array. */
    public static final CloudTrailField LOGOUT_URLS = request("logoutURLs", "logoutUrls");

    /** {@code requestParameters.allowedOAuthFlows}, an array. */
    public static final CloudTrailField ALLOWED_OAUTH_FLOWS = request("allowedOAuthFlows");

    /** {@code requestParameters.allowedOAuthScopes}, an array. */
    public static final CloudTrailField ALLOWED_OAUTH_SCOPES = request("allowedOAuthScopes");

    /** {@code requestParameters.explicitAuthFlows}, an array. */
    public static final CloudTrailField EXPLICIT_AUTH_FLOWS = request("explicitAuthFlows");

    /** {@code requestParameters.supportedIdentityProviders}, an array. */
    public static final CloudTrailField SUPPORTED_IDENTITY_PROVIDERS =
        request("supportedIdentityProviders");

    /** {@code requestParameters.accessTokenValidity}, a number. */
    public static final CloudTrailField ACCESS_TOKEN_VALIDITY = request("accessTokenValidity");

    /** {@code requestParameters.refreshTokenValidity}, a number. */
    public static final CloudTrailField REFRESH_TOKEN_VALIDITY = request("refreshTokenValidity");

    /** {@code requestParameters.enableTokenRevocation}, a boolean. */
    public static final CloudTrailField ENABLE_TOKEN_REVOCATION = request("enableTokenRevocation");

    /** {@code responseElements.userPoolClient.clientName}: the name after the update. */
    public static final CloudTrailField RESPONSE_CLIENT_NAME = response("clientName");

    /** {@code responseElements.userPoolClient.allowedOAuthScopes}: the scopes after the update. */
    public static final CloudTrailField RESPONSE_ALLOWED_OAUTH_SCOPES =
        response("allowedOAuthScopes");

    private UpdateUserPoolClient() {}

    private static CloudTrailField request(String name) {
      return request(name, name);
    }

    private static CloudTrailField request(String name, String component) {
      return new CloudTrailField(
          "requestParameters." + name,
          UpdateUserPoolClientRequest.class,
          component,
          EnumSet.of(CognitoOperation.UPDATE_USER_POOL_CLIENT));
    }

    private static CloudTrailField response(String name) {
      return new CloudTrailField(
          "responseElements.userPoolClient." + name,
          UserPoolClient.class,
          name,
          EnumSet.of(CognitoOperation.UPDATE_USER_POOL_CLIENT));
    }
  }

  /** Fields of {@code DeleteUserPoolClient} calls (they have no response elements). */
  public static final class DeleteUserPoolClient {
    /** {@code requestParameters.userPoolId}. */
    public static final CloudTrailField USER_POOL_ID =
        new CloudTrailField(
            "requestParameters.userPoolId",
            DeleteUserPoolClientRequest.class,
            "userPoolId",
            EnumSet.of(CognitoOperation.DELETE_USER_POOL_CLIENT));

    /** {@code requestParameters.clientId}. */
    public static final CloudTrailField CLIENT_ID =
        new CloudTrailField(
            "requestParameters.clientId",
            DeleteUserPoolClientRequest.class,
            "clientId",
            EnumSet.of(CognitoOperation.DELETE_USER_POOL_CLIENT));

    private DeleteUserPoolClient() {}
  }

  /** Fields of {@code CreateUserPoolClient} calls. */
  public static final class CreateUserPoolClient {
    /** {@code requestParameters.clientName}. */
    public static final CloudTrailField CLIENT_NAME = request("clientName");

    /** {@code requestParameters.generateSecret}, a boolean. */
    public static final CloudTrailField GENERATE_SECRET = request("generateSecret");

    /** {@code requestParameters.allowedOAuthFlows}, an array. */
    public static final CloudTrailField ALLOWED_OAUTH_FLOWS = request("allowedOAuthFlows");

    /** {@code responseElements.userPoolClient.clientId}: the new client's id. */
    public static final CloudTrailField RESPONSE_CLIENT_ID =
        new CloudTrailField(
            "responseElements.userPoolClient.clientId",
            UserPoolClient.class,
            "clientId",
            EnumSet.of(CognitoOperation.CREATE_USER_POOL_CLIENT));

    private CreateUserPoolClient() {}

    private static CloudTrailField request(String name) {
      return new CloudTrailField(
          "requestParameters." + name,
          CreateUserPoolClientRequest.class,
          name,
          EnumSet.of(CognitoOperation.CREATE_USER_POOL_CLIENT));
    }
  }

  /** Fields of {@code AdminCreateUser} calls. */
  public static final class AdminCreateUser {
    /** {@code requestParameters.messageAction}: {@code SUPPRESS} or {@code RESEND}. */
    public static final CloudTrailField MESSAGE_ACTION =
        new CloudTrailField(
            "requestParameters.messageAction",
            AdminCreateUserRequest.class,
            "messageAction",
            EnumSet.of(CognitoOperation.ADMIN_CREATE_USER));

    /** {@code requestParameters.desiredDeliveryMediums}, an array. */
    public static final CloudTrailField DESIRED_DELIVERY_MEDIUMS =
        new CloudTrailField(
            "requestParameters.desiredDeliveryMediums",
            AdminCreateUserRequest.class,
            "desiredDeliveryMediums",
            EnumSet.of(CognitoOperation.ADMIN_CREATE_USER));

    /** {@code responseElements.user.userStatus}, such as {@code FORCE_CHANGE_PASSWORD}. */
    public static final CloudTrailField RESPONSE_USER_STATUS =
        new CloudTrailField(
            "responseElements.user.userStatus",
            User.class,
            "userStatus",
            EnumSet.of(CognitoOperation.ADMIN_CREATE_USER));

    private AdminCreateUser() {}
  }

  /** Fields of {@code AdminAddUserToGroup} calls. */
  public static final class AdminAddUserToGroup {
    /** {@code requestParameters.groupName}. */
    public static final CloudTrailField GROUP_NAME =
        new CloudTrailField(
            "requestParameters.groupName",
            AdminAddUserToGroupRequest.class,
            "groupName",
            EnumSet.of(CognitoOperation.ADMIN_ADD_USER_TO_GROUP));

    private AdminAddUserToGroup() {}
  }

  /** Fields of {@code AdminInitiateAuth} calls. */
  public static final class AdminInitiateAuth {
    /** {@code requestParameters.authFlow}, such as {@code ADMIN_USER_PASSWORD_AUTH}. */
    public static final CloudTrailField AUTH_FLOW =
        new CloudTrailField(
            "requestParameters.authFlow",
            AdminInitiateAuthRequest.class,
            "authFlow",
            EnumSet.of(CognitoOperation.ADMIN_INITIATE_AUTH));

    /**
     * {@code responseElements.challengeName}: the challenge Cognito answered with, such as {@code
     * NEW_PASSWORD_REQUIRED}; absent when the call returned tokens.
     */
    public static final CloudTrailField RESPONSE_CHALLENGE_NAME =
        new CloudTrailField(
            "responseElements.challengeName",
            AuthResponse.class,
            "challengeName",
            EnumSet.of(CognitoOperation.ADMIN_INITIATE_AUTH));

    private AdminInitiateAuth() {}
  }

  /** Fields of {@code AdminRespondToAuthChallenge} calls. */
  public static final class AdminRespondToAuthChallenge {
    /**
     * {@code requestParameters.challengeName}: the challenge answered, such as {@code
     * NEW_PASSWORD_REQUIRED} (a forced password change) or {@code SMS_MFA}.
     */
    public static final CloudTrailField CHALLENGE_NAME =
        new CloudTrailField(
            "requestParameters.challengeName",
            AdminRespondToAuthChallengeRequest.class,
            "challengeName",
            EnumSet.of(CognitoOperation.ADMIN_RESPOND_TO_AUTH_CHALLENGE));

    private AdminRespondToAuthChallenge() {}
  }

  /** Fields of managed login (hosted UI) service events, under {@code additionalEventData}. */
  public static final class ManagedLogin {
    /** {@code additionalEventData.userPoolId}. */
    public static final CloudTrailField USER_POOL_ID = data("userPoolId");

    /** {@code additionalEventData.userPoolDomain}. */
    public static final CloudTrailField USER_POOL_DOMAIN = data("userPoolDomain");

    /** {@code additionalEventData.clientId}, sent by newer events. */
    public static final CloudTrailField CLIENT_ID = data("clientId");

    /** {@code additionalEventData.requestParameters.client_id}: the form field, an array. */
    public static final CloudTrailField FORM_CLIENT_ID = form("client_id");

    /** {@code additionalEventData.requestParameters.grant_type}: the form field, an array. */
    public static final CloudTrailField GRANT_TYPE = form("grant_type");

    /** {@code additionalEventData.requestParameters.response_type}: the form field, an array. */
    public static final CloudTrailField RESPONSE_TYPE = form("response_type");

    /** {@code additionalEventData.responseParameters.status}: the HTTP status, a number. */
    public static final CloudTrailField HTTP_STATUS =
        new CloudTrailField(
            "additionalEventData.responseParameters.status",
            HttpResponseParameters.class,
            "status",
            none());

    private ManagedLogin() {}

    private static CloudTrailField data(String name) {
      return new CloudTrailField(
          "additionalEventData." + name, AdditionalEventData.class, name, none());
    }

    private static CloudTrailField form(String name) {
      return new CloudTrailField(
          "additionalEventData.requestParameters." + name,
          AdditionalEventData.class,
          "requestParameters",
          none());
    }
  }

  private final String path;
  private final Class<? extends Record> modelType;
  private final String modelComponent;
  private final Set<CognitoOperation> operations;

  private CloudTrailField(
      String path,
      Class<? extends Record> modelType,
      String modelComponent,
      Set<CognitoOperation> operations) {
    this.path = path;
    this.modelType = modelType;
    this.modelComponent = modelComponent;
    this.operations = Collections.unmodifiableSet(operations);
  }

  private static CloudTrailField top(String name, String component) {
    return new CloudTrailField(name, CloudTrailRecord.class, component, none());
  }

  private static Set<CognitoOperation> none() {
    return EnumSet.noneOf(CognitoOperation.class);
  }

  /**
   * The dotted path inside the CloudTrail record, e.g. {@code requestParameters.clientName}.
   *
   * @return the path, as the JSON names it
   */
  public String path() {
    return path;
  }

  /**
   * The dotted path inside the EventBridge event, e.g. {@code detail.requestParameters.clientName}.
   *
   * @return {@code "detail." + path()}
   */
  public String eventPath() {
    return "detail." + path;
  }

  /**
   * The model record that holds this field's value (or, for a field the model keeps as raw JSON,
   * the nearest record).
   *
   * @return the record class
   */
  public Class<? extends Record> modelType() {
    return modelType;
  }

  /**
   * The component of {@link #modelType()} that holds this field.
   *
   * @return the record component's name
   */
  public String modelComponent() {
    return modelComponent;
  }

  /**
   * The operations whose records carry this field; empty when every record may.
   *
   * @return an unmodifiable set
   */
  public Set<CognitoOperation> operations() {
    return operations;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CloudTrailField that && path.equals(that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path);
  }

  /**
   * The event path.
   *
   * @return {@link #eventPath()}
   */
  @Override
  public String toString() {
    return eventPath();
  }
}
