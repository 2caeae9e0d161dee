package io.github.cognitoevents.testkit.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.model.CanIgnoreReturnValue;
import io.github.cognitoevents.model.CheckReturnValue;
import io.github.cognitoevents.model.trigger.CreateAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.CustomEmailSenderEvent;
import io.github.cognitoevents.model.trigger.CustomMessageEvent;
import io.github.cognitoevents.model.trigger.CustomSenderRequest;
import io.github.cognitoevents.model.trigger.CustomSmsSenderEvent;
import io.github.cognitoevents.model.trigger.DefineAuthChallengeEvent;
import io.github.cognitoevents.model.trigger.InboundFederationEvent;
import io.github.cognitoevents.model.trigger.PostAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PostConfirmationEvent;
import io.github.cognitoevents.model.trigger.PreAuthenticationEvent;
import io.github.cognitoevents.model.trigger.PreSignUpEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
import io.github.cognitoevents.model.trigger.TriggerEvent;
import io.github.cognitoevents.model.trigger.TriggerEvents;
import io.github.cognitoevents.model.trigger.TriggerSource;
import io.github.cognitoevents.model.trigger.UserMigrationEvent;
import io.github.cognitoevents.model.trigger.VerifyAuthChallengeResponseEvent;
import java.util.Map;
import java.util.Objects;

/**
 * Builders of realistic trigger events for unit tests of Lambda handlers. Every builder starts from
 * the event Cognito would send (region {@code us-east-1}, pool {@code us-east-1_AbCdEf123}, a UUID
 * {@code sub} used as user name, a confirmed user with a verified email, and the response Cognito
 * pre-fills: {@code false} flags for PreSignUp, JSON null members for DefineAuthChallenge,
 * VerifyAuthChallengeResponse, CustomMessage and token generation, {@code {}} elsewhere, none for
 * the custom senders); override what the test is about.
 *
 * <pre>{@code
 * PreSignUpEvent event = TestTriggerEvents.preSignUp()
 *     .userAttribute("email", "new.user@example.com")
 *     .clientMetadata("invite", "abc")
 *     .build();
 * PreSignUpEvent reply = handler.onPreSignUp(event, null);
 * }</pre>
 *
 * <p>Events are assembled as JSON and read with {@link TriggerEvents#parse(JsonNode, Class)}, so a
 * built event is exactly what the parser would give for the same document.
 */
public final class TestTriggerEvents {
  /** The default region. */
  public static final String REGION = "us-east-1";

  /** The default user pool id. */
  public static final String USER_POOL_ID = "us-east-1_AbCdEf123";

  /** The default {@code sub}, also the default user name. */
  public static final String SUB = "8f0c5a2e-1b3d-4c6e-9a7f-2d4b6c8e0a1f";

  /** The default app client id. */
  public static final String CLIENT_ID = "1example23456789abcdefghij";

  /** The default email. */
  public static final String EMAIL = "jane.doe@example.com";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private TestTriggerEvents() {}

  /**
   * A {@code PreSignUp_SignUp} event.
   *
   * @return a builder
   */
  public static Builder<PreSignUpEvent> preSignUp() {
    return new Builder<>(PreSignUpEvent.class, TriggerSource.PRE_SIGN_UP_SIGN_UP)
        .withoutUserAttribute("cognito:user_status")
        .userAttribute("email_verified", "false")
        .response(
            obj()
                .put("autoConfirmUser", false)
                .put("autoVerifyEmail", false)
                .put("autoVerifyPhone", false));
  }

  /**
   * A {@code PostConfirmation_ConfirmSignUp} event.
   *
   * @return a builder
   */
  public static Builder<PostConfirmationEvent> postConfirmation() {
    return new Builder<>(
            PostConfirmationEvent.class, TriggerSource.POST_CONFIRMATION_CONFIRM_SIGN_UP)
        .response(obj());
  }

  /**
   * A {@code PreAuthentication_Authentication} event.
   *
   * @return a builder
   */
  public static Builder<PreAuthenticationEvent> preAuthentication() {
    return new Builder<>(
            PreAuthenticationEvent.class, TriggerSource.PRE_AUTHENTICATION_AUTHENTICATION)
        .requestMember("validationData", obj())
        .response(obj());
  }

