import Foundation
import KefuEngine
import KefuRecords
import KefuRubric
import KefuScenario

/// The joining side of a net session (`kefu join`): it says hello with the join code, receives
/// the scenario, the rubric and the events so far, and holds the same `NetSessionModel` as the
/// host by applying every event the host sends. Its player's moves go to the host, which
/// decides. When the host goes away it keeps trying to reconnect until the rejoin window ends.
public final class NetGuest: NetSide {
  public let clock: SessionClock
  public let timeouts: NetTimeouts
  public let host: String
  public let port: Int
  public let code: String
  public let player: RecordPlayer
  public let appVersion: String
  public private(set) var role: ChatRole = .buyer
  public private(set) var model: NetSessionModel?
  public private(set) var phase: NetPhase = .waitingForPartner
  public private(set) var partner: RecordPlayer?
  public private(set) var recordInfo: NetRecordInfo?

  private var link: NetConnection?
  /// A reconnection that has said hello and waits for the answer.
  private var handshake: (link: NetConnection, since: Int)?
  /// The secret of this computer's seat in the session (the welcome's `token`): sent with every
  /// hello, so the host lets this player and no one else back into the seat. `kefu join` keeps
  /// it in the records folder, so that running the same command again carries on.
  public private(set) var token: String?
  private var sessionID: String?
  private var lastHeard = 0
  private var lastSent = 0
  private var nextRetry = 0
  private var notices: [NetNotice] = []
  /// The player's last move, until the host's event for it arrives; sent again after a
  /// reconnection if the host never got it (a pulled cable swallows what was in flight).
  private var unconfirmed: (message: NetMessage, events: Int)?

  public init(
    host: String, port: Int, code: String, player: RecordPlayer, appVersion: String,
    token: String? = nil, timeouts: NetTimeouts = .standard,
    clock: SessionClock = MonotonicClock()
  ) {
    self.token = token
    self.host = host
    self.port = port
    self.code = code
    self.player = player
    self.appVersion = appVersion
    self.timeouts = timeouts
    self.clock = clock
  }

  deinit {
    link?.close()
    handshake?.link.close()
  }

  /// Connects, says hello and waits for the welcome. Throws `NetError` with a message that says
  /// what went wrong: nothing listening, a wrong code, another version, a full session.
  /// `pump` runs while waiting for the answer (a test drives its in-process host there).
  public func join(pump: () -> Void = {}) throws {
    let link = try Sockets.connect(
      host: host, port: port, timeout: timeouts.connect, maxLine: NetProtocol.maxHostLine)
    guard link.send(hello) else {
      throw NetError("连接 \(host):\(port) 后对方立即断开了：那里可能不是 kefu host")
    }
    let deadline = clock.nowMilliseconds + timeouts.ms(timeouts.handshake)
    while clock.nowMilliseconds < deadline {
      pump()
      _ = link.waitReadable(timeout: 0.02)
      switch link.read() {
      case .closed:
        throw NetError("\(host):\(port) 断开了连接，没有回答：那里可能不是 kefu host")
      case .oversized, .notText:
        throw NetError("\(host):\(port) 发来的不是 kefu 的回答：那里可能不是 kefu host")
      case .lines(let lines):
        guard let first = lines.first else { continue }
        let message: NetMessage
        do {
          message = try NetMessage.decode(first)
        } catch {
          throw NetError("\(host):\(port) 发来的不是 kefu 的回答：那里可能不是 kefu host")
        }
        switch message {
        case .welcome(let welcome):
          try accept(welcome)
          self.link = link
          let now = clock.nowMilliseconds
          lastHeard = now
          lastSent = now
          handle(Array(lines.dropFirst()), now)
          return
        case .refused(let reason, let version, let app):
          throw NetError(refusalMessage(reason, version: version, app: app))
        default:
          throw NetError("\(host):\(port) 的回答不合协议：那里可能不是 kefu host")
        }
      }
    }
    throw NetError(
      "\(host):\(port) 在 \(Int(timeouts.handshake)) 秒内没有回答：那里可能不是 kefu host，或者对方的 kefu 卡住了")
  }

  private var hello: String {
    NetMessage.hello(NetHello(appVersion: appVersion, code: code, player: player, token: token))
      .line
  }

