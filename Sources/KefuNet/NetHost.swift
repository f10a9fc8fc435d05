import Foundation
import KefuEngine
import KefuRecords
import KefuRubric
import KefuScenario

/// The host of a net session, and its authority: it holds the scenario, the rubric, the session
/// clock and the session; it listens, checks each newcomer's version and join code, lets one
/// partner in, turns every move (its own player's and the partner's) into an event, applies it
/// and sends it on. It never prints: what the screen should know comes back from `poll()`.
public final class NetHost: NetSide {
  /// What a host needs to open a session.
  public struct Setup {
    public var scenario: Scenario
    /// The scenario file's text, sent to the partner (its hash must be the scenario's).
    public var scenarioText: String
    public var rubric: Rubric
    /// The `--rubric` file's text, nil for the standard rubric.
    public var rubricText: String?
    public var seed: UInt64
    /// The host's player; `role` is the role the host plays.
    public var player: RecordPlayer
    public var code: String
    public var appVersion: String
    public var bind: String
    public var port: Int
    /// A session to carry on (the host was stopped and started again).
    public var resume: NetResume?

    public init(
      scenario: Scenario, scenarioText: String, rubric: Rubric, rubricText: String?,
      seed: UInt64, player: RecordPlayer, code: String, appVersion: String,
      bind: String = "0.0.0.0", port: Int = NetProtocol.defaultPort, resume: NetResume? = nil
    ) {
      self.scenario = scenario
      self.scenarioText = scenarioText
      self.rubric = rubric
      self.rubricText = rubricText
      self.seed = seed
      self.player = player
      self.code = code
      self.appVersion = appVersion
      self.bind = bind
      self.port = port
      self.resume = resume
    }
  }

  /// A connection that has not yet been let in.
  private final class Newcomer {
    let link: NetConnection
    let since: Int
    /// A wrong code: refused at this time, not before.
    var refuseAt: Int?
    init(link: NetConnection, since: Int) {
      self.link = link
      self.since = since
    }
  }

  public let role: ChatRole
  public let clock: SessionClock
  public let timeouts: NetTimeouts
  public let code: String
  /// The port listened on (the one asked for, or the one the system picked for port 0).
  public let port: Int
  public private(set) var model: NetSessionModel?
  public private(set) var phase: NetPhase
  public private(set) var partner: RecordPlayer?
  public private(set) var recordInfo: NetRecordInfo?
  /// The secret a partner's welcome carries, so the same partner can take its place again
  /// after a silent drop while a third person cannot.
  public private(set) var token: String

  private let setup: Setup
  private let listener: NetListener
  private var newcomers: [Newcomer] = []
  private var link: NetConnection?
  private var lastHeard = 0
  private var lastSent = 0
  private var wrongCodes = 0
  private var lastRefusal = 0
  /// The real-clock moment of session time 0.
  private var origin = 0
  private var notices: [NetNotice] = []

  /// Opens the listening socket. Throws `NetError` (port taken, no such address).
  public init(
    _ setup: Setup, timeouts: NetTimeouts = .standard, clock: SessionClock = MonotonicClock()
  ) throws {
    self.setup = setup
    self.role = setup.player.role
    self.clock = clock
    self.timeouts = timeouts
    self.code = setup.code
    listener = try NetListener(address: setup.bind, port: setup.port)
    port = listener.port
    phase = .waitingForPartner
    token = NetHost.makeToken()
    if let resume = setup.resume {
      let model = NetSessionModel(
        scenario: setup.scenario, rubric: setup.rubric, seed: resume.info.seed)
      for event in resume.events where !model.apply(event) { break }
      self.model = model
      recordInfo = resume.info
      token = resume.token
      partner = resume.info.players.first { $0.role != role }
      origin = clock.nowMilliseconds - model.nowMilliseconds
      phase =
        model.session.isOver
        ? .over
        : .partnerAway(
          deadline: clock.nowMilliseconds + timeouts.ms(timeouts.rejoinWindow), byChoice: true)
    }
  }

  deinit {
    link?.close()
    listener.close()
  }

