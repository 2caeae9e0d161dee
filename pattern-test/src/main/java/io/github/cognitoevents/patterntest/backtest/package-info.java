/**
 * Backtests: what a rule set would have caught in CloudTrail history. {@link
 * io.github.cognitoevents.patterntest.backtest.Backtest} reads CloudTrail's S3 log files, {@code
 * aws cloudtrail lookup-events} output and JSON Lines exports, builds the event EventBridge would
 * have delivered for each Cognito record, and counts the hits of each rule it would have been
 * delivered to.
 */
package io.github.cognitoevents.patterntest.backtest;
