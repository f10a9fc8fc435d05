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

/// Typing speed over a session: characters typed per minute, from each reply's first keystroke
/// to sending it. Whitespace does not count. Nil when no reply has a first keystroke.
public enum TypingSpeed {
  public static func charactersPerMinute(_ messages: [TranscriptMessage]) -> Double? {
    var characters = 0
    var milliseconds = 0
    for m in messages where m.role == .seller {
      guard let first = m.firstKeyMs, m.ms > first else { continue }
      characters += m.text.filter { !$0.isWhitespace }.count
      milliseconds += m.ms - first
    }
    guard milliseconds > 0, characters > 0 else { return nil }
    return Double(characters) / (Double(milliseconds) / 60_000)
  }
}
