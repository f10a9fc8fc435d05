import KefuRubric
import KefuScenario
import KefuText

/// Re-creating a session from its messages, so a grade is always recomputed, never trusted.
public enum Replay {
  /// Replays a record's messages through the scenario on a manual clock. Buyer messages are
  /// replayed as recorded (pair play lets the buyer say their own lines); each seller message
  /// at its recorded time. A session the messages do not bring to an end is unfinished, unless
  /// the buyer player ended it (`buyerEnd`). `stoppedMs`: when an unfinished session was
  /// stopped, so a buyer left waiting is timed as in play. `playedLimitSeconds`: the limit the
  /// session was played under (a record's `limit_s`); it wins over the scenario's and the
  /// rubric's, so a record grades the same whether or not its scenario is found. In a shift,
  /// `otherChats` gives the other chats as they stood at a time (milliseconds since this session
  /// started), for each reply.
  public static func run(
    scenario: Scenario, messages: [TranscriptMessage], rubric: Rubric, buyerEnd: EndOutcome? = nil,
    stoppedMs: Int? = nil, playedLimitSeconds: Double? = nil,
    otherChats: ((Int) -> [OtherChat])? = nil
  ) -> Session {
    let clock = ManualClock()
    let session = Session(
      scenario: scenario, rubric: rubric, clock: clock, playedLimitSeconds: playedLimitSeconds)
    var buyerGroup: [TranscriptMessage] = []
    func speakBuyer() {
      guard case .buyerTurn = session.state else { return }
      // Timed from the first of the buyer's lines not yet answered (in play they all appear at
      // once; in a hand-made record they may not), as a record without its scenario is timed.
      if let first = buyerGroup.first { clock.set(milliseconds: first.ms) }
      session.startBuyerTurn(lines: buyerGroup.isEmpty ? nil : buyerGroup.map(\.text))
      buyerGroup = []
    }
    for message in messages {
      if session.isOver { break }
      switch message.role {
      case .buyer:
        buyerGroup.append(message)
      case .seller:
        speakBuyer()
        if let first = message.firstKeyMs {
          clock.set(milliseconds: first)
          session.noteKeystroke()
        }
        clock.set(milliseconds: message.ms)
        if let otherChats { session.otherChats = otherChats(message.ms) }
        session.reply(message.text)
      }
    }
    if !session.isOver {
      if !buyerGroup.isEmpty { speakBuyer() }
      if let buyerEnd {
        session.buyerEnds(buyerEnd)
      } else {
        if let stoppedMs, stoppedMs >= clock.nowMilliseconds { clock.set(milliseconds: stoppedMs) }
        session.interrupt()
      }
    }
    return session
  }

  /// Grades a transcript that has no scenario to walk (a real shop chat log). Each seller reply
  /// is judged in its context; the first seller message after buyer messages is timed from the
  /// FIRST unanswered buyer message (the shop convention), further seller messages in a row are
  /// not timed. The outcome is the caller's.
  public static func gradeTranscript(
    _ messages: [TranscriptMessage], rubric: Rubric, limitSeconds: Double? = nil,
    product: String? = nil, addons: [[String]] = [], sales: Bool = true, outcome: Outcome,
    otherChats: ((Int) -> [OtherChat])? = nil
  ) -> (turns: [Turn], grade: Grade) {
    let limit = ReplyLimit.resolve(
      played: limitSeconds, scenario: nil, rubric: rubric.settings.limitSeconds)
    var turns: [Turn] = []
    var history: [ChatLine] = []
    // The seller's replies' comparison keys, kept as they are judged (see `Session`).
    var sellerKeys: [ReplyKey] = []
    var unanswered: [TranscriptMessage] = []
    for message in messages {
      switch message.role {
      case .buyer:
        unanswered.append(message)
      case .seller:
        let reply = rubric.reply(message.text)
        turns.append(
          ReplyStep.judge(
            reply, buyerMessages: unanswered.map(\.text), history: history,
            sellerKeys: sellerKeys, responseMs: unanswered.first.map { message.ms - $0.ms },
            limitSeconds: limit, product: product, addons: addons,
            otherChats: otherChats?(message.ms) ?? [], rubric: rubric))
        sellerKeys.append(reply.key)
        unanswered = []
      }
      history.append(ChatLine(role: message.role, text: message.text))
    }
    return (
      turns, rubric.grade(turns, outcome: outcome, addons: addons, sales: sales, product: product)
    )
  }
}
