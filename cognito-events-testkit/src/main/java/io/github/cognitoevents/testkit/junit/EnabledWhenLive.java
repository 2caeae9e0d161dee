package io.github.cognitoevents.testkit.junit;

import io.github.cognitoevents.patterntest.live.LiveMode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class or method only when {@link LiveMode} is on and AWS credentials are
 * present; otherwise the test is skipped with the reason (how to turn the switch on, or what is
 * missing).
 *
 * <pre>{@code
 * @EnabledWhenLive
 * class MyRuleLiveTest {
 *   @Test
 *   void awsAgreesWithTheLocalMatcher() {
 *     try (LiveCheck check = LiveCheck.create()) {
 *       assertThat(check.compare(event, MY_RULE).agrees()).isTrue();
 *     }
 *   }
 * }
 * }</pre>
 */
@SuppressWarnings("exports") // JUnit is an optional dependency: users of this annotation have it
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(LiveModeCondition.class)
public @interface EnabledWhenLive {}
