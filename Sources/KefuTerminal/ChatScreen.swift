import KefuText

/// How a wait for the seller's (or, in pair play, the buyer's) reply ended.
public enum ReplyInput: Equatable, Sendable {
  /// Enter on a non-blank line: the reply, trimmed.
  case reply(String)
  /// Ctrl-C: stop the session (save, print the grade card for what was played).
  case interrupted
  /// Ctrl-D on an empty line, or the input was closed.
  case endOfInput
  /// SIGTERM, SIGHUP or SIGINT: save the record now, restore the terminal, exit with
  /// `signal.exitCode`.
  case signal(TerminalSignal)
  /// `yieldWhen` said so (the buyer has another message to show): show it and call `readReply`
  /// again; the half-typed line is kept.
  case yielded
}

/// The interactive chat screen of `kefu play` and `kefu pair`: messages scroll up, the editable
/// area (timer, patience, quick phrases, input line) stays at the bottom, the timer ticks while
/// the student types. It ties a `TerminalBackend`, a `KeyDecoder`, a `LineEditor` (inside
/// `prompt`), the renderers and a `LiveRegion` together; it never decides anything about the
/// session. Typical use:
///
/// ```swift
/// let screen = ChatScreen(backend: terminal, theme: theme, prompt: PromptState(limit: 6, ...))
/// try screen.start()
/// defer { screen.finish() }
/// screen.show([.buyer(name: "买家", text: "在吗？")])
/// switch screen.readReply(elapsed: { clock.now - shownAt }) { ... }
/// ```
public final class ChatScreen {
  public let backend: TerminalBackend
  public var theme: Theme
  /// What the editable area shows; set `patienceLeft`, `label`, `limit` between turns.
  public var prompt: PromptState
  /// The terminal width used for the last drawing.
  public private(set) var width: Int
  /// The terminal height used for the last drawing: the editable area never takes more.
  private var rows: Int

  private enum Entry {
    case message(ChatMessage)
    /// Lines laid out for a width (a header, a card), laid out again after a resize.
    case layout((Int) -> [String])
  }

  private var region = LiveRegion()
  /// Keys decoded but not yet applied (what followed an Enter in the same read).
  private var keys = KeyInput()
  /// Everything shown, to draw again after a resize or Ctrl-L.
  private var history: [Entry] = []
  private var started = false
  /// The frame on screen, so an unchanged frame is not written again.
  private var drawnFrame: PromptFrame?

  public init(backend: TerminalBackend, theme: Theme, prompt: PromptState) {
    self.backend = backend
    self.theme = theme
    self.prompt = prompt
    self.width = backend.size.columns
    self.rows = backend.size.rows
  }

  /// Enters raw mode. The editable area is drawn with the first lines shown or the first wait,
  /// so no half-set-up prompt (「等待买家…」) is ever drawn above what comes first.
  public func start() throws {
    try backend.enterRawMode()
    started = true
    width = backend.size.columns
    rows = backend.size.rows
  }

  /// Prints chat messages above the editable area.
  public func show(_ messages: [ChatMessage]) {
    history += messages.map { .message($0) }
    let renderer = ChatRenderer(width: width, theme: theme)
    write(lines: renderer.lines(messages))
  }

  /// Prints preformatted lines (a header, a persona card, a notice) above the editable area.
  /// `layout` gets the screen's width and is asked again when a resize draws the screen anew,
  /// so what it wraps fits the new width.
  public func show(layout: @escaping (_ width: Int) -> [String]) {
    // Built by kefu with its own colours; anything else a terminal would act on is shown.
    let entry: (Int) -> [String] = { width in
      layout(width).map { VisibleText.sanitize($0, keepingStyle: true) }
    }
    history.append(.layout(entry))
    write(lines: entry(width))
  }

  /// Waits for a reply, redrawing the timer every `tick` seconds; `elapsed` gives the seconds
  /// since the buyer's message appeared (nil: no timer). `yieldWhen` is asked every tick; when it
  /// says true the wait returns `.yielded` with the line being typed kept for the next call.
  ///
  /// `onKey` is called for every key that types text (the session notes the first keystroke of
  /// a reply); with `allowsBlank`, Enter on a blank line returns `.reply("")` (the buyer's turn in
  /// pair play: a blank Enter says the suggested lines).
  public func readReply(
    elapsed: () -> Double?, tick: Double = 0.1, allowsBlank: Bool = false,
    onKey: () -> Void = {}, yieldWhen: () -> Bool = { false }
  ) -> ReplyInput {
    if let signal = backend.pendingSignal { return .signal(signal) }
    while true {
      while let key = keys.next() {
        switch key {
        case .text, .paste: onKey()
        default: break
        }
        if allowsBlank && key == .enter && prompt.editor.text.allSatisfy(\.isWhitespace) {
          prompt.editor.setText("")
          return .reply("")
        }
        if let result = handle(key) { return result }
      }
      if yieldWhen() { return .yielded }
      prompt.elapsed = elapsed()
      redrawPrompt()
      switch keys.read(from: backend, timeout: tick) {
      case nil: break
      case .resized: redrawAll()
      case .signal(let signal): return .signal(signal)
      case .closed: return .endOfInput
      }
    }
  }

  /// Erases the editable area and restores the terminal; what is printed next (the grade
  /// card) starts on a fresh line. Idempotent.
  public func finish() {
    guard started else { return }
    started = false
    drawnFrame = nil
    backend.write(region.close())
    backend.restore()
  }

  // MARK: - Internals

  private func handle(_ key: KeyEvent) -> ReplyInput? {
    prompt.notice = nil
    switch prompt.editor.apply(key) {
    case .edited: return nil
    case .submit(let text): return .reply(text)
    case .interrupt: return .interrupted
    case .endOfInput: return .endOfInput
    case .redraw:
      redrawAll()
      return nil
    case .rejected(let message):
      prompt.notice = message
      return nil
    }
  }

  private func write(lines: [String]) {
    guard started else {
      backend.write(lines.map { $0 + "\n" }.joined())
      return
    }
    let frame = frame()
    drawnFrame = frame
    backend.write(region.print(lines, then: frame))
  }

  private func frame() -> PromptFrame {
    // One row is left to the chat, so the area's top row is never the screen's.
    PromptRenderer.frame(prompt, width: width, height: max(1, rows - 1), theme: theme)
  }

  private func redrawPrompt() {
    guard started else { return }
    let frame = frame()
    guard frame != drawnFrame else { return }
    drawnFrame = frame
    backend.write(region.draw(frame))
  }

  /// Clears the screen and draws again what fits at the current width.
  private func redrawAll() {
    guard started else { return }
    let size = backend.size
    width = size.columns
    rows = size.rows
    let renderer = ChatRenderer(width: width, theme: theme)
    let frame = frame()
    var lines: [String] = []
    for entry in history {
      switch entry {
      case .message(let m): lines += renderer.lines(m)
      case .layout(let layout): lines += layout(width)
      }
    }
    let room = max(0, size.rows - frame.lines.count)
    region.reset()
    drawnFrame = frame
    backend.write(LiveRegion.clearScreen + lines.suffix(room).map { $0 + "\r\n" }.joined())
    backend.write(region.draw(frame))
  }
}
