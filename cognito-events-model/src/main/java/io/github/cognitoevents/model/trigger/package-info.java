/**
 * Typed Cognito user-pool Lambda trigger events: one immutable record per trigger slot, with typed
 * responses, in one sealed hierarchy ({@link io.github.cognitoevents.model.trigger.TriggerEvent}).
 *
 * <pre>{@code
 * TriggerEvent event = TriggerEvents.parse(inputStream);
 * if (event instanceof PreTokenGenerationV2Event token) {
 *   event = token.withResponse(PreTokenGenerationV2Event.Response.builder()
 *       .accessTokenClaim("tenant", token.request().userAttributes().get("custom:tenant"))
 *       .build());
 * }
 * byte[] reply = TriggerEvents.writeBytes(event);
 * }</pre>
 *
 * <p>Conventions of every record: the shared envelope is a {@link
 * io.github.cognitoevents.model.trigger.TriggerHeader}; members Cognito may omit or send as null
 * are nullable (booleans are {@code Boolean}); enum-valued strings keep the raw text and offer a
 * typed view with an {@code UNKNOWN} constant; lists and maps are immutable copies; every JSON
 * object keeps its unknown members ({@code unknownFields}) so that writing an unchanged event gives
 * back the same JSON, and JSON null stays distinct from an absent member; {@code toString()} never
 * prints passwords, challenge answers, private challenge parameters, encrypted codes, OIDC tokens
 * or client metadata values. Events for tests are built with {@code TestTriggerEvents} of the
 * module {@code cognito-events-testkit}.
 */
@CheckReturnValue
package io.github.cognitoevents.model.trigger;

import io.github.cognitoevents.model.CheckReturnValue;
