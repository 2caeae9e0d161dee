package io.github.cognitoevents.patterntest.templates;

import io.github.cognitoevents.patterntest.Rule;
import io.github.cognitoevents.patterntest.RuleSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules read from one or more templates: those that receive events ({@link #rules()}), those
 * that do not ({@link #skipped()}: disabled, schedule-only, or created under a false condition),
 * and the rules that could not be read ({@link #problems()}: an intrinsic function that does not
 * resolve, an invalid pattern). Rule names are unique: a rule named like an earlier one is renamed
 * {@code Name#LogicalId}.
 */
public final class TemplateRules {

  private final List<String> templates;
  private final List<Rule> rules;
  private final List<SkippedRule> skipped;
  private final List<TemplateProblem> problems;

  TemplateRules(
      List<String> templates,
      List<Rule> rules,
      List<SkippedRule> skipped,
      List<TemplateProblem> problems) {
    this.templates = List.copyOf(templates);
    this.rules = List.copyOf(rules);
    this.skipped = List.copyOf(skipped);
    this.problems = List.copyOf(problems);
  }

  /**
   * The templates read, in order.
   *
   * @return their names as given
   */
  public List<String> templates() {
    return templates;
  }

  /**
   * The rules that receive events, in template order.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * The rules that receive no events, listed and left out.
   *
   * @return the skipped rules
   */
  public List<SkippedRule> skipped() {
    return skipped;
  }

  /**
   * The rules that could not be read, by rule name and path.
   *
   * @return the problems, empty when every rule was read
   */
  public List<TemplateProblem> problems() {
    return problems;
  }

  /**
   * A rule set of {@link #rules()}.
   *
   * @return the rule set
   */
  public RuleSet ruleSet() {
    return RuleSet.of(rules);
  }

  /**
   * These rules followed by another template's, names kept unique.
   *
   * @param more the other template's rules
   * @return the combination
   */
  public TemplateRules plus(TemplateRules more) {
    List<String> allTemplates = new ArrayList<>(templates);
    allTemplates.addAll(more.templates);
    List<Rule> all = new ArrayList<>(rules);
    Set<String> names = new HashSet<>();
    for (Rule rule : rules) {
      names.add(rule.name());
    }
    for (Rule rule : more.rules) {
      all.add(unique(rule, names));
    }
    List<SkippedRule> allSkipped = new ArrayList<>(skipped);
    allSkipped.addAll(more.skipped);
    List<TemplateProblem> allProblems = new ArrayList<>(problems);
    allProblems.addAll(more.problems);
    return new TemplateRules(allTemplates, all, allSkipped, allProblems);
  }

  /** The rule, renamed {@code Name#LogicalId} (then with its template) if its name is taken. */
  static Rule unique(Rule rule, Set<String> names) {
    Rule out = rule;
    if (!names.add(out.name()) && rule.source().isPresent()) {
      out = rule.withName(rule.name() + "#" + rule.source().get().logicalId());
      if (!names.add(out.name())) {
        out = rule.withName(rule.source().get().toString());
        names.add(out.name());
      }
    }
    return out;
  }

  /** For example {@code 3 rules, 1 skipped, 0 problems from [template.yaml]}. */
  @Override
  public String toString() {
    return rules.size()
        + " rules, "
        + skipped.size()
        + " skipped, "
        + problems.size()
        + " problems from "
        + templates;
  }
}
