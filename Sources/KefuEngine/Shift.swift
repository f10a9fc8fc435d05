import KefuRubric
import KefuScenario
import KefuText

/// A 班次 (`kefu shift`): several buyers served at once, each a full `Session`, all on one clock.
/// Buyers arrive staggered (the first at once, then every `everyMilliseconds`); each buyer's
/// lines appear on the shared clock whether or not the seller is looking at that chat, and each
/// reply is timed from the moment the buyer's message appeared. A buyer kept waiting walks away
/// (see `walkAwayMilliseconds`). It never prints and never reads the time except through the
/// clock; `advance(to:on:)` moves a manual clock through every event in order, so a scripted
/// shift is exact to the millisecond.
public final class Shift {
  /// How buyers behave between messages.
  public enum Pacing: Equatable {
    /// Scripts and tests: a buyer answers at once, buyers arrive exactly on schedule.
    case scripted
    /// Live play: a buyer takes a short, human pause before answering (drawn from their seed),
    /// and when no chat has had anything to do for `quietMilliseconds` the next buyer comes early.
    case live(quietMilliseconds: Int)
  }

  /// One buyer of the shift.
  public final class Buyer {
    /// 1-based, in arrival order.
    public let number: Int
    public let scenario: Scenario
    public let seed: UInt64
    /// When the buyer arrived, milliseconds since the shift began; nil until then.
    public fileprivate(set) var arrivalMilliseconds: Int?
    /// The buyer's session, from their arrival.
    public fileprivate(set) var session: Session?
    /// The buyer gave up waiting for a reply and left.
    public fileprivate(set) var walkedAway = false
    /// When the buyer's next lines appear (absolute clock ms), while they are "typing".
    public fileprivate(set) var speaksAt: Int?
    /// The longest the buyer waited for a reply so far, answered or not (ms).
    public fileprivate(set) var longestWaitMilliseconds = 0
    fileprivate var generator: SplitMix64

    init(number: Int, scenario: Scenario, seed: UInt64) {
      self.number = number
      self.scenario = scenario
      self.seed = seed
      self.generator = SplitMix64(seed: seed)
    }

    public var hasArrived: Bool { session != nil }
    public var isOver: Bool { session?.isOver ?? false }
    /// Waiting for the seller's reply now.
    public var isWaiting: Bool {
      if case .sellerTurn? = session?.state { return true }
      return false
    }
  }

  /// Something that happened on the shift's clock.
  public enum Event: Equatable {
    case arrived(buyer: Int, lines: [String])
    case said(buyer: Int, lines: [String])
    case walkedAway(buyer: Int)
  }

  public let clock: SessionClock
  public let rubric: Rubric
  public let pacing: Pacing
  public let everyMilliseconds: Int
  public private(set) var buyers: [Buyer]
  /// The shift's start on the clock.
  public let startMilliseconds: Int

  /// When the last arrival happened (shift ms), for the next one's schedule.
  private var lastArrival = 0
  /// Since when no chat has been waiting for the seller or about to speak (absolute ms).
  private var quietSince: Int?
  /// What happened outside `step()` (a scripted buyer answering at once), for its next call.
  private var pending: [Event] = []

  public init(
    scenarios: [Scenario], seeds: [UInt64], rubric: Rubric, clock: SessionClock,
    everyMilliseconds: Int = 20_000, pacing: Pacing = .scripted
  ) {
    precondition(scenarios.count == seeds.count, "one seed per buyer")
    self.clock = clock
    self.rubric = rubric
    self.pacing = pacing
    self.everyMilliseconds = max(0, everyMilliseconds)
    self.startMilliseconds = clock.nowMilliseconds
    self.buyers = zip(scenarios, seeds).enumerated().map {
      Buyer(number: $0.offset + 1, scenario: $0.element.0, seed: $0.element.1)
    }
  }

  /// Seeds for `count` buyers from one base seed (so the same file twice gets two seeds).
  public static func seeds(base: UInt64, count: Int) -> [UInt64] {
    var g = SplitMix64(seed: base)
    return (0..<count).map { _ in g.next() >> 11 }  // at most 2^53: exact in every JSON reader
  }

  /// Milliseconds since the shift began.
  public var elapsedMilliseconds: Int { clock.nowMilliseconds - startMilliseconds }

  /// The shift is over: every buyer has arrived and left or bought.
  public var isOver: Bool { buyers.allSatisfy { $0.isOver } }

  public func buyer(_ number: Int) -> Buyer? {
    buyers.indices.contains(number - 1) ? buyers[number - 1] : nil
  }

  // MARK: - Time

  /// The next buyer's arrival (absolute clock ms), if one is still to come.
  public var nextArrivalAt: Int? {
    guard let next = buyers.first(where: { !$0.hasArrived }) else { return nil }
    if next.number == 1 { return startMilliseconds }
    var at = startMilliseconds + lastArrival + everyMilliseconds
    if case .live(let quiet) = pacing, let since = quietSince { at = min(at, since + quiet) }
    return at
  }

