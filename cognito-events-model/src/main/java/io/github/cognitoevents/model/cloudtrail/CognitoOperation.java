package io.github.cognitoevents.model.cloudtrail;

import java.util.HashMap;
import java.util.Map;

/**
 * Every operation of the Amazon Cognito user pools API ({@code cognito-idp}, API version
 * 2016-04-18; 129 operations as of the July 2026 service model), as it appears in a CloudTrail
 * record's {@code eventName}. A name this library does not know (a newer operation, a managed login
 * event such as {@code Token_POST}, or a {@code cognito-identity} call) maps to {@link #UNKNOWN};
 * the record keeps the raw name.
 *
 * <pre>{@code
 * CognitoOperation op = CognitoOperation.fromEventName("UpdateUserPoolClient");
 * op.isReadOnly();                     // false
 * CognitoOperation.LIST_USERS.needsAllManagementEventsRule(); // true
 * }</pre>
 */
public enum CognitoOperation {
  /** {@code AddCustomAttributes}. */
  ADD_CUSTOM_ATTRIBUTES("AddCustomAttributes", false),
  /** {@code AddUserPoolClientSecret}. */
  ADD_USER_POOL_CLIENT_SECRET("AddUserPoolClientSecret", false),
  /** {@code AdminAddUserToGroup}. */
  ADMIN_ADD_USER_TO_GROUP("AdminAddUserToGroup", false),
  /** {@code AdminConfirmSignUp}. */
  ADMIN_CONFIRM_SIGN_UP("AdminConfirmSignUp", false),
  /** {@code AdminCreateUser}. */
  ADMIN_CREATE_USER("AdminCreateUser", false),
  /** {@code AdminDeleteUser}. */
  ADMIN_DELETE_USER("AdminDeleteUser", false),
  /** {@code AdminDeleteUserAttributes}. */
  ADMIN_DELETE_USER_ATTRIBUTES("AdminDeleteUserAttributes", false),
  /** {@code AdminDisableProviderForUser}. */
  ADMIN_DISABLE_PROVIDER_FOR_USER("AdminDisableProviderForUser", false),
  /** {@code AdminDisableUser}. */
  ADMIN_DISABLE_USER("AdminDisableUser", false),
  /** {@code AdminEnableUser}. */
  ADMIN_ENABLE_USER("AdminEnableUser", false),
  /** {@code AdminForgetDevice}. */
  ADMIN_FORGET_DEVICE("AdminForgetDevice", false),
  /** {@code AdminGetDevice} (read-only). */
  ADMIN_GET_DEVICE("AdminGetDevice", true),
  /** {@code AdminGetUser} (read-only). */
  ADMIN_GET_USER("AdminGetUser", true),
  /** {@code AdminGetUserAuthFactors} (read-only). */
  ADMIN_GET_USER_AUTH_FACTORS("AdminGetUserAuthFactors", true),
  /** {@code AdminInitiateAuth}. */
  ADMIN_INITIATE_AUTH("AdminInitiateAuth", false),
  /** {@code AdminLinkProviderForUser}. */
  ADMIN_LINK_PROVIDER_FOR_USER("AdminLinkProviderForUser", false),
  /** {@code AdminListDevices} (read-only). */
  ADMIN_LIST_DEVICES("AdminListDevices", true),
  /** {@code AdminListGroupsForUser} (read-only). */
  ADMIN_LIST_GROUPS_FOR_USER("AdminListGroupsForUser", true),
  /** {@code AdminListUserAuthEvents} (read-only). */
  ADMIN_LIST_USER_AUTH_EVENTS("AdminListUserAuthEvents", true),
  /** {@code AdminRemoveUserFromGroup}. */
  ADMIN_REMOVE_USER_FROM_GROUP("AdminRemoveUserFromGroup", false),
  /** {@code AdminResetUserPassword}. */
  ADMIN_RESET_USER_PASSWORD("AdminResetUserPassword", false),
  /** {@code AdminRespondToAuthChallenge}. */
  ADMIN_RESPOND_TO_AUTH_CHALLENGE("AdminRespondToAuthChallenge", false),
  /** {@code AdminSetUserMFAPreference}. */
  ADMIN_SET_USER_MFA_PREFERENCE("AdminSetUserMFAPreference", false),
  /** {@code AdminSetUserPassword}. */
  ADMIN_SET_USER_PASSWORD("AdminSetUserPassword", false),
  /** {@code AdminSetUserSettings}. */
  ADMIN_SET_USER_SETTINGS("AdminSetUserSettings", false),
  /** {@code AdminUpdateAuthEventFeedback}. */
  ADMIN_UPDATE_AUTH_EVENT_FEEDBACK("AdminUpdateAuthEventFeedback", false),
  /** {@code AdminUpdateDeviceStatus}. */
  ADMIN_UPDATE_DEVICE_STATUS("AdminUpdateDeviceStatus", false),
  /** {@code AdminUpdateUserAttributes}. */
  ADMIN_UPDATE_USER_ATTRIBUTES("AdminUpdateUserAttributes", false),
  /** {@code AdminUserGlobalSignOut}. */
  ADMIN_USER_GLOBAL_SIGN_OUT("AdminUserGlobalSignOut", false),
  /** {@code AssociateSoftwareToken}. */
  ASSOCIATE_SOFTWARE_TOKEN("AssociateSoftwareToken", false),
  /** {@code ChangePassword}. */
  CHANGE_PASSWORD("ChangePassword", false),
  /** {@code CompleteWebAuthnRegistration}. */
  COMPLETE_WEB_AUTHN_REGISTRATION("CompleteWebAuthnRegistration", false),
  /** {@code ConfirmDevice}. */
  CONFIRM_DEVICE("ConfirmDevice", false),
  /** {@code ConfirmForgotPassword}. */
  CONFIRM_FORGOT_PASSWORD("ConfirmForgotPassword", false),
  /** {@code ConfirmSignUp}. */
  CONFIRM_SIGN_UP("ConfirmSignUp", false),
  /** {@code CreateGroup}. */
  CREATE_GROUP("CreateGroup", false),
  /** {@code CreateIdentityProvider}. */
  CREATE_IDENTITY_PROVIDER("CreateIdentityProvider", false),
  /** {@code CreateManagedLoginBranding}. */
  CREATE_MANAGED_LOGIN_BRANDING("CreateManagedLoginBranding", false),
  /** {@code CreateResourceServer}. */
  CREATE_RESOURCE_SERVER("CreateResourceServer", false),
  /** {@code CreateTerms}. */
  CREATE_TERMS("CreateTerms", false),
  /** {@code CreateUserImportJob}. */
  CREATE_USER_IMPORT_JOB("CreateUserImportJob", false),
  /** {@code CreateUserPool}. */
  CREATE_USER_POOL("CreateUserPool", false),
  /** {@code CreateUserPoolClient}. */
  CREATE_USER_POOL_CLIENT("CreateUserPoolClient", false),
  /** {@code CreateUserPoolDomain}. */
  CREATE_USER_POOL_DOMAIN("CreateUserPoolDomain", false),
  /** {@code CreateUserPoolReplica}. */
  CREATE_USER_POOL_REPLICA("CreateUserPoolReplica", false),
  /** {@code DeleteGroup}. */
  DELETE_GROUP("DeleteGroup", false),
  /** {@code DeleteIdentityProvider}. */
  DELETE_IDENTITY_PROVIDER("DeleteIdentityProvider", false),
  /** {@code DeleteManagedLoginBranding}. */
  DELETE_MANAGED_LOGIN_BRANDING("DeleteManagedLoginBranding", false),
  /** {@code DeleteResourceServer}. */
  DELETE_RESOURCE_SERVER("DeleteResourceServer", false),
  /** {@code DeleteTerms}. */
  DELETE_TERMS("DeleteTerms", false),
  /** {@code DeleteUser}. */
  DELETE_USER("DeleteUser", false),
  /** {@code DeleteUserAttributes}. */
  DELETE_USER_ATTRIBUTES("DeleteUserAttributes", false),
  /** {@code DeleteUserPool}. */
  DELETE_USER_POOL("DeleteUserPool", false),
  /** {@code DeleteUserPoolClient}. */
  DELETE_USER_POOL_CLIENT("DeleteUserPoolClient", false),
  /** {@code DeleteUserPoolClientSecret}. */
  DELETE_USER_POOL_CLIENT_SECRET("DeleteUserPoolClientSecret", false),
  /** {@code DeleteUserPoolDomain}. */
  DELETE_USER_POOL_DOMAIN("DeleteUserPoolDomain", false),
  /** {@code DeleteUserPoolReplica}. */
  DELETE_USER_POOL_REPLICA("DeleteUserPoolReplica", false),
  /** {@code DeleteWebAuthnCredential}. */
  DELETE_WEB_AUTHN_CREDENTIAL("DeleteWebAuthnCredential", false),
  /** {@code DescribeIdentityProvider} (read-only). */
  DESCRIBE_IDENTITY_PROVIDER("DescribeIdentityProvider", true),
  /** {@code DescribeManagedLoginBranding} (read-only). */
  DESCRIBE_MANAGED_LOGIN_BRANDING("DescribeManagedLoginBranding", true),
  /** {@code DescribeManagedLoginBrandingByClient} (read-only). */
  DESCRIBE_MANAGED_LOGIN_BRANDING_BY_CLIENT("DescribeManagedLoginBrandingByClient", true),
  /** {@code DescribeResourceServer} (read-only). */
  DESCRIBE_RESOURCE_SERVER("DescribeResourceServer", true),
  /** {@code DescribeRiskConfiguration} (read-only). */
  DESCRIBE_RISK_CONFIGURATION("DescribeRiskConfiguration", true),
  /** {@code DescribeTerms} (read-only). */
  DESCRIBE_TERMS("DescribeTerms", true),
  /** {@code DescribeUserImportJob} (read-only). */
  DESCRIBE_USER_IMPORT_JOB("DescribeUserImportJob", true),
  /** {@code DescribeUserPool} (read-only). */
  DESCRIBE_USER_POOL("DescribeUserPool", true),
  /** {@code DescribeUserPoolClient} (read-only). */
  DESCRIBE_USER_POOL_CLIENT("DescribeUserPoolClient", true),
  /** {@code DescribeUserPoolDomain} (read-only). */
  DESCRIBE_USER_POOL_DOMAIN("DescribeUserPoolDomain", true),
  /** {@code ForgetDevice}. */
  FORGET_DEVICE("ForgetDevice", false),
  /** {@code ForgotPassword}. */
  FORGOT_PASSWORD("ForgotPassword", false),
  /** {@code GetCSVHeader} (read-only). */
  GET_CSV_HEADER("GetCSVHeader", true),
  /** {@code GetDevice} (read-only). */
  GET_DEVICE("GetDevice", true),
  /** {@code GetGroup} (read-only). */
  GET_GROUP("GetGroup", true),
  /** {@code GetIdentityProviderByIdentifier} (read-only). */
  GET_IDENTITY_PROVIDER_BY_IDENTIFIER("GetIdentityProviderByIdentifier", true),
  /** {@code GetLogDeliveryConfiguration} (read-only). */
  GET_LOG_DELIVERY_CONFIGURATION("GetLogDeliveryConfiguration", true),
  /** {@code GetProvisionedLimit} (read-only). */
  GET_PROVISIONED_LIMIT("GetProvisionedLimit", true),
  /** {@code GetSigningCertificate} (read-only). */
  GET_SIGNING_CERTIFICATE("GetSigningCertificate", true),
  /** {@code GetTokensFromRefreshToken}. */
  GET_TOKENS_FROM_REFRESH_TOKEN("GetTokensFromRefreshToken", false),
  /** {@code GetUICustomization} (read-only). */
  GET_UI_CUSTOMIZATION("GetUICustomization", true),
  /** {@code GetUser} (read-only). */
  GET_USER("GetUser", true),
  /** {@code GetUserAttributeVerificationCode}. */
  GET_USER_ATTRIBUTE_VERIFICATION_CODE("GetUserAttributeVerificationCode", false),
  /** {@code GetUserAuthFactors} (read-only). */
  GET_USER_AUTH_FACTORS("GetUserAuthFactors", true),
  /** {@code GetUserPoolMfaConfig} (read-only). */
  GET_USER_POOL_MFA_CONFIG("GetUserPoolMfaConfig", true),
  /** {@code GlobalSignOut}. */
  GLOBAL_SIGN_OUT("GlobalSignOut", false),
  /** {@code InitiateAuth}. */
  INITIATE_AUTH("InitiateAuth", false),
  /** {@code ListDevices} (read-only). */
  LIST_DEVICES("ListDevices", true),
  /** {@code ListGroups} (read-only). */
  LIST_GROUPS("ListGroups", true),
  /** {@code ListIdentityProviders} (read-only). */
  LIST_IDENTITY_PROVIDERS("ListIdentityProviders", true),
  /** {@code ListResourceServers} (read-only). */
  LIST_RESOURCE_SERVERS("ListResourceServers", true),
  /** {@code ListTagsForResource} (read-only). */
  LIST_TAGS_FOR_RESOURCE("ListTagsForResource", true),
  /** {@code ListTerms} (read-only). */
  LIST_TERMS("ListTerms", true),
  /** {@code ListUserImportJobs} (read-only). */
  LIST_USER_IMPORT_JOBS("ListUserImportJobs", true),
  /** {@code ListUserPoolClientSecrets} (read-only). */
  LIST_USER_POOL_CLIENT_SECRETS("ListUserPoolClientSecrets", true),
  /** {@code ListUserPoolClients} (read-only). */
  LIST_USER_POOL_CLIENTS("ListUserPoolClients", true),
  /** {@code ListUserPoolReplicas} (read-only). */
  LIST_USER_POOL_REPLICAS("ListUserPoolReplicas", true),
  /** {@code ListUserPools} (read-only). */
  LIST_USER_POOLS("ListUserPools", true),
  /** {@code ListUsers} (read-only). */
  LIST_USERS("ListUsers", true),
  /** {@code ListUsersInGroup} (read-only). */
  LIST_USERS_IN_GROUP("ListUsersInGroup", true),
  /** {@code ListWebAuthnCredentials} (read-only). */
  LIST_WEB_AUTHN_CREDENTIALS("ListWebAuthnCredentials", true),
  /** {@code ResendConfirmationCode}. */
  RESEND_CONFIRMATION_CODE("ResendConfirmationCode", false),
  /** {@code RespondToAuthChallenge}. */
  RESPOND_TO_AUTH_CHALLENGE("RespondToAuthChallenge", false),
  /** {@code RevokeToken}. */
  REVOKE_TOKEN("RevokeToken", false),
  /** {@code SetLogDeliveryConfiguration}. */
  SET_LOG_DELIVERY_CONFIGURATION("SetLogDeliveryConfiguration", false),
  /** {@code SetRiskConfiguration}. */
  SET_RISK_CONFIGURATION("SetRiskConfiguration", false),
  /** {@code SetUICustomization}. */
  SET_UI_CUSTOMIZATION("SetUICustomization", false),
  /** {@code SetUserMFAPreference}. */
  SET_USER_MFA_PREFERENCE("SetUserMFAPreference", false),
  /** {@code SetUserPoolMfaConfig}. */
  SET_USER_POOL_MFA_CONFIG("SetUserPoolMfaConfig", false),
  /** {@code SetUserSettings}. */
  SET_USER_SETTINGS("SetUserSettings", false),
  /** {@code SignUp}. */
  SIGN_UP("SignUp", false),
  /** {@code StartUserImportJob}. */
  START_USER_IMPORT_JOB("StartUserImportJob", false),
  /** {@code StartWebAuthnRegistration}. */
  START_WEB_AUTHN_REGISTRATION("StartWebAuthnRegistration", false),
  /** {@code StopUserImportJob}. */
  STOP_USER_IMPORT_JOB("StopUserImportJob", false),
  /** {@code TagResource}. */
  TAG_RESOURCE("TagResource", false),
  /** {@code UntagResource}. */
  UNTAG_RESOURCE("UntagResource", false),
  /** {@code UpdateAuthEventFeedback}. */
  UPDATE_AUTH_EVENT_FEEDBACK("UpdateAuthEventFeedback", false),
  /** {@code UpdateDeviceStatus}. */
  UPDATE_DEVICE_STATUS("UpdateDeviceStatus", false),
  /** {@code UpdateGroup}. */
  UPDATE_GROUP("UpdateGroup", false),
  /** {@code UpdateIdentityProvider}. */
  UPDATE_IDENTITY_PROVIDER("UpdateIdentityProvider", false),
  /** {@code UpdateManagedLoginBranding}. */
  UPDATE_MANAGED_LOGIN_BRANDING("UpdateManagedLoginBranding", false),
  /** {@code UpdateProvisionedLimit}. */
  UPDATE_PROVISIONED_LIMIT("UpdateProvisionedLimit", false),
  /** {@code UpdateResourceServer}. */
  UPDATE_RESOURCE_SERVER("UpdateResourceServer", false),
  /** {@code UpdateTerms}. */
  UPDATE_TERMS("UpdateTerms", false),
  /** {@code UpdateUserAttributes}. */
  UPDATE_USER_ATTRIBUTES("UpdateUserAttributes", false),
  /** {@code UpdateUserPool}. */
  UPDATE_USER_POOL("UpdateUserPool", false),
  /** {@code UpdateUserPoolClient}. */
  UPDATE_USER_POOL_CLIENT("UpdateUserPoolClient", false),
  /** {@code UpdateUserPoolDomain}. */
  UPDATE_USER_POOL_DOMAIN("UpdateUserPoolDomain", false),
  /** {@code UpdateUserPoolReplica}. */
  UPDATE_USER_POOL_REPLICA("UpdateUserPoolReplica", false),
  /** {@code VerifySoftwareToken}. */
  VERIFY_SOFTWARE_TOKEN("VerifySoftwareToken", false),
  /** {@code VerifyUserAttribute}. */
  VERIFY_USER_ATTRIBUTE("VerifyUserAttribute", false),
  /** An event name that is not a known {@code cognito-idp} operation. */
  UNKNOWN(null, false);

