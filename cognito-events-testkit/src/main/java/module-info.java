/**
 * For tests only: JUnit 5 assertions on EventBridge patterns and Cognito events, seeded generators
 * of events and patterns, and ready-made trigger events. Kept out of the production modules so that
 * a Lambda's jar carries none of it.
 */
module io.github.cognitoevents.testkit {
  requires transitive io.github.cognitoevents.patterntest;
  // Optional: only the assertions and @EnabledWhenLive need JUnit and opentest4j at run time.
  requires static org.junit.jupiter.api;
  requires static org.opentest4j;

  exports io.github.cognitoevents.testkit.generate;
  exports io.github.cognitoevents.testkit.junit;
  exports io.github.cognitoevents.testkit.trigger;
}
