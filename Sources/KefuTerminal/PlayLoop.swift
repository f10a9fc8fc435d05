import Foundation
import KefuEngine
import KefuRubric
import KefuScenario
import KefuText

/// The interactive chat of `kefu play` and `kefu pair`: it draws the buyer's messages, edits
/// the reply with a live timer and status line, hands each reply to the session, and saves after
/// every turn through `onTurn`. It talks to the terminal only through `TerminalBackend`, and to
/// time only through the session's clock, so a test drives it with a scripted backend and a
/// manual clock.
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

  let backend: TerminalBackend
  let session: Session
  let players: Players
  let theme: Theme
  let onTurn: () throws -> Void
  /// How often the timer is redrawn while waiting for keys, in seconds.
  let tick: Double

  private var region = LiveRegion()
  private var decoder = KeyDecoder()
  private var editor: LineEditor
  private var notice: String?
  private var width: Int
  /// Whether this buyer turn's persona card is on screen (pair play).
  private var cardShown = false

  public init(
    backend: TerminalBackend, session: Session, players: Players, theme: Theme,
    tick: Double = 0.1, onTurn: @escaping () throws -> Void
  ) {
    self.backend = backend
    self.session = session
    self.players = players
    self.theme = theme
    self.tick = tick
    self.onTurn = onTurn
    self.editor = LineEditor(phrases: session.scenario.phrases)
    self.width = backend.size.columns
  }

  private var chat: ChatRenderer { ChatRenderer(width: width, theme: theme) }

  private var buyerLabel: String {
    if case .pair(_, let buyer) = players { return ChatMessage.buyerLabel(buyer) }
    return ChatMessage.buyerLabel(session.scenario.persona?.name)
  }

  private var sellerLabel: String {
    if case .pair(let seller, _) = players, !seller.isEmpty { return seller }
    return ChatMessage.sellerSelf
  }

  private var isPair: Bool { players != .solo }

  /// Runs the session to its end, or until the student or a signal stops it.
  public func run() throws -> Ending {
    printLines(header())
    if !isPair {
      speakBuyer(lines: nil)
      try onTurn()
    }
    while true {
      if session.isOver {
        printLines(endNote())
        backend.write(region.close())
        return .finished
      }
      let buyerTurn: Bool
      if case .buyerTurn = session.state { buyerTurn = true } else { buyerTurn = false }
      if buyerTurn && isPair && editor.phrases.count > 0 { editor.phrases = [] }
      if !buyerTurn && editor.phrases != session.scenario.phrases {
        editor.phrases = session.scenario.phrases
      }
      if buyerTurn && isPair && !cardShown {
        printLines(personaCard())
        cardShown = true
      }
      redraw(buyerTurn: buyerTurn)
      switch backend.read(timeout: tick) {
      case .bytes(let bytes):
        if let ending = try handle(decoder.decode(bytes), buyerTurn: buyerTurn) { return ending }
      case .timeout:
        if let ending = try handle(decoder.flush(), buyerTurn: buyerTurn) { return ending }
      case .resized:
        width = backend.size.columns
        backend.write(region.erase())
      case .signal(let signal):
        try stop()
        return .signal(signal)
      case .endOfFile:
        try stop()
        return .stopped
      }
    }
  }

  /// Applies keys; returns an ending when one of them ends the loop.
  private func handle(_ keys: [KeyEvent], buyerTurn: Bool) throws -> Ending? {
    for key in keys {
      if buyerTurn && isPair {
        if key == .enter && editor.text.trimmingCharacters(in: .whitespaces).isEmpty {
          speakBuyer(lines: nil)  // an empty Enter says the scripted lines
          try onTurn()
          continue
        }
      } else if !buyerTurn {
        switch key {
        case .text, .paste: session.noteKeystroke()
        default: break
        }
      }
      switch editor.apply(key) {
      case .submit(let text):
        notice = nil
        if buyerTurn {
          try buyerSays(text)
        } else {
          try sellerSays(text)
          if !session.isOver && !isPair {
            speakBuyer(lines: nil)
            try onTurn()
          }
        }
        if session.isOver { return nil }
      case .interrupt, .endOfInput:
        try stop()
        return .stopped
      case .redraw:
        backend.write(LiveRegion.clearScreen)
        region.reset()
      case .rejected(let message):
        notice = message
        if message == nil { backend.write("\u{07}") }
      case .edited:
        break
      }
    }
    return nil
  }

  private func buyerSays(_ text: String) throws {
    switch text {
    case Self.buyerDealCommand: session.buyerEnds(.deal)
    case Self.buyerLeaveCommand: session.buyerEnds(.lost)
    default: speakBuyer(lines: [text])
    }
    try onTurn()
  }

  private func sellerSays(_ text: String) throws {
    guard let result = session.reply(text), let turn = session.turns.last else { return }
    var lines = chat.lines(
      .seller(
        name: sellerLabel, text: text, seconds: turn.responseSeconds,
        limit: session.limitSeconds))
    for finding in result.judgement.findings {
      let name = session.rubric.rules.first { $0.description.id == finding.rule }?.description.name
      lines += chat.lines(.system("\(name ?? finding.rule)：\(finding.message)"))
    }
    if result.patienceCost > 0 {
      lines += chat.lines(
        .system("买家的耐心 -\(result.patienceCost)，还剩 \(session.patienceLeft)/\(session.patience)"))
    }
    printLines(lines)
    try onTurn()
  }

  private func speakBuyer(lines: [String]?) {
    let said = session.startBuyerTurn(lines: lines)
    printLines(said.flatMap { chat.lines(.buyer(name: buyerLabel, text: $0)) })
    cardShown = false
  }

  private func stop() throws {
    if case .buyerTurn = session.state, !isPair { session.startBuyerTurn() }
    session.interrupt()
    try onTurn()
    printLines(chat.lines(.system("练习已中断，记录已保存（未完成）")))
    backend.write(region.close())
  }

  private func printLines(_ lines: [String]) {
    guard !lines.isEmpty else { return }
    var s = region.erase()
    for line in lines { s += line + "\r\n" }
    backend.write(s)
  }

  private func redraw(buyerTurn: Bool) {
    let elapsed = buyerTurn ? nil : Double(session.waitingMilliseconds) / 1000
    var state = PromptState(
      elapsed: elapsed, limit: session.limitSeconds,
      patienceLeft: session.patienceLeft,
      patience: session.patience, label: buyerTurn ? buyerLabel : sellerLabel, editor: editor,
      notice: notice, showsPhrases: !buyerTurn)
    if buyerTurn {
      state.notice =
        notice ?? "回车 = 说建议台词；也可输入自己的话。\(Self.buyerDealCommand) 买下，\(Self.buyerLeaveCommand) 离开"
    }
    backend.write(region.draw(PromptRenderer.frame(state, width: width, theme: theme)))
  }

  private func header() -> [String] {
    let s = session.scenario
    var lines = [theme.heading("【\(s.title ?? s.path)】")]
    var facts: [String] = []
    if let persona = s.persona { facts.append("买家：\(persona.name)") }
    if let product = s.product { facts.append("商品：\(product)") }
    facts.append("回复时限 \(ChatRenderer.limit(session.limitSeconds)) 秒")
    lines += TextWrap.lines(facts.joined(separator: "  "), width: width - 1).map(theme.muted)
    lines.append(
      theme.muted(
        DisplayWidth.truncated("回车发送 · Tab 或 /1…/9 快捷短语 · Ctrl-C 结束并保存", to: width - 1)))
    lines.append("")
    return lines
  }

  private func personaCard() -> [String] {
    guard case .pair(_, let buyer) = players else { return [] }
    let card = PersonaCard(
      player: buyer, persona: session.scenario.persona, patienceLeft: session.patienceLeft,
      patience: session.patience, suggestions: session.currentNode?.lines.map(\.text) ?? [])
    return PersonaCardRenderer.render(card, width: width, theme: theme)
  }

  private func endNote() -> [String] {
    let text: String
    switch (session.outcome, session.endReason) {
    case (.lost, .patience?): text = "买家没有耐心了，离开了（流失）"
    case (.deal, _): text = "买家下单了（成交）"
    case (.lost, _): text = "买家离开了（流失）"
    default: text = "练习结束（未完成）"
    }
    return chat.lines(.system(text))
  }
}
