/** A local EventBridge pattern matcher with TestEventPattern's verdicts and messages. */
module io.github.cognitoevents.patterntest {
  requires transitive io.github.cognitoevents.pattern;

  exports io.github.cognitoevents.patterntest;
// exports io.github.cognitoevents.patterntest.generate; (uncomment once the package has a type)
}
