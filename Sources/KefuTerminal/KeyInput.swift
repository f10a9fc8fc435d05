/// The keys read from the terminal and not handled yet: bytes decoded as they arrive, a lone ESC
/// flushed after a quiet tick, the rest decoded when the input closes. The play screen and the
/// workbench read through it, so both treat the input the same way.
struct KeyInput {
  /// What stopped a read short of keys.
  enum Interruption: Equatable {
    case resized
    case signal(TerminalSignal)
    /// The input closed with nothing left to handle.
    case closed
  }

  private var decoder = KeyDecoder()
  private var pending: [KeyEvent] = []

  var isEmpty: Bool { pending.isEmpty }

  /// The next key not handled yet.
  mutating func next() -> KeyEvent? { pending.isEmpty ? nil : pending.removeFirst() }

  /// Reads once, for up to `timeout` seconds. When the input closes with keys still to handle,
  /// `.endOfInput` is queued after them and the read counts as keys, not as `.closed`.
  mutating func read(from backend: TerminalBackend, timeout: Double) -> Interruption? {
    switch backend.read(timeout: timeout) {
    case .bytes(let bytes): pending += decoder.decode(bytes)
    case .timeout: pending += decoder.flush()
    case .resized: return .resized
    case .signal(let signal): return .signal(signal)
    case .endOfFile:
      pending += decoder.finish()
      if pending.isEmpty { return .closed }
      pending.append(.endOfInput)
    }
    return nil
  }
}
