import Foundation
import KefuEngine
import KefuRubric
import KefuScenario
import KefuText

/// The turns of `kefu play` and `kefu pair`: it shows the buyer's messages, reads each reply
/// through a `ChatScreen` (live timer, status line, line editor), hands it to the session, and
/// saves after every turn through `onTurn`. It reaches the terminal only through
/// `TerminalBackend` and time only through the session's clock, so a test drives it with a
/// scripted backend and a manual clock.
public final class PlayLoop {
  /// Who sits at the keyboard.
  public enum Players: Equatable {
    /// One student plays the seller against the scripted buyer.
    case solo
    /// Two students share the terminal: the buyer student speaks each buyer turn.
    case pair(seller: String, buyer: String)
  }

  /// How the loop ended.
  public enum Ending: Equatable {
    /// The session reached its end (a branch, patience, or the buyer player).
    case finished
    /// The student stopped with Ctrl-C or Ctrl-D, or the input closed.
    case stopped
    /// A stop signal arrived (SIGTERM, SIGHUP, SIGINT).
    case signal(TerminalSignal)
  }

  /// What the buyer student types in pair play to end the session early.
  public static let buyerDealCommand = "/成交"
  public static let buyerLeaveCommand = "/走人"

  let session: Session
  let players: Players
  let theme: Theme
  let screen: ChatScreen
  let onTurn: () throws -> Void
  let tick: Double
  /// Whether the buyer student has seen the persona card (pair play).
  private var personaShown = false

  public init(
    backend: TerminalBackend, session: Session, players: Players, theme: Theme,
    tick: Double = 0.1, onTurn: @escaping () throws -> Void
  ) {
    self.session = session
    self.players = players
    self.theme = theme
    self.tick = tick
    self.onTurn = onTurn
    self.screen = ChatScreen(
      backend: backend, theme: theme,
      prompt: PromptState(limit: session.limitSeconds, patience: session.patience))
  }

  private var isPair: Bool { players != .solo }

  /// Why the last save failed (a full disk, a folder gone), nil when it succeeded. A failed save
  /// does not end the session: the student is told once, play goes on, the next turn tries again.
  public var saveFailure: String? { saves.failure }
  private var saves = RecordSaves()

  private func save() {
    if let notice = saves.attempt(onTurn, goingOn: "练习继续，下一轮会再试") {
      screen.show([.system(notice)])
    }
  }

  private var buyerLabel: String {
    if case .pair(_, let buyer) = players { return ChatMessage.buyerLabel(buyer) }
    return ChatMessage.buyerLabel(session.scenario.persona?.name)
  }

  private var sellerLabel: String {
    if case .pair(let seller, _) = players, !seller.isEmpty { return seller }
    return ChatMessage.sellerSelf
  }

  /// Runs the session to its end, or until the student or a signal stops it. The terminal is in
  /// raw mode only while this runs.
  public func run() throws -> Ending {
    try screen.start()
    defer { screen.finish() }
    screen.show(layout: { [weak self] in self?.header(screenWidth: $0) ?? [] })
    if !isPair {
      speakBuyer(lines: nil)
      save()
    }
    while !session.isOver {
      let input: ReplyInput
      if case .buyerTurn = session.state {
        showPersonaCard()
        prepare(label: buyerLabel, phrases: [], notice: buyerHint)
        input = screen.readReply(elapsed: { nil }, tick: tick, allowsBlank: true)
      } else {
        prepare(label: sellerLabel, phrases: session.scenario.phrases, notice: nil)
        input = screen.readReply(
          elapsed: { Double(self.session.waitingMilliseconds) / 1000 }, tick: tick,
          onKey: { self.session.noteKeystroke() })
      }
      switch input {
      case .reply(let text):
        if case .buyerTurn = session.state {
          try buyerSays(text)
        } else {
          try sellerSays(text)
        }
      case .yielded:
        continue
      case .interrupted, .endOfInput:
        try stop()
        return .stopped
      case .signal(let signal):
        try stop()
        return .signal(signal)
      }
    }
    if session.isPastSpan && session.outcome == .unfinished {
      screen.show([.system(Self.pastSpanNote)])
    }
    screen.show([.system(endNote)])
    return .finished
  }

  /// What the screen says when a turn came after the 30 days a session may run.
  public static let pastSpanNote = "这场练习从开始到现在已超过 30 天（一份记录最长 30 天），到此为止，记录为未完成"

