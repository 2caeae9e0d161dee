package io.github.cognitoevents.pattern.cognito;

import io.github.cognitoevents.model.cloudtrail.AdditionalEventData;
import io.github.cognitoevents.model.cloudtrail.AdminAddUserToGroupRequest;
import io.github.cognitoevents.model.cloudtrail.AdminCreateUserRequest;
import io.github.cognitoevents.model.cloudtrail.AdminInitiateAuthRequest;
import io.github.cognitoevents.model.cloudtrail.AdminInitiateAuthResponse;
import io.github.cognitoevents.model.cloudtrail.AdminRespondToAuthChallengeRequest;
import io.github.cognitoevents.model.cloudtrail.CloudTrailRecord;
import io.github.cognitoevents.model.cloudtrail.CognitoOperation;
import io.github.cognitoevents.model.cloudtrail.CreateUserPoolClientRequest;
import io.github.cognitoevents.model.cloudtrail.DeleteUserPoolClientRequest;
import io.github.cognitoevents.model.cloudtrail.HttpResponseParameters;
import io.github.cognitoevents.model.cloudtrail.SessionIssuer;
import io.github.cognitoevents.model.cloudtrail.UpdateUserPoolClientRequest;
import io.github.cognitoevents.model.cloudtrail.UserIdentity;
import io.github.cognitoevents.model.cloudtrail.UserPoolClientType;
import io.github.cognitoevents.model.cloudtrail.UserType;
import io.github.cognitoevents.pattern.JsonKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A field of a CloudTrail record, as a typed constant: the path under the EventBridge {@code
 * detail}, the {@link JsonKind JSON kind} of its value, and the component of the model record that
 * holds it. Rules name fields through these constants, so a misspelt field does not compile, and
 * the kind decides which operators apply, so an operator of the wrong kind does not compile either:
 *
 * <pre>{@code
 * CognitoApiCalls.rule()
 *     .operations(CognitoOperation.UPDATE_USER_POOL_CLIENT)
 *     .where(CloudTrailField.UpdateUserPoolClient.CALLBACK_URLS, prefix("http://")) // list of strings
 *     .where(CloudTrailField.UpdateUserPoolClient.ACCESS_TOKEN_VALIDITY, greaterThan(60)) // number
 *     .where(CloudTrailField.READ_ONLY, false) // boolean
 *     .build();
 * // .where(CloudTrailField.READ_ONLY, prefix("x")) does not compile: prefix needs a string field
 * }</pre>
 *
 * <p>Fields of one operation's {@code requestParameters} or {@code responseElements} live in a
 * nested class named after the operation and know it: a rule that names such a field but none of
 * its operations is rejected. Fields that hold identifiers (pool and client ids, regions, account
 * ids, ARNs) carry a {@link ValueFormat}: an exact value of the wrong form is rejected as the rule
 * is built, with {@link InvalidCognitoRuleException}.
 *
 * <h2>Declaring a constant</h2>
 *
 * <p>Every constant is one call of {@link #of(Class, String, Class, String, ValueFormat,
 * CognitoOperation...)}, so a code generator can emit one per request and response member of every
 * operation. The type argument is the JSON kind of the member: {@link JsonKind.StringValue} for
 * strings and enumerations, {@link JsonKind.NumberValue} for integers and decimals, {@link
 * JsonKind.BooleanValue}, {@link JsonKind.StringList} for arrays of strings or enumerations, {@link
 * JsonKind.ObjectValue} for structures and maps:
 *
 * <pre>{@code
 * public static final CloudTrailField<JsonKind.StringValue> USER_POOL_ID =
 *     CloudTrailField.of(
 *         JsonKind.StringValue.class,            // the JSON kind
 *         "requestParameters.userPoolId",        // the path under detail, as CloudTrail writes it
 *         UpdateUserPoolClientRequest.class,     // the model record that holds the member
 *         "userPoolId",                          // its record component
 *         CloudTrailField.ValueFormat.USER_POOL_ID,
 *         CognitoOperation.UPDATE_USER_POOL_CLIENT); // the operations whose records carry it
 * }</pre>
 *
 * <p>CloudTrailFieldTest checks every constant of this class against the model: the component
 * exists and its Java type has the constant's kind.
 *
 * @param <K> the JSON kind of the field's value
 */
