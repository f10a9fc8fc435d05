/// Turns the bytes a terminal sends into `KeyEvent`s. Feed it each chunk as `read()` returns it:
/// it keeps what a chunk ended in the middle of (a UTF-8 sequence split by a paste or an IME
/// burst, an escape sequence, a bracketed paste) and finishes it with the next chunk.
///
/// Invalid UTF-8 becomes U+FFFD, one replacement per maximal invalid subsequence (as
/// `String(decoding:as:)` does), and decoding carries on in step with the byte stream.
/// Unknown escape sequences are swallowed whole. Consecutive printable characters in one chunk
/// come out as a single `.text` event.
public struct KeyDecoder: Sendable {
  private enum State: Sendable {
    case ground
    /// Got ESC.
    case escape
    /// Got `ESC [`, collecting parameter and intermediate bytes.
    case csi([UInt8])
    /// Got `ESC O`.
    case ss3
    /// Inside a bracketed paste, collecting bytes until `ESC [ 201 ~`.
    case paste([UInt8])
  }

  private var state = State.ground
  /// A UTF-8 sequence begun but not finished: its bytes so far and how many it needs in all.
  private var partial: [UInt8] = []
  private var partialNeeds = 0
  /// The previous byte was CR, so an LF right after it is the same Enter.
  private var afterCR = false
  /// Printable text collected in this chunk, not yet emitted.
  private var text = String.UnicodeScalarView()
  private var events: [KeyEvent] = []

