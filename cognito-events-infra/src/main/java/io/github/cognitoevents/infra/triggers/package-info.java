/**
 * System 2, Lambda triggers of user pools: {@link
 * io.github.cognitoevents.infra.triggers.TriggerWiring} compiles {@link
 * io.github.cognitoevents.infra.triggers.CognitoTrigger} declarations into CloudFormation, {@link
 * io.github.cognitoevents.infra.triggers.ExistingPoolTriggers} changes an existing pool's triggers
 * and nothing else, and {@link io.github.cognitoevents.infra.triggers.TriggerDrift} tells from an
 * {@code UpdateUserPool} CloudTrail event whether a pool's triggers left the declared wiring.
 */
@CheckReturnValue
package io.github.cognitoevents.infra.triggers;

import io.github.cognitoevents.model.CheckReturnValue;