public final class CloudTrailField<K extends JsonKind> {

  /**
   * The form an identifier field's values must have. A {@link CognitoRule} rejects an exact value
   * of another form (operators such as {@code prefix} are not checked).
   */
  public enum ValueFormat {
    /** No particular form. */
    ANY,
    /**
     * A user pool id: the region, an underscore, letters and digits ({@code us-east-1_AbCdEf123}).
     */
    USER_POOL_ID,
    /** An app client id: 1 to 128 letters, digits, {@code _} or {@code +}. */
    APP_CLIENT_ID,
    /** An AWS region code such as {@code eu-west-1}. */
    REGION,
    /** A 12-digit AWS account id. */
    ACCOUNT_ID,
    /** The ARN of an IAM or STS principal ({@code arn:aws:iam::123456789012:user/alice}). */
    PRINCIPAL_ARN,
    /** The ARN of an IAM role ({@code arn:aws:iam::123456789012:role/deployer}). */
    ROLE_ARN
  }

  /** {@code eventName}: the operation or managed-login event. */
  public static final CloudTrailField<JsonKind.StringValue> EVENT_NAME =
      top(JsonKind.StringValue.class, "eventName", "eventName", ValueFormat.ANY);

  /** {@code eventType}: {@code AwsApiCall}, {@code AwsServiceEvent}, ... */
  public static final CloudTrailField<JsonKind.StringValue> EVENT_TYPE =
      top(JsonKind.StringValue.class, "eventType", "eventType", ValueFormat.ANY);

  /** {@code eventSource}: {@code cognito-idp.amazonaws.com}. */
  public static final CloudTrailField<JsonKind.StringValue> EVENT_SOURCE =
      top(JsonKind.StringValue.class, "eventSource", "eventSource", ValueFormat.ANY);

  /** {@code errorCode}: the exception name of a failed call. */
  public static final CloudTrailField<JsonKind.StringValue> ERROR_CODE =
      top(JsonKind.StringValue.class, "errorCode", "errorCode", ValueFormat.ANY);

  /** {@code errorMessage}. */
  public static final CloudTrailField<JsonKind.StringValue> ERROR_MESSAGE =
      top(JsonKind.StringValue.class, "errorMessage", "errorMessage", ValueFormat.ANY);

  /** {@code awsRegion}. */
  public static final CloudTrailField<JsonKind.StringValue> AWS_REGION =
      top(JsonKind.StringValue.class, "awsRegion", "awsRegion", ValueFormat.REGION);

  /** {@code sourceIPAddress}: an IP address, or a service name for calls made by a service. */
  public static final CloudTrailField<JsonKind.StringValue> SOURCE_IP_ADDRESS =
      top(JsonKind.StringValue.class, "sourceIPAddress", "sourceIpAddress", ValueFormat.ANY);

  /** {@code userAgent}. */
  public static final CloudTrailField<JsonKind.StringValue> USER_AGENT =
      top(JsonKind.StringValue.class, "userAgent", "userAgent", ValueFormat.ANY);

  /** {@code readOnly}: CloudTrail's own read-only flag (a boolean). */
  public static final CloudTrailField<JsonKind.BooleanValue> READ_ONLY =
      top(JsonKind.BooleanValue.class, "readOnly", "readOnly", ValueFormat.ANY);

  /** {@code recipientAccountId}. */
  public static final CloudTrailField<JsonKind.StringValue> RECIPIENT_ACCOUNT_ID =
      top(
          JsonKind.StringValue.class,
          "recipientAccountId",
          "recipientAccountId",
          ValueFormat.ACCOUNT_ID);