  private func refusalMessage(_ reason: NetRefusal, version: Int, app: String) -> String {
    switch reason {
    case .code: return "加入码 \(code) 不对：请照抄 kefu host 显示的那一行（--code 后面的 4 位数字）"
    case .version:
      return "版本不同：主机运行的是 kefu \(app)（联机协议 \(version)），本机是 kefu \(appVersion)"
        + "（联机协议 \(NetProtocol.version)）。两台电脑要用同一版本的 kefu"
    case .busy:
      // With a token the seat is taken by a link still up: the same command in another window.
      return "这场联机练习已经有两位同学在练了，不能再加入"
        + (token == nil ? "" : "。你的座位还连着：如果这条命令已经在本机另一个窗口里运行，请回到那个窗口接着练")
    case .kept:
      // Read by a classmate who has the code and by the partner whose seat file is elsewhere
      // (another folder, another computer): the host cannot tell them apart.
      return "这场联机练习的一位同学刚才离开了，座位为他保留到练习结束，别的同学不能加入"
        + "（离开的那位同学在原来那台电脑上、用原来的记录文件夹重新运行同一条命令就能回来）"
    case .crowded:
      return "主机那边同时在等待加入的连接太多（有人连上了却不说话），请过十几秒再运行同一条命令"
    case .over: return "这场联机练习已经结束了"
    }
  }

  /// Takes a welcome: builds the session the first time, catches up on a rejoin.
  private func accept(_ welcome: NetWelcome) throws {
    guard welcome.protocolVersion == NetProtocol.version, welcome.appVersion == appVersion else {
      throw NetError(
        refusalMessage(.version, version: welcome.protocolVersion, app: welcome.appVersion))
    }
    if let sessionID, sessionID != welcome.sessionID {
      throw NetError("重新连上的主机开始了另一场练习，本场到此结束")
    }
    // Names are shown here and written to this computer's record: as the host sends them
    // (`NetText.cleaned`), at most 40 characters without control characters.
    guard let startedAt = RecordTime.parse(welcome.startedAt), welcome.players.count == 2,
      welcome.players.allSatisfy({ NetText.isCleaned($0) })
    else { throw NetError("主机发来的练习信息不完整") }
    if let model {
      // A rejoin: the host's events start with ours; apply the rest.
      let known = model.events.count
      if welcome.events.count >= known && Array(welcome.events.prefix(known)) == model.events {
        for event in welcome.events.dropFirst(known) where !model.apply(event) {
          throw NetError("主机发来的练习进度对不上")
        }
        return
      }
    }
    guard welcome.scenarioText.utf8.count <= NetProtocol.maxFileBytes else {
      throw NetError("主机发来的场景文件太大")
    }
    // Its lines are shown on this screen: no terminal control may come with them.
    let textLines = welcome.scenarioText.split(omittingEmptySubsequences: true) {
      $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t"
    }
    guard textLines.allSatisfy({ NetText.isClean(String($0)) }) else {
      throw NetError("主机发来的场景文件含有控制字符，无法使用")
    }
    let lint = ScenarioLinter.lint(
      bytes: Array(welcome.scenarioText.utf8), path: welcome.scenarioPath,
      ruleIDs: RuleRegistry.ids)
    guard let scenario = lint.playable, scenario.contentHash == welcome.scenarioHash else {
      throw NetError("主机发来的场景文件无法使用")
    }
    var rubric = Rubric()
    if let text = welcome.rubricText {
      do {
        rubric = Rubric(settings: try RubricSettings.parse(text, path: "主机的评分参数"))
      } catch {
        throw NetError("主机的评分参数无法使用：\(error)")
      }
    }
    let model = NetSessionModel(scenario: scenario, rubric: rubric, seed: welcome.seed)
    for event in welcome.events where !model.apply(event) {
      throw NetError("主机发来的练习进度对不上")
    }
    self.model = model
    role = welcome.role
    token = welcome.token
    sessionID = welcome.sessionID
    partner = welcome.players.first { $0.role != welcome.role }
    recordInfo = NetRecordInfo(
      sessionID: welcome.sessionID, startedAt: startedAt, seed: welcome.seed,
      players: welcome.players)
    phase = model.session.isOver ? .over : .connected
  }

  public func poll() -> [NetNotice] {
    let now = clock.nowMilliseconds
    if let link {
      switch link.read() {
      case .closed: lose(byChoice: false)
      case .oversized, .notText: lose(byChoice: false, log: "主机发来无法识别的数据，已断开，正在重连")
      case .lines(let lines):
        if !lines.isEmpty { lastHeard = now }
        handle(lines, now)
        if self.link != nil && now - lastHeard > timeouts.ms(timeouts.silence) {
          lose(byChoice: false, log: "主机 \(Int(timeouts.silence)) 秒没有任何回应，视为断线")
        }
      }
    }
    if let link, now - lastSent >= timeouts.ms(timeouts.heartbeat) {
      if !link.send(NetMessage.ping.line) { lose(byChoice: false) }
      lastSent = now
    }
    if case .partnerAway(let deadline, _) = phase {
      if now >= deadline {
        handshake?.link.close()
        handshake = nil
        model?.session.interrupt()
        phase = .over
        notices.append(.over(.partnerGone))
      } else {
        reconnect(now)
      }
    }
    defer { notices = [] }
    return notices
  }