  /**
   * A {@code PostAuthentication_Authentication} event.
   *
   * @return a builder
   */
  public static Builder<PostAuthenticationEvent> postAuthentication() {
    return new Builder<>(
            PostAuthenticationEvent.class, TriggerSource.POST_AUTHENTICATION_AUTHENTICATION)
        .requestMember("newDeviceUsed", F.booleanNode(false))
        .response(obj());
  }

  /**
   * A {@code DefineAuthChallenge_Authentication} event at the start of a custom flow (empty
   * session).
   *
   * @return a builder; add challenges with {@link Builder#sessionChallenge}
   */
  public static Builder<DefineAuthChallengeEvent> defineAuthChallenge() {
    return new Builder<>(
            DefineAuthChallengeEvent.class, TriggerSource.DEFINE_AUTH_CHALLENGE_AUTHENTICATION)
        .requestMember("session", F.arrayNode())
        .response(
            obj().putNull("challengeName").putNull("issueTokens").putNull("failAuthentication"));
  }

  /**
   * A {@code CreateAuthChallenge_Authentication} event for a {@code CUSTOM_CHALLENGE}.
   *
   * @return a builder
   */
  public static Builder<CreateAuthChallengeEvent> createAuthChallenge() {
    return new Builder<>(
            CreateAuthChallengeEvent.class, TriggerSource.CREATE_AUTH_CHALLENGE_AUTHENTICATION)
        .requestMember("challengeName", F.textNode("CUSTOM_CHALLENGE"))
        .requestMember("session", F.arrayNode())
        .response(
            obj()
                .putNull("publicChallengeParameters")
                .putNull("privateChallengeParameters")
                .putNull("challengeMetadata"));
  }

  /**
   * A {@code VerifyAuthChallengeResponse_Authentication} event.
   *
   * @param expectedAnswer stored as private challenge parameter {@code answer}
   * @param challengeAnswer the user's answer
   * @return a builder
   */
  public static Builder<VerifyAuthChallengeResponseEvent> verifyAuthChallengeResponse(
      String expectedAnswer, String challengeAnswer) {
    return new Builder<>(
            VerifyAuthChallengeResponseEvent.class,
            TriggerSource.VERIFY_AUTH_CHALLENGE_RESPONSE_AUTHENTICATION)
        .requestMember("privateChallengeParameters", obj().put("answer", expectedAnswer))
        .requestMember("challengeAnswer", F.textNode(challengeAnswer))
        .response(obj().putNull("answerCorrect"));
  }

  /**
   * A version 1 {@code TokenGeneration_HostedAuth} event of a user in no group.
   *
   * @return a builder; add groups with {@link Builder#group}
   */
  public static Builder<PreTokenGenerationEvent> preTokenGeneration() {
    return new Builder<>(PreTokenGenerationEvent.class, TriggerSource.TOKEN_GENERATION_HOSTED_AUTH)
        .requestMember("groupConfiguration", groups())
        .response(obj().putNull("claimsOverrideDetails"));
  }

  /**
   * A version 2 {@code TokenGeneration_Authentication} event with the scopes of a user-pool
   * sign-in.
   *
   * @return a builder
   */
  public static Builder<PreTokenGenerationV2Event> preTokenGenerationV2() {
    Builder<PreTokenGenerationV2Event> b =
        new Builder<>(
                PreTokenGenerationV2Event.class, TriggerSource.TOKEN_GENERATION_AUTHENTICATION)
            .version("2")
            .requestMember("groupConfiguration", groups())
            .requestMember(
                "scopes", F.arrayNode().add("aws.cognito.signin.user.admin").add("openid"))
            .response(obj().putNull("claimsAndScopeOverrideDetails"));
    return b;
  }

  /**
   * A version 3 {@code TokenGeneration_ClientCredentials} (machine-to-machine) event: no user name,
   * user attributes or groups.
   *
   * @param scopes the requested scopes
   * @return a builder
   */
  public static Builder<PreTokenGenerationV2Event> clientCredentials(String... scopes) {
    ArrayNode array = F.arrayNode();
    for (String s : scopes) {
      array.add(s);
    }
    Builder<PreTokenGenerationV2Event> b =
        new Builder<>(
                PreTokenGenerationV2Event.class, TriggerSource.TOKEN_GENERATION_CLIENT_CREDENTIALS)
            .version("3")
            .userName(null)
            .requestMember("scopes", array)
            .response(obj().putNull("claimsAndScopeOverrideDetails"));
    b.request.remove("userAttributes");
    return b;
  }