  /** {@code eventCategory}: {@code Management} for Cognito. */
  public static final CloudTrailField<JsonKind.StringValue> EVENT_CATEGORY =
      top(JsonKind.StringValue.class, "eventCategory", "eventCategory", ValueFormat.ANY);

  /** {@code managementEvent} (a boolean). */
  public static final CloudTrailField<JsonKind.BooleanValue> MANAGEMENT_EVENT =
      top(JsonKind.BooleanValue.class, "managementEvent", "managementEvent", ValueFormat.ANY);

  /** {@code userIdentity}: who made the call. */
  public static final class Caller {
    /** {@code userIdentity.type}: {@code AssumedRole}, {@code IAMUser}, ... */
    public static final CloudTrailField<JsonKind.StringValue> TYPE =
        caller("type", ValueFormat.ANY);

    /** {@code userIdentity.principalId}. */
    public static final CloudTrailField<JsonKind.StringValue> PRINCIPAL_ID =
        caller("principalId", ValueFormat.ANY);

    /** {@code userIdentity.arn}: the principal's ARN (for a role session, the session's ARN). */
    public static final CloudTrailField<JsonKind.StringValue> ARN =
        caller("arn", ValueFormat.PRINCIPAL_ARN);

    /** {@code userIdentity.accountId}. */
    public static final CloudTrailField<JsonKind.StringValue> ACCOUNT_ID =
        caller("accountId", ValueFormat.ACCOUNT_ID);

    /** {@code userIdentity.userName}. */
    public static final CloudTrailField<JsonKind.StringValue> USER_NAME =
        caller("userName", ValueFormat.ANY);

    /** {@code userIdentity.invokedBy}: the AWS service that made the call. */
    public static final CloudTrailField<JsonKind.StringValue> INVOKED_BY =
        caller("invokedBy", ValueFormat.ANY);

    /** {@code userIdentity.accessKeyId}. */
    public static final CloudTrailField<JsonKind.StringValue> ACCESS_KEY_ID =
        caller("accessKeyId", ValueFormat.ANY);

    /** {@code userIdentity.sessionContext.sessionIssuer.arn}: the role behind a role session. */
    public static final CloudTrailField<JsonKind.StringValue> ROLE_ARN =
        of(
            JsonKind.StringValue.class,
            "userIdentity.sessionContext.sessionIssuer.arn",
            SessionIssuer.class,
            "arn",
            ValueFormat.ROLE_ARN);

    /** {@code userIdentity.sessionContext.sessionIssuer.userName}: the role's name. */
    public static final CloudTrailField<JsonKind.StringValue> ROLE_NAME =
        of(
            JsonKind.StringValue.class,
            "userIdentity.sessionContext.sessionIssuer.userName",
            SessionIssuer.class,
            "userName",
            ValueFormat.ANY);

    private Caller() {}

    private static CloudTrailField<JsonKind.StringValue> caller(String name, ValueFormat format) {
      return of(
          JsonKind.StringValue.class, "userIdentity." + name, UserIdentity.class, name, format);
    }
  }

  /** Fields of {@code UpdateUserPoolClient} calls. */
  public static final class UpdateUserPoolClient {
    /** {@code requestParameters.userPoolId}. */
    public static final CloudTrailField<JsonKind.StringValue> USER_POOL_ID =
        request(JsonKind.StringValue.class, "userPoolId", ValueFormat.USER_POOL_ID);

    /** {@code requestParameters.clientId}. */
    public static final CloudTrailField<JsonKind.StringValue> CLIENT_ID =
        request(JsonKind.StringValue.class, "clientId", ValueFormat.APP_CLIENT_ID);

    /** {@code requestParameters.clientName}. */
    public static final CloudTrailField<JsonKind.StringValue> CLIENT_NAME =
        request(JsonKind.StringValue.class, "clientName", ValueFormat.ANY);

