/**
 * CloudFormation building blocks: {@link io.github.cognitoevents.infra.Template}, an immutable
 * template rendered as JSON or YAML, and {@link io.github.cognitoevents.infra.CfnValue}, a typed
 * literal or intrinsic-function value.
 */
@CheckReturnValue
package io.github.cognitoevents.infra;

import io.github.cognitoevents.model.CheckReturnValue;