  private static final Map<String, CognitoOperation> BY_NAME = new HashMap<>();

  static {
    for (CognitoOperation operation : values()) {
      if (operation.apiName != null) {
        BY_NAME.put(operation.apiName, operation);
      }
    }
  }

  private final String apiName;
  private final boolean readOnly;

  CognitoOperation(String apiName, boolean readOnly) {
    this.apiName = apiName;
    this.readOnly = readOnly;
  }

  /**
   * The operation name as in the API and in CloudTrail's {@code eventName}.
   *
   * @return the name, {@code null} for {@link #UNKNOWN}
   */
  public String apiName() {
    return apiName;
  }

  /**
   * Whether the operation only reads: it changes neither the user pool's configuration nor any
   * user's state. {@code Describe*}, {@code Get*} and {@code List*} operations and the {@code
   * AdminGet*} / {@code AdminList*} ones are read-only, except {@code GetTokensFromRefreshToken}
   * (it may rotate the refresh token) and {@code GetUserAttributeVerificationCode} (it sends a
   * code). This classification is the library's (the service model has no such flag).
   *
   * @return whether the operation is read-only; {@code false} for {@link #UNKNOWN}
   */
  public boolean isReadOnly() {
    return readOnly;
  }

  /**
   * Whether an EventBridge rule must be in state {@code
   * ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS} to receive this operation's CloudTrail events:
   * EventBridge withholds read-only management events whose names start with {@code Describe},
   * {@code Get} or {@code List} from rules in state {@code ENABLED}.
   *
   * @return whether the name starts with {@code Describe}, {@code Get} or {@code List}
   */
  public boolean needsAllManagementEventsRule() {
    return apiName != null
        && (apiName.startsWith("Describe")
            || apiName.startsWith("Get")
            || apiName.startsWith("List"));
  }

  /**
   * The operation for a CloudTrail {@code eventName}.
   *
   * @param eventName the name, may be {@code null}
   * @return the operation, or {@link #UNKNOWN}
   */
  public static CognitoOperation fromEventName(String eventName) {
    return eventName == null ? UNKNOWN : BY_NAME.getOrDefault(eventName, UNKNOWN);
  }
}