    /** {@code requestParameters.callbackURLs}, an array. */
    public static final CloudTrailField<JsonKind.StringList> CALLBACK_URLS =
        request(JsonKind.StringList.class, "callbackURLs", "callbackURLs");

    /** {@code requestParameters.logoutURLs}, an array. */
    public static final CloudTrailField<JsonKind.StringList> LOGOUT_URLS =
        request(JsonKind.StringList.class, "logoutURLs", "logoutURLs");

    /** {@code requestParameters.allowedOAuthFlows}, an array. */
    public static final CloudTrailField<JsonKind.StringList> ALLOWED_OAUTH_FLOWS =
        request(JsonKind.StringList.class, "allowedOAuthFlows", ValueFormat.ANY);

    /** {@code requestParameters.allowedOAuthScopes}, an array. */
    public static final CloudTrailField<JsonKind.StringList> ALLOWED_OAUTH_SCOPES =
        request(JsonKind.StringList.class, "allowedOAuthScopes", ValueFormat.ANY);

    /** {@code requestParameters.explicitAuthFlows}, an array. */
    public static final CloudTrailField<JsonKind.StringList> EXPLICIT_AUTH_FLOWS =
        request(JsonKind.StringList.class, "explicitAuthFlows", ValueFormat.ANY);

    /** {@code requestParameters.supportedIdentityProviders}, an array. */
    public static final CloudTrailField<JsonKind.StringList> SUPPORTED_IDENTITY_PROVIDERS =
        request(JsonKind.StringList.class, "supportedIdentityProviders", ValueFormat.ANY);

    /** {@code requestParameters.accessTokenValidity}, a number. */
    public static final CloudTrailField<JsonKind.NumberValue> ACCESS_TOKEN_VALIDITY =
        request(JsonKind.NumberValue.class, "accessTokenValidity", ValueFormat.ANY);

    /** {@code requestParameters.refreshTokenValidity}, a number. */
    public static final CloudTrailField<JsonKind.NumberValue> REFRESH_TOKEN_VALIDITY =
        request(JsonKind.NumberValue.class, "refreshTokenValidity", ValueFormat.ANY);

    /** {@code requestParameters.enableTokenRevocation}, a boolean. */
    public static final CloudTrailField<JsonKind.BooleanValue> ENABLE_TOKEN_REVOCATION =
        request(JsonKind.BooleanValue.class, "enableTokenRevocation", ValueFormat.ANY);

    /** {@code responseElements.userPoolClient.clientName}: the name after the update. */
    public static final CloudTrailField<JsonKind.StringValue> RESPONSE_CLIENT_NAME =
        response(JsonKind.StringValue.class, "clientName");

    /** {@code responseElements.userPoolClient.allowedOAuthScopes}: the scopes after the update. */
    public static final CloudTrailField<JsonKind.StringList> RESPONSE_ALLOWED_OAUTH_SCOPES =
        response(JsonKind.StringList.class, "allowedOAuthScopes");

    private UpdateUserPoolClient() {}

    private static <K extends JsonKind> CloudTrailField<K> request(
        Class<K> kind, String name, ValueFormat format) {
      return of(
          kind,
          "requestParameters." + name,
          UpdateUserPoolClientRequest.class,
          name,
          format,
          CognitoOperation.UPDATE_USER_POOL_CLIENT);
    }

    private static <K extends JsonKind> CloudTrailField<K> request(
        Class<K> kind, String name, String component) {
      return of(
          kind,
          "requestParameters." + name,
          UpdateUserPoolClientRequest.class,
          component,
          ValueFormat.ANY,
          CognitoOperation.UPDATE_USER_POOL_CLIENT);
    }

    private static <K extends JsonKind> CloudTrailField<K> response(Class<K> kind, String name) {
      return of(
          kind,
          "responseElements.userPoolClient." + name,
          UserPoolClientType.class,
          name,
          ValueFormat.ANY,
          CognitoOperation.UPDATE_USER_POOL_CLIENT);
    }
  }

