import KefuEngine
import KefuNet
import KefuRecords
import KefuRubric
import KefuScenario
import KefuText

/// The screen of `kefu host` and `kefu join`, one loop for both computers and both roles: the
/// seller's front end (chat, live timer, quick phrases) and the buyer's (the persona card once,
/// then the node's suggested lines each turn: Enter says them, typed text is said instead). It
/// reads keys through a `ChatScreen`, asks its `NetSide` for news every tick, and passes the
/// player's moves on. The seller's response time is measured here, on the seller's own machine:
/// from drawing the buyer's message to pressing Enter.
public final class NetPlayLoop {
  /// How the loop ended.
  public enum Ending: Equatable {
    /// The session ended (see `ending` for why).
    case finished
    /// The player pressed Ctrl-C while the partner was there: the partner waits for them to
    /// come back with the same command.
    case left
    /// A stop signal: handled like leaving.
    case signal(TerminalSignal)
  }

  let side: NetSide
  let theme: Theme
  let screen: ChatScreen
  let tick: Double
  let onChange: () throws -> Void
  /// Why the session ended, once it has.
  public private(set) var ending: NetEnding?
  /// Why the last save failed (a full disk, a folder gone), nil when it succeeded. As in
  /// `PlayLoop`, a failed save does not end the session: the player is told once, play goes on,
  /// the next change tries again.
  public var saveFailure: String? { saves.failure }
  private var saves = RecordSaves()

  private var shownMessages = 0
  private var cardShown = false
  private var headerShown = false
  private var suggestedAt: Int?
  /// While it is this player's turn as seller: when the buyer's message was drawn (clock ms).
  private var shownAt: Int?
  private var firstKeyAt: Int?
  /// A move was sent to the host and its event has not come back yet (events count then).
  private var awaiting: Int?
  private var patienceSeen: Int?
  private var countdown: Int?
  private var pending: [NetNotice] = []

  public init(
    backend: TerminalBackend, side: NetSide, theme: Theme, tick: Double = 0.1,
    onChange: @escaping () throws -> Void
  ) {
    self.side = side
    self.theme = theme
    self.tick = tick
    self.onChange = onChange
    screen = ChatScreen(backend: backend, theme: theme, prompt: PromptState())
  }

  /// What the buyer player types to end the session (as in `kefu pair`).
  public static var buyerDealCommand: String { PlayLoop.buyerDealCommand }
  public static var buyerLeaveCommand: String { PlayLoop.buyerLeaveCommand }

  private var session: Session? { side.model?.session }

  private var myTurn: Bool {
    guard awaiting == nil, side.phase != .over, let session else { return false }
    switch (side.role, session.state) {
    case (.buyer, .buyerTurn), (.seller, .sellerTurn): return true
    default: return false
    }
  }

  /// Runs until the session ends or the player leaves. Raw mode only while this runs.
  public func run() throws -> Ending {
    try screen.start()
    defer { screen.finish() }
    while true {
      let notices = pending + side.poll()
      pending = []
      react(to: notices)
      refresh()
      if side.phase == .over {
        if ending == nil { ending = .finished }
        screen.show([.system(endNote)])
        return .finished
      }
      configurePrompt()
      let input = screen.readReply(
        elapsed: { self.shownAt.map { Double(self.side.clock.nowMilliseconds - $0) / 1000 } },
        tick: tick, allowsBlank: myTurn && side.role == .buyer,
        onKey: {
          if self.shownAt != nil && self.firstKeyAt == nil {
            self.firstKeyAt = self.side.clock.nowMilliseconds
          }
        },
        yieldWhen: {
          self.pending += self.side.poll()
          return !self.pending.isEmpty || self.side.secondsLeftForRejoin != self.countdown
        })
      switch input {
      case .reply(let text): send(text)
      case .yielded: continue
      case .interrupted, .endOfInput:
        if side.phase == .connected {
          side.leave()
          screen.show([.system("你已离开。一分钟内重新运行同一条命令即可接着练；记录已保存")])
          return .left
        }
        side.endNow()
        ending = .stopped
        save()
      case .signal(let signal):
        side.leave()
        return .signal(signal)
      }
    }
  }

  // MARK: - News

  private func react(to notices: [NetNotice]) {
    var changed = false
    for notice in notices {
      switch notice {
      case .partnerJoined(let player):
        let role = player.role == .buyer ? "买家" : "客服"
        let name = player.name.isEmpty ? "对方" : "「\(player.name)」"
        screen.show([.system("\(name)加入了，扮演\(role)。练习开始")])
        changed = true
      case .partnerAway(let byChoice):
        screen.show([
          .system(
            (byChoice ? "对方按 Ctrl-C 离开了" : "与对方的连接断了")
              + "。等对方用同一条命令重新加入（最多 \(rejoinSeconds) 秒），记录已保存")
        ])
        changed = true
      case .partnerBack:
        screen.show([.system("对方回来了，接着练")])
      case .advanced:
        awaiting = nil
        changed = true
      case .log(let text):
        screen.show([.system(text)])
      case .over(let why):
        ending = why
        changed = true
      }
    }
    if changed { save() }
  }