  /// The role the partner plays.
  public var partnerRole: ChatRole { role == .seller ? .buyer : .seller }

  /// Whether a partner is connected now.
  public var hasPartnerConnected: Bool { link != nil }

  /// A four-digit join code from the system's random source.
  public static func makeCode() -> String {
    String(format: "%04d", Int.random(in: 0...9999))
  }

  static func makeToken() -> String {
    (0..<4).map { _ in String(UInt32.random(in: 0...UInt32.max), radix: 16) }.joined()
  }

  /// Session time now: milliseconds since the partner first joined.
  private var sessionNow: Int { clock.nowMilliseconds - origin }

  public func poll() -> [NetNotice] {
    let now = clock.nowMilliseconds
    acceptNewcomers(now)
    serveNewcomers(now)
    servePartner(now)
    if let link, now - lastSent >= timeouts.ms(timeouts.heartbeat) {
      if !link.send(NetMessage.ping.line) { lose(log: nil, byChoice: false) }
      lastSent = now
    }
    if case .partnerAway(let deadline, _) = phase, now >= deadline {
      model?.session.interrupt()
      phase = .over
      notices.append(.over(.partnerGone))
    }
    defer { notices = [] }
    return notices
  }

  // MARK: - Newcomers

  private func acceptNewcomers(_ now: Int) {
    while let link = listener.accept(maxLine: NetProtocol.maxClientLine) {
      let fromThere = newcomers.filter { $0.link.address == link.address }.count
      if newcomers.count >= timeouts.maxHandshakes || fromThere >= timeouts.maxHandshakesPerAddress
      {
        link.send(refusal(.crowded))
        link.close()
        notices.append(.log("同时连接的太多，拒绝了来自 \(link.peer) 的连接"))
        continue
      }
      newcomers.append(Newcomer(link: link, since: now))
    }
  }

  private func serveNewcomers(_ now: Int) {
    var kept: [Newcomer] = []
    for newcomer in newcomers {
      if serve(newcomer, now) { kept.append(newcomer) }
    }
    newcomers = kept
  }

  /// Handles one newcomer; false when it is done with (let in or sent away).
  private func serve(_ newcomer: Newcomer, _ now: Int) -> Bool {
    let link = newcomer.link
    if let at = newcomer.refuseAt {
      guard now >= at else { return true }
      link.send(refusal(.code))
      link.close()
      return false
    }
    if now - newcomer.since > timeouts.ms(timeouts.handshake) {
      notices.append(.log("来自 \(link.peer) 的连接 \(Int(timeouts.handshake)) 秒内没有发来问候，已断开"))
      link.close()
      return false
    }
    switch link.read() {
    case .closed:
      link.close()
      return false
    case .oversized:
      notices.append(.log("来自 \(link.peer) 的连接发来超长的消息，已断开"))
      link.close()
      return false
    case .notText:
      notices.append(.log("来自 \(link.peer) 的连接发来的不是文本，已断开"))
      link.close()
      return false
    case .lines(let lines):
      guard let first = lines.first else { return true }
      guard case .hello(let hello)? = try? NetMessage.decode(first) else {
        notices.append(.log("来自 \(link.peer) 的连接发来无法识别的数据（不是 kefu join），已断开"))
        link.close()
        return false
      }
      return admit(newcomer, hello, rest: Array(lines.dropFirst()), now)
    }
  }

