/// The seller's input line: key events in, the buffer and cursor out. A pure value type, so every
/// keystroke is a one-line test. The buffer holds grapheme clusters (`Character`), so Backspace
/// removes one 汉字 or one emoji, never half of one; the cursor's screen column counts a 汉字 as
/// two columns.
///
/// Quick phrases (快捷短语), the scenario's `phrase:` lines, numbered from 1:
/// - **`/N` then Enter** (N = 1…9), with `/N` just before the cursor anywhere in the line, puts
///   phrase N in its place and sends the line at once: one key, no second Enter against the
///   clock. 「好的，/3⏎」 sends 「好的，」 followed by phrase 3.
/// - **`/N` then Tab** puts phrase N in its place without sending, to edit it or go on typing.
/// - **Tab** alone inserts phrase 1 at the cursor; pressing Tab again at once replaces it with
///   phrase 2, and so on round the list (Shift-Tab goes backwards). Any other key keeps it.
///   `/N` is a shortcut only as a token of its own: not after a Latin letter or digit (`1/2`,
///   `S/M`), not followed by a digit (`/10`), and only right before the cursor (or before the
///   trailing spaces at the end of the line), so `/1码` is ordinary text. A `/N` with no such
///   phrase is left as it is and not sent (`.rejected`). A Chinese IME types `/` as `、` or `／`
///   and may type full-width digits; those count too.
///
/// Enter on a blank line sends nothing; a reply is sent trimmed of surrounding whitespace.
/// Ctrl-D deletes the character under the cursor, and on an empty line means end of input.
public struct LineEditor: Equatable, Sendable {
  /// What a key did, beyond changing the buffer.
  public enum Action: Equatable, Sendable {
    /// The buffer or cursor may have changed: redraw the input line.
    case edited
    /// Enter on a non-blank line: the reply to send (trimmed). The buffer is now empty.
    case submit(String)
    /// Ctrl-C: the student wants to stop.
    case interrupt
    /// Ctrl-D on an empty line.
    case endOfInput
    /// Ctrl-L: redraw everything.
    case redraw
    /// The key could not do anything (Backspace at the start, `/7` with six phrases…): ring
    /// the bell or show `message`, if any.
    case rejected(message: String?)
  }

  /// The line, one grapheme cluster per element.
  public private(set) var buffer: [Character] = []
  /// Index into `buffer` of the character the cursor stands before (0…buffer.count).
  public private(set) var cursor = 0
  /// The quick phrases offered, in order.
  public var phrases: [String]
  /// The phrase the last key inserted by Tab, and where it sits, while Tab may still cycle it.
  private var tabCycle: (index: Int, start: Int, count: Int)?

  public init(phrases: [String] = [], text: String = "") {
    self.phrases = phrases
    self.buffer = Array(text)
    self.cursor = buffer.count
  }

  public static func == (a: LineEditor, b: LineEditor) -> Bool {
    a.buffer == b.buffer && a.cursor == b.cursor && a.phrases == b.phrases
      && a.tabCycle?.index == b.tabCycle?.index && a.tabCycle?.start == b.tabCycle?.start
      && a.tabCycle?.count == b.tabCycle?.count
  }

  /// The line as a string.
  public var text: String { String(buffer) }

  /// The cursor's column from the start of the line, in display columns (a 汉字 is two).
  public var cursorColumn: Int { buffer[..<cursor].reduce(0) { $0 + TerminalWidth.of($1) } }

  /// The line's width in display columns.
  public var width: Int { buffer.reduce(0) { $0 + TerminalWidth.of($1) } }

  /// Applies one key.
  @discardableResult
  public mutating func apply(_ key: KeyEvent) -> Action {
    let cycle = tabCycle
    tabCycle = nil
    switch key {
    case .text(let s), .paste(let s):
      insert(s)
    case .enter:
      return enter()
    case .backspace:
      guard cursor > 0 else { return .rejected(message: nil) }
      buffer.remove(at: cursor - 1)
      cursor -= 1
    case .delete:
      guard cursor < buffer.count else { return .rejected(message: nil) }
      buffer.remove(at: cursor)
    case .endOfInput:
      if buffer.isEmpty { return .endOfInput }
      guard cursor < buffer.count else { return .rejected(message: nil) }
      buffer.remove(at: cursor)
    case .left:
      guard cursor > 0 else { return .rejected(message: nil) }
      cursor -= 1
    case .right:
      guard cursor < buffer.count else { return .rejected(message: nil) }
      cursor += 1
    case .home: cursor = 0
    case .end: cursor = buffer.count
    case .wordLeft: cursor = wordStart(before: cursor)
    case .wordRight: cursor = wordEnd(after: cursor)
    case .clearLine:
      buffer = []
      cursor = 0
    case .killToEnd:
      buffer.removeSubrange(cursor...)
    case .deleteWord:
      let start = wordStart(before: cursor)
      guard start < cursor else { return .rejected(message: nil) }
      buffer.removeSubrange(start..<cursor)
      cursor = start
    case .tab:
      return phraseKey(cycle: cycle, step: 1)
    case .backTab:
      return phraseKey(cycle: cycle, step: -1)
    case .interrupt:
      return .interrupt
    case .redraw:
      return .redraw
    case .up, .down, .escape, .nextChat:
      return .rejected(message: nil)
    }
    return .edited
  }

  /// Applies keys in order and returns what each did (for tests and scripted input).
  @discardableResult
  public mutating func apply(_ keys: [KeyEvent]) -> [Action] {
    keys.map { apply($0) }
  }