  private func save() {
    if let notice = saves.attempt(onChange, goingOn: "练习继续，下一次再试") {
      screen.show([.system(notice)])
    }
  }

  private var rejoinSeconds: Int {
    guard case .partnerAway(let deadline, _) = side.phase else { return 60 }
    return max(0, (deadline - side.clock.nowMilliseconds + 999) / 1000)
  }

  /// Shows what is new in the session: messages, the persona card, suggestions, the timer start.
  private func refresh() {
    guard let session else { return }
    if !headerShown {
      headerShown = true
      screen.prompt.limit = session.limitSeconds
      screen.prompt.patience = session.patience
      screen.show(layout: { [weak self] in self?.header(session, screenWidth: $0) ?? [] })
    }
    if side.role == .buyer && !cardShown {
      cardShown = true
      let card = PersonaCard(
        player: side.recordInfo?.players.first { $0.role == .buyer }?.name,
        persona: session.scenario.persona, patienceLeft: session.patienceLeft,
        patience: session.patience, suggestions: [])
      screen.show(layout: { [theme] in PersonaCardRenderer.render(card, width: $0, theme: theme) })
    }
    let messages = session.messages
    if shownMessages > messages.count { shownMessages = 0 }
    var sellerIndex = messages[..<shownMessages].filter { $0.role == .seller }.count
    var out: [ChatMessage] = []
    for m in messages[shownMessages...] {
      switch m.role {
      case .buyer:
        out.append(.buyer(name: buyerLabel, text: m.text))
      case .seller:
        let turn = sellerIndex < session.turns.count ? session.turns[sellerIndex] : nil
        sellerIndex += 1
        out.append(
          .seller(
            name: sellerLabel, text: m.text, seconds: turn?.responseSeconds,
            limit: session.limitSeconds))
        for finding in turn?.judgement.findings ?? [] {
          let rule = session.rubric.rules.first { $0.description.id == finding.rule }
          out.append(.system("\(rule?.description.name ?? finding.rule)：\(finding.message)"))
        }
      }
    }
    shownMessages = messages.count
    if let seen = patienceSeen, session.patienceLeft < seen {
      out.append(
        .system(
          "买家的耐心 -\(seen - session.patienceLeft)，还剩 \(session.patienceLeft)/\(session.patience)"))
    }
    patienceSeen = session.patienceLeft
    if !out.isEmpty { screen.show(out) }
    if side.role == .seller, myTurn, shownAt == nil {
      shownAt = side.clock.nowMilliseconds  // the buyer's message is on the screen now
      firstKeyAt = nil
    }
    if side.role == .buyer, myTurn, suggestedAt != side.model?.events.count,
      let node = session.currentNode
    {
      suggestedAt = side.model?.events.count
      let heading = theme.heading("台词建议（回车照说，或输入自己的话）：")
      screen.show(layout: { width in
        [heading]
          + node.lines.flatMap {
            TextWrap.lines($0.text, prefix: "  > ", width: max(20, width) - 1)
          }
      })
    }
  }

  private var buyerLabel: String {
    let buyer = side.recordInfo?.players.first { $0.role == .buyer }?.name
    if side.role == .buyer { return ChatMessage.buyerLabel(buyer.map { "\($0)（我）" }) }
    return ChatMessage.buyerLabel(buyer ?? session?.scenario.persona?.name)
  }

  private var sellerLabel: String {
    if side.role == .seller { return ChatMessage.sellerSelf }
    let seller = side.recordInfo?.players.first { $0.role == .seller }?.name ?? ""
    return seller.isEmpty ? "客服" : "客服·" + seller
  }

