import Foundation
import KefuRubric
import KefuScenario
import KefuText

/// A played session: a state machine over a scenario. The buyer's lines are shown, the seller
/// replies, the rubric judges the reply, the first matching branch picks the next node, until an
/// `end` or the buyer's patience runs out. Time comes from the injected clock. It never prints.
///
/// Solo play: `startBuyerTurn()` (scripted lines), then `reply(_:)`, repeated while
/// `state == .sellerTurn`. Pair play passes the buyer student's own lines to `startBuyerTurn`.
public final class Session {
  /// Whose move it is.
  public enum State: Equatable {
    /// The buyer is about to speak at `node`.
    case buyerTurn(node: String)
    /// The buyer has spoken; the seller's reply is timed from the last buyer message.
    case sellerTurn(node: String)
    case ended(Outcome)
  }

  /// Why a session ended.
  public enum EndReason: Equatable {
    /// A branch led to `end 成交` / `end 流失`.
    case branch
    /// The buyer's patience ran out.
    case patience
    /// The buyer player ended it (pair play).
    case buyer
    /// It was stopped before its end (Ctrl-C, a closed terminal, a script that ran out).
    case interrupted
  }

  /// What happened after a reply.
  public struct ReplyResult {
    public var judgement: ReplyJudgement
    /// What this reply cost the buyer's patience.
    public var patienceCost: Int
    /// The session's state after the reply.
    public var state: State
  }

  public let scenario: Scenario
  public let rubric: Rubric
  public let clock: SessionClock
  /// Recorded with the session; the engine currently draws no random numbers.
  public let seed: UInt64
  /// The response-time limit in milliseconds (`ReplyLimit.resolve`: the one it was played under
  /// when replaying a record, else the scenario's `limit:`, else the rubric's).
  public let limitMilliseconds: Int

  public private(set) var state: State
  public private(set) var endReason: EndReason?
  public private(set) var messages: [TranscriptMessage] = []
  public private(set) var turns: [Turn] = []
  public private(set) var patienceSpent = 0
  /// When the session was stopped before its end: milliseconds since it started.
  public private(set) var stoppedMilliseconds: Int?
  /// When it was stopped while the buyer waited for a reply: how long they had waited (ms).
  public private(set) var unansweredMilliseconds: Int?
  /// The other chats open at the same time (`kefu shift`), as the next reply is judged with.
  public var otherChats: [OtherChat] = []

  private let startMilliseconds: Int
  /// The scenario's addons as the rubric takes them (names, then aliases), made once.
  private let addonNames: [[String]]
  /// When the buyer's last message appeared (absolute clock ms), while waiting for the seller.
  private var buyerShownAt: Int?
  private var firstKeyAt: Int?
  private var buyerMessagesSinceReply: [String] = []
  private var history: [ChatLine] = []
  /// The comparison keys of the seller's replies so far (`repeated_reply` reads them), kept as
  /// each reply is judged instead of worked out again from `history` for every reply.
  private var sellerKeys: [ReplyKey] = []

  /// `playedLimitSeconds`: when replaying a record, the limit it was played under (its
  /// `limit_s`), which wins over the scenario's and the rubric's.
  public init(
    scenario: Scenario, rubric: Rubric, clock: SessionClock, seed: UInt64 = 0,
    playedLimitSeconds: Double? = nil
  ) {
    self.scenario = scenario
    self.rubric = rubric
    self.clock = clock
    self.seed = seed
    let limit = ReplyLimit.resolve(
      played: playedLimitSeconds, scenario: scenario.limitSeconds,
      rubric: rubric.settings.limitSeconds)
    self.limitMilliseconds = ReplyLimit.milliseconds(limit)
    self.startMilliseconds = clock.nowMilliseconds
    self.addonNames = scenario.addons.map(\.names)
    if let start = scenario.start {
      state = .buyerTurn(node: start.name)
    } else {
      state = .ended(.unfinished)
      endReason = .interrupted
    }
  }

  /// The response-time limit in seconds.
  public var limitSeconds: Double { Double(limitMilliseconds) / 1000 }

  /// The buyer's patience budget.
  public var patience: Int { scenario.patience }

  /// Patience the buyer has left.
  public var patienceLeft: Int { max(0, patience - patienceSpent) }

  public var isOver: Bool {
    if case .ended = state { return true }
    return false
  }

  /// The node the session is at, while it is running.
  public var currentNode: Node? {
    switch state {
    case .buyerTurn(let name), .sellerTurn(let name): return scenario.node(named: name)
    case .ended: return nil
    }
  }

