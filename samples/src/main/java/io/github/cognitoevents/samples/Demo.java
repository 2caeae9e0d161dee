package io.github.cognitoevents.samples;

import io.github.cognitoevents.pattern.SeedRule;

/** The main job: renders the sample rules and runs the bundled events through them. */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("Seed rule (Cognito user-pool client updates and deletes):");
    System.out.println(SeedRule.JSON);
  }
}
