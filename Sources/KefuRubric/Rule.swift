import KefuScenario
import KefuText

/// An example in a rule's description. The examples are the rule's tests and its documentation.
public struct RuleExample {
  /// The seller's reply.
  public var text: String
  /// The buyer's messages just before the reply, when the verdict depends on them.
  public var buyer: [String]
  /// For `reception_flow`: the step the example shows (trigger) or must not show (pass).
  public var step: Step?
  /// Earlier seller replies in the session, oldest first, when the verdict depends on them.
  public var earlier: [String]
  /// The reply's response time, for `response_time`.
  public var seconds: Double?
  /// The scenario's cross-sell items (names and aliases), for `upsell`.
  public var addons: [[String]]
  /// The scenario's product, and the other chats open at once, for `crossed_chats`.
  public var product: String?
  public var otherChats: [OtherChat]
  /// For a trigger: the text the rule's first finding covers (its start and end), when the
  /// rule reports a finding.
  public var mark: String?
  public init(
    _ text: String, buyer: [String] = [], step: Step? = nil, earlier: [String] = [],
    seconds: Double? = nil, addons: [[String]] = [], product: String? = nil,
    otherChats: [OtherChat] = [], mark: String? = nil
  ) {
    self.mark = mark
    self.text = text
    self.buyer = buyer
    self.step = step
    self.earlier = earlier
    self.seconds = seconds
    self.addons = addons
    self.product = product
    self.otherChats = otherChats
  }

  /// The context the example is judged in.
  public var context: ReplyContext {
    var history: [ChatLine] = earlier.map { ChatLine(role: .seller, text: $0) }
    history += buyer.map { ChatLine(role: .buyer, text: $0) }
    var context = ReplyContext(
      buyerMessages: buyer, history: history, responseSeconds: seconds, product: product,
      addons: addons)
    context.otherChats = otherChats
    return context
  }
}

/// What a rule is: stable id, Chinese name, why it exists, its examples and its patience cost.
public struct RuleDescription {
  public var id: String
  public var name: String
  /// One paragraph, Chinese: what it checks and why the seeds ask for it.
  public var explanation: String
  public var triggers: [RuleExample]
  public var passes: [RuleExample]
  /// Points breaking the rule costs per reply by default (`cost_<id>` in a rubric file).
  public var cost: Double
  /// What breaking the rule costs the buyer's patience in play (0: it costs nothing), by default
  /// (`patience_<id>` in a rubric file).
  public var patienceCost: Int
  /// The grade card's tip when the session broke the rule, Chinese; `{where}` becomes
  /// 「（第 N 条）」, the first reply that broke it. Empty only for a rule that costs nothing.
  public var tip: String
  /// Where the tip stands among the card's tips (smaller first; the steps' tips stand at
  /// 50 greet, 60 recommend / inquire first, 70 upsell, 90 confirm after a deal).
  public var tipOrder: Int
  /// Whether breaking it offends the buyer (a persona's `rudeCost` applies instead).
  public var offendsBuyer: Bool
  /// One line, Chinese, for `kefu rules`; empty: the explanation's first sentence.
  public var summary: String
  /// The rubric-file keys of the rule's own numbers (besides its cost and patience).
  public var settingKeys: [String]
  public init(
    id: String, name: String, explanation: String, triggers: [RuleExample], passes: [RuleExample],
    tip: String = "", tipOrder: Int = 0, cost: Double, patienceCost: Int,
    offendsBuyer: Bool = false, summary: String = "", settingKeys: [String] = []
  ) {
    self.tip = tip
    self.tipOrder = tipOrder
    self.cost = cost
    self.id = id
    self.name = name
    self.explanation = explanation
    self.triggers = triggers
    self.passes = passes
    self.patienceCost = patienceCost
    self.offendsBuyer = offendsBuyer
    self.summary = summary
    self.settingKeys = settingKeys
  }

  /// The one-line summary (the explanation's first sentence when none was written).
  public var oneLine: String {
    if !summary.isEmpty { return summary }
    let first = explanation.split(separator: "。").first.map(String.init) ?? explanation
    return String(first.filter { $0 != "\n" })
  }
}

/// One thing a rule found in a reply; `start`/`end` are code-point offsets into the original
/// reply text (end exclusive).
public struct Finding: Equatable {
  public var rule: String
  public var start: Int
  public var end: Int
  public var message: String
  /// How to say it better, when the rule can tell.
  public var suggestion: String?
  public init(rule: String, start: Int, end: Int, message: String, suggestion: String? = nil) {
    self.rule = rule
    self.start = start
    self.end = end
    self.message = message
    self.suggestion = suggestion
  }
}

