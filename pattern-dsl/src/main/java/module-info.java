/** EventBridge event patterns as Java values: DSL, parser/validator and renderer. */
module io.github.cognitoevents.pattern {
  requires transitive io.github.cognitoevents.model;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.cognitoevents.pattern;
  exports io.github.cognitoevents.pattern.cognito;
}