  /**
   * A {@code UserMigration_Authentication} event for a user typing a password.
   *
   * @param userName the name the user typed
   * @param password the password the user typed
   * @return a builder
   */
  public static Builder<UserMigrationEvent> userMigration(String userName, String password) {
    Builder<UserMigrationEvent> b =
        new Builder<>(UserMigrationEvent.class, TriggerSource.USER_MIGRATION_AUTHENTICATION)
            .userName(userName)
            .requestMember("password", F.textNode(password))
            .requestMember("validationData", F.nullNode())
            .response(
                obj()
                    .putNull("userAttributes")
                    .putNull("finalUserStatus")
                    .putNull("messageAction")
                    .putNull("desiredDeliveryMediums")
                    .putNull("forceAliasCreation")
                    .putNull("enableSMSMFA"));
    b.request.remove("userAttributes");
    return b;
  }

  /**
   * A {@code CustomMessage_SignUp} event with the {@code {####}} code placeholder.
   *
   * @return a builder
   */
  public static Builder<CustomMessageEvent> customMessage() {
    return new Builder<>(CustomMessageEvent.class, TriggerSource.CUSTOM_MESSAGE_SIGN_UP)
        .requestMember("codeParameter", F.textNode("{####}"))
        .requestMember("linkParameter", F.textNode("{##Click Here##}"))
        .requestMember("usernameParameter", F.nullNode())
        .response(obj().putNull("smsMessage").putNull("emailMessage").putNull("emailSubject"));
  }

  /**
   * A {@code CustomSMSSender_SignUp} event with a placeholder ciphertext as {@code code}.
   *
   * @return a builder
   */
  public static Builder<CustomSmsSenderEvent> customSmsSender() {
    return new Builder<>(CustomSmsSenderEvent.class, TriggerSource.CUSTOM_SMS_SENDER_SIGN_UP)
        .requestMember("type", F.textNode(CustomSenderRequest.SMS_TYPE))
        .requestMember("code", F.textNode("AYADeBgeVmJ0ZXN0LWNpcGhlcnRleHQ="))
        .userAttribute("phone_number", "+12065550100")
        .userAttribute("phone_number_verified", "false");
  }

  /**
   * A {@code CustomEmailSender_SignUp} event with a placeholder ciphertext as {@code code}.
   *
   * @return a builder
   */
  public static Builder<CustomEmailSenderEvent> customEmailSender() {
    return new Builder<>(CustomEmailSenderEvent.class, TriggerSource.CUSTOM_EMAIL_SENDER_SIGN_UP)
        .requestMember("type", F.textNode(CustomSenderRequest.EMAIL_TYPE))
        .requestMember("code", F.textNode("AYADeBgeVmJ0ZXN0LWNpcGhlcnRleHQ="));
  }

  /**
   * A {@code CustomEmailSender_AccountTakeOverNotification} event: {@code code} is null and the
   * user attributes are the fixed upper-case notification keys.
   *
   * @param action the {@code ACCOUNT_TAKE_OVER_ACTION}, e.g. {@code "BLOCK"}
   * @return a builder
   */
  public static Builder<CustomEmailSenderEvent> accountTakeOverNotification(String action) {
    Builder<CustomEmailSenderEvent> b =
        new Builder<>(
                CustomEmailSenderEvent.class,
                TriggerSource.CUSTOM_EMAIL_SENDER_ACCOUNT_TAKE_OVER_NOTIFICATION)
            .requestMember("type", F.textNode(CustomSenderRequest.EMAIL_TYPE))
            .requestMember("code", F.nullNode())
            .awsSdkVersion(null)
            .clientId(null);
    ObjectNode attributes =
        obj()
            .put("EVENT_ID", "d7a3b2c1-0e9f-4a8b-b7c6-5d4e3f2a1b0c")
            .put("USER_NAME", SUB)
            .put("IP_ADDRESS", "192.0.2.1")
            .put("ACCOUNT_TAKE_OVER_ACTION", action)
            .put("ONE_CLICK_LINK_VALID", "https://example.com/valid")
            .put("ONE_CLICK_LINK_INVALID", "https://example.com/invalid")
            .put("LOGIN_TIME", "Monday, November 23, 2026 04:10 AM UTC")
            .put("FEEDBACK_TOKEN", "feedback-token");
    b.request.set("userAttributes", attributes);
    return b;
  }