/// Everything a rule may look at besides the reply itself.
public struct ReplyContext {
  /// The buyer's messages since the seller's previous reply (what this reply answers).
  public var buyerMessages: [String]
  /// Everything said before this reply, oldest first.
  public var history: [ChatLine]
  /// Seconds from the buyer's message appearing to the seller sending; nil when unknown.
  public var responseSeconds: Double?
  /// The response-time limit in seconds for this session.
  public var limitSeconds: Double
  /// The scenario's product, as written, when there is a scenario.
  public var product: String? {
    get { optionals.product }
    set { optionals.product = newValue }
  }
  /// The scenario's cross-sell items, each a list of names (first the name, then aliases).
  public var addons: [[String]]
  /// Comparison keys of the seller's earlier replies in `history`, oldest first, when the
  /// caller keeps them from turn to turn (kefu check does); rules compute them from `history`
  /// otherwise.
  public var sellerKeys: [ReplyKey]? {
    get { optionals.sellerKeys }
    set { optionals.sellerKeys = newValue }
  }
  /// The other chats open at the same time (`kefu shift`); empty in every other mode.
  public var otherChats: [OtherChat]
  /// `product` and `sellerKeys`, stored together. With both optionals among the context's own
  /// fields (or a default value on one of them) the optimiser built the context in
  /// `init(buyerMessages:…otherChats:)` and then copied it whole and destroyed the first one:
  /// five retains and five releases per reply for nothing.
  private var optionals: Optionals
  private struct Optionals {
    var product: String?
    var sellerKeys: [ReplyKey]?
  }
  public init(
    buyerMessages: [String] = [], history: [ChatLine] = [], responseSeconds: Double? = nil,
    limitSeconds: Double = ReplyLimit.standardSeconds, product: String? = nil,
    addons: [[String]] = []
  ) {
    self.init(
      buyerMessages: buyerMessages, history: history, responseSeconds: responseSeconds,
      limitSeconds: limitSeconds, product: product, addons: addons, sellerKeys: nil,
      otherChats: [])
  }

  /// Every field at once: the context is built in place, not copied to set the last fields.
  public init(
    buyerMessages: [String], history: [ChatLine], responseSeconds: Double?,
    limitSeconds: Double, product: String?, addons: [[String]], sellerKeys: [ReplyKey]?,
    otherChats: [OtherChat]
  ) {
    self.buyerMessages = buyerMessages
    self.history = history
    self.responseSeconds = responseSeconds
    self.limitSeconds = limitSeconds
    self.optionals = Optionals(product: product, sellerKeys: sellerKeys)
    self.addons = addons
    self.otherChats = otherChats
  }

  /// Changes `sellerKeys` in place. (Through the property, `sellerKeys?.append(…)` would get a
  /// second reference to the array and copy it whole on the change.)
  public mutating func changeSellerKeys(_ change: (inout [ReplyKey]) -> Void) {
    if optionals.sellerKeys != nil { change(&optionals.sellerKeys!) }
  }

  /// The buyer's recent messages: those this reply answers, then earlier ones from `history`
  /// (newest first), at most `limit`.
  public func recentBuyerMessages(limit: Int = 6) -> [String] {
    // No buyer line anywhere (every line of `kefu check` without `--with-buyer`): nothing to
    // gather, no arrays made.
    if buyerMessages.isEmpty && !history.contains(where: { $0.role == .buyer }) { return [] }
    var out: [String] = buyerMessages.reversed()
    var end = history.count
    // `history` may already end with the messages this reply answers.
    if !buyerMessages.isEmpty && history.count >= buyerMessages.count
      && history.suffix(buyerMessages.count).allSatisfy({ $0.role == .buyer })
      && history.suffix(buyerMessages.count).map(\.text) == buyerMessages
    {
      end -= buyerMessages.count
    }
    var i = end - 1
    while i >= 0 && out.count < limit {
      if history[i].role == .buyer { out.append(history[i].text) }
      i -= 1
    }
    return Array(out.prefix(limit))
  }

  /// The seller's earlier replies, oldest first.
  public var previousReplies: [String] {
    history.filter { $0.role == .seller }.map(\.text)
  }

  /// The seller's last `limit` earlier replies, oldest first: a walk back from the end, so a
  /// long session costs no more per reply than a short one.
  public func previousReplies(last limit: Int) -> [String] {
    var out: [String] = []
    var i = history.count - 1
    while i >= 0 && out.count < limit {
      if history[i].role == .seller { out.append(history[i].text) }
      i -= 1
    }
    return out.reversed()
  }
}

/// Who said a chat line.
public enum ChatRole: String {
  case buyer, seller
}

/// One chat message.
public struct ChatLine: Equatable {
  public var role: ChatRole
  public var text: String
  public init(role: ChatRole, text: String) {
    self.role = role
    self.text = text
  }
}