  private func handle(_ lines: [String], _ now: Int) {
    for line in lines {
      guard link != nil, let model else { return }
      guard let message = try? NetMessage.decode(line) else {
        return lose(byChoice: false, log: "主机发来无法识别的数据，已断开，正在重连")
      }
      switch message {
      case .ping: continue
      case .leave: lose(byChoice: true)
      case .event(let seq, let event):
        guard seq == model.events.count + 1, model.apply(event) else {
          return lose(byChoice: false, log: "主机发来的事件顺序不对，已断开，正在重连")
        }
        unconfirmed = nil
        notices.append(.advanced)
        if model.session.isOver {
          phase = .over
          notices.append(.over(.finished))
          self.link?.close()
          self.link = nil
        }
      default:
        return lose(byChoice: false, log: "主机发来不合时宜的消息，已断开，正在重连")
      }
    }
  }

  private func lose(byChoice: Bool, log: String? = nil) {
    link?.close()
    link = nil
    if let log { notices.append(.log(log)) }
    guard phase != .over else { return }
    let now = clock.nowMilliseconds
    phase = .partnerAway(deadline: now + timeouts.ms(timeouts.rejoinWindow), byChoice: byChoice)
    nextRetry = now
    notices.append(.partnerAway(byChoice: byChoice))
  }

  /// While the host is away: try to connect now and then, say hello, wait for the welcome.
  private func reconnect(_ now: Int) {
    if let (pending, since) = handshake {
      switch pending.read() {
      case .lines(let lines):
        guard let first = lines.first else {
          if now - since > timeouts.ms(timeouts.handshake) {
            pending.close()
            handshake = nil
          }
          return
        }
        handshake = nil
        switch try? NetMessage.decode(first) {
        case .welcome(let welcome)?:
          do {
            try accept(welcome)
          } catch {
            pending.close()
            notices.append(.log("\(error)"))
            model?.session.interrupt()
            phase = .over
            notices.append(.over(.partnerGone))
            return
          }
          link = pending
          lastHeard = now
          lastSent = now
          if phase != .over { phase = .connected }
          if let move = unconfirmed {
            if model?.events.count == move.events {
              _ = send(move.message)
            } else {
              unconfirmed = nil
            }
          }
          notices.append(.partnerBack)
          notices.append(.advanced)
          handle(Array(lines.dropFirst()), now)
        case .refused(.over, _, _)?:
          pending.close()
          model?.session.interrupt()
          phase = .over
          notices.append(.over(.partnerGone))
        default:
          pending.close()
        }
      default:
        pending.close()
        handshake = nil
      }
      return
    }
    guard now >= nextRetry else { return }
    nextRetry = now + timeouts.ms(timeouts.retry)
    // A short timeout: the screen's timer must keep ticking while the host is unreachable.
    guard
      let pending = try? Sockets.connect(
        host: host, port: port, timeout: min(timeouts.connect, 0.3),
        maxLine: NetProtocol.maxHostLine), pending.send(hello)
    else { return }
    handshake = (pending, now)
  }

  // MARK: - This computer's player

  private func send(_ message: NetMessage) -> Bool {
    guard let link, phase != .over else { return false }
    if link.send(message.line) {
      lastSent = clock.nowMilliseconds
      if let count = model?.events.count { unconfirmed = (message, count) }
      return true
    }
    lose(byChoice: false)
    return false
  }

  public func buyerSays(_ lines: [String]?) -> Bool {
    guard role == .buyer, case .buyerTurn? = model?.session.state else { return false }
    if let lines, !lines.allSatisfy(NetText.isAcceptable) { return false }
    return send(.say(lines: lines))
  }

  public func buyerEnds(_ outcome: EndOutcome) -> Bool {
    guard role == .buyer, case .buyerTurn? = model?.session.state else { return false }
    return send(.buyerEnd(outcome))
  }

  public func sellerReplies(text: String, responseMs: Int, firstKeyMs: Int?) -> Bool {
    guard role == .seller, case .sellerTurn? = model?.session.state, NetText.isAcceptable(text)
    else { return false }
    return send(.reply(text: text, responseMs: responseMs, firstKeyMs: firstKeyMs))
  }

  public func leave() {
    link?.send(NetMessage.leave.line)
    link?.close()
    link = nil
    handshake?.link.close()
    handshake = nil
  }

  public func endNow() {
    guard phase != .over else { return }
    leave()
    model?.session.interrupt()
    phase = .over
  }

  /// Whether the connection to the host is up now.
  public var isConnected: Bool { link != nil }
}
