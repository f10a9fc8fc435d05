import KefuText

/// One message of the chat as the screen shows it.
public enum ChatMessage: Equatable, Sendable {
  /// The buyer says something. `name` is the label before the text (see `buyerLabel`).
  case buyer(name: String, text: String)
  /// The seller's reply, with how long it took and the limit, when timed.
  case seller(name: String, text: String, seconds: Double?, limit: Double?)
  /// A note from kefu (the buyer left, the session ended, a rule was broken…).
  case system(String)

  /// `买家·小美` for a named buyer, `买家` otherwise.
  public static func buyerLabel(_ name: String?) -> String {
    guard let name, !name.isEmpty else { return "买家" }
    return "买家·" + name
  }

  /// What the seller is called in the chat: `我` in solo play, the student's name in pair play.
  public static let sellerSelf = "我"
}

/// Draws chat messages as lines for the scrollback: a `名字：` prefix, the text wrapped by display
/// width with a hanging indent. Pure: same message, width and theme, same lines.
public struct ChatRenderer: Sendable {
  public var width: Int
  public var theme: Theme
  public init(width: Int, theme: Theme) {
    self.width = max(10, width)
    self.theme = theme
  }

  public func lines(_ message: ChatMessage) -> [String] {
    // One column of slack: a terminal that draws an ambiguous-width character wide must not
    // wrap a line on its own.
    let usable = width - 1
    // Names and messages are untrusted: shown visibly before wrapping and styling.
    let clean = VisibleText.sanitize
    switch message.sanitized(clean) {
    case .buyer(let name, let text):
      return styledPrefix(name + "：", text: text, width: usable, style: theme.buyer)
    case .seller(let name, let text, let seconds, let limit):
      var tail = ""
      var slow = false
      if let seconds {
        tail = "（" + SecondsFormat.text(seconds, limit: limit) + "秒"
        if let limit, seconds > limit {
          tail += " 超时"
          slow = true
        }
        tail += "）"
      }
      var lines = styledPrefix(name + "：", text: text + tail, width: usable, style: theme.seller)
      if !tail.isEmpty, let last = lines.last, last.hasSuffix(tail) {
        // The timing reads as a footnote: muted, or red when over the limit.
        let body = String(last.dropLast(tail.count))
        lines[lines.count - 1] = body + (slow ? theme.bad(tail) : theme.muted(tail))
      }
      return lines
    case .system(let text):
      return TextWrap.lines(text, prefix: "【提示】", width: usable).map { theme.system($0) }
    }
  }

  /// All messages, in order.
  public func lines(_ messages: [ChatMessage]) -> [String] { messages.flatMap { lines($0) } }

  private func styledPrefix(
    _ prefix: String, text: String, width: Int, style: (String) -> String
  ) -> [String] {
    var lines = TextWrap.lines(text, prefix: prefix, width: width)
    if lines[0].hasPrefix(prefix) {
      lines[0] = style(prefix) + String(lines[0].dropFirst(prefix.count))
    }
    return lines
  }
}

/// What the area under the chat shows while the seller types.
public struct PromptState: Equatable, Sendable {
  /// Seconds since the buyer's last message; nil when no reply is awaited (no timer shown).
  public var elapsed: Double?
  /// The response-time limit in seconds.
  public var limit: Double
  /// Patience left and the whole budget; nil hides it (the seller need not always see it).
  public var patienceLeft: Int?
  public var patience: Int?
  /// `我` or the student's name; the input line starts with it and `：`.
  public var label: String
  /// The input line.
  public var editor: LineEditor
  /// A one-line message (a rejected `/7`, 已保存…), shown above the status line.
  public var notice: String?
  /// Whether to show the quick-phrase hint line.
  public var showsPhrases: Bool

  public init(
    elapsed: Double? = nil, limit: Double = 6, patienceLeft: Int? = nil, patience: Int? = nil,
    label: String = ChatMessage.sellerSelf, editor: LineEditor = LineEditor(),
    notice: String? = nil,
    showsPhrases: Bool = true
  ) {
    self.elapsed = elapsed
    self.limit = limit
    self.patienceLeft = patienceLeft
    self.patience = patience
    self.label = label
    self.editor = editor
    self.notice = notice
    self.showsPhrases = showsPhrases
  }
}