/// The seller's reply as rules see it: the original text, its normalised form, and where the
/// phrases of the rubric's families occur in it (one scan for all rules).
public final class Reply {
  public let text: String
  public let normalized: NormalizedText
  /// The rubric's words the reply was scanned with.
  public let words: RubricWords
  /// Which families occur (bit per slot, slots 0–255).
  private let present: (UInt64, UInt64, UInt64, UInt64)
  /// The hits grouped by family (each group still ordered by end offset), and where each
  /// family's group starts: `grouped[groupStart[slot + 1]..<groupStart[slot + 2]]`.
  private let grouped: [PhraseHit]
  private let groupStart: [Int32]
  /// Readings of the reply that more than one rule needs, computed by the first to ask. A
  /// reply is read by one thread (no check of exclusive access needed on each reading). The
  /// checks are off, so keep to the pattern of every memo here: compute the reading first, then
  /// store it in its own statement — never assign `shared` while an access to it is still open.
  @exclusivity(unchecked) var shared = SharedReadings()
  public init(_ text: String, words: RubricWords) {
    self.text = text
    self.normalized = NormalizedText(text)
    self.words = words
    var grouped: [PhraseHit] = []
    grouped.reserveCapacity(normalized.scalars.count + 8)
    words.index.scan(normalized.scalars, into: &grouped)
    var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    // The quarter of a family's bit is an index, not a `switch` (whose branch, taken anew for
    // each hit, went the wrong way about as often as not).
    withUnsafeMutablePointer(to: &bits) {
      $0.withMemoryRebound(to: UInt64.self, capacity: 4) { words in
        for hit in grouped { words[min(hit.lexicon >> 6, 3)] |= 1 << UInt64(hit.lexicon & 63) }
      }
    }
    self.present = bits
    // A counting sort by family keeps each family's hits in order. The counts go one slot up,
    // so that after the hits are placed (from the last, each family's end moving down to its
    // start) no copy of the starts is needed: family f's group is [start[f + 1], start[f + 2]).
    let families = words.phrases.count
    let count = grouped.count
    // (Worked out in room on the stack and appended to a reserved array at the end, one copy:
    // the array's uniqueness is not checked at each hit. `init(unsafeUninitializedCapacity:)`
    // and `init(repeating:count:)` allocate through the standard library's generic path, a
    // metadata look-up per reply; appending `repeatElement(0, …)` wrote the zeros one by one.)
    var starts: [Int32] = []
    starts.reserveCapacity(families + 2)
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: families + 2) { start in
      start.initialize(repeating: 0)
      for hit in grouped { start[hit.lexicon + 1] += 1 }
      // The running sum changes only after a family that occurs (a few of some 250): it is
      // taken over the set bits of `present` and written as runs of one value, not added up
      // slot by slot.
      var sum: Int32 = 0
      var from = 0
      for quarter in 0..<4 {
        var w = quarter == 0 ? bits.0 : quarter == 1 ? bits.1 : quarter == 2 ? bits.2 : bits.3
        while w != 0 {
          let at = (quarter << 6) + w.trailingZeroBitCount + 1
          w &= w &- 1
          if sum != 0 {
            UnsafeMutableBufferPointer(rebasing: start[from..<at]).update(repeating: sum)
          }
          sum += start[at]
          start[at] = sum
          from = at + 1
        }
      }
      if sum != 0 {
        UnsafeMutableBufferPointer(rebasing: start[from...]).update(repeating: sum)
      }
      grouped.withUnsafeMutableBufferPointer { grouped in
        withUnsafeTemporaryAllocation(of: PhraseHit.self, capacity: count) { found in
          _ = found.initialize(from: grouped)
          for k in stride(from: count - 1, through: 0, by: -1) {
            let hit = found[k]
            start[hit.lexicon + 1] -= 1
            grouped[Int(start[hit.lexicon + 1])] = hit
          }
        }
      }
      starts.append(contentsOf: start)
    }
    self.grouped = grouped
    self.groupStart = starts
  }

  @inline(__always)
  private func contains(slot: Int) -> Bool {
    // (Compiled without a branch: a conditional move picks the quarter's address.)
    let bit: UInt64 = 1 << UInt64(slot & 63)
    switch slot >> 6 {
    case 0: return present.0 & bit != 0
    case 1: return present.1 & bit != 0
    case 2: return present.2 & bit != 0
    default: return present.3 & bit != 0
    }
  }

  /// Occurrences of one family's phrases, ordered by end offset.
  public func hits(_ lexicon: Lexicon) -> ArraySlice<PhraseHit> {
    grouped[Int(groupStart[lexicon.slot + 1])..<Int(groupStart[lexicon.slot + 2])]
  }

  /// The family's hits that lie inside `start..<end`, in order. Hits are ordered by end offset
  /// and no phrase is longer than the family's longest, so this is a binary search, not a scan.
  public func hits(_ lexicon: Lexicon, within start: Int, _ end: Int) -> ArraySlice<PhraseHit> {
    let all = hits(lexicon)
    // First hit ending after `start`.
    var lo = all.startIndex
    var hi = all.endIndex
    while lo < hi {
      let mid = (lo + hi) / 2
      if all[mid].end <= start { lo = mid + 1 } else { hi = mid }
    }
    var last = lo
    while last < all.endIndex && all[last].end <= end { last += 1 }
    // Hits that end inside but start before `start` are skipped by the callers' filter.
    return all[lo..<last]
  }

  /// Whether any phrase of the family occurs.
  public func contains(_ lexicon: Lexicon) -> Bool { contains(slot: lexicon.slot) }

  /// The phrase of a hit, as its family writes it.
  public func word(_ hit: PhraseHit) -> String {
    words.phrases[hit.lexicon][hit.phrase]
  }

  /// The normalised scalars.
  public var scalars: [Unicode.Scalar] { normalized.scalars }

  /// The reply's comparison key (its content characters and their pairs), worked out once.
  public var key: ReplyKey {
    if let key = shared.key { return key }
    let key = ReplyKey(content: ScalarText.contentKey(normalized.scalars))
    shared.key = key
    return key
  }

  /// The reply cut into clauses (see `Punctuation`), once for every rule that reads them.
  var clauses: Clauses {
    if let clauses = shared.clauses { return clauses }
    let clauses = Clauses(normalized.scalars)
    shared.clauses = clauses
    return clauses
  }

  /// A finding over normalised offsets `start..<end`, mapped back to the original text.
  public func finding(
    _ rule: String, _ start: Int, _ end: Int, _ message: String, suggestion: String? = nil
  ) -> Finding {
    let r = normalized.originalRange(start, end)
    return Finding(rule: rule, start: r.start, end: r.end, message: message, suggestion: suggestion)
  }

  /// A finding over the whole reply.
  public func wholeFinding(_ rule: String, _ message: String, suggestion: String? = nil) -> Finding
  {
    Finding(
      rule: rule, start: 0, end: normalized.originalCount, message: message, suggestion: suggestion)
  }

  /// The original text behind normalised offsets `start..<end`.
  public func original(_ start: Int, _ end: Int) -> String {
    let r = normalized.originalRange(start, end)
    var out = String.UnicodeScalarView()
    var i = 0
    for s in text.unicodeScalars {
      if i >= r.end { break }
      if i >= r.start { out.append(s) }
      i += 1
    }
    return String(out)
  }
}