  private func admit(_ newcomer: Newcomer, _ hello: NetHello, rest: [String], _ now: Int) -> Bool {
    let link = newcomer.link
    if hello.protocolVersion != NetProtocol.version || hello.appVersion != setup.appVersion {
      link.send(refusal(.version))
      link.close()
      notices.append(
        .log(
          "\(link.peer) 运行的是 kefu \(hello.appVersion)（联机协议 \(hello.protocolVersion)），"
            + "本机是 kefu \(setup.appVersion)（联机协议 \(NetProtocol.version)），已拒绝"))
      return false
    }
    if phase == .over {
      link.send(refusal(.over))
      link.close()
      return false
    }
    if hello.code != code {
      wrongCodes += 1
      let delay = min(
        timeouts.wrongCodeDelay * pow(2, Double(wrongCodes - 1)), timeouts.maxWrongCodeDelay)
      // Refusals come one after another, so opening many connections does not guess faster.
      newcomer.refuseAt = max(now, lastRefusal) + timeouts.ms(delay)
      lastRefusal = newcomer.refuseAt!
      notices.append(.log("\(link.peer) 给的加入码不对（第 \(wrongCodes) 次），已拒绝"))
      return true
    }
    // Once a partner has joined, the seat is theirs: only their token lets anyone in, whether
    // they are connected (a drop this side has not noticed yet) or away. The join code is on
    // the host's screen for the whole row to see; the token only went to the partner.
    if model != nil && hello.token != token {
      link.send(refusal(self.link != nil ? .busy : .kept))
      link.close()
      notices.append(
        .log(
          self.link != nil
            ? "已有两人在练习，拒绝了 \(link.peer) 的连接"
            : "\(link.peer) 没有带上座位凭据，已拒绝：座位为离开的那位同学保留。如果正是他换了电脑或记录文件夹、回不到座位，"
              + "请按 Ctrl-C 结束这一场（记为未完成），重新开一场"))
      return false
    }
    // The seat's own token while the partner's link is still up: either a drop this side has
    // not noticed, or the same `kefu join` run again in a second window (the seat file gives
    // it the token). Taking the seat then would start two copies knocking each other off it,
    // once a second: so a link that is closed or has been silent past two heartbeats is
    // replaced, one still heard from keeps the seat.
    if self.link != nil {
      servePartner(now)
      if self.link != nil && now - lastHeard <= 2 * timeouts.ms(timeouts.heartbeat) {
        link.send(refusal(.busy))
        link.close()
        notices.append(.log("\(link.peer) 带着座位凭据来加入，但对方还连着，已拒绝（多半是在另一个窗口里又运行了一次）"))
        return false
      }
    }
    self.link?.close()  // the same partner again, after a drop this side had not noticed
    let first = model == nil
    if first { begin(with: hello.player, now) }
    guard let model, let recordInfo else { return false }
    let welcome = NetWelcome(
      protocolVersion: NetProtocol.version, appVersion: setup.appVersion, role: partnerRole,
      token: token, sessionID: recordInfo.sessionID, startedAt: recordInfo.startedAt.iso8601,
      seed: recordInfo.seed, scenarioPath: setup.scenario.path, scenarioText: setup.scenarioText,
      scenarioHash: setup.scenario.contentHash, rubricText: setup.rubricText,
      players: recordInfo.players, events: model.events)
    guard link.send(NetMessage.welcome(welcome).line) else {
      link.close()
      return false
    }
    self.link = link
    lastHeard = now
    lastSent = now
    if !model.session.isOver { phase = .connected }
    notices.append(first ? .partnerJoined(partner ?? hello.player) : .partnerBack)
    handle(rest, now)
    return false
  }

  /// The first partner is in: the session starts now.
  private func begin(with joiner: RecordPlayer, _ now: Int) {
    let joiner = NetText.cleaned(joiner, role: partnerRole)
    let me = NetText.cleaned(setup.player, role: role)
    partner = joiner
    origin = now
    let model = NetSessionModel(scenario: setup.scenario, rubric: setup.rubric, seed: setup.seed)
    self.model = model
    let players = role == .seller ? [me, joiner] : [joiner, me]
    let started = RecordTime(date: Date())
    recordInfo = NetRecordInfo(
      sessionID: SessionRecord.makeSessionID(startedAt: started), startedAt: started,
      seed: setup.seed, players: players)
  }

  private func refusal(_ reason: NetRefusal) -> String {
    NetMessage.refused(reason, protocolVersion: NetProtocol.version, appVersion: setup.appVersion)
      .line
  }

  // MARK: - The partner