  /**
   * An {@code InboundFederation_ExternalProvider} event from an OIDC provider.
   *
   * @param providerName the IdP name configured in the pool
   * @return a builder; add claims with {@link Builder#requestMember}
   */
  public static Builder<InboundFederationEvent> inboundFederation(String providerName) {
    ObjectNode attributes = obj();
    attributes.set(
        "tokenResponse",
        obj()
            .put("access_token", "eyJhbGciOiJSUzI1NiJ9.access.sig")
            .put("id_token", "eyJhbGciOiJSUzI1NiJ9.id.sig")
            .put("token_type", "Bearer")
            .put("expires_in", "3600"));
    attributes.set(
        "idToken",
        obj()
            .put("sub", "idp-user-123")
            .put("email", EMAIL)
            .put("email_verified", "true")
            .put("iss", "https://idp.example.com"));
    attributes.set("userInfo", obj().put("email", EMAIL).put("given_name", "Jane"));
    Builder<InboundFederationEvent> b =
        new Builder<>(
                InboundFederationEvent.class, TriggerSource.INBOUND_FEDERATION_EXTERNAL_PROVIDER)
            .userName(providerName + "_idp-user-123")
            .requestMember("providerName", F.textNode(providerName))
            .requestMember("providerType", F.textNode("OIDC"))
            .requestMember("attributes", attributes)
            .response(obj().putNull("userAttributesToMap"));
    b.request.remove("userAttributes");
    return b;
  }

  private static ObjectNode obj() {
    return F.objectNode();
  }

  private static ObjectNode groups() {
    ObjectNode g = obj();
    g.putArray("groupsToOverride");
    g.putArray("iamRolesToOverride");
    g.putNull("preferredRole");
    return g;
  }

  /**
   * Builds one test event. Setters return this builder; {@link #build()} may be called repeatedly.
   *
   * @param <E> the event record
   */
  @CanIgnoreReturnValue // mutable: the setters return this builder for chaining
  public static final class Builder<E extends TriggerEvent> {
    private final Class<E> type;
    private final ObjectNode top = obj();
    private final ObjectNode callerContext = obj();
    private final ObjectNode request = obj();
    private JsonNode response;

    private Builder(Class<E> type, TriggerSource source) {
      this.type = type;
      top.put("version", "1");
      top.put("triggerSource", source.value());
      top.put("region", REGION);
      top.put("userPoolId", USER_POOL_ID);
      top.put("userName", SUB);
      callerContext.put("awsSdkVersion", "aws-sdk-unknown-unknown");
      callerContext.put("clientId", CLIENT_ID);
      request.set(
          "userAttributes",
          obj()
              .put("sub", SUB)
              .put("cognito:user_status", "CONFIRMED")
              .put("email_verified", "true")
              .put("email", EMAIL));
    }

    /**
     * Sets the trigger source.
     *
     * @param source the source
     * @return this builder
     */
    public Builder<E> triggerSource(TriggerSource source) {
      top.put("triggerSource", Objects.requireNonNull(source, "source").value());
      return this;
    }

    /**
     * Sets the event version.
     *
     * @param version e.g. {@code "2"}
     * @return this builder
     */
    public Builder<E> version(String version) {
      top.put("version", version);
      return this;
    }

    /**
     * Sets the region.
     *
     * @param region e.g. {@code "eu-west-1"}
     * @return this builder
     */
    public Builder<E> region(String region) {
      top.put("region", region);
      return this;
    }

    /**
     * Sets the user pool id.
     *
     * @param userPoolId e.g. {@code "eu-west-1_AbCdEf123"}
     * @return this builder
     */
    public Builder<E> userPoolId(String userPoolId) {
      top.put("userPoolId", userPoolId);
      return this;
    }

    /**
     * Sets the user name; {@code null} leaves it out.
     *
     * @param userName the name
     * @return this builder
     */
    public Builder<E> userName(String userName) {
      if (userName == null) {
        top.remove("userName");
      } else {
        top.put("userName", userName);
      }
      return this;
    }

