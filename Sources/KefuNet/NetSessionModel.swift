import Foundation
import KefuEngine
import KefuRecords
import KefuRubric
import KefuScenario
import KefuText

/// The session of net play as both computers hold it: an engine `Session` on a manual clock,
/// moved only by `NetSessionEvent`s. The host builds each event from a player's move
/// (`buyerEvent`, `replyEvent`) and applies it; the joining side applies the same events as they
/// arrive, so both judge every reply identically and both can write the record.
///
/// Response time is measured on the seller's machine: the seller's screen notes the moment the
/// buyer's message is drawn and the moment Enter is pressed, and sends the difference. The
/// session clock stands still at the buyer's message until the reply event moves it on by exactly
/// that difference, so the record's `ms` values give the seller's own measurement back, and
/// network delay never counts against the seller.
public final class NetSessionModel {
  public let session: Session
  private let clock: ManualClock
  public private(set) var events: [NetSessionEvent] = []

  public init(scenario: Scenario, rubric: Rubric, seed: UInt64) {
    clock = ManualClock()
    session = Session(scenario: scenario, rubric: rubric, clock: clock, seed: seed)
  }

  /// The session time of the last event.
  public var nowMilliseconds: Int { clock.nowMilliseconds }

  /// Applies an event. False, and nothing changes, when it does not fit the session (not that
  /// player's turn, time going backwards, an empty or overlong text): the sender is broken.
  @discardableResult
  public func apply(_ event: NetSessionEvent) -> Bool {
    switch event {
    case .buyer(let lines, let ms):
      guard case .buyerTurn = session.state, ms >= clock.nowMilliseconds,
        ms <= SessionRecord.maxMilliseconds, !lines.isEmpty,
        lines.count <= NetProtocol.maxBuyerLines, lines.allSatisfy(NetText.isAcceptable)
      else { return false }
      clock.set(milliseconds: ms)
      session.startBuyerTurn(lines: lines)
    case .reply(let text, let ms, let firstKeyMs):
      guard case .sellerTurn = session.state, ms >= clock.nowMilliseconds,
        ms <= SessionRecord.maxMilliseconds, NetText.isAcceptable(text)
      else { return false }
      if let first = firstKeyMs {
        guard first >= clock.nowMilliseconds, first <= ms else { return false }
        clock.set(milliseconds: first)
        session.noteKeystroke()
      }
      clock.set(milliseconds: ms)
      session.reply(text)
    case .buyerEnd(let outcome):
      guard case .buyerTurn = session.state else { return false }
      session.buyerEnds(outcome)
    }
    events.append(event)
    return true
  }

  /// The host's event for the buyer speaking at session time `now` (nil lines: the node's
  /// suggested lines); nil when it is not the buyer's turn or the lines are not acceptable.
  public func buyerEvent(lines: [String]?, now: Int) -> NetSessionEvent? {
    guard case .buyerTurn = session.state, let node = session.currentNode else { return nil }
    let said = (lines ?? node.lines.map(\.text)).map { $0.trimmingCharacters(in: .whitespaces) }
    guard !said.isEmpty, said.allSatisfy(NetText.isAcceptable) else { return nil }
    return .buyer(lines: said, ms: max(now, clock.nowMilliseconds))
  }

  /// The host's event for the seller's reply, timed on the seller's machine (milliseconds from
  /// the buyer's message appearing there); nil when it is not the seller's turn or the figures
  /// are impossible.
  public func replyEvent(text: String, responseMs: Int, firstKeyMs: Int?) -> NetSessionEvent? {
    guard case .sellerTurn = session.state, NetText.isAcceptable(text),
      (0...86_400_000).contains(responseMs)
    else { return nil }
    if let first = firstKeyMs, !(0...responseMs).contains(first) { return nil }
    let shown = clock.nowMilliseconds
    // A record spans at most 30 days; a reply past that could not be read back.
    guard shown + responseMs <= SessionRecord.maxMilliseconds else { return nil }
    return .reply(text: text, ms: shown + responseMs, firstKeyMs: firstKeyMs.map { shown + $0 })
  }

  /// The events that replay a record's messages (a host resuming after it was stopped).
  public static func events(from messages: [TranscriptMessage]) -> [NetSessionEvent] {
    var out: [NetSessionEvent] = []
    var group: [TranscriptMessage] = []
    for m in messages {
      switch m.role {
      case .buyer: group.append(m)
      case .seller:
        if let last = group.last { out.append(.buyer(lines: group.map(\.text), ms: last.ms)) }
        group = []
        out.append(.reply(text: m.text, ms: m.ms, firstKeyMs: m.firstKeyMs))
      }
    }
    if let last = group.last { out.append(.buyer(lines: group.map(\.text), ms: last.ms)) }
    return out
  }
}

/// What text from the other computer may be: not empty, not too long, no control or
/// bidirectional-override characters (they would act on the partner's terminal).
public enum NetText {
  public static func isAcceptable(_ text: String) -> Bool {
    guard !text.trimmingCharacters(in: .whitespaces).isEmpty, !isTooLong(text) else {
      return false
    }
    return isClean(text)
  }

  /// The most bytes a text may take as a JSON string in a protocol line: a move that carries it
  /// stays within the line the host reads (`maxClientLine`), with room for the rest.
  public static let maxLineBytes = NetProtocol.maxClientLine - 512

  /// Longer than `maxTextCharacters`, or taking more than `maxLineBytes` on the wire: 2,000
  /// Chinese characters take 6 KB, but a family emoji (👨‍👩‍👧‍👦) is one character of 34 bytes
  /// written, so 1,000 of them would have been a line the host drops.
  public static func isTooLong(_ text: String) -> Bool {
    if text.utf8.count > maxLineBytes || text.count > NetProtocol.maxTextCharacters { return true }
    var written: [UInt8] = []
    JSONValue.writeString(text, to: &written)
    return written.count > maxLineBytes
  }

  /// A name from the other computer as it may be shown and recorded: control and bidi
  /// characters dropped, at most 40 characters.
  public static func cleaned(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars where isClean(String(s)) { out.append(s) }
    return String(String(out).prefix(40))
  }

  /// A player as both computers show and record them: name, id and class `cleaned`.
  public static func cleaned(_ player: RecordPlayer, role: ChatRole) -> RecordPlayer {
    RecordPlayer(
      name: cleaned(player.name), id: cleaned(player.id), className: cleaned(player.className),
      role: role)
  }

  /// Whether a player from the other computer is as `cleaned` leaves it.
  static func isCleaned(_ player: RecordPlayer) -> Bool {
    cleaned(player, role: player.role) == player
  }

  /// No control characters (C0, DEL, C1) and no bidi controls.
  public static func isClean(_ text: String) -> Bool {
    !text.unicodeScalars.contains { s in
      switch s.value {
      case 0..<0x20, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
        return true
      default: return false
      }
    }
  }
}