  /// When the next thing happens by itself (absolute clock ms): an arrival, a buyer's lines, a
  /// buyer walking away.
  public var nextEventAt: Int? {
    var times: [Int] = []
    if let a = nextArrivalAt { times.append(a) }
    for b in buyers {
      if let s = b.speaksAt { times.append(s) }
      if let w = walkAwayAt(b) { times.append(w) }
    }
    return times.min()
  }

  /// Handles everything due by now, in time order as far as the clock allows. Call it after the
  /// clock moved (each tick in live play).
  @discardableResult
  public func step() -> [Event] {
    var events = pending
    pending = []
    let now = clock.nowMilliseconds
    var progressed = true
    while progressed {
      progressed = false
      for b in buyers {
        if let w = walkAwayAt(b), now >= w {
          // They waited exactly their allowance, however late the tick that noticed it.
          b.longestWaitMilliseconds = max(b.longestWaitMilliseconds, walkAwayMilliseconds(b) ?? 0)
          b.session?.buyerEnds(.lost)
          b.walkedAway = true
          events.append(.walkedAway(buyer: b.number))
          progressed = true
        }
        if let s = b.speaksAt, now >= s, let session = b.session {
          b.speaksAt = nil
          let lines = session.startBuyerTurn()
          events.append(.said(buyer: b.number, lines: lines))
          progressed = true
        }
      }
      if let a = nextArrivalAt, now >= a {
        events.append(arrive())
        progressed = true
      }
    }
    updateQuiet()
    return events
  }

  /// Moves a manual clock to `absolute` ms, stopping at every event on the way so each happens
  /// at its own time.
  @discardableResult
  public func advance(to absolute: Int, on clock: ManualClock) -> [Event] {
    var events = step()
    while let next = nextEventAt, next <= absolute, next > clock.nowMilliseconds {
      clock.set(milliseconds: next)
      events += step()
    }
    clock.set(milliseconds: absolute)
    return events + step()
  }

  private func arrive() -> Event {
    let b = buyers.first { !$0.hasArrived }!
    let session = Session(scenario: b.scenario, rubric: rubric, clock: clock, seed: b.seed)
    b.session = session
    b.arrivalMilliseconds = elapsedMilliseconds
    lastArrival = elapsedMilliseconds
    let lines = session.startBuyerTurn()
    return .arrived(buyer: b.number, lines: lines)
  }

  private func updateQuiet() {
    let busy = buyers.contains { $0.isWaiting || $0.speaksAt != nil }
    if busy {
      quietSince = nil
    } else if quietSince == nil {
      quietSince = clock.nowMilliseconds
    }
  }

  // MARK: - Waiting

  /// How long a waiting buyer waits before walking away: the limit, then one more limit for each
  /// slow reply their remaining patience would still take (a buyer with 3 patience left and the
  /// 6 s limit leaves after 24 s; an impatient persona, whose slowness costs 2, after 18 s; one
  /// who takes slowness lightly, whose slowness costs nothing, after 42 s).
  public func walkAwayMilliseconds(_ b: Buyer) -> Int? {
    guard let session = b.session, b.isWaiting else { return nil }
    let slowCost = b.scenario.persona?.slowCost ?? 1
    // A persona that takes slowness lightly (slowCost 0) waits twice as many limits.
    let tolerated =
      slowCost <= 0 ? 2 * session.patienceLeft : (session.patienceLeft + slowCost - 1) / slowCost
    return session.limitMilliseconds * (1 + max(1, tolerated))
  }

  /// The absolute time a waiting buyer walks away after (nil when not waiting).
  func walkAwayAt(_ b: Buyer) -> Int? {
    guard let allowance = walkAwayMilliseconds(b), let session = b.session else { return nil }
    return clock.nowMilliseconds - session.waitingMilliseconds + allowance
  }

  private func noteWait(_ b: Buyer) {
    guard let session = b.session, b.isWaiting else { return }
    b.longestWaitMilliseconds = max(b.longestWaitMilliseconds, session.waitingMilliseconds)
  }

  // MARK: - Replies

  /// The seller replies in buyer `number`'s chat: judged with the other chats of this moment,
  /// timed from that buyer's message. Nil when that buyer is not waiting for a reply.
  @discardableResult
  public func reply(to number: Int, _ text: String) -> Session.ReplyResult? {
    guard let b = buyer(number), let session = b.session, b.isWaiting else { return nil }
    noteWait(b)
    session.otherChats = otherChats(for: number, atShift: elapsedMilliseconds)
    guard let result = session.reply(text) else { return nil }
    if case .buyerTurn = session.state {
      switch pacing {
      case .scripted:
        pending.append(.said(buyer: number, lines: session.startBuyerTurn()))
      case .live:
        b.speaksAt = clock.nowMilliseconds + Self.typingPause(session.currentNode, &b.generator)
      }
    }
    updateQuiet()
    return result
  }

  /// The seller's first key in a chat (for typing speed).
  public func noteKeystroke(in number: Int) { buyer(number)?.session?.noteKeystroke() }

