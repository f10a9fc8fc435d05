import KefuText

/// What the workbench of `kefu shift` shows: the list of chats and the active chat with its
/// editable area. A value: `ShiftLoop` fills it in every tick, `WorkbenchRenderer` draws it.
public struct WorkbenchState: Equatable {
  /// One chat in the list.
  public struct Row: Equatable {
    /// Where the buyer's chat stands.
    public enum Status: Equatable {
      /// Not in the shop yet.
      case notArrived
      /// Waiting for the seller's reply for `seconds`.
      case waiting(seconds: Double)
      /// The buyer is typing (answered, their next message is coming).
      case typing
      case deal
      case lost
      /// Left after waiting too long.
      case walkedAway
      case unfinished
    }

    public var number: Int
    /// `优柔寡断`.
    public var persona: String
    public var product: String
    /// The last message of the chat, either side.
    public var lastLine: String
    /// Buyer messages not yet seen.
    public var unread: Int
    public var status: Status
    public var limit: Double

    public init(
      number: Int, persona: String, product: String, lastLine: String, unread: Int,
      status: Status, limit: Double
    ) {
      self.number = number
      self.persona = persona
      self.product = product
      self.lastLine = lastLine
      self.unread = unread
      self.status = status
      self.limit = limit
    }

    /// Waiting long enough for the reminder (two thirds of the limit: the timer turns amber).
    public var needsReminder: Bool {
      if case .waiting(let s) = status { return s > limit * 2 / 3 }
      return false
    }
  }

  public var rows: [Row]
  /// Index into `rows` of the active chat.
  public var active: Int
  /// Seconds since the shift began.
  public var elapsed: Double
  /// The active chat's title line and messages.
  public var chatTitle: String
  public var messages: [ChatMessage]
  /// The editable area of the active chat (timer, patience, quick phrases, input).
  public var prompt: PromptState
  /// The flash phase of the waiting reminder (flips every half second).
  public var flashOn: Bool

  public init(
    rows: [Row], active: Int, elapsed: Double, chatTitle: String, messages: [ChatMessage],
    prompt: PromptState, flashOn: Bool = false
  ) {
    self.rows = rows
    self.active = active
    self.elapsed = elapsed
    self.chatTitle = chatTitle
    self.messages = messages
    self.prompt = prompt
    self.flashOn = flashOn
  }
}

/// A full screen of the workbench: the rows to draw and where the cursor goes.
public struct WorkbenchFrame: Equatable {
  public var lines: [String]
  public var cursorRow: Int
  public var cursorColumn: Int
  /// The cursor row's text before the cursor, from column 0 (see `PromptFrame.cursorText`);
  /// nil: go to `cursorColumn`.
  public var cursorText: String?
}

/// Draws the workbench. At 64 columns and more: a header, the chat list on the left (persona,
/// waiting time or state, product, last line with an unread mark) beside the active chat, the
/// editable area across the bottom. Narrower: the list shrinks to one line of tabs above the
/// chat. Pure, every row at most `columns - 1` wide, plain text carries every meaning (colour
/// only underlines it): waiting time `等 4.2s` turns amber at two thirds of the limit and red
/// with `超时` past it; a chat that needs a reminder is marked `!` and flashes (reverse video).
public enum WorkbenchRenderer {
  /// The list's width in the side-by-side layout.
  static func listWidth(_ columns: Int) -> Int { columns >= 100 ? 30 : 24 }
  /// Narrower than this, the list becomes a tab line.
  public static let sideBySideMinimum = 64

  public static func frame(_ state: WorkbenchState, size: TerminalSize, theme: Theme)
    -> WorkbenchFrame
  {
    let columns = max(20, size.columns)
    let rows = max(8, size.rows)
    let usable = columns - 1
    // Keep the input visible: at most half the screen for the editable area.
    let prompt = PromptRenderer.frame(
      state.prompt, width: columns, height: max(2, rows / 2), theme: theme)
    let promptLines = prompt.lines
    var out: [String] = [header(state, width: usable, theme: theme)]
    let bodyHeight = rows - 1 - 1 - promptLines.count
    if columns >= sideBySideMinimum {
      let left = listWidth(columns)
      let list = listLines(state, width: left, height: bodyHeight, theme: theme)
      let chat = chatLines(state, width: usable - left - 1, height: bodyHeight, theme: theme)
      for i in 0..<bodyHeight {
        out.append(list[i] + theme.muted("│") + chat[i])
      }
    } else {
      out.append(tabLine(state, width: usable, theme: theme))
      out += chatLines(state, width: usable, height: bodyHeight - 1, theme: theme)
    }
    out.append(theme.muted(String(repeating: "─", count: usable)))
    let promptTop = out.count
    out += promptLines
    return WorkbenchFrame(
      lines: out, cursorRow: promptTop + prompt.cursorRow,
      cursorColumn: min(usable, prompt.cursorColumn), cursorText: prompt.cursorText)
  }

  // MARK: - Parts

