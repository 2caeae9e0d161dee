/**
 * System 1, monitoring Cognito API calls: {@link
 * io.github.cognitoevents.infra.monitor.ApiCallMonitor} renders the EventBridge rule, its function
 * and the CloudTrail trail it needs.
 */
@CheckReturnValue
package io.github.cognitoevents.infra.monitor;

import io.github.cognitoevents.model.CheckReturnValue;
