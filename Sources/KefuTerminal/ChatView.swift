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
        if let limit, ReplyLimit.isSlow(seconds: seconds, limit: limit) {
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
  /// A short message (a rejected `/7`, the buyer's keys in pair play), shown above the status
  /// line, wrapped to at most three rows.
  public var notice: String?
  /// Whether to show the quick-phrase hint line.
  public var showsPhrases: Bool
  /// What the status line says when no timer runs (net play: 等待客服回复…).
  public var idleStatus = "等待买家…"

  public init(
    elapsed: Double? = nil, limit: Double = ReplyLimit.standardSeconds, patienceLeft: Int? = nil,
    patience: Int? = nil,
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
  /// What the cursor's row shows before the cursor, as drawn. Written again after the frame, it
  /// leaves the cursor where the terminal itself ended that text, however wide the terminal drew
  /// an emoji; nil: move right `cursorColumn` columns.
  public var cursorText: String?
  public init(lines: [String], cursorRow: Int, cursorColumn: Int, cursorText: String? = nil) {
    self.lines = lines
    self.cursorRow = cursorRow
    self.cursorColumn = cursorColumn
    self.cursorText = cursorText
  }
}

/// Draws the editable area at the bottom: notice, status line (timer, patience, keys), quick
/// phrases (one or two rows), input line. Every row stays at least one column short of `width`.
public enum PromptRenderer {
  ///
  /// At most `height` rows, since the area is redrawn by moving up over its rows and a terminal
  /// cannot move up past its top row: a reply taller than the room shows only its rows around the
  /// cursor, and with less room still the quick phrases go first, then the notice, then the
  /// status line.
  public static func frame(
    _ state: PromptState, width: Int, height: Int = .max, theme: Theme
  ) -> PromptFrame {
    let usable = max(9, width - 1)
    var notice: [String] = []
    if let text = state.notice, !text.isEmpty {
      // Wrapped, not cut: a narrow terminal must still show the whole hint (「/走人 离开」).
      notice = TextWrap.lines(text, width: usable).prefix(3).map(theme.warn)
    }
    let status = statusLine(state, width: usable, theme: theme)
    var phrases: [String] = []
    if state.showsPhrases {
      phrases = phraseHint(state.editor.phrases, width: usable).map(theme.muted)
    }
    let input = inputRows(state.editor, label: state.label + "：", width: usable, theme: theme)
    var rows = input.rows
    var cursorInInput = input.cursorRow
    let height = max(1, height)
    let window = max(1, height - notice.count - 1 - phrases.count)
    if rows.count > window {
      let start = min(max(0, cursorInInput - window + 1), rows.count - window)
      rows = Array(rows[start..<(start + window)])
      cursorInInput -= start
    }
    var room = height - rows.count
    let keepsStatus = room > 0
    room -= keepsStatus ? 1 : 0
    notice = Array(notice.prefix(room))
    room -= notice.count
    phrases = Array(phrases.prefix(room))
    let lines = notice + (keepsStatus ? [status] : []) + phrases
    return PromptFrame(
      lines: lines + rows, cursorRow: lines.count + cursorInInput,
      cursorColumn: input.cursorColumn, cursorText: input.cursorText)
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
      parts.append((state.idleStatus, theme.muted(state.idleStatus)))
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

  /// The quick phrases as `/1 在的哦，请问有…  /2 M码比较合身哦`, on one row, or two when one
  /// would leave each label under ten columns. Each label starts where the phrases differ (an
  /// opening 「亲，」 that several share is skipped) and gets an equal share of the width.
  static func phraseHint(_ phrases: [String], width: Int) -> [String] {
    let labels = PhraseLabels.distinct(Array(phrases.prefix(9)))
    guard !labels.isEmpty else { return [] }
    var rows = 1
    while rows < 2 && width / Int((Double(labels.count) / Double(rows)).rounded(.up)) - 5 < 10 {
      rows += 1
    }
    let perRow = Int((Double(labels.count) / Double(rows)).rounded(.up))
    var out: [String] = []
    for start in stride(from: 0, to: labels.count, by: perRow) {
      let row = Array(start..<min(labels.count, start + perRow))
      // Share the row fairly: short labels keep their width, long ones split what is left.
      let room = width - 2 * (row.count - 1)
      let wants = row.map { DisplayWidth.of(labels[$0]) + 3 }
      var cap = room / row.count
      while cap < (wants.max() ?? 0),
        wants.reduce(0, { $0 + min($1, cap + 1) }) <= room
      {
        cap += 1
      }
      var given = wants.map { min($0, cap) }
      // Columns left over go to the labels closest to fitting whole.
      var left = room - given.reduce(0, +)
      for k in row.indices.sorted(by: { wants[$0] - given[$0] < wants[$1] - given[$1] })
      where given[k] < wants[k] && left > 0 {
        let extra = min(left, wants[k] - given[k])
        given[k] += extra
        left -= extra
      }
      let items = row.indices.map { k in
        "/\(row[k] + 1) " + DisplayWidth.truncated(labels[row[k]], to: max(3, given[k] - 3))
      }
      out.append(DisplayWidth.truncated(items.joined(separator: "  "), to: width))
    }
    return out
  }

  /// The input line wrapped by display width under a hanging indent the width of `label`, and
  /// the cursor's place in it (with its row's text before it). When the cursor sits after a full
  /// row it goes to a new, empty row. Widths are `TerminalWidth`'s, the most a terminal may draw,
  /// so a row never runs past the edge where kefu does not expect it.
  static func inputRows(_ editor: LineEditor, label: String, width: Int, theme: Theme) -> (
    rows: [String], cursorRow: Int, cursorColumn: Int, cursorText: String
  ) {
    let indent = TerminalWidth.of(label)
    let avail = max(2, width - indent)
    var rows: [[Character]] = [[]]
    var used = 0
    var cursor: (row: Int, column: Int, count: Int)?
    for (i, ch) in editor.buffer.enumerated() {
      let w = TerminalWidth.of(ch)
      if used + w > avail && !rows[rows.count - 1].isEmpty {
        rows.append([])
        used = 0
      }
      if i == editor.cursor { cursor = (rows.count - 1, indent + used, rows[rows.count - 1].count) }
      rows[rows.count - 1].append(ch)
      used += w
    }
    if cursor == nil {
      if used >= avail && !editor.buffer.isEmpty {
        rows.append([])
        used = 0
      }
      cursor = (rows.count - 1, indent + used, rows[rows.count - 1].count)
    }
    let pad = String(repeating: " ", count: indent)
    let head = { (i: Int) in i == 0 ? theme.seller(label) : pad }
    let lines = rows.enumerated().map { i, row in head(i) + String(row) }
    let c = cursor!
    return (lines, c.row, c.column, head(c.row) + String(rows[c.row].prefix(c.count)))
  }
}

/// Short labels for quick phrases that show what tells them apart: phrases often open alike
/// (「亲，」「亲，您好，」), so each label skips the opening clauses it shares with another phrase,
/// as long as something is left.
public enum PhraseLabels {
  public static func distinct(_ phrases: [String]) -> [String] {
    phrases.enumerated().map { i, phrase in
      var label = Substring(phrase)
      while let clause = firstClause(label), clause.count < label.count {
        let shared = phrases.enumerated().contains { j, other in
          j != i && other.hasPrefix(phrase[phrase.startIndex..<clause.endIndex])
        }
        guard shared else { break }
        label = label[clause.endIndex...]
      }
      return String(label)
    }
  }

  /// The first clause of `text`, up to and including its first clause mark.
  private static func firstClause(_ text: Substring) -> Substring? {
    guard let mark = text.firstIndex(where: { "，,、～~！!。；;：:".contains($0) }) else {
      return nil
    }
    return text[...mark]
  }
}

/// Keeps the editable area at the bottom of the screen while chat messages scroll above it, by
/// writing escape sequences relative to the cursor (no absolute positions, so the scrollback
/// stays intact). Pure: it returns the bytes to write and remembers where it left the cursor.
///
/// Moving back up by rows is only right if each row of the frame took one row of the screen. A
/// terminal that draws an emoji wider than kefu counted would wrap a full row onto the next one,
/// and every redraw would then start one row too low, leaving the status line behind each
/// tick. So the frame is drawn with the terminal's automatic wrapping off (DECAWM, `ESC[?7l`,
/// which xterm, VTE, tmux, the Linux console and Windows Terminal all honour): a row too wide is
/// cut at the edge, never wrapped, and the count of rows stays exact. The cursor is placed by
/// writing its row's text again (`PromptFrame.cursorText`), not by counting columns.
public struct LiveRegion: Sendable {
  /// The row of the region the terminal cursor is on, when the region is drawn.
  private var cursorRow: Int?

  public init() {}

  /// Automatic wrapping off and back on.
  static let wrapOff = "\u{1B}[?7l"
  static let wrapOn = "\u{1B}[?7h"

  /// Replaces the region with `frame`.
  public mutating func draw(_ frame: PromptFrame) -> String {
    var s = "\u{1B}[?25l" + erase() + Self.wrapOff
    s += frame.lines.joined(separator: "\r\n")
    let up = frame.lines.count - 1 - frame.cursorRow
    if up > 0 { s += "\u{1B}[\(up)A" }
    s += "\r"
    if let text = frame.cursorText {
      s += text
    } else if frame.cursorColumn > 0 {
      s += "\u{1B}[\(frame.cursorColumn)C"
    }
    s += Self.wrapOn + "\u{1B}[?25h"
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
