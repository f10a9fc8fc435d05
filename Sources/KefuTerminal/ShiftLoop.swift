import KefuEngine
import KefuRubric
import KefuScenario
import KefuText

/// The workbench of `kefu shift`: it runs the shift's clock (arrivals, buyers' messages, buyers
/// walking away) every tick, draws the `WorkbenchRenderer` screen on the alternate screen, reads
/// keys into the active chat's own line editor (a half-typed reply stays with its chat), and
/// saves through `onChange` after every event (a failed save is told once and the shift goes on,
/// see `saveFailure`). Ctrl-N (or ↓) goes to the next chat, ↑ to the previous one; Tab stays the
/// quick-phrase key. It reaches the terminal only through `TerminalBackend` and time only through
/// the shift's clock, so a test drives it with a scripted backend and a manual clock.
public final class ShiftLoop {
  let backend: TerminalBackend
  let shift: Shift
  let theme: Theme
  let bell: Bool
  let studentName: String
  let tick: Double
  let onChange: () throws -> Void

  /// One chat as the workbench keeps it.
  struct ChatView {
    var messages: [ChatMessage] = []
    var unread = 0
    var editor: LineEditor
    var notice: String?
    /// The buyer message count when the reminder last rang, so it rings once per wait.
    var remindedAt: Int?
  }

  /// Why the last save failed (a full disk, a folder gone), nil when it succeeded. As in
  /// `PlayLoop`, a failed save does not end the shift: the student is told once, the shift goes
  /// on, the next change tries again.
  public var saveFailure: String? { saves.failure }
  private var saves = RecordSaves()

  private var chats: [ChatView]
  /// Index of the active chat.
  public private(set) var active = 0
  private var keys = KeyInput()
  private var drawn: [String] = []
  private var drawnCursor: (Int, Int)?
  private var started = false

  public init(
    backend: TerminalBackend, shift: Shift, theme: Theme, bell: Bool = false,
    studentName: String = "", tick: Double = 0.1, onChange: @escaping () throws -> Void
  ) {
    self.backend = backend
    self.shift = shift
    self.theme = theme
    self.bell = bell
    self.studentName = studentName
    self.tick = tick
    self.onChange = onChange
    self.chats = shift.buyers.map { ChatView(editor: LineEditor(phrases: $0.scenario.phrases)) }
  }

  /// Runs until every buyer has left or bought, or the student or a signal stops it.
  public func run() throws -> PlayLoop.Ending {
    try backend.enterRawMode()
    started = true
    // Automatic wrapping off while the workbench shows: a row an emoji makes wider than kefu
    // counted is cut at the edge instead of spilling onto the row below (see `LiveRegion`).
    backend.write("\u{1B}[?1049h\u{1B}[?7l\u{1B}[H\u{1B}[2J")
    defer { finish() }
    handle(shift.step())
    while true {
      if shift.isOver {
        // Let the student see how the last chat ended before the screen gives way to the cards.
        chats[active].notice = "班次结束：每位买家都已下单或离开。按回车查看成绩"
        draw()
        return waitForAnyKey()
      }
      if let signal = backend.pendingSignal { return .signal(signal) }
      while let key = keys.next() {
        if let ending = apply(key) { return ending }
      }
      handle(shift.step())
      draw()
      switch keys.read(from: backend, timeout: tick) {
      case nil: break
      case .resized: redrawAll()
      case .signal(let signal): return .signal(signal)
      case .closed: return .stopped
      }
    }
  }

  /// Waits for any key (or a signal, or the input closing) at the end of the shift.
  private func waitForAnyKey() -> PlayLoop.Ending {
    if !keys.isEmpty { return .finished }
    while true {
      switch backend.read(timeout: tick) {
      case .bytes: return .finished
      case .timeout: continue
      case .resized: redrawAll()
      case .signal(let signal): return .signal(signal)
      case .endOfFile: return .finished
      }
    }
  }

  /// Leaves the alternate screen and restores the terminal. Idempotent.
  public func finish() {
    guard started else { return }
    started = false
    backend.write("\u{1B}[?7h\u{1B}[?25h\u{1B}[?1049l")
    backend.restore()
  }

  // MARK: - Keys