/// What is worked out once per reply and read by several rules: the rhetorical questions are
/// both the `rhetorical_question` rule's findings and a cue for the reception steps.
struct SharedReadings {
  var rhetorical: (buyer: [String], detections: [RhetoricalQuestionDetector.Detection])?
  /// The reply's clauses (`Punctuation.clause`), cut once.
  var clauses: Clauses?
  /// The reply's comparison key for `repeated_reply`, worked out once.
  var key: ReplyKey?
  /// Whether the reply checks the order with the buyer (`ReceptionFlowRule.isConfirming`).
  var confirming: Bool?
  /// Where the reply offers an extra purchase (`UpsellRule.offerSpan`), once asked.
  var offerSpan: Asked<UpsellRule.OfferSpan?> = .notYet
}

/// A reading worked out at most once per reply: not asked yet, or its answer (which may be nil).
enum Asked<Answer> {
  case notYet
  case answered(Answer)
}

/// The verdict on one reply: the fields of `check --jsonl` and what play and grading need.
public struct ReplyJudgement {
  public var text: String
  /// Reception steps the reply shows, in the flow's order.
  public var steps: [Step] = []
  public var findings: [Finding] = []
  public var rhetorical = false
  public var exclamations = 0
  public var exclamationOveruse = false
  public var upsell = false
  /// Banned phrases found, as written in the reply.
  public var forbidden: [String] = []
  /// Over the response-time limit (only when the response time is known).
  public var slow = false
  /// The order check is only promised for later (拍好后我帮您核对一下地址): the reply shows
  /// confirm, but the card quotes a later reply that reads the order back, when there is one.
  public var promisesCheck = false
  public init(text: String) { self.text = text }

  /// Whether a finding of this rule is present.
  public func broke(_ rule: String) -> Bool { findings.contains { $0.rule == rule } }
}

/// A rule of the rubric: one file each, registered in `RuleRegistry`.
public protocol Rule {
  var description: RuleDescription { get }
  /// Whether the judgement shows this rule firing — what a `triggers:` example must do and a
  /// `passes:` example must not. By default: a finding of the rule.
  func fires(_ judgement: ReplyJudgement) -> Bool
  /// Judges one reply, adding findings and setting its fields of the judgement.
  func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings, into: inout ReplyJudgement)
}

extension Rule {
  public func fires(_ judgement: ReplyJudgement) -> Bool { judgement.broke(description.id) }
}
