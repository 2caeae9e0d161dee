package io.github.cognitoevents.testsupport;

import software.amazon.event.ruler.Machine;

/** Test helper: event-ruler 2.1.0 machines, configured as its release build runs them. */
public final class EventRuler {

  static {
    // event-ruler 2.1.0 trips one of its own internal asserts (nameStateChecker ==
    // nameStateToBeReturned) on some valid patterns when the JVM runs with -ea, as surefire does;
    // its release build runs without assertions. This only works for classes not loaded yet, so
    // every test that uses event-ruler goes through this class.
    EventRuler.class
        .getClassLoader()
        .setPackageAssertionStatus("software.amazon.event.ruler", false);
  }

  private EventRuler() {}

  /** A machine holding one rule named {@code r}. */
  public static Machine machine(String pattern) throws Exception {
    Machine machine = Machine.builder().build();
    machine.addRule("r", pattern);
    return machine;
  }

  /** A new empty machine. */
  public static Machine machine() {
    return Machine.builder().build();
  }

  /** Whether event-ruler matches the event with the pattern. */
  public static boolean matches(String pattern, String event) throws Exception {
    return !machine(pattern).rulesForJSONEvent(event).isEmpty();
  }
}