  /** Fields of {@code DeleteUserPoolClient} calls (they have no response elements). */
  public static final class DeleteUserPoolClient {
    /** {@code requestParameters.userPoolId}. */
    public static final CloudTrailField<JsonKind.StringValue> USER_POOL_ID =
        of(
            JsonKind.StringValue.class,
            "requestParameters.userPoolId",
            DeleteUserPoolClientRequest.class,
            "userPoolId",
            ValueFormat.USER_POOL_ID,
            CognitoOperation.DELETE_USER_POOL_CLIENT);

    /** {@code requestParameters.clientId}. */
    public static final CloudTrailField<JsonKind.StringValue> CLIENT_ID =
        of(
            JsonKind.StringValue.class,
            "requestParameters.clientId",
            DeleteUserPoolClientRequest.class,
            "clientId",
            ValueFormat.APP_CLIENT_ID,
            CognitoOperation.DELETE_USER_POOL_CLIENT);

    private DeleteUserPoolClient() {}
  }

  /** Fields of {@code CreateUserPoolClient} calls. */
  public static final class CreateUserPoolClient {
    /** {@code requestParameters.clientName}. */
    public static final CloudTrailField<JsonKind.StringValue> CLIENT_NAME =
        request(JsonKind.StringValue.class, "clientName");

    /** {@code requestParameters.generateSecret}, a boolean. */
    public static final CloudTrailField<JsonKind.BooleanValue> GENERATE_SECRET =
        request(JsonKind.BooleanValue.class, "generateSecret");

    /** {@code requestParameters.allowedOAuthFlows}, an array. */
    public static final CloudTrailField<JsonKind.StringList> ALLOWED_OAUTH_FLOWS =
        request(JsonKind.StringList.class, "allowedOAuthFlows");

    /** {@code responseElements.userPoolClient.clientId}: the new client's id. */
    public static final CloudTrailField<JsonKind.StringValue> RESPONSE_CLIENT_ID =
        of(
            JsonKind.StringValue.class,
            "responseElements.userPoolClient.clientId",
            UserPoolClientType.class,
            "clientId",
            ValueFormat.APP_CLIENT_ID,
            CognitoOperation.CREATE_USER_POOL_CLIENT);

    private CreateUserPoolClient() {}

    private static <K extends JsonKind> CloudTrailField<K> request(Class<K> kind, String name) {
      return of(
          kind,
          "requestParameters." + name,
          CreateUserPoolClientRequest.class,
          name,
          ValueFormat.ANY,
          CognitoOperation.CREATE_USER_POOL_CLIENT);
    }
  }

  /** Fields of {@code AdminCreateUser} calls. */
  public static final class AdminCreateUser {
    /** {@code requestParameters.messageAction}: {@code SUPPRESS} or {@code RESEND}. */
    public static final CloudTrailField<JsonKind.StringValue> MESSAGE_ACTION =
        of(
            JsonKind.StringValue.class,
            "requestParameters.messageAction",
            AdminCreateUserRequest.class,
            "messageAction",
            ValueFormat.ANY,
            CognitoOperation.ADMIN_CREATE_USER);

    /** {@code requestParameters.desiredDeliveryMediums}, an array. */
    public static final CloudTrailField<JsonKind.StringList> DESIRED_DELIVERY_MEDIUMS =
        of(
            JsonKind.StringList.class,
            "requestParameters.desiredDeliveryMediums",
            AdminCreateUserRequest.class,
            "desiredDeliveryMediums",
            ValueFormat.ANY,
            CognitoOperation.ADMIN_CREATE_USER);

    /** {@code responseElements.user.userStatus}, such as {@code FORCE_CHANGE_PASSWORD}. */
    public static final CloudTrailField<JsonKind.StringValue> RESPONSE_USER_STATUS =
        of(
            JsonKind.StringValue.class,
            "responseElements.user.userStatus",
            UserType.class,
            "userStatus",
            ValueFormat.ANY,
            CognitoOperation.ADMIN_CREATE_USER);

