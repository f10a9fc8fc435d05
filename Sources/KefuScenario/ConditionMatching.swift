import Foundation
import KefuText

/// What the rubric decided about a reply, as far as branch conditions ask: the engine fills it
/// from the reply's judgement. Kept here so this module needs no rubric.
public struct ReplyFacts {
  /// The reception steps the reply shows.
  public var steps: Set<Step>
  /// Ids of the rules the reply broke.
  public var brokenRules: Set<String>
  /// The reply came after the time limit.
  public var slow: Bool
  /// The reply offered a cross-sell.
  public var upsell: Bool
  public init(
    steps: Set<Step> = [], brokenRules: Set<String> = [], slow: Bool = false, upsell: Bool = false
  ) {
    self.steps = steps
    self.brokenRules = brokenRules
    self.slow = slow
    self.upsell = upsell
  }
}

extension Condition {
  /// The text part of a condition: for `has` and a regex, whether the reply (already passed
  /// through `TextNormalizer.normalize`) matches; nil for the conditions the rubric decides
  /// (`step`, `rule`, `slow`, `upsell`) and for `otherwise`.
  public func matchesText(normalizedReply reply: String) -> Bool? {
    switch self {
    case .has(let words):
      let text = Array(reply.unicodeScalars)
      return words.contains {
        !$0.isEmpty && ScalarSearch.contains(text, Array($0.unicodeScalars))
      }
    case .regex(_, let compiled):
      guard let compiled else { return false }
      // Only the start of a very long reply: the bound `RegexBudget` was checked against.
      let text =
        reply.utf16.count > RegexBudget.textLimit
        ? String(reply.prefix(RegexBudget.textLimit)) : reply
      let range = NSRange(location: 0, length: (text as NSString).length)
      return compiled.firstMatch(in: text, options: [], range: range) != nil
    case .step, .rule, .slow, .upsell, .otherwise:
      return nil
    }
  }

  /// Whether the condition holds for a reply, given its normalised text and the rubric's facts.
  public func matches(normalizedReply reply: String, facts: ReplyFacts) -> Bool {
    switch self {
    case .has, .regex: return matchesText(normalizedReply: reply) ?? false
    case .step(let step): return facts.steps.contains(step)
    case .rule(let id): return facts.brokenRules.contains(id)
    case .slow: return facts.slow
    case .upsell: return facts.upsell
    case .otherwise: return true
    }
  }
}

extension Node {
  /// The first branch whose condition holds, or nil (the engine then keeps the buyer here).
  public func firstMatchingBranch(normalizedReply reply: String, facts: ReplyFacts) -> Branch? {
    branches.first { $0.condition.matches(normalizedReply: reply, facts: facts) }
  }
}