  private func configurePrompt() {
    countdown = side.secondsLeftForRejoin
    let session = self.session
    screen.prompt.label = side.role == .seller ? ChatMessage.sellerSelf : "我（买家）"
    screen.prompt.patienceLeft = session?.patienceLeft
    let phrases = (side.role == .seller ? session?.scenario.phrases ?? [] : []).map {
      VisibleText.sanitize($0)
    }
    if screen.prompt.editor.phrases != phrases {
      screen.prompt.editor = LineEditor(phrases: phrases, text: screen.prompt.editor.text)
    }
    screen.prompt.showsPhrases = !phrases.isEmpty
    switch side.phase {
    case .waitingForPartner:
      screen.prompt.idleStatus = "等待同学加入…"
      screen.prompt.notice = "对方输入 kefu join 那一行后练习开始；Ctrl-C 取消"
    case .partnerAway:
      screen.prompt.idleStatus = "对方不在"
      screen.prompt.notice = "等对方重新加入（还剩 \(countdown ?? 0) 秒）；Ctrl-C 结束练习（记为未完成）"
    case .connected, .over:
      screen.prompt.notice = nil
      if awaiting != nil {
        screen.prompt.idleStatus = "已发送…"
      } else if myTurn {
        screen.prompt.idleStatus = "轮到你说话"
        if side.role == .buyer {
          screen.prompt.notice =
            "回车 = 说建议台词，或输入自己的话；\(Self.buyerDealCommand) 买下，\(Self.buyerLeaveCommand) 离开"
        }
      } else {
        screen.prompt.idleStatus = side.role == .seller ? "等待买家说话…" : "等待客服回复…"
      }
    }
  }

  // MARK: - Moves

  private func send(_ text: String) {
    guard myTurn, let model = side.model else {
      screen.prompt.editor.setText(text)
      let why =
        side.phase == .connected
        ? "还没轮到你，等对方说完" : (side.phase == .waitingForPartner ? "对方还没加入" : "对方不在")
      screen.show([.system(why + "（你输入的话还在输入行里）")])
      return
    }
    let before = model.events.count
    var sent = false
    switch side.role {
    case .buyer:
      switch text {
      case Self.buyerDealCommand: sent = side.buyerEnds(.deal)
      case Self.buyerLeaveCommand: sent = side.buyerEnds(.lost)
      default: sent = side.buyerSays(text.isEmpty ? nil : [text])
      }
    case .seller:
      let now = side.clock.nowMilliseconds
      let shown = shownAt ?? now
      sent = side.sellerReplies(
        text: text, responseMs: now - shown, firstKeyMs: firstKeyAt.map { max(0, $0 - shown) })
      if sent {
        shownAt = nil
        firstKeyAt = nil
      }
    }
    if !sent {
      screen.prompt.editor.setText(text)
      screen.show([.system(Self.unsentNote(text))])
    } else if model.events.count == before {
      awaiting = before  // the host's event will confirm it
    }
  }

  /// Why a text was not sent: too many characters, too many bytes for a line (emoji), or
  /// else the link or a control character.
  static func unsentNote(_ text: String) -> String {
    let limit = NetProtocol.maxTextCharacters
    let kept = "（你输入的话还在输入行里）"
    if text.count > limit {
      return "这条有 \(text.count) 个字，联机时一条最多 \(limit) 个字，没有发出去：请删短一些再发" + kept
    }
    if NetText.isTooLong(text) {
      return "这条里表情符号太多，一条联机消息装不下，没有发出去：请删掉一些再发" + kept
    }
    return "没有发出去（含控制字符，或连接刚断开），请再试一次" + kept
  }

  // MARK: - Text

  private func header(_ session: Session, screenWidth: Int) -> [String] {
    let s = session.scenario
    let width = max(20, screenWidth) - 1
    // Shown visibly before any styling is added (the screen lets styling through).
    let clean = { (text: String) in VisibleText.sanitize(text) }
    var lines = [theme.heading("【\(clean(s.title ?? s.path))】联机练习")]
    var facts: [String] = []
    facts.append("你扮演：" + (side.role == .seller ? "客服" : "买家"))
    if let partner = side.partner, !partner.name.isEmpty {
      facts.append("对方：\(clean(partner.name))")
    }
    if let persona = s.persona { facts.append("买家性格：\(persona.name)") }
    if let product = s.product { facts.append("商品：\(clean(product))") }
    facts.append("回复时限 \(SecondsFormat.limit(session.limitSeconds)) 秒")
    // Each fact and each key stays whole on a narrow screen (as in solo play): a line break
    // goes between them, never inside 「买家性格：小气」 or 「Ctrl-C」.
    lines += TextWrap.flow(facts, separator: "  ", width: width).map(theme.muted)
    var keys = ["回车发送"]
    if side.role == .seller && !s.phrases.isEmpty { keys.append("快捷短语：/2 回车直接发出，/2 Tab 插入") }
    keys.append("Ctrl-C 离开（一分钟内可回来）")
    lines += TextWrap.flow(keys, separator: " · ", width: width).map(theme.muted)
    lines.append("")
    return lines
  }

  private var endNote: String {
    guard let session else { return "练习已取消，没有人加入" }
    switch ending {
    case .partnerGone?: return "对方没有在一分钟内回来，练习结束（未完成），记录已保存"
    case .stopped?: return "练习已结束（未完成），记录已保存"
    default: break
    }
    return EndNote.text(session, unfinished: "练习结束（未完成）")
  }
}