  /// Text from scenarios and chats as one screen line: control and direction characters are
  /// shown visibly (`VisibleText`), never sent to the terminal; line breaks become spaces.
  static func oneLine(_ text: String) -> String {
    String(VisibleText.sanitize(text).map { $0 == "\n" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
  }

  static func header(_ state: WorkbenchState, width: Int, theme: Theme) -> String {
    let arrived = state.rows.filter { $0.status != .notArrived }.count
    let deals = state.rows.filter { $0.status == .deal }.count
    let minutes = Int(state.elapsed) / 60
    let seconds = Int(state.elapsed) % 60
    let clock = (minutes < 10 ? "0" : "") + "\(minutes):" + (seconds < 10 ? "0" : "") + "\(seconds)"
    let parts = [
      "客服工作台", "班次 \(clock)", "Ctrl-N 换人", "进店 \(arrived)/\(state.rows.count)",
      "成交 \(deals)",
    ]
    var text = ""
    for part in parts {
      let candidate = text.isEmpty ? part : text + " · " + part
      if DisplayWidth.of(candidate) > width { break }
      text = candidate
    }
    return theme.heading(text)
  }

  /// The status of a row as plain text and styled: `等 4.2s`, `等 7.1s 超时`, `输入中…`, `已成交`…
  static func status(_ row: WorkbenchState.Row, theme: Theme) -> (plain: String, styled: String) {
    switch row.status {
    case .notArrived: return ("未进店", theme.muted("未进店"))
    case .waiting(let s):
      if s > row.limit {
        let text = "等" + SecondsFormat.text(s, limit: row.limit, roundingDown: true) + "s超时"
        return (text, theme.bad(text))
      }
      let text = "等" + SecondsFormat.text(s, limit: row.limit, roundingDown: true) + "s"
      return (text, s > row.limit * 2 / 3 ? theme.warn(text) : text)
    case .typing: return ("输入中…", theme.muted("输入中…"))
    case .deal: return ("已成交", theme.good("已成交"))
    case .lost: return ("已流失", theme.bad("已流失"))
    case .walkedAway: return ("等太久走了", theme.bad("等太久走了"))
    case .unfinished: return ("未完成", theme.warn("未完成"))
    }
  }

  /// The chat list: 4, 3, 2 or 1 lines per chat, as many as the height allows.
  static func listLines(_ state: WorkbenchState, width: Int, height: Int, theme: Theme)
    -> [String]
  {
    let count = max(1, state.rows.count)
    let per = min(4, max(1, height / count))
    var out: [String] = []
    for (i, row) in state.rows.enumerated() {
      let active = i == state.active
      let remind = row.needsReminder && !active
      let marker = active ? "▶" : (remind ? "!" : " ")
      let name = marker + "\(row.number) " + oneLine(row.persona)
      let st = status(row, theme: theme)
      let nameRoom = max(2, width - DisplayWidth.of(st.plain) - 1)
      let namePlain = DisplayWidth.truncated(name, to: nameRoom)
      let gap = max(1, width - DisplayWidth.of(namePlain) - DisplayWidth.of(st.plain))
      var first = namePlain + String(repeating: " ", count: gap)
      if remind && state.flashOn {
        first = theme.style(first, ANSIStyle([7]))
      } else if active {
        first = theme.heading(first)
      }
      var lines = [first + st.styled]
      let unread = row.unread > 0 ? "●" : " "
      let last = DisplayWidth.truncated(oneLine(row.lastLine), to: width - 3)
      let lastLine =
        " " + (row.unread > 0 ? theme.bad(unread) : unread) + " "
        + (row.unread > 0 ? theme.heading(last) : theme.muted(last))
      let lastPad = String(repeating: " ", count: max(0, width - 3 - DisplayWidth.of(last)))
      let product = DisplayWidth.truncated(oneLine(row.product), to: width - 3)
      let productLine =
        "   " + theme.muted(product)
        + String(repeating: " ", count: max(0, width - 3 - DisplayWidth.of(product)))
      if per >= 3 { lines.append(productLine) }
      if per >= 2 { lines.append(lastLine + lastPad) }
      if per >= 4 { lines.append(String(repeating: " ", count: width)) }
      out += lines
    }
    let blank = String(repeating: " ", count: width)
    if out.count > height {
      // Too many chats for the height: keep the active one in view.
      let start = min(max(0, state.active * per - height / 2), out.count - height)
      out = Array(out[start..<(start + height)])
    }
    while out.count < height { out.append(blank) }
    return out
  }

  /// The narrow layout's list: `▶1 等4.2s │ 2● 输入中… │ 3 未进店`, cut to the width.
  static func tabLine(_ state: WorkbenchState, width: Int, theme: Theme) -> String {
    var plain = ""
    var styled = ""
    for (i, row) in state.rows.enumerated() {
      let active = i == state.active
      let mark = active ? "▶" : (row.needsReminder ? "!" : "")
      let st = status(row, theme: theme)
      let label = mark + "\(row.number)" + (row.unread > 0 ? "●" : "") + " "
      let sep = plain.isEmpty ? "" : " │ "
      let piece = sep + label + st.plain
      if DisplayWidth.of(plain + piece) > width { break }
      plain += piece
      var labelStyled = label
      if active {
        labelStyled = theme.heading(label)
      } else if row.needsReminder && state.flashOn {
        labelStyled = theme.style(label, ANSIStyle([7]))
      }
      styled += theme.muted(sep) + labelStyled + st.styled
    }
    return styled
  }

  /// The active chat: its title, then its latest messages, bottom-aligned.
  static func chatLines(_ state: WorkbenchState, width: Int, height: Int, theme: Theme)
    -> [String]
  {
    guard height > 0 else { return [] }
    let w = max(10, width)
    let title = theme.heading(DisplayWidth.truncated(" " + oneLine(state.chatTitle), to: w - 1))
    let renderer = ChatRenderer(width: w - 1, theme: theme)
    var body = state.messages.flatMap { renderer.lines($0) }.map { " " + $0 }
    if case .typing? = state.rows.indices.contains(state.active)
      ? state.rows[state.active].status : nil
    {
      body.append(" " + theme.muted("（对方正在输入…）"))
    }
    let room = height - 1
    var lines = Array(body.suffix(max(0, room)))
    while lines.count < room { lines.insert("", at: 0) }
    return [title] + lines
  }
}