/// The rows of the editable area and where the cursor goes in it (0-based row, display column).
public struct PromptFrame: Equatable, Sendable {
  public var lines: [String]
  public var cursorRow: Int
  public var cursorColumn: Int
  public init(lines: [String], cursorRow: Int, cursorColumn: Int) {
    self.lines = lines
    self.cursorRow = cursorRow
    self.cursorColumn = cursorColumn
  }
}

/// Draws the editable area at the bottom: notice, status line (timer, patience, keys), quick
/// phrases, input line. Every row stays at least one column short of `width`.
public enum PromptRenderer {
  public static func frame(_ state: PromptState, width: Int, theme: Theme) -> PromptFrame {
    let usable = max(9, width - 1)
    var lines: [String] = []
    if let notice = state.notice, !notice.isEmpty {
      lines.append(theme.warn(DisplayWidth.truncated(notice, to: usable)))
    }
    lines.append(statusLine(state, width: usable, theme: theme))
    if state.showsPhrases, let hint = phraseHint(state.editor.phrases, width: usable) {
      lines.append(theme.muted(hint))
    }
    let input = inputRows(state.editor, label: state.label + "：", width: usable, theme: theme)
    let cursorRow = lines.count + input.cursorRow
    lines += input.rows
    return PromptFrame(lines: lines, cursorRow: cursorRow, cursorColumn: input.cursorColumn)
  }

  /// `⏱ 3.2s / 6s  耐心 2/3  Tab 快捷短语 · Ctrl-C 结束`, the parts that fit. Past the limit the
  /// timer reads `⏱ 7.1s / 6s 超时`, red when colour is on.
  static func statusLine(_ state: PromptState, width: Int, theme: Theme) -> String {
    var parts: [(plain: String, styled: String)] = []
    if let elapsed = state.elapsed {
      var timer =
        "⏱ " + SecondsFormat.text(elapsed, limit: state.limit, roundingDown: true) + "s / "
        + SecondsFormat.limit(state.limit)
        + "s"
      if elapsed > state.limit {
        timer += " 超时"
        parts.append((timer, theme.bad(timer)))
      } else if elapsed > state.limit * 2 / 3 {
        parts.append((timer, theme.warn(timer)))
      } else {
        parts.append((timer, timer))
      }
    } else {
      parts.append(("等待买家…", theme.muted("等待买家…")))
    }
    if let left = state.patienceLeft, let total = state.patience {
      let text = "耐心 \(max(0, left))/\(total)"
      parts.append((text, left <= 1 ? theme.warn(text) : text))
    }
    let keys =
      state.showsPhrases && !state.editor.phrases.isEmpty
      ? ["Tab 快捷短语", "Ctrl-C 结束"] : ["Ctrl-C 结束"]
    for key in keys { parts.append((key, theme.muted(key))) }
    // Keep whole parts, from the left, while they fit.
    var used = 0
    var out: [String] = []
    for (i, part) in parts.enumerated() {
      let w = DisplayWidth.of(part.plain) + (i == 0 ? 0 : 2)
      if used + w > width {
        if i == 0 { return theme.bad(DisplayWidth.truncated(part.plain, to: width)) }
        break
      }
      used += w
      out.append(part.styled)
    }
    return out.joined(separator: "  ")
  }

  /// `/1 亲，在的哦…  /2 亲，M码比…`: as many phrases as fit, each cut short.
  static func phraseHint(_ phrases: [String], width: Int) -> String? {
    guard !phrases.isEmpty else { return nil }
    let each = max(8, min(20, width / min(3, phrases.count) - 2))
    var out = ""
    for (i, phrase) in phrases.prefix(9).enumerated() {
      let item = "/\(i + 1) " + DisplayWidth.truncated(phrase, to: each - 3)
      let candidate = out.isEmpty ? item : out + "  " + item
      if DisplayWidth.of(candidate) > width { break }
      out = candidate
    }
    return out.isEmpty ? DisplayWidth.truncated("/1 " + phrases[0], to: width) : out
  }