  private func apply(_ key: KeyEvent) -> PlayLoop.Ending? {
    switch key {
    case .nextChat:
      switchChat(by: 1, skippingEnded: true)
      return nil
    case .down:
      switchChat(by: 1)
      return nil
    case .up:
      switchChat(by: -1)
      return nil
    case .text, .paste:
      if shift.buyers[active].isWaiting { shift.noteKeystroke(in: active + 1) }
    default: break
    }
    chats[active].notice = nil
    switch chats[active].editor.apply(key) {
    case .edited, .rejected(nil): return nil
    case .rejected(let message?):
      chats[active].notice = message
      return nil
    case .redraw:
      redrawAll()
      return nil
    case .interrupt: return .stopped
    case .endOfInput: return .stopped
    case .submit(let text):
      send(text)
      return nil
    }
  }

  /// Moves to the next (or previous) chat whose buyer has arrived; Ctrl-N also skips chats
  /// that have ended while any other is still going.
  private func switchChat(by step: Int, skippingEnded: Bool = false) {
    let n = shift.buyers.count
    func eligible(_ i: Int, _ liveOnly: Bool) -> Bool {
      shift.buyers[i].hasArrived && !(liveOnly && shift.buyers[i].isOver)
    }
    for liveOnly in skippingEnded ? [true, false] : [false] {
      var i = active
      for _ in 0..<n {
        i = (i + step + n) % n
        if eligible(i, liveOnly) {
          active = i
          chats[i].unread = 0
          return
        }
      }
    }
  }

  private func send(_ text: String) {
    let buyer = shift.buyers[active]
    guard buyer.isWaiting else {
      chats[active].editor.setText(text)  // keep it: nothing was sent
      chats[active].notice =
        buyer.isOver
        ? "\(buyer.number) 号买家的对话已经结束，按 Ctrl-N 去别的对话" : "\(buyer.number) 号买家还在输入，等他说完再回复"
      return
    }
    guard let result = shift.reply(to: buyer.number, text), let session = buyer.session,
      let turn = session.turns.last
    else {
      if buyer.isOver {  // stopped: past the 30 days a session may run
        chats[active].messages.append(.system(PlayLoop.pastSpanNote))
        save()
      }
      return
    }
    var view = chats[active]
    view.messages.append(
      .seller(
        name: ChatMessage.sellerSelf, text: text, seconds: turn.responseSeconds,
        limit: session.limitSeconds))
    for finding in result.judgement.findings {
      let rule = shift.rubric.rules.first { $0.description.id == finding.rule }
      view.messages.append(.system("\(rule?.description.name ?? finding.rule)：\(finding.message)"))
    }
    if result.patienceCost > 0 {
      view.messages.append(
        .system("买家的耐心 -\(result.patienceCost)，还剩 \(session.patienceLeft)/\(session.patience)"))
    }
    chats[active] = view
    handle(shift.step())
    save()
  }

  private func save() {
    if let notice = saves.attempt(onChange, goingOn: "班次继续，下一次再试") {
      chats[active].messages.append(.system(notice))
    }
  }

  // MARK: - The shift's events

  private func handle(_ events: [Shift.Event]) {
    var changed = !events.isEmpty
    for event in events {
      switch event {
      case .arrived(let n, let lines):
        let b = shift.buyers[n - 1]
        chats[n - 1].messages.append(
          .system("\(n) 号买家进店了（\(b.scenario.persona?.name ?? "买家")，\(b.scenario.title ?? "")）"))
        said(n, lines)
      case .said(let n, let lines):
        said(n, lines)
      case .walkedAway(let n):
        chats[n - 1].messages.append(.system("买家等得太久，离开了（流失）"))
      }
    }
    for b in shift.buyers where b.isOver && !noted.contains(b.number) {
      noted.insert(b.number)
      if !b.walkedAway { chats[b.number - 1].messages.append(.system(endNote(b))) }
      changed = true
    }
    if changed { save() }
  }

  /// Buyers whose end has been noted in their chat.
  private var noted = Set<Int>()

  private func said(_ n: Int, _ lines: [String]) {
    let b = shift.buyers[n - 1]
    let label = ChatMessage.buyerLabel(b.scenario.persona?.name)
    chats[n - 1].messages += lines.map { .buyer(name: label, text: $0) }
    if n - 1 != active { chats[n - 1].unread += lines.count }
  }

  private func endNote(_ b: Shift.Buyer) -> String {
    guard let session = b.session else { return "对话结束（未完成）" }
    return EndNote.text(session, unfinished: "对话结束（未完成）")
  }

