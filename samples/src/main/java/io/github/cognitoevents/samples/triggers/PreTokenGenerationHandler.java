package io.github.cognitoevents.samples.triggers;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cognitoevents.lambda.CognitoTriggerHandler;
import io.github.cognitoevents.model.trigger.GroupConfiguration;
import io.github.cognitoevents.model.trigger.PreTokenGenerationEvent;
import io.github.cognitoevents.model.trigger.PreTokenGenerationV2Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PreTokenGeneration, event version 2 ({@code LambdaVersion V2_0}; V3_0 sends the same shape): adds
 * claims of several JSON types to the ID and access tokens and maps groups to OAuth scopes. Event
 * version 1 ({@code V1_0}, the only one cognito-local sends) can only touch the ID token with text
 * claims: there the handler adds {@code tenant} and suppresses {@code custom:plan}.
 *
 * <ul>
 *   <li>ID token: {@code tenant} (string, from {@code custom:tenant}), {@code org} (an object);
 *       {@code custom:plan} is suppressed.
 *   <li>Access token: {@code tenant}, {@code roles} (array of the user's groups), {@code
 *       tier_level} (number), {@code is_admin} (boolean).
 *   <li>Scopes: {@code orders/read} for members of {@code readers} or {@code admins}, {@code
 *       orders/write} for {@code admins}; {@code aws.cognito.signin.user.admin} is removed.
 *   <li>Machine-to-machine tokens ({@code TokenGeneration_ClientCredentials}): only {@code
 *       client_kind: "service"}.
 * </ul>
 *
 * <pre>{@code
 * PreTokenGenerationV2Event reply = new PreTokenGenerationHandler().onPreTokenGenerationV2(event, null);
 * }</pre>
 */
public class PreTokenGenerationHandler extends CognitoTriggerHandler {

  /** Creates the handler (the Lambda entry point). */
  public PreTokenGenerationHandler() {}

  /**
   * Version 1: adds the ID-token claim {@code tenant} (from {@code custom:tenant}, default {@code
   * default}) and suppresses {@code custom:plan}; groups are left as they are.
   *
   * @param event the event
   * @param context the Lambda context (unused)
   * @return the event with its response
   */
  @Override
  public PreTokenGenerationEvent onPreTokenGeneration(
      PreTokenGenerationEvent event, Context context) {
    Map<String, String> attributes =
        event.request() == null || event.request().userAttributes() == null
            ? Map.of()
            : event.request().userAttributes();
    return event.withResponse(
        PreTokenGenerationEvent.Response.builder()
            .claimToAddOrOverride("tenant", attributes.getOrDefault("custom:tenant", "default"))
            .claimToSuppress("custom:plan")
            .build());
  }

  /**
   * Adds the claims and scopes.
   *
   * @param event the event
   * @param context the Lambda context (unused)
   * @return the event with its response
   */
  @Override
  public PreTokenGenerationV2Event onPreTokenGenerationV2(
      PreTokenGenerationV2Event event, Context context) {
    PreTokenGenerationV2Event.Response.Builder response =
        PreTokenGenerationV2Event.Response.builder();
    if (event.isClientCredentials()) {
      return event.withResponse(response.accessTokenClaim("client_kind", "service").build());
    }
    Map<String, String> attributes =
        event.request() == null || event.request().userAttributes() == null
            ? Map.of()
            : event.request().userAttributes();
    GroupConfiguration groupConfiguration =
        event.request() == null ? null : event.request().groupConfiguration();
    List<String> groups =
        groupConfiguration == null || groupConfiguration.groupsToOverride() == null
            ? List.of()
            : groupConfiguration.groupsToOverride();
    String tenant = attributes.getOrDefault("custom:tenant", "default");
    boolean admin = groups.contains("admins");

    ObjectNode org = JsonNodeFactory.instance.objectNode();
    org.put("id", tenant).put("region", event.header().region());

    response
        .idTokenClaim("tenant", tenant)
        .idTokenClaim("org", org)
        .idTokenClaimToSuppress("custom:plan")
        .accessTokenClaim("tenant", tenant)
        .accessTokenClaim("roles", new ArrayList<>(groups))
        .accessTokenClaim("tier_level", "gold".equals(attributes.get("custom:plan")) ? 3 : 1)
        .accessTokenClaim("is_admin", admin)
        .scopeToSuppress("aws.cognito.signin.user.admin");
    if (admin || groups.contains("readers")) {
      response.scopeToAdd("orders/read");
    }
    if (admin) {
      response.scopeToAdd("orders/write");
    }
    return event.withResponse(response.build());
  }
}