  /// The input line wrapped by display width under a hanging indent the width of `label`, and
  /// the cursor's place in it. When the cursor sits after a full row it goes to a new, empty row.
  static func inputRows(_ editor: LineEditor, label: String, width: Int, theme: Theme) -> (
    rows: [String], cursorRow: Int, cursorColumn: Int
  ) {
    let indent = TerminalWidth.of(label)
    let avail = max(2, width - indent)
    var rows: [[Character]] = [[]]
    var used = 0
    var cursor: (row: Int, column: Int)?
    for (i, ch) in editor.buffer.enumerated() {
      let w = TerminalWidth.of(ch)
      if used + w > avail && !rows[rows.count - 1].isEmpty {
        rows.append([])
        used = 0
      }
      if i == editor.cursor { cursor = (rows.count - 1, indent + used) }
      rows[rows.count - 1].append(ch)
      used += w
    }
    if cursor == nil {
      if used >= avail && !editor.buffer.isEmpty {
        rows.append([])
        used = 0
      }
      cursor = (rows.count - 1, indent + used)
    }
    let pad = String(repeating: " ", count: indent)
    let lines = rows.enumerated().map { i, row in
      (i == 0 ? theme.seller(label) : pad) + String(row)
    }
    return (lines, cursor!.row, cursor!.column)
  }
}

/// Keeps the editable area at the bottom of the screen while chat messages scroll above it, by
/// writing escape sequences relative to the cursor (no absolute positions, so the scrollback
/// stays intact). Pure: it returns the bytes to write and remembers where it left the cursor.
public struct LiveRegion: Sendable {
  /// The row of the region the terminal cursor is on, when the region is drawn.
  private var cursorRow: Int?

  public init() {}

  /// Replaces the region with `frame`.
  public mutating func draw(_ frame: PromptFrame) -> String {
    var s = "\u{1B}[?25l" + erase()
    s += frame.lines.joined(separator: "\r\n")
    let up = frame.lines.count - 1 - frame.cursorRow
    if up > 0 { s += "\u{1B}[\(up)A" }
    s += "\r"
    if frame.cursorColumn > 0 { s += "\u{1B}[\(frame.cursorColumn)C" }
    s += "\u{1B}[?25h"
    cursorRow = frame.cursorRow
    return s
  }

  /// Erases the region; the cursor is left at column 0 of its first row.
  public mutating func erase() -> String {
    guard let row = cursorRow else { return "" }
    cursorRow = nil
    return (row > 0 ? "\u{1B}[\(row)A" : "") + "\r\u{1B}[J"
  }

  /// Prints `lines` where the region was (they scroll up into the chat), then the region again.
  public mutating func print(_ lines: [String], then frame: PromptFrame) -> String {
    var s = erase()
    for line in lines { s += line + "\r\n" }
    return s + draw(frame)
  }

  /// Erases the region and leaves the cursor at the start of a line, for output that follows
  /// (the grade card).
  public mutating func close() -> String { erase() }

  /// Forget the region (after the screen was cleared, e.g. on resize or Ctrl-L).
  public mutating func reset() { cursorRow = nil }

  /// Clears the screen and the scrollback-free view, cursor home.
  public static let clearScreen = "\u{1B}[H\u{1B}[2J"
}

extension ChatMessage {
  /// The message with every text passed through `clean`.
  func sanitized(_ clean: (String, Bool) -> String) -> ChatMessage {
    switch self {
    case .buyer(let name, let text):
      return .buyer(name: clean(name, false), text: clean(text, false))
    case .seller(let name, let text, let seconds, let limit):
      return .seller(
        name: clean(name, false), text: clean(text, false), seconds: seconds, limit: limit)
    case .system(let text): return .system(clean(text, false))
    }
  }
}