  // MARK: - Drawing

  /// The workbench as it stands now.
  public func state() -> WorkbenchState {
    let rows = shift.buyers.enumerated().map { i, b -> WorkbenchState.Row in
      let status: WorkbenchState.Row.Status
      if let session = b.session {
        if b.walkedAway {
          status = .walkedAway
        } else if session.isOver {
          switch session.outcome {
          case .deal: status = .deal
          case .lost: status = .lost
          case .unfinished: status = .unfinished
          }
        } else if b.isWaiting {
          status = .waiting(seconds: Double(session.waitingMilliseconds) / 1000)
        } else {
          status = .typing
        }
      } else {
        status = .notArrived
      }
      let last: String
      switch chats[i].messages.last(where: {
        if case .system = $0 { return false } else { return true }
      }) {
      case .buyer(_, let text)?: last = text
      case .seller(_, let text, _, _)?: last = "我：" + text
      default: last = ""
      }
      return WorkbenchState.Row(
        number: b.number, persona: b.scenario.persona?.name ?? "买家",
        product: b.scenario.product ?? (b.scenario.title ?? ""), lastLine: last,
        unread: chats[i].unread, status: status,
        limit: b.session?.limitSeconds
          ?? shift.rubric.settings.limit(scenario: b.scenario.limitSeconds))
    }
    let b = shift.buyers[active]
    var title = "\(b.number) 号 " + ChatMessage.buyerLabel(b.scenario.persona?.name)
    if let product = b.scenario.product { title += " · " + product }
    var prompt = PromptState(
      elapsed: b.isWaiting ? Double(b.session?.waitingMilliseconds ?? 0) / 1000 : nil,
      limit: b.session?.limitSeconds
        ?? shift.rubric.settings.limit(scenario: b.scenario.limitSeconds),
      patienceLeft: b.session?.patienceLeft,
      patience: b.session?.patience, label: "回复\(b.number)号", editor: chats[active].editor,
      notice: chats[active].notice, showsPhrases: !b.scenario.phrases.isEmpty)
    if b.isOver {
      prompt.patienceLeft = nil
      if prompt.notice == nil { prompt.notice = "这位买家的对话已经结束，按 Ctrl-N 换到还在聊的买家" }
    }
    let elapsed = Double(shift.elapsedMilliseconds) / 1000
    return WorkbenchState(
      rows: rows, active: active, elapsed: elapsed, chatTitle: title,
      messages: chats[active].messages, prompt: prompt,
      flashOn: (shift.elapsedMilliseconds / 500) % 2 == 0)
  }

  private func draw() {
    guard started else { return }
    let state = state()
    ringReminders(state)
    let frame = WorkbenchRenderer.frame(state, size: backend.size, theme: theme)
    var out = ""
    for (i, line) in frame.lines.enumerated() where i >= drawn.count || drawn[i] != line {
      out += "\u{1B}[\(i + 1);1H" + line + "\u{1B}[0m\u{1B}[K"
    }
    if frame.lines.count < drawn.count {
      out += "\u{1B}[\(frame.lines.count + 1);1H\u{1B}[J"
    }
    let cursor = (frame.cursorRow, frame.cursorColumn)
    if out.isEmpty, let c = drawnCursor, c == cursor { return }
    drawn = frame.lines
    drawnCursor = cursor
    // The cursor goes where the terminal itself ends the text before it (its row written again),
    // not to a counted column: an emoji may be drawn wider than kefu counts.
    let place =
      frame.cursorText.map { "\u{1B}[\(cursor.0 + 1);1H" + $0 }
      ?? "\u{1B}[\(cursor.0 + 1);\(cursor.1 + 1)H"
    backend.write("\u{1B}[?25l" + out + place + "\u{1B}[?25h")
  }

  private func redrawAll() {
    drawn = []
    drawnCursor = nil
    backend.write("\u{1B}[H\u{1B}[2J")
    draw()
  }

  /// With `bell`, rings once when a chat other than the active one reaches the reminder.
  private func ringReminders(_ state: WorkbenchState) {
    guard bell else { return }
    for (i, row) in state.rows.enumerated() where i != active && row.needsReminder {
      let count = shift.buyers[i].session?.messages.count ?? 0
      if chats[i].remindedAt != count {
        chats[i].remindedAt = count
        backend.write("\u{07}")
      }
    }
  }
}