    private AdminCreateUser() {}
  }

  /** Fields of {@code AdminAddUserToGroup} calls. */
  public static final class AdminAddUserToGroup {
    /** {@code requestParameters.groupName}. */
    public static final CloudTrailField<JsonKind.StringValue> GROUP_NAME =
        of(
            JsonKind.StringValue.class,
            "requestParameters.groupName",
            AdminAddUserToGroupRequest.class,
            "groupName",
            ValueFormat.ANY,
            CognitoOperation.ADMIN_ADD_USER_TO_GROUP);

    private AdminAddUserToGroup() {}
  }

  /** Fields of {@code AdminInitiateAuth} calls. */
  public static final class AdminInitiateAuth {
    /** {@code requestParameters.authFlow}, such as {@code ADMIN_USER_PASSWORD_AUTH}. */
    public static final CloudTrailField<JsonKind.StringValue> AUTH_FLOW =
        of(
            JsonKind.StringValue.class,
            "requestParameters.authFlow",
            AdminInitiateAuthRequest.class,
            "authFlow",
            ValueFormat.ANY,
            CognitoOperation.ADMIN_INITIATE_AUTH);

    /**
     * {@code responseElements.challengeName}: the challenge Cognito answered with, such as {@code
     * NEW_PASSWORD_REQUIRED}; absent when the call returned tokens.
     */
    public static final CloudTrailField<JsonKind.StringValue> RESPONSE_CHALLENGE_NAME =
        of(
            JsonKind.StringValue.class,
            "responseElements.challengeName",
            AdminInitiateAuthResponse.class,
            "challengeName",
            ValueFormat.ANY,
            CognitoOperation.ADMIN_INITIATE_AUTH);

    private AdminInitiateAuth() {}
  }

  /** Fields of {@code AdminRespondToAuthChallenge} calls. */
  public static final class AdminRespondToAuthChallenge {
    /**
     * {@code requestParameters.challengeName}: the challenge answered, such as {@code
     * NEW_PASSWORD_REQUIRED} (a forced password change) or {@code SMS_MFA}.
     */
    public static final CloudTrailField<JsonKind.StringValue> CHALLENGE_NAME =
        of(
            JsonKind.StringValue.class,
            "requestParameters.challengeName",
            AdminRespondToAuthChallengeRequest.class,
            "challengeName",
            ValueFormat.ANY,
            CognitoOperation.ADMIN_RESPOND_TO_AUTH_CHALLENGE);

    private AdminRespondToAuthChallenge() {}
  }

  /** Fields of managed login (hosted UI) service events, under {@code additionalEventData}. */
  public static final class ManagedLogin {
    /** {@code additionalEventData.userPoolId}. */
    public static final CloudTrailField<JsonKind.StringValue> USER_POOL_ID =
        data("userPoolId", ValueFormat.USER_POOL_ID);

    /** {@code additionalEventData.userPoolDomain}. */
    public static final CloudTrailField<JsonKind.StringValue> USER_POOL_DOMAIN =
        data("userPoolDomain", ValueFormat.ANY);

    /** {@code additionalEventData.clientId}, sent by newer events. */
    public static final CloudTrailField<JsonKind.StringValue> CLIENT_ID =
        data("clientId", ValueFormat.APP_CLIENT_ID);

    /** {@code additionalEventData.requestParameters.client_id}: the form field, an array. */
    public static final CloudTrailField<JsonKind.StringList> FORM_CLIENT_ID =
        form("client_id", ValueFormat.APP_CLIENT_ID);

    /** {@code additionalEventData.requestParameters.grant_type}: the form field, an array. */
    public static final CloudTrailField<JsonKind.StringList> GRANT_TYPE =
        form("grant_type", ValueFormat.ANY);

