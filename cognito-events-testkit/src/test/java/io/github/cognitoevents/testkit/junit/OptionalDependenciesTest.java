package io.github.cognitoevents.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The optional dependencies stay optional: with the AWS SDK (and then also JUnit and opentest4j)
 * hidden from a fresh class loader, the matcher and the assertions load and work; only the live
 * package needs the SDK.
 */
class OptionalDependenciesTest {

  private static final String PT = "io.github.cognitoevents.patterntest.";

  /** Loads the module's classes afresh, without the hidden packages. */
  static final class HidingClassLoader extends URLClassLoader {
    private final List<String> hiddenPrefixes;

    HidingClassLoader(List<String> hiddenPrefixes) {
      super(classPath(), ClassLoader.getPlatformClassLoader());
      this.hiddenPrefixes = hiddenPrefixes;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      for (String prefix : hiddenPrefixes) {
        if (name.startsWith(prefix)) {
          throw new ClassNotFoundException(name + " is hidden");
        }
      }
      return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
      for (String prefix : hiddenPrefixes) {
        if (name.startsWith(prefix.replace('.', '/'))) {
          return null;
        }
      }
      return super.getResource(name);
    }

    private static URL[] classPath() {
      List<URL> urls = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        try {
          urls.add(Path.of(entry).toUri().toURL());
        } catch (MalformedURLException e) {
          throw new IllegalStateException(e);
        }
      }
      return urls.toArray(new URL[0]);
    }
  }

  private static Object call(Class<?> type, Object target, String method, Object... args)
      throws Exception {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(method)
          && m.getParameterCount() == args.length
          && (args.length == 0 || m.getParameterTypes()[0].isInstance(args[0]))) {
        return m.invoke(target, args);
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + method);
  }

  private static Throwable rootCause(Throwable t) {
    Throwable cause = t;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  @Test
  void matcherAndAssertionsWorkWithoutTheAwsSdk() throws Exception {
    try (HidingClassLoader loader = new HidingClassLoader(List.of("software.amazon.awssdk."))) {
      Class<?> matcherType = Class.forName(PT + "PatternMatcher", true, loader);
      Object matcher = call(matcherType, null, "compile", PatternAssertionsTest.SEED_RULE);
      assertThat(call(matcherType, matcher, "matches", PatternAssertionsTest.DELETE))
          .isEqualTo(true);
      assertThat(
              call(
                  Class.forName(PT + "TestEventPattern", true, loader),
                  null,
                  "test",
                  PatternAssertionsTest.ADMIN_CREATE_USER,
                  PatternAssertionsTest.SEED_RULE))
          .hasToString("NO_MATCH");

      Class<?> assertions =
          Class.forName("io.github.cognitoevents.testkit.junit.PatternAssertions", true, loader);
      Object patternAssert =
          call(assertions, null, "assertThatPattern", PatternAssertionsTest.SEED_RULE);
      Class<?> assertType = patternAssert.getClass();
      Method matches = assertType.getMethod("matches", String[].class);
      matches.invoke(patternAssert, (Object) new String[] {PatternAssertionsTest.DELETE});
      Throwable failure =
          catchThrowable(
              () ->
                  matches.invoke(
                      patternAssert,
                      (Object) new String[] {PatternAssertionsTest.ADMIN_CREATE_USER}));
      assertThat(failure).isInstanceOf(InvocationTargetException.class);
      assertThat(failure.getCause().getClass().getName())
          .isEqualTo("org.opentest4j.AssertionFailedError");
      assertThat(failure.getCause().getClass().getClassLoader()).isSameAs(loader);

      // The hiding is real: the live package cannot work in this loader.
      Throwable live =
          catchThrowable(
              () -> call(Class.forName(PT + "live.LiveCheck", true, loader), null, "create"));
      assertThat(rootCause(live))
          .isInstanceOfAny(NoClassDefFoundError.class, ClassNotFoundException.class)
          .hasMessageContaining("software");
    }
  }

  @Test
  void matcherWorksWithoutJUnitOpentest4jOrTheAwsSdk() throws Exception {
    try (HidingClassLoader loader =
        new HidingClassLoader(
            List.of("software.amazon.awssdk.", "org.junit.", "org.opentest4j.", "org.assertj."))) {
      Class<?> matcherType = Class.forName(PT + "PatternMatcher", true, loader);
      Object matcher = call(matcherType, null, "compile", PatternAssertionsTest.SEED_RULE);
      Object explanation =
          call(matcherType, matcher, "explain", PatternAssertionsTest.ADMIN_CREATE_USER);
      assertThat(call(explanation.getClass(), explanation, "matched")).isEqualTo(false);
      assertThat(
              call(
                  Class.forName(PT + "TestEventPattern", true, loader),
                  null,
                  "test",
                  PatternAssertionsTest.DELETE,
                  PatternAssertionsTest.SEED_RULE))
          .hasToString("MATCH");
      assertThat(catchThrowable(() -> loader.loadClass("org.opentest4j.AssertionFailedError")))
          .isInstanceOf(ClassNotFoundException.class);
    }
  }

  @Test
  void enabledWhenLiveWorksWithoutTheAwsSdk() throws Exception {
    try (HidingClassLoader loader = new HidingClassLoader(List.of("software.amazon.awssdk."))) {
      Class<?> liveMode = Class.forName(PT + "live.LiveMode", true, loader);
      Method reasonToSkip =
          liveMode.getDeclaredMethod(
              "reasonToSkip", String.class, String.class, java.util.function.Supplier.class);
      reasonToSkip.setAccessible(true);
      Method cached = liveMode.getDeclaredMethod("cachedAwsProblem");
      cached.setAccessible(true);

      // Switched on without the SDK: a sentence naming the missing SDK, not NoClassDefFoundError.
      Object reason =
          reasonToSkip.invoke(
              null,
              "true",
              null,
              (java.util.function.Supplier<?>)
                  () -> {
                    try {
                      return cached.invoke(null);
                    } catch (ReflectiveOperationException e) {
                      throw new IllegalStateException(e);
                    }
                  });
      assertThat(reason.toString()).contains("the AWS SDK").contains("is not on the class path");
    }
  }
}
