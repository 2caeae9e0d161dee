package io.github.cognitoevents.patterntest.backtest;

import io.github.cognitoevents.pattern.Condition;
import io.github.cognitoevents.pattern.Field;
import io.github.cognitoevents.pattern.MatchList;
import io.github.cognitoevents.pattern.Member;
import io.github.cognitoevents.pattern.ObjectPattern;
import io.github.cognitoevents.pattern.Or;
import io.github.cognitoevents.pattern.RuleState;
import io.github.cognitoevents.pattern.StringLiteral;
import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The operations a rule set can fire on at all: when every enabled rule, in every {@code $or}
 * branch, requires {@code detail.eventName} to equal one of a list of strings, a record whose
 * {@code eventName} is a string outside the union of those lists cannot fire any rule, and its
 * event need not be scanned. Monitoring rules nearly always name their operations (the seed rule
 * does), which makes this the cheapest cut: most records of a trail are calls no rule is about.
 *
 * <p>Exact by construction: only exact string values count (a prefix, {@code anything-but}, {@code
 * exists}, a number or {@code null} anywhere in the list, or a dotted pattern key, and there is no
 * filter); constraints joined by a pattern's members intersect, {@code $or} branches unite.
 */
final class EventNameFilter {
  private static final List<String> PATH = List.of("detail", "eventName");

  private EventNameFilter() {}

  /**
   * The event names some enabled rule may fire on, or {@code null} when a rule does not restrict
   * them to exact strings (then every record is scanned). Empty when no rule is enabled.
   */
  static Set<String> of(RuleSet rules) {
    Set<String> names = new HashSet<>();
    for (Rule rule : rules.rules()) {
      if (rule.state() == RuleState.DISABLED) {
        continue;
      }
      Set<String> required = required(rule.pattern().root(), 0);
      if (required == null) {
        return null;
      }
      names.addAll(required);
    }
    return Set.copyOf(names);
  }

  /** What an object pattern requires of {@code PATH} from {@code depth} on, or null for nothing. */
  private static Set<String> required(ObjectPattern object, int depth) {
    Set<String> result = null;
    for (Member member : object.members()) {
      Set<String> constraint;
      if (member instanceof Field field) {
        if (field.name().indexOf('.') >= 0) {
          return null; // a dotted key may name the path another way: no filter
        }
        if (!field.name().equals(PATH.get(depth))) {
          continue;
        }
        constraint = constraint(field, depth);
      } else {
        constraint = union(((Or) member).branches(), depth);
      }
      if (constraint != null) {
        if (result == null) {
          result = new HashSet<>(constraint);
        } else {
          result.retainAll(constraint);
        }
      }
    }
    return result;
  }

  private static Set<String> constraint(Field field, int depth) {
    if (depth == PATH.size() - 1) {
      if (!(field.value() instanceof MatchList list)) {
        return null;
      }
      Set<String> values = new HashSet<>();
      for (Condition condition : list.conditions()) {
        if (!(condition instanceof StringLiteral literal)) {
          return null;
        }
        values.add(literal.value());
      }
      return values;
    }
    return field.value() instanceof ObjectPattern inner ? required(inner, depth + 1) : null;
  }

  private static Set<String> union(List<ObjectPattern> branches, int depth) {
    Set<String> all = new HashSet<>();
    for (ObjectPattern branch : branches) {
      Set<String> names = required(branch, depth);
      if (names == null) {
        return null;
      }
      all.addAll(names);
    }
    return all;
  }
}