    /** {@code additionalEventData.requestParameters.response_type}: the form field, an array. */
    public static final CloudTrailField<JsonKind.StringList> RESPONSE_TYPE =
        form("response_type", ValueFormat.ANY);

    /** {@code additionalEventData.responseParameters.status}: the HTTP status, a number. */
    public static final CloudTrailField<JsonKind.NumberValue> HTTP_STATUS =
        of(
            JsonKind.NumberValue.class,
            "additionalEventData.responseParameters.status",
            HttpResponseParameters.class,
            "status",
            ValueFormat.ANY);

    private ManagedLogin() {}

    private static CloudTrailField<JsonKind.StringValue> data(String name, ValueFormat format) {
      return of(
          JsonKind.StringValue.class,
          "additionalEventData." + name,
          AdditionalEventData.class,
          name,
          format);
    }

    private static CloudTrailField<JsonKind.StringList> form(String name, ValueFormat format) {
      return of(
          JsonKind.StringList.class,
          "additionalEventData.requestParameters." + name,
          AdditionalEventData.class,
          "requestParameters",
          format);
    }
  }

  private final Class<K> kind;
  private final String path;
  private final Class<? extends Record> modelType;
  private final String modelComponent;
  private final ValueFormat format;
  private final Set<CognitoOperation> operations;

  private CloudTrailField(
      Class<K> kind,
      String path,
      Class<? extends Record> modelType,
      String modelComponent,
      ValueFormat format,
      Set<CognitoOperation> operations) {
    this.kind = kind;
    this.path = path;
    this.modelType = modelType;
    this.modelComponent = modelComponent;
    this.format = format;
    this.operations = Collections.unmodifiableSet(operations);
  }

  /**
   * Declares a field (see "Declaring a constant" above).
   *
   * @param <K> the JSON kind of the field's value
   * @param kind the kind's type token, such as {@code JsonKind.StringValue.class}
   * @param path the dotted path under the event's {@code detail}, as CloudTrail writes the names
   * @param modelType the model record that holds the value
   * @param modelComponent the record component that holds it
   * @param format the form of an identifier's values, or {@link ValueFormat#ANY}
   * @param operations the operations whose records carry the field; none when every record may
   * @return the field
   * @throws IllegalArgumentException if the path is empty or has an empty segment, or an operation
   *     is {@link CognitoOperation#UNKNOWN}
   */
  public static <K extends JsonKind> CloudTrailField<K> of(
      Class<K> kind,
      String path,
      Class<? extends Record> modelType,
      String modelComponent,
      ValueFormat format,
      CognitoOperation... operations) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(modelType, "modelType");
    Objects.requireNonNull(modelComponent, "modelComponent");
    Objects.requireNonNull(format, "format");
    if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
      throw new IllegalArgumentException("path: not a dotted path of non-empty names");
    }
    Set<CognitoOperation> set = EnumSet.noneOf(CognitoOperation.class);
    for (CognitoOperation operation : operations) {
      if (Objects.requireNonNull(operation, "operation") == CognitoOperation.UNKNOWN) {
        throw new IllegalArgumentException("operations: UNKNOWN is not an operation");
      }
      set.add(operation);
    }
    return new CloudTrailField<>(kind, path, modelType, modelComponent, format, set);
  }

  private static <K extends JsonKind> CloudTrailField<K> top(
      Class<K> kind, String name, String component, ValueFormat format) {
    return of(kind, name, CloudTrailRecord.class, component, format);
  }

  /**
   * The JSON kind of the field's value, as its type token.
   *
   * @return such as {@code JsonKind.StringValue.class}
   */
  public Class<K> kind() {
    return kind;
  }

  /**
   * The form an exact value of this field must have.
   *
   * @return the format, {@link ValueFormat#ANY} for most fields
   */
  public ValueFormat format() {
    return format;
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
    return other instanceof CloudTrailField<?> that && path.equals(that.path);
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
