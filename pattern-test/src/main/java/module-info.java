/** A local EventBridge pattern matcher with TestEventPattern's verdicts and messages. */
module io.github.cognitoevents.patterntest {
  requires transitive io.github.cognitoevents.pattern;
  requires static com.fasterxml.jackson.dataformat.yaml;
  requires static software.amazon.awssdk.services.eventbridge;
  requires static software.amazon.awssdk.awscore;
  requires static software.amazon.awssdk.core;
  requires static software.amazon.awssdk.http;
  requires static software.amazon.awssdk.auth;
  requires static software.amazon.awssdk.regions;

  exports io.github.cognitoevents.patterntest;
  exports io.github.cognitoevents.patterntest.live;
  exports io.github.cognitoevents.patterntest.templates;
  exports io.github.cognitoevents.patterntest.backtest;
}