  private var buyerHint: String {
    "回车 = 说建议台词，或输入自己的话；\(Self.buyerDealCommand) 买下，\(Self.buyerLeaveCommand) 离开"
  }

  private func prepare(label: String, phrases: [String], notice: String?) {
    screen.prompt.label = VisibleText.sanitize(label)
    // A phrase is drawn in the hint and inserted into the line: shown visibly, like all
    // scenario text (a control sequence in it would reach the terminal through the styling).
    screen.prompt.editor = LineEditor(phrases: phrases.map { VisibleText.sanitize($0) })
    screen.prompt.showsPhrases = !phrases.isEmpty
    screen.prompt.notice = notice
    screen.prompt.patienceLeft = session.patienceLeft
  }

  private func buyerSays(_ text: String) throws {
    switch text {
    case Self.buyerDealCommand: session.buyerEnds(.deal)
    case Self.buyerLeaveCommand: session.buyerEnds(.lost)
    default: speakBuyer(lines: text.isEmpty ? nil : [text])
    }
    save()
  }

  private func sellerSays(_ text: String) throws {
    let shownBefore = session.messages.count
    guard let result = session.reply(text), let turn = session.turns.last else {
      if session.isOver { save() }  // stopped: past the 30 days a session may run
      return
    }
    var messages: [ChatMessage] = [
      .seller(
        name: sellerLabel, text: text, seconds: turn.responseSeconds, limit: session.limitSeconds)
    ]
    for finding in result.judgement.findings {
      let rule = session.rubric.rules.first { $0.description.id == finding.rule }
      messages.append(.system("\(rule?.description.name ?? finding.rule)：\(finding.message)"))
    }
    if result.patienceCost > 0 {
      messages.append(
        .system("买家的耐心 -\(result.patienceCost)，还剩 \(session.patienceLeft)/\(session.patience)"))
    }
    // A parting line (`end 流失: 台词`) the reply led to.
    for message in session.messages.dropFirst(shownBefore + 1) where message.role == .buyer {
      messages.append(.buyer(name: buyerLabel, text: message.text))
    }
    screen.show(messages)
    save()
    if !session.isOver && !isPair {
      speakBuyer(lines: nil)
      save()
    }
  }

  private func speakBuyer(lines: [String]?) {
    let said = session.startBuyerTurn(lines: lines)
    screen.show(said.map { .buyer(name: buyerLabel, text: $0) })
  }

  private func stop() throws {
    if case .buyerTurn = session.state, !isPair { session.startBuyerTurn() }
    session.interrupt()
    save()
    screen.show([.system(saveFailure == nil ? "练习已中断，记录已保存（未完成）" : "练习已中断，记录未能保存")])
  }

  private func header(screenWidth: Int) -> [String] {
    let s = session.scenario
    let width = max(20, screenWidth) - 1
    let clean = { (text: String) in VisibleText.sanitize(text) }
    var lines = [theme.heading("【\(clean(s.title ?? s.path))】")]
    var facts: [String] = []
    if let persona = s.persona { facts.append("买家：\(persona.name)") }
    if let product = s.product { facts.append("商品：\(clean(product))") }
    facts.append("回复时限 \(SecondsFormat.limit(session.limitSeconds)) 秒")
    lines += TextWrap.flow(facts, separator: "  ", width: width).map(theme.muted)
    var keys = ["回车发送"]
    if !s.phrases.isEmpty { keys.append("快捷短语：/2 回车直接发出，/2 Tab 插入") }
    keys.append("Ctrl-C 结束并保存")
    lines += TextWrap.flow(keys, separator: " · ", width: width).map(theme.muted)
    lines.append("")
    return lines
  }

  /// Shows the buyer student's card: the whole persona at the first buyer turn, afterwards only
  /// the patience and the suggested lines (the persona is already on the screen above).
  private func showPersonaCard() {
    guard case .pair(_, let buyer) = players else { return }
    let card = PersonaCard(
      player: VisibleText.sanitize(buyer), persona: session.scenario.persona,
      patienceLeft: session.patienceLeft, patience: session.patience,
      suggestions: session.currentNode?.lines.map { VisibleText.sanitize($0.text) } ?? [])
    let withPersona = !personaShown
    personaShown = true
    screen.show(layout: { [theme] width in
      PersonaCardRenderer.render(card, width: width, theme: theme, withPersona: withPersona)
    })
  }

  private var endNote: String {
    EndNote.text(session, unfinished: "练习结束（未完成）")
  }
}
