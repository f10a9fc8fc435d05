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
    var read = NormalizedReply(text: reply)
    return matchesText(&read)
  }

  /// `matchesText(normalizedReply:)` of a reply read once for all the conditions of a node.
  func matchesText(_ reply: inout NormalizedReply) -> Bool? {
    switch self {
    case .has(let words):
      let text = reply.scalars()
      return words.contains {
        !$0.isEmpty && ScalarSearch.contains(text, Array($0.unicodeScalars))
      }
    case .regex(_, let compiled):
      guard let compiled else { return false }
      let whole = reply.string()
      // Only the start of a very long reply: the bound `RegexBudget` was checked against.
      let text =
        whole.utf16.count > RegexBudget.textLimit
        ? String(whole.prefix(RegexBudget.textLimit)) : whole
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
    var read = NormalizedReply(text: reply)
    return firstMatchingBranch(&read, facts: facts)
  }

  /// `firstMatchingBranch(normalizedReply:facts:)` for a reply already normalised into scalars
  /// (`TextNormalizer.scalars`, as the rubric's reading of the reply has them): its string is
  /// made only for a regex.
  public func firstMatchingBranch(normalizedScalars: [Unicode.Scalar], facts: ReplyFacts)
    -> Branch?
  {
    var read = NormalizedReply(scalars: normalizedScalars)
    return firstMatchingBranch(&read, facts: facts)
  }

  private func firstMatchingBranch(_ reply: inout NormalizedReply, facts: ReplyFacts) -> Branch? {
    for branch in branches {
      let holds: Bool
      switch branch.condition {
      case .has, .regex: holds = branch.condition.matchesText(&reply) ?? false
      default: holds = branch.condition.matches(normalizedReply: "", facts: facts)
      }
      if holds { return branch }
    }
    return nil
  }
}

/// A normalised reply as branch conditions read it: its scalars for `has`, its text for a
/// regex, each made at most once for all the conditions of a node.
struct NormalizedReply {
  private var text: String?
  private var scalarList: [Unicode.Scalar]?

  init(text: String) { self.text = text }
  init(scalars: [Unicode.Scalar]) { self.scalarList = scalars }

  mutating func scalars() -> [Unicode.Scalar] {
    if let scalarList { return scalarList }
    let made = Array(text!.unicodeScalars)
    scalarList = made
    return made
  }

  mutating func string() -> String {
    if let text { return text }
    let made = TextNormalizer.string(scalarList!)
    text = made
    return made
  }
}