  /// Replaces the whole line (the cursor goes to its end).
  public mutating func setText(_ text: String) {
    buffer = Array(text)
    cursor = buffer.count
    tabCycle = nil
  }

  // MARK: - Editing

  /// Inserts at the cursor. The text is joined to the character before the cursor first, so a
  /// combining mark or an emoji modifier that arrives on its own lands in the same cluster.
  private mutating func insert(_ s: String) {
    guard !s.isEmpty else { return }
    if cursor > 0 {
      let joined = Array(String(buffer[cursor - 1]) + s)
      buffer.replaceSubrange((cursor - 1)..<cursor, with: joined)
      cursor += joined.count - 1
    } else {
      let chars = Array(s)
      buffer.insert(contentsOf: chars, at: 0)
      cursor = chars.count
    }
  }

  private mutating func enter() -> Action {
    if let shortcut = phraseShortcut {
      guard phrases.indices.contains(shortcut.number - 1) else {
        return rejectedPhrase()
      }
      placePhrase(shortcut.number - 1, replacing: shortcut.range)
    }
    let reply = text.trimmingWhitespace
    guard !reply.isEmpty else { return .rejected(message: nil) }
    buffer = []
    cursor = 0
    return .submit(reply)
  }

  /// The `/N` token just before the cursor (N in 1…9) and where it sits; see the type's notes.
  var phraseShortcut: (number: Int, range: Range<Int>)? {
    var end = cursor
    if buffer[cursor...].allSatisfy(\.isWhitespace) {
      while end > 0 && buffer[end - 1].isWhitespace { end -= 1 }
    }
    guard end >= 2, ["/", "／", "、"].contains(buffer[end - 2]),
      let number = Self.phraseDigit(buffer[end - 1])
    else { return nil }
    if end > 2, Self.isLatinOrDigit(buffer[end - 3]) { return nil }
    if end < buffer.count,
      Self.phraseDigit(buffer[end]) != nil || buffer[end] == "0"
        || buffer[end] == "０"
    {
      return nil
    }
    return (number, (end - 2)..<end)
  }

  private static func phraseDigit(_ c: Character) -> Int? {
    guard let digit = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return nil }
    switch digit.value {
    case 0x31...0x39: return Int(digit.value - 0x30)
    case 0xFF11...0xFF19: return Int(digit.value - 0xFF10)  // full-width １…９
    default: return nil
    }
  }

  private static func isLatinOrDigit(_ c: Character) -> Bool {
    (c.isASCII && (c.isLetter || c.isNumber)) || phraseDigit(c) != nil || c == "０"
  }

  private func rejectedPhrase() -> Action {
    .rejected(
      message: phrases.isEmpty ? "本场景没有快捷短语" : "只有 \(phrases.count) 条快捷短语（/1…/\(phrases.count)）")
  }

  /// Puts phrase `index` where `range` was; the cursor goes after it.
  private mutating func placePhrase(_ index: Int, replacing range: Range<Int>) {
    let chars = Array(phrases[index])
    buffer.replaceSubrange(range, with: chars)
    cursor = range.lowerBound + chars.count
    tabCycle = (index, range.lowerBound, chars.count)
  }

  private mutating func phraseKey(cycle: (index: Int, start: Int, count: Int)?, step: Int)
    -> Action
  {
    if let shortcut = phraseShortcut {
      guard phrases.indices.contains(shortcut.number - 1) else { return rejectedPhrase() }
      placePhrase(shortcut.number - 1, replacing: shortcut.range)
      return .edited
    }
    guard !phrases.isEmpty else { return .rejected(message: "本场景没有快捷短语") }
    var index = step > 0 ? 0 : phrases.count - 1
    var start = cursor
    if let c = cycle, c.start + c.count <= buffer.count {
      // Tab again: swap the phrase just inserted for the next one.
      index = (c.index + step + phrases.count) % phrases.count
      start = c.start
      buffer.removeSubrange(c.start..<(c.start + c.count))
      cursor = c.start
    }
    let chars = Array(phrases[index])
    buffer.insert(contentsOf: chars, at: start)
    cursor = start + chars.count
    tabCycle = (index, start, chars.count)
    return .edited
  }

  // MARK: - Words

  /// Word classes for Ctrl-W and word moves: Chinese has no spaces, so punctuation (，。！？…)
  /// separates words too, and a run of 汉字 between two marks is one word.
  private enum WordClass { case space, punctuation, word }

  private static func wordClass(_ c: Character) -> WordClass {
    if c.isWhitespace { return .space }
    if c.isPunctuation || c.isSymbol { return .punctuation }
    return .word
  }

  /// Skips spaces backwards, then one run of the same class.
  private func wordStart(before index: Int) -> Int {
    var i = index
    while i > 0 && Self.wordClass(buffer[i - 1]) == .space { i -= 1 }
    guard i > 0 else { return i }
    let kind = Self.wordClass(buffer[i - 1])
    while i > 0 && Self.wordClass(buffer[i - 1]) == kind { i -= 1 }
    return i
  }

  /// Skips spaces forwards, then one run of the same class.
  private func wordEnd(after index: Int) -> Int {
    var i = index
    while i < buffer.count && Self.wordClass(buffer[i]) == .space { i += 1 }
    guard i < buffer.count else { return i }
    let kind = Self.wordClass(buffer[i])
    while i < buffer.count && Self.wordClass(buffer[i]) == kind { i += 1 }
    return i
  }
}

extension String {
  /// Without leading and trailing whitespace (full-width spaces included).
  var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
