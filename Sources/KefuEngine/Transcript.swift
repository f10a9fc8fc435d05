import KefuRubric

/// One chat message of a session as records store it.
public struct TranscriptMessage: Equatable {
  public var role: ChatRole
  public var text: String
  /// Milliseconds since the session started: when the message appeared (buyer) or was sent.
  public var ms: Int
  /// For seller messages: milliseconds since start of the first keystroke of this reply.
  public var firstKeyMs: Int?

  public init(role: ChatRole, text: String, ms: Int, firstKeyMs: Int? = nil) {
    self.role = role
    self.text = text
    self.ms = ms
    self.firstKeyMs = firstKeyMs
  }
}

/// Typing speed over a session: 汉字 a minute (the lab guide's measure), from each reply's first
/// keystroke to sending it. Nil when no reply has a first keystroke or no 汉字 was typed.
/// The record keeps only the first keystroke and the moment of sending, so a quick phrase
/// (Tab or `/N`) is recognised by its text: the 汉字 of each scenario `phrases` found in a reply
/// were not typed, and a reply that is nothing but phrases is left out with its time.
public enum TypingSpeed {
  /// Faster than this (汉字 a minute) nobody types: the reply was pasted, or an input method
  /// committed a stored phrase at once. Fast typists reach about 150.
  public static let humanMaxPerMinute = 300.0

  /// The seller's typing speed over the replies that were typed; nil when none was (or no
  /// keystroke times were recorded). Quick phrases are left out, and so is every reply that
  /// arrived faster than anyone types (see `pastedReplies`).
  public static func charactersPerMinute(
    _ messages: [TranscriptMessage], phrases: [String] = []
  ) -> Double? {
    var hanzi = 0
    var milliseconds = 0
    for (count, ms) in typed(messages, phrases: phrases) where !tooFast(count, ms) {
      hanzi += count
      milliseconds += ms
    }
    guard milliseconds > 0, hanzi > 0 else { return nil }
    return Double(hanzi) / (Double(milliseconds) / 60_000)
  }

  /// How many seller replies arrived faster than anyone types — a paste, or an input method
  /// committing a stored phrase: the card shows them as such, never as a speed.
  public static func pastedReplies(_ messages: [TranscriptMessage], phrases: [String] = []) -> Int {
    typed(messages, phrases: phrases).filter { tooFast($0.hanzi, $0.ms) }.count
  }

  static func tooFast(_ hanzi: Int, _ ms: Int) -> Bool {
    ms <= 0 || Double(hanzi) / (Double(ms) / 60_000) > humanMaxPerMinute
  }

  /// Each seller reply with keystroke times and 汉字 outside the quick phrases: its 汉字 count
  /// and the milliseconds from its first keystroke to sending.
  static func typed(_ messages: [TranscriptMessage], phrases: [String]) -> [(hanzi: Int, ms: Int)] {
    var out: [(hanzi: Int, ms: Int)] = []
    for m in messages where m.role == .seller {
      guard let first = m.firstKeyMs, m.ms >= first else { continue }
      var typed = m.text
      for phrase in phrases where !phrase.isEmpty {
        typed = typed.replacing(phrase, with: "")
      }
      let count = typed.unicodeScalars.filter(isHanzi).count
      guard count > 0 else { continue }
      out.append((count, m.ms - first))
    }
    return out
  }

  /// CJK unified ideographs (with extension A, compatibility ideographs and the supplementary
  /// planes).
  public static func isHanzi(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3FFFD: return true
    default: return false
    }
  }
}