  private static let pasteEnd: [UInt8] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]  // ESC [ 201 ~
  /// A CSI sequence longer than this is garbage; drop it rather than eat input forever.
  private static let maxCSILength = 32

  public init() {}

  /// Whether bytes are held back waiting for the rest of a sequence.
  public var hasPending: Bool {
    if case .ground = state { return !partial.isEmpty }
    return true
  }

  /// Decodes one chunk of input.
  public mutating func decode<Bytes: Sequence>(_ bytes: Bytes) -> [KeyEvent]
  where Bytes.Element == UInt8 {
    for byte in bytes { feed(byte) }
    flushText()
    defer { events = [] }
    return events
  }

  /// Input went quiet (the read timed out): a lone ESC was the Escape key, and an escape
  /// sequence cut short is dropped. A split UTF-8 sequence and a paste stay pending.
  public mutating func flush() -> [KeyEvent] {
    switch state {
    case .escape:
      state = .ground
      return [.escape]
    case .csi, .ss3:
      state = .ground
      return []
    case .ground, .paste:
      return []
    }
  }

  /// Input ended (end of file): whatever is pending is finished as well as it can be.
  public mutating func finish() -> [KeyEvent] {
    var out = flush()
    if case .paste(let bytes) = state {
      state = .ground
      out.append(.paste(Self.pasteText(bytes)))
    }
    if !partial.isEmpty {
      partial = []
      out.append(.text("\u{FFFD}"))
    }
    return out
  }

  // MARK: - Bytes

  private mutating func feed(_ byte: UInt8) {
    switch state {
    case .ground:
      ground(byte)
    case .escape:
      escape(byte)
    case .csi(var params):
      if byte >= 0x40 && byte <= 0x7E {
        state = .ground
        csi(params, final: byte)
      } else if byte >= 0x20 && byte <= 0x3F && params.count < Self.maxCSILength {
        params.append(byte)
        state = .csi(params)
      } else {
        // Not a CSI byte: the sequence was broken; drop it and read the byte afresh.
        state = .ground
        ground(byte)
      }
    case .ss3:
      state = .ground
      switch byte {
      case 0x41: emit(.up)
      case 0x42: emit(.down)
      case 0x43: emit(.right)
      case 0x44: emit(.left)
      case 0x48: emit(.home)
      case 0x46: emit(.end)
      case 0x4D: emit(.enter)  // keypad Enter in application mode
      default: break
      }
    case .paste(var bytes):
      bytes.append(byte)
      if bytes.count >= Self.pasteEnd.count
        && bytes.suffix(Self.pasteEnd.count).elementsEqual(Self.pasteEnd)
      {
        bytes.removeLast(Self.pasteEnd.count)
        state = .ground
        emit(.paste(Self.pasteText(bytes)))
      } else {
        state = .paste(bytes)
      }
    }
  }

  private mutating func ground(_ byte: UInt8) {
    let wasAfterCR = afterCR
    afterCR = false
    if byte >= 0x80 || !partial.isEmpty {
      utf8(byte)
      return
    }
    switch byte {
    case 0x20..<0x7F: text.append(Unicode.Scalar(byte))
    case 0x0D:
      afterCR = true
      emit(.enter)
    case 0x0A: if !wasAfterCR { emit(.enter) }
    case 0x7F, 0x08: emit(.backspace)
    case 0x09: emit(.tab)
    case 0x01: emit(.home)
    case 0x02: emit(.left)
    case 0x03: emit(.interrupt)
    case 0x04: emit(.endOfInput)
    case 0x05: emit(.end)
    case 0x06: emit(.right)
    case 0x0B: emit(.killToEnd)
    case 0x0C: emit(.redraw)
    case 0x0E: emit(.nextChat)
    case 0x15: emit(.clearLine)
    case 0x17: emit(.deleteWord)
    case 0x1B:
      flushText()
      state = .escape
    default: break  // other control bytes mean nothing to a chat reply
    }
  }

  private mutating func escape(_ byte: UInt8) {
    state = .ground
    switch byte {
    case 0x5B: state = .csi([])  // [
    case 0x4F: state = .ss3  // O
    case 0x62: emit(.wordLeft)  // Alt-B
    case 0x66: emit(.wordRight)  // Alt-F
    case 0x7F, 0x08: emit(.deleteWord)  // Alt-Backspace
    case 0x1B:
      emit(.escape)
      state = .escape
    default:
      emit(.escape)
      ground(byte)
    }
  }

  private mutating func csi(_ params: [UInt8], final: UInt8) {
    let fields = String(decoding: params, as: UTF8.self).split(
      separator: ";", omittingEmptySubsequences: false)
    let first = fields.first.flatMap { Int($0) }
    // `ESC [ 1 ; 5 C`: a modifier (5 Ctrl, 3 Alt) turns an arrow into a word move.
    let modifier = fields.count > 1 ? Int(fields[1]) ?? 1 : 1
    let byWord = modifier != 1
    switch final {
    case 0x41: emit(.up)
    case 0x42: emit(.down)
    case 0x43: emit(byWord ? .wordRight : .right)
    case 0x44: emit(byWord ? .wordLeft : .left)
    case 0x48: emit(.home)
    case 0x46: emit(.end)
    case 0x5A: emit(.backTab)
    case 0x7E:
      switch first {
      case 1, 7: emit(.home)
      case 4, 8: emit(.end)
      case 3: emit(.delete)
      case 200: state = .paste([])
      default: break  // Insert, Page Up/Down, function keys, a stray paste end
      }
    default: break
    }
  }

  // MARK: - UTF-8

  private mutating func utf8(_ byte: UInt8) {
    if partial.isEmpty {
      switch byte {
      case 0xC2...0xDF: partialNeeds = 2
      case 0xE0...0xEF: partialNeeds = 3
      case 0xF0...0xF4: partialNeeds = 4
      default:
        text.append("\u{FFFD}")  // a stray continuation byte or a byte never valid in UTF-8
        return
      }
      partial = [byte]
      return
    }
    if Self.isValidContinuation(byte, after: partial) {
      partial.append(byte)
      if partial.count == partialNeeds {
        if let scalar = Self.scalar(partial) {
          text.append(scalar)
        } else {
          text.append("\u{FFFD}")
        }
        partial = []
      }
      return
    }
    // The sequence was cut short: replace what we had, then read this byte afresh.
    partial = []
    text.append("\u{FFFD}")
    ground(byte)
  }

  /// Whether `byte` may follow `prefix`; the second byte's range excludes overlong forms,
  /// surrogates and code points past U+10FFFF.
  private static func isValidContinuation(_ byte: UInt8, after prefix: [UInt8]) -> Bool {
    if prefix.count == 1 {
      switch prefix[0] {
      case 0xE0: return (0xA0...0xBF).contains(byte)
      case 0xED: return (0x80...0x9F).contains(byte)
      case 0xF0: return (0x90...0xBF).contains(byte)
      case 0xF4: return (0x80...0x8F).contains(byte)
      default: break
      }
    }
    return (0x80...0xBF).contains(byte)
  }

  private static func scalar(_ bytes: [UInt8]) -> Unicode.Scalar? {
    var value: UInt32
    switch bytes.count {
    case 2: value = UInt32(bytes[0] & 0x1F)
    case 3: value = UInt32(bytes[0] & 0x0F)
    default: value = UInt32(bytes[0] & 0x07)
    }
    for b in bytes.dropFirst() { value = value << 6 | UInt32(b & 0x3F) }
    return Unicode.Scalar(value)
  }

  // MARK: - Output

  private mutating func emit(_ event: KeyEvent) {
    flushText()
    events.append(event)
  }

  private mutating func flushText() {
    guard !text.isEmpty else { return }
    events.append(.text(String(text)))
    text = String.UnicodeScalarView()
  }

  /// A reply is one line: line breaks and tabs in pasted text become single spaces, other
  /// control characters are dropped, invalid UTF-8 becomes U+FFFD.
  static func pasteText(_ bytes: [UInt8]) -> String {
    let decoded = String(decoding: bytes, as: UTF8.self)
    var out = String.UnicodeScalarView()
    var lastWasBreak = false
    for scalar in decoded.unicodeScalars {
      switch scalar.value {
      case 0x0D, 0x0A, 0x09:
        if !lastWasBreak { out.append(" ") }
        lastWasBreak = true
        continue
      case 0..<0x20, 0x7F: continue
      default: out.append(scalar)
      }
      lastWasBreak = false
    }
    return String(out)
  }
}
