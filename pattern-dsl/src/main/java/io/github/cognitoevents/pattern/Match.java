package io.github.cognitoevents.pattern;

import java.util.List;

/**
 * Anything the DSL accepts as the value of a leaf field: a single {@link Condition}, a {@link
 * MatchList} or a {@link LowerBound} still waiting for its optional upper bound.
 *
 * <pre>{@code
 * field("detail.count", greaterThan(0));                         // LowerBound
 * field("detail.count", greaterThan(0).lessThanOrEqualTo(5));    // Numeric
 * field("detail.state", prefix("run"), value("stopped"));         // two conditions, OR-ed
 * }</pre>
 */
public interface Match {
  /**
   * The conditions this match contributes to a match list.
   *
   * @return one or more conditions
   */
  List<Condition> asConditions();
}