  /// A buyer's pause before answering in live play: about as long as typing their lines takes,
  /// 1.5 to 5 seconds, give or take a second.
  static func typingPause(_ node: Node?, _ g: inout SplitMix64) -> Int {
    let chars = node?.lines.reduce(0) { $0 + $1.text.count } ?? 10
    let base = min(4000, 1000 + chars * 120)
    return base + Int(g.next() % 1000)
  }

  /// Stops every buyer's session (Ctrl-C, a script that ran out): those not at an end are
  /// unfinished. A buyer about to speak says their lines first, as `play` does.
  public func interrupt() {
    for b in buyers {
      noteWait(b)
      guard let session = b.session, !session.isOver else { continue }
      b.speaksAt = nil
      if case .buyerTurn = session.state { session.startBuyerTurn() }
      session.interrupt()
    }
  }

  // MARK: - Other chats

  /// What the other chats of the shift look like to buyer `number`'s chat at a shift time.
  public func otherChats(for number: Int, atShift ms: Int) -> [OtherChat] {
    neighbours(of: number).compactMap { $0.chat(atShift: ms) }
  }

  /// The other arrived buyers' products and what they said, with shift times: a buyer's record
  /// keeps them so `crossed_chats` is judged again the same way.
  public func neighbours(of number: Int) -> [ShiftNeighbour] {
    buyers.filter { $0.number != number }.compactMap { b in
      guard let session = b.session, let arrival = b.arrivalMilliseconds else { return nil }
      return ShiftNeighbour(
        buyer: b.number, product: b.scenario.product, addons: b.scenario.addons.map(\.names),
        said: session.messages.filter { $0.role == .buyer }.map {
          ShiftNeighbour.Line(ms: arrival + $0.ms, text: $0.text)
        })
    }
  }

  // MARK: - Summary

  /// The shift's figures (see `ShiftSummary`). Unanswered waits count up to now.
  public func summary() -> ShiftSummary {
    var longest = 0
    var whose: Int?
    var deals = 0
    var slow = 0
    var late = 0
    var walked = 0
    var leftWaiting = 0
    var crossed = 0
    var arrived = 0
    for b in buyers {
      guard let session = b.session else { continue }
      arrived += 1
      var wait = b.longestWaitMilliseconds
      if b.isWaiting { wait = max(wait, session.waitingMilliseconds) }
      if wait > longest {
        longest = wait
        whose = b.number
      }
      if session.outcome == .deal { deals += 1 }
      // As the grade counts them: late replies, and a wait past the limit when stopped.
      slow += session.grade().responses?.slow ?? 0
      late += session.turns.filter(\.judgement.slow).count
      if b.walkedAway { walked += 1 }
      if session.slowUnansweredSeconds != nil { leftWaiting += 1 }
      crossed += session.turns.filter { $0.judgement.broke("crossed_chats") }.count
    }
    return ShiftSummary(
      buyers: arrived, deals: deals, longestWaitMilliseconds: longest, longestWaitBuyer: whose,
      slow: slow, crossed: crossed, lateReplies: late, walkedAway: walked,
      leftWaiting: leftWaiting)
  }
}

/// The figures of a shift: buyers served (arrived), deals, the longest any buyer waited and
/// whose wait it was, slow responses as the grades count them, replies that mixed up the chats;
/// and the slow responses told apart: replies over the limit, buyers who walked away, buyers
/// still waiting past the limit when the shift was stopped.
public struct ShiftSummary: Equatable {
  public var buyers: Int
  public var deals: Int
  public var longestWaitMilliseconds: Int
  public var longestWaitBuyer: Int?
  /// As the grades count them: late replies, plus one for each buyer still waiting past the
  /// limit when the shift was stopped.
  public var slow: Int
  public var crossed: Int
  /// Replies sent over the limit.
  public var lateReplies: Int = 0
  /// Buyers who gave up waiting and left.
  public var walkedAway: Int = 0
  /// Buyers still waiting, past the limit, when the shift was stopped.
  public var leftWaiting: Int = 0
}

/// Another chat of a shift as a buyer's record keeps it: the other buyer's product and addons,
/// and what they said with shift times (milliseconds since the shift began).
public struct ShiftNeighbour: Equatable {
  public struct Line: Equatable {
    public var ms: Int
    public var text: String
    public init(ms: Int, text: String) {
      self.ms = ms
      self.text = text
    }
  }

  public var buyer: Int
  public var product: String?
  public var addons: [[String]]
  public var said: [Line]

  public init(buyer: Int, product: String?, addons: [[String]], said: [Line]) {
    self.buyer = buyer
    self.product = product
    self.addons = addons
    self.said = said
  }

  /// The chat as it stood at a shift time; nil before the buyer's first message.
  public func chat(atShift ms: Int) -> OtherChat? {
    let lines = said.filter { $0.ms <= ms }
    guard !lines.isEmpty else { return nil }
    return OtherChat(
      buyer: buyer, product: product, addons: addons, buyerMessages: lines.map(\.text))
  }
}