  private func servePartner(_ now: Int) {
    guard let link else { return }
    switch link.read() {
    case .closed:
      lose(log: nil, byChoice: false)
    case .oversized:
      lose(log: "对方发来超长的消息，已断开连接", byChoice: false)
    case .notText:
      lose(log: "对方发来的不是文本，已断开连接", byChoice: false)
    case .lines(let lines):
      if !lines.isEmpty { lastHeard = now }
      handle(lines, now)
      if self.link != nil && now - lastHeard > timeouts.ms(timeouts.silence) {
        lose(log: "对方 \(Int(timeouts.silence)) 秒没有任何回应，视为断线", byChoice: false)
      }
    }
  }

  private func handle(_ lines: [String], _ now: Int) {
    for line in lines {
      guard link != nil else { return }
      guard let message = try? NetMessage.decode(line) else {
        lose(log: "对方发来无法识别的数据，已断开连接", byChoice: false)
        return
      }
      switch message {
      case .ping: continue
      case .leave: lose(log: nil, byChoice: true)
      case .say(let lines) where partnerRole == .buyer:
        guard let model, let event = model.buyerEvent(lines: lines, now: sessionNow) else {
          return outOfOrder("say")
        }
        commit(event)
      case .buyerEnd(let outcome) where partnerRole == .buyer:
        guard case .buyerTurn? = model?.session.state else { return outOfOrder("buyer_end") }
        commit(.buyerEnd(outcome))
      case .reply(let text, let responseMs, let firstKeyMs) where partnerRole == .seller:
        guard let model,
          let event = model.replyEvent(text: text, responseMs: responseMs, firstKeyMs: firstKeyMs)
        else { return outOfOrder("reply") }
        commit(event)
      default:
        return outOfOrder(String(line.prefix(40)))
      }
    }
  }

  private func outOfOrder(_ what: String) {
    lose(log: "对方发来不合时宜的消息（\(what)），已断开连接", byChoice: false)
  }

  /// The partner is gone (EOF, Ctrl-C, garbage, silence): wait for them to come back.
  private func lose(log: String?, byChoice: Bool) {
    link?.close()
    link = nil
    if let log { notices.append(.log(log)) }
    guard phase != .over, model != nil else { return }
    phase = .partnerAway(
      deadline: clock.nowMilliseconds + timeouts.ms(timeouts.rejoinWindow), byChoice: byChoice)
    notices.append(.partnerAway(byChoice: byChoice))
  }

  /// Applies an event, sends it to the partner if there is one, and tells the screen.
  private func commit(_ event: NetSessionEvent) {
    guard let model, model.apply(event) else { return }
    if let link {
      if link.send(NetMessage.event(seq: model.events.count, event).line) {
        lastSent = clock.nowMilliseconds
      } else {
        lose(log: nil, byChoice: false)
      }
    }
    notices.append(.advanced)
    if model.session.isOver {
      phase = .over
      notices.append(.over(.finished))
    }
  }

  // MARK: - This computer's player

  public func buyerSays(_ lines: [String]?) -> Bool {
    guard role == .buyer, let model, phase != .over,
      let event = model.buyerEvent(lines: lines, now: sessionNow)
    else { return false }
    commit(event)
    return true
  }

  public func buyerEnds(_ outcome: EndOutcome) -> Bool {
    guard role == .buyer, phase != .over, case .buyerTurn? = model?.session.state else {
      return false
    }
    commit(.buyerEnd(outcome))
    return true
  }

  public func sellerReplies(text: String, responseMs: Int, firstKeyMs: Int?) -> Bool {
    guard role == .seller, phase != .over, let model,
      let event = model.replyEvent(text: text, responseMs: responseMs, firstKeyMs: firstKeyMs)
    else { return false }
    commit(event)
    return true
  }

  public func leave() {
    link?.send(NetMessage.leave.line)
    link?.close()
    link = nil
    listener.close()
  }

  public func endNow() {
    guard phase != .over else { return }
    model?.session.interrupt()
    link?.close()
    link = nil
    phase = .over
  }
}

/// A host session to carry on after the host was stopped and started again: read from its
/// record and the resume file (see `NetResumeFile`).
public struct NetResume {
  public var info: NetRecordInfo
  public var events: [NetSessionEvent]
  public var token: String

  public init(info: NetRecordInfo, events: [NetSessionEvent], token: String) {
    self.info = info
    self.events = events
    self.token = token
  }
}