    /**
     * Sets the app client id (JSON null for {@code null}).
     *
     * @param clientId the id
     * @return this builder
     */
    public Builder<E> clientId(String clientId) {
      callerContext.put("clientId", clientId);
      return this;
    }

    /**
     * Sets the caller's SDK version (JSON null for {@code null}).
     *
     * @param awsSdkVersion the version
     * @return this builder
     */
    public Builder<E> awsSdkVersion(String awsSdkVersion) {
      callerContext.put("awsSdkVersion", awsSdkVersion);
      return this;
    }

    /**
     * Adds or replaces a user attribute.
     *
     * @param name e.g. {@code "custom:tenant"}
     * @param value the value
     * @return this builder
     */
    public Builder<E> userAttribute(String name, String value) {
      JsonNode attributes = request.get("userAttributes");
      ObjectNode map = attributes instanceof ObjectNode o ? o : request.putObject("userAttributes");
      map.put(name, value);
      return this;
    }

    /**
     * Removes a user attribute.
     *
     * @param name the attribute
     * @return this builder
     */
    public Builder<E> withoutUserAttribute(String name) {
      JsonNode attributes = request.get("userAttributes");
      if (attributes instanceof ObjectNode o) {
        o.remove(name);
      }
      return this;
    }

    /**
     * Adds a client metadata entry.
     *
     * @param key the key
     * @param value the value
     * @return this builder
     */
    public Builder<E> clientMetadata(String key, String value) {
      JsonNode metadata = request.get("clientMetadata");
      ObjectNode map = metadata instanceof ObjectNode o ? o : request.putObject("clientMetadata");
      map.put(key, value);
      return this;
    }

    /**
     * Adds an element to the {@code session} (challenge triggers).
     *
     * @param challengeName e.g. {@code "CUSTOM_CHALLENGE"}
     * @param challengeResult whether it was answered correctly
     * @param challengeMetadata the metadata, or {@code null}
     * @return this builder
     */
    public Builder<E> sessionChallenge(
        String challengeName, boolean challengeResult, String challengeMetadata) {
      JsonNode session = request.get("session");
      ArrayNode array = session instanceof ArrayNode a ? a : request.putArray("session");
      array
          .addObject()
          .put("challengeName", challengeName)
          .put("challengeResult", challengeResult)
          .put("challengeMetadata", challengeMetadata);
      return this;
    }

    /**
     * Adds a group to {@code groupConfiguration.groupsToOverride} (token generation).
     *
     * @param group the group name
     * @return this builder
     */
    public Builder<E> group(String group) {
      JsonNode config = request.get("groupConfiguration");
      ObjectNode g = config instanceof ObjectNode o ? o : request.putObject("groupConfiguration");
      JsonNode list = g.get("groupsToOverride");
      (list instanceof ArrayNode a ? a : g.putArray("groupsToOverride")).add(group);
      return this;
    }

    /**
     * Sets any request member to a JSON value.
     *
     * @param name the member
     * @param value the value
     * @return this builder
     */
    public Builder<E> requestMember(String name, JsonNode value) {
      request.set(name, value);
      return this;
    }

    /**
     * Sets several request members from a map of strings (e.g. {@code validationData}).
     *
     * @param name the member
     * @param values the map
     * @return this builder
     */
    public Builder<E> requestMap(String name, Map<String, String> values) {
      ObjectNode map = request.putObject(name);
      values.forEach(map::put);
      return this;
    }

    /**
     * Sets the response as Cognito would send it; {@code null} leaves it out.
     *
     * @param response the response JSON
     * @return this builder
     */
    public Builder<E> response(JsonNode response) {
      this.response = response;
      return this;
    }

    /**
     * The event as JSON.
     *
     * @return a new tree
     */
    public ObjectNode toJson() {
      ObjectNode event = top.deepCopy();
      event.set("callerContext", callerContext.deepCopy());
      event.set("request", request.deepCopy());
      if (response != null) {
        event.set("response", response.deepCopy());
      }
      return event;
    }

    /**
     * The event.
     *
     * @return the typed event
     */
    @CheckReturnValue
    public E build() {
      return TriggerEvents.parse(toJson(), type);
    }
  }
}