  /// Milliseconds since the session started.
  public var elapsedMilliseconds: Int { clock.nowMilliseconds - startMilliseconds }

  /// The longest a session may run: 30 days, in milliseconds, the most a record may hold. A turn
  /// that comes later stops the session there as unfinished (`stoppedMilliseconds` is this).
  public static let maxMilliseconds = 30 * 24 * 3600 * 1000

  /// The session has run past `maxMilliseconds` (a terminal left open over a holiday, a
  /// script of day-long waits): it takes no more turns.
  public var isPastSpan: Bool { elapsedMilliseconds > Self.maxMilliseconds }

  /// Milliseconds the seller has been taking over the current reply (0 when not their turn).
  public var waitingMilliseconds: Int {
    guard case .sellerTurn = state, let shown = buyerShownAt else { return 0 }
    return clock.nowMilliseconds - shown
  }

  /// The buyer speaks: the node's scripted lines, or in pair play the lines the buyer student
  /// typed. Returns the lines said. Does nothing unless it is the buyer's turn.
  @discardableResult
  public func startBuyerTurn(lines: [String]? = nil) -> [String] {
    guard case .buyerTurn(let name) = state, let node = scenario.node(named: name) else {
      return []
    }
    if isPastSpan {
      interrupt()
      return []
    }
    let said = lines ?? node.lines.map(\.text)
    let now = clock.nowMilliseconds
    for line in said {
      messages.append(TranscriptMessage(role: .buyer, text: line, ms: now - startMilliseconds))
      history.append(ChatLine(role: .buyer, text: line))
      buyerMessagesSinceReply.append(line)
    }
    buyerShownAt = now
    firstKeyAt = nil
    state = .sellerTurn(node: name)
    return said
  }

  /// The seller pressed the first key of a reply (for typing speed). Later calls are ignored.
  public func noteKeystroke() {
    guard case .sellerTurn = state, firstKeyAt == nil else { return }
    firstKeyAt = clock.nowMilliseconds
  }

  /// The seller sends a reply: it is timed, judged, costs patience if penalised, and the first
  /// matching branch picks what comes next. Nil when it is not the seller's turn, or when the
  /// session has run past `maxMilliseconds` (it is then stopped, unfinished, without the reply).
  @discardableResult
  public func reply(_ text: String) -> ReplyResult? {
    guard case .sellerTurn(let name) = state, let node = scenario.node(named: name) else {
      return nil
    }
    if isPastSpan {
      interrupt()
      return nil
    }
    let now = clock.nowMilliseconds
    let responseMs = now - (buyerShownAt ?? now)
    let replied = rubric.reply(text)
    let turn = ReplyStep.judge(
      replied, buyerMessages: buyerMessagesSinceReply, history: history, sellerKeys: sellerKeys,
      responseMs: responseMs, limitSeconds: limitSeconds, product: scenario.product,
      addons: addonNames, otherChats: otherChats, rubric: rubric)
    sellerKeys.append(replied.key)
    let judgement = turn.judgement
    turns.append(turn)
    messages.append(
      TranscriptMessage(
        role: .seller, text: text, ms: now - startMilliseconds,
        firstKeyMs: firstKeyAt.map { $0 - startMilliseconds }))
    history.append(ChatLine(role: .seller, text: text))
    buyerMessagesSinceReply = []
    buyerShownAt = nil
    firstKeyAt = nil

    let cost = patienceCost(of: judgement)
    patienceSpent += cost
    if cost > 0 && patienceSpent >= patience {
      finish(.lost, reason: .patience)
    } else {
      let branch = BranchMatcher.branch(of: node, for: judgement, normalized: replied.scalars)
      switch branch?.target {
      case .end(let outcome)?:
        if let parting = branch?.partingLine { buyerSays(parting) }
        finish(outcome == .deal ? .deal : .lost, reason: .branch)
      case .node(let next)?: state = .buyerTurn(node: next)
      case nil: state = .buyerTurn(node: name)  // no branch matched: the buyer asks again
      }
    }
    return ReplyResult(judgement: judgement, patienceCost: cost, state: state)
  }

  /// The buyer's parting line as the session ends (`end 流失: 台词`): a message of the
  /// transcript, never waited for.
  private func buyerSays(_ line: String) {
    let now = clock.nowMilliseconds
    messages.append(TranscriptMessage(role: .buyer, text: line, ms: now - startMilliseconds))
    history.append(ChatLine(role: .buyer, text: line))
  }

