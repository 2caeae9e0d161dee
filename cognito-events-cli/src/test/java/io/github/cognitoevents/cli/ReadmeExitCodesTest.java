package io.github.cognitoevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The exit-code table of README.md's command-line section: every row names tests, and every test it
 * names exists in this module and is a JUnit test, so the table cannot claim a behaviour nothing
 * runs.
 */
class ReadmeExitCodesTest {

  private static final Pattern ROW = Pattern.compile("^\\| (.+?) \\| +([012]) \\| (.+) \\|$");
  private static final Pattern TEST = Pattern.compile("`(\\w+)#(\\w+)`");

  @Test
  void everyRowOfTheExitCodeTableNamesExistingTests()
      throws IOException, ReflectiveOperationException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("| command, case | exit | test |"));
    section = section.substring(0, section.indexOf("\n\n"));

    List<String> rows = new ArrayList<>();
    List<Integer> exits = new ArrayList<>();
    int tests = 0;
    for (String line : section.lines().skip(2).toList()) {
      Matcher row = ROW.matcher(line);
      assertThat(row.matches()).as("a table row: %s", line).isTrue();
      rows.add(row.group(1));
      exits.add(Integer.parseInt(row.group(2)));
      Matcher test = TEST.matcher(row.group(3));
      int named = 0;
      while (test.find()) {
        assertThat(testMethod(test.group(1), test.group(2)))
            .as("%s#%s, named for '%s'", test.group(1), test.group(2), row.group(1))
            .isNotNull();
        named++;
      }
      assertThat(named).as("tests named for '%s'", row.group(1)).isPositive();
      tests += named;
    }
    assertThat(exits).contains(0, 1, 2);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
    assertThat(tests).isGreaterThanOrEqualTo(30);
  }

  /** The @Test method, in a nested class of CognitoEventsCliTest or in a top-level test class. */
  private static Method testMethod(String owner, String name) throws ClassNotFoundException {
    Class<?> type =
        Arrays.stream(CognitoEventsCliTest.class.getDeclaredClasses())
            .filter(c -> c.getSimpleName().equals(owner))
            .findFirst()
            .orElse(null);
    if (type == null) {
      type = Class.forName(ReadmeExitCodesTest.class.getPackageName() + "." + owner);
    }
    for (Method method : type.getDeclaredMethods()) {
      if (method.getName().equals(name) && method.isAnnotationPresent(Test.class)) {
        return method;
      }
    }
    return null;
  }
}