  /// The buyer player ends the session (pair play).
  public func buyerEnds(_ outcome: EndOutcome) {
    guard !isOver else { return }
    finish(outcome == .deal ? .deal : .lost, reason: .buyer)
  }

  /// Stops the session before its end: it is recorded as unfinished. A buyer left waiting
  /// past the limit counts as one more slow reply in the grade.
  /// Past `maxMilliseconds` it stops at the span's end, and a wait counts up to there.
  public func interrupt() {
    guard !isOver else { return }
    let stop = min(elapsedMilliseconds, Self.maxMilliseconds)
    if case .sellerTurn = state, let shown = buyerShownAt {
      unansweredMilliseconds = startMilliseconds + stop - shown
    }
    stoppedMilliseconds = stop
    finish(.unfinished, reason: .interrupted)
  }

  /// The wait of a buyer left unanswered at the stop, in seconds, when it was past the limit.
  public var slowUnansweredSeconds: Double? {
    guard let ms = unansweredMilliseconds,
      ReplyLimit.isSlow(milliseconds: ms, limitMilliseconds: limitMilliseconds)
    else { return nil }
    return Double(ms) / 1000
  }

  /// The outcome, `unfinished` while running.
  public var outcome: Outcome {
    if case .ended(let o) = state { return o }
    return .unfinished
  }

  /// The session's grade, computed from its turns.
  public func grade() -> Grade {
    rubric.grade(
      turns, outcome: outcome, addons: addonNames, sales: scenario.offersSales,
      product: scenario.product, unansweredSeconds: slowUnansweredSeconds,
      limitSeconds: limitSeconds)
  }

  /// What a judged reply costs the buyer's patience: one penalised reply costs once, the most
  /// that any of its faults costs. The rubric's `patience_<id>` says whether a fault costs
  /// patience at all (0: never); the persona says how much for the two faults it has a view on
  /// (slowness: `slowCost`, a rule that offends the buyer: `rudeCost`); any other rule costs the
  /// rubric's amount, as do those two when the scenario has no persona. Session-level verdicts
  /// (the flow's order, exclamation marks over the whole session) are found only when grading
  /// and cost no patience.
  func patienceCost(of judgement: ReplyJudgement) -> Int {
    var cost = 0
    let slowCost = rubric.settings.patienceCost("response_time")
    if judgement.slow && slowCost > 0 { cost = max(cost, scenario.persona?.slowCost ?? slowCost) }
    for finding in judgement.findings {
      guard let d = rubric.description(ofRule: finding.rule) else { continue }
      if d.id == "response_time" { continue }  // slowness is costed above
      let ruleCost = rubric.settings.patienceCost(d.id)
      if ruleCost > 0 {
        cost = max(cost, d.offendsBuyer ? (scenario.persona?.rudeCost ?? ruleCost) : ruleCost)
      }
    }
    return cost
  }

  private func finish(_ outcome: Outcome, reason: EndReason) {
    state = .ended(outcome)
    endReason = reason
  }
}

/// Picks the branch a reply takes: the first whose condition holds.
public enum BranchMatcher {
  public static func target(of node: Node, for judgement: ReplyJudgement) -> Target? {
    branch(of: node, for: judgement)?.target
  }

  /// The branch taken, with its target and any parting line.
  public static func branch(of node: Node, for judgement: ReplyJudgement) -> Branch? {
    node.firstMatchingBranch(
      normalizedReply: TextNormalizer.normalize(judgement.text), facts: facts(judgement))
  }

  /// `branch(of:for:)` with the reply's normalised scalars as the rubric read them
  /// (`Reply.scalars`, the same as `TextNormalizer.scalars` of its text): not normalised again.
  public static func branch(
    of node: Node, for judgement: ReplyJudgement, normalized: [Unicode.Scalar]
  ) -> Branch? {
    node.firstMatchingBranch(normalizedScalars: normalized, facts: facts(judgement))
  }

  /// What branch conditions may ask of a judged reply. A rule counts as broken when it left a
  /// finding, or set its own verdict (slowness, a rhetorical question, exclamation overuse).
  public static func facts(_ judgement: ReplyJudgement) -> ReplyFacts {
    var broken = Set(judgement.findings.map(\.rule))
    if judgement.slow { broken.insert("response_time") }
    if judgement.rhetorical { broken.insert("rhetorical_question") }
    if judgement.exclamationOveruse { broken.insert("exclamation_overuse") }
    return ReplyFacts(
      steps: Set(judgement.steps), brokenRules: broken, slow: judgement.slow,
      upsell: judgement.upsell)
  }
}
