import Foundation
import KefuEngine
import KefuNet
import KefuRecords
import KefuRubric
import KefuScenario
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

let netScenarioText = """
  title: 联机测试
  persona: 随和
  patience: 3
  phrase: 亲，在的哦
  == 开场
  顾客: 在吗
  顾客: 这双鞋有42码吗
  when has 有的|有货 -> 问码
  otherwise -> end 流失
  == 问码
  顾客: 我平时穿42，正码吗
  when has 标准|正码 -> end 成交
  otherwise -> 问码

  """

/// A host and joining sides in this test process, on 127.0.0.1 and a port the system picks.
/// The host's timers run on a manual clock, so "a minute passes" takes no time; sockets are
/// real. Every wait is bounded (5 s of real time) and fails the test when it runs out.
final class NetHarness {
  let hostClock = ManualClock(milliseconds: 1_000_000)
  let host: NetHost
  let setup: NetHost.Setup
  var hostNotices: [NetNotice] = []
  var guests: [NetGuest] = []
  var guestNotices: [[NetNotice]] = []
  static let appVersion = "9.9.9"

  init(
    role: ChatRole = .seller, timeouts: NetTimeouts = NetHarness.timeouts,
    scenarioText: String = netScenarioText
  ) throws {
    let bytes = Array(scenarioText.utf8)
    let lint = ScenarioLinter.lint(bytes: bytes, path: "net.kefu", ruleIDs: RuleRegistry.ids)
    let scenario = try XCTUnwrap(lint.playable, "\(lint.diagnostics)")
    setup = NetHost.Setup(
      scenario: scenario, scenarioText: scenarioText, rubric: Rubric(), rubricText: nil,
      seed: 7, player: RecordPlayer(name: "张三", id: "2024001", role: role), code: "4821",
      appVersion: Self.appVersion, bind: "127.0.0.1", port: 0)
    host = try NetHost(setup, timeouts: timeouts, clock: hostClock)
  }

  static var timeouts: NetTimeouts {
    var t = NetTimeouts()
    t.rejoinWindow = 60
    t.heartbeat = 3600  // no pings in the way of what a test looks at
    t.silence = 3600
    t.handshake = 5
    t.connect = 2
    t.retry = 0
    t.wrongCodeDelay = 0.5
    t.maxWrongCodeDelay = 8
    return t
  }

  func pumpHost() { hostNotices += host.poll() }

  /// A joining side (its own clock: real time for its handshake deadline).
  /// `token`: the one an earlier run of `kefu join` on that computer kept.
  func guest(
    code: String = "4821", name: String = "李四", app: String = NetHarness.appVersion,
    token: String? = nil
  ) -> NetGuest {
    var t = Self.timeouts
    t.rejoinWindow = 60
    let guest = NetGuest(
      host: "127.0.0.1", port: host.port, code: code, player: RecordPlayer(name: name),
      appVersion: app, token: token, timeouts: t)
    guests.append(guest)
    guestNotices.append([])
    return guest
  }

  /// Joins, driving the host meanwhile.
  func join(_ guest: NetGuest) throws {
    try guest.join(pump: { self.pumpHost() })
  }

  /// Pumps both sides until `condition` holds, at most 5 s of real time.
  func until(
    _ what: String, file: StaticString = #filePath, line: UInt = #line, _ condition: () -> Bool
  ) {
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      pumpHost()
      for (i, g) in guests.enumerated() { guestNotices[i] += g.poll() }
      if condition() { return }
      usleep(2000)
    }
    XCTFail("timed out waiting for: \(what)", file: file, line: line)
  }

  var hostLog: [String] {
    hostNotices.compactMap { if case .log(let text) = $0 { return text } else { return nil } }
  }
}

/// A raw TCP client, to send what no kefu would.
final class RawClient {
  let fd: Int32

  /// Connects to 127.0.0.1:`port`, from the local address `source` when given (on Linux every
  /// 127.x.y.z is this machine: a second "computer" for the host).
  init(port: Int, from source: String? = nil) throws {
    #if canImport(Glibc)
      fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    if let source {
      var local = sockaddr_in()
      local.sin_family = sa_family_t(AF_INET)
      inet_pton(AF_INET, source, &local.sin_addr)
      let bound = withUnsafePointer(to: &local) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
      }
      guard bound == 0 else { throw NetError("raw bind to \(source) failed") }
    }
    var sin = sockaddr_in()
    sin.sin_family = sa_family_t(AF_INET)
    sin.sin_port = in_port_t(UInt16(port)).bigEndian
    inet_pton(AF_INET, "127.0.0.1", &sin.sin_addr)
    let ok = withUnsafePointer(to: &sin) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard ok == 0 else { throw NetError("raw connect failed") }
  }

  deinit { close(fd) }

  func send(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes {
      #if canImport(Glibc)
        Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      #else
        Darwin.send(fd, $0.baseAddress, $0.count, 0)
      #endif
    }
  }

  /// Whether the host closed the connection (reads until EOF, at most `timeout` seconds).
  func isClosedByPeer(timeout: Double = 2, pump: () -> Void) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    var buffer = [UInt8](repeating: 0, count: 4096)
    while Date() < deadline {
      pump()
      var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
      if poll(&pfd, 1, 5) > 0 {
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n <= 0 { return true }
      }
    }
    return false
  }
}

final class NetSessionTests: XCTestCase {
  func testAWholeSessionBetweenHostAndJoiningSideEndsTheSameOnBoth() throws {
    let h = try NetHarness()
    let guest = h.guest()
    try h.join(guest)
    h.until("the host sees the partner") { h.host.phase == .connected }
    XCTAssertEqual(guest.role, .buyer)
    XCTAssertEqual(h.host.partner?.name, "李四")
    XCTAssertEqual(h.host.recordInfo, guest.recordInfo)
    XCTAssertEqual(guest.recordInfo?.players.map(\.role), [.seller, .buyer])

    // The buyer says the suggested lines; the seller (the host) answers after 2.5 s.
    XCTAssertTrue(guest.buyerSays(nil))
    h.until("the buyer's lines reach the host") { h.host.model?.session.messages.count == 2 }
    h.hostClock.advance(milliseconds: 9_000)  // the host's own clock is not what times the reply
    XCTAssertTrue(h.host.sellerReplies(text: "亲，您好，有的哦", responseMs: 2500, firstKeyMs: 800))
    h.until("the reply reaches the buyer") { guest.model?.session.messages.count == 3 }

    // The buyer types their own line this time.
    XCTAssertTrue(guest.buyerSays(["42码是正码吗？"]))
    h.until("the buyer's own line reaches the host") { h.host.model?.session.messages.count == 4 }
    XCTAssertTrue(h.host.sellerReplies(text: "亲，是标准码，按平时的42拍就好", responseMs: 3000, firstKeyMs: nil))
    h.until("the session ends on the joining side") { guest.phase == .over }

    let hostSession = try XCTUnwrap(h.host.model?.session)
    let guestSession = try XCTUnwrap(guest.model?.session)
    XCTAssertEqual(hostSession.outcome, .deal)
    XCTAssertEqual(guestSession.outcome, .deal)
    XCTAssertEqual(h.host.phase, .over)
    XCTAssertEqual(hostSession.messages, guestSession.messages)
    XCTAssertEqual(
      hostSession.messages.map(\.text),
      ["在吗", "这双鞋有42码吗", "亲，您好，有的哦", "42码是正码吗？", "亲，是标准码，按平时的42拍就好"])
    XCTAssertEqual(hostSession.turns.map(\.responseSeconds), [2.5, 3.0])
    XCTAssertEqual(hostSession.grade().json, guestSession.grade().json)
    XCTAssertTrue(h.hostNotices.contains(.over(.finished)))
    XCTAssertTrue(h.guestNotices[0].contains(.over(.finished)))
  }

  func testResponseTimeInTheRecordIsTheSellersOwnMeasurement() throws {
    // The joining side plays the seller: its screen measured 4.2 s from showing the buyer's
    // message to sending; whatever the host's clock did meanwhile, the record says 4.2 s.
    let h = try NetHarness(role: .buyer)
    let guest = h.guest()
    try h.join(guest)
    h.until("connected") { h.host.phase == .connected }
    XCTAssertEqual(guest.role, .seller)
    XCTAssertTrue(h.host.buyerSays(nil))
    h.until("the seller sees the buyer") { guest.model?.session.state == .sellerTurn(node: "开场") }
    h.hostClock.advance(milliseconds: 30_000)
    XCTAssertTrue(guest.sellerReplies(text: "亲，在的，有货哦", responseMs: 4200, firstKeyMs: 1000))
    h.until("the host applies the reply") { h.host.model?.session.turns.count == 1 }
    let messages = try XCTUnwrap(h.host.model?.session.messages)
    XCTAssertEqual(messages[2].ms - messages[1].ms, 4200)
    XCTAssertEqual(messages[2].firstKeyMs.map { $0 - messages[1].ms }, 1000)
    h.until("the event comes back") { guest.model?.session.turns.count == 1 }
    XCTAssertEqual(guest.model?.session.messages, messages)
  }

  func testAPartnerWhoLeavesAndRunsTheSameCommandAgainCarriesOn() throws {
    let h = try NetHarness()
    let first = h.guest()
    try h.join(first)
    h.until("connected") { h.host.phase == .connected }
    XCTAssertTrue(first.buyerSays(nil))
    h.until("the lines arrive") { h.host.model?.session.messages.count == 2 }

    first.leave()  // Ctrl-C on the joining side
    h.until("the host is told") { h.hostNotices.contains(.partnerAway(byChoice: true)) }
    guard case .partnerAway = h.host.phase else { return XCTFail("\(h.host.phase)") }
    XCTAssertEqual(h.host.secondsLeftForRejoin, 60)

    // The seller may answer meanwhile; the returning buyer gets it with the welcome.
    XCTAssertTrue(h.host.sellerReplies(text: "亲，有的", responseMs: 1000, firstKeyMs: nil))
    h.hostClock.advance(milliseconds: 40_000)
    let again = h.guest(token: first.token)
    try h.join(again)
    h.until("the host has its partner back") { h.host.phase == .connected }
    XCTAssertTrue(h.hostNotices.contains(.partnerBack))
    XCTAssertEqual(again.model?.session.messages, h.host.model?.session.messages)
    XCTAssertEqual(again.recordInfo, h.host.recordInfo)
    XCTAssertTrue(again.buyerSays(nil))
    h.until("play goes on") { h.host.model?.session.messages.count == 4 }
  }

  func testAHostStartedAgainWithTheSameCodeIsRejoinedByTheWaitingSide() throws {
    let h = try NetHarness()
    let guest = h.guest()
    try h.join(guest)
    h.until("connected") { h.host.phase == .connected }
    XCTAssertTrue(guest.buyerSays(nil))
    h.until("lines") { h.host.model?.session.messages.count == 2 }
    XCTAssertTrue(h.host.sellerReplies(text: "亲，有的哦", responseMs: 1500, firstKeyMs: 300))
    h.until("reply") { guest.model?.session.messages.count == 3 }
    let info = try XCTUnwrap(h.host.recordInfo)
    let events = try XCTUnwrap(h.host.model?.events)

    h.host.leave()  // Ctrl-C on the host: the joining side is told and keeps trying
    h.until("the guest is told") { guest.phase != .connected }
    XCTAssertTrue(h.guestNotices[0].contains(.partnerAway(byChoice: true)))

    // `kefu host` run again: the same port and code, the session read back from its record.
    var setup = h.setup
    setup.port = h.host.port
    setup.resume = NetResume(
      info: info, events: NetSessionModel.events(from: h.host.model!.session.messages),
      token: h.host.token)
    let again = try NetHost(setup, timeouts: NetHarness.timeouts, clock: h.hostClock)
    XCTAssertEqual(again.model?.events, events)
    XCTAssertEqual(again.partner?.name, "李四")
    guard case .partnerAway = again.phase else { return XCTFail("\(again.phase)") }
    var notices: [NetNotice] = []
    h.until("the guest is back") {
      notices += again.poll()
      return again.phase == .connected && guest.phase == .connected
    }
    XCTAssertTrue(notices.contains(.partnerBack))
    XCTAssertTrue(h.guestNotices[0].contains(.partnerBack))
    XCTAssertTrue(guest.buyerSays(nil))
    h.until("play goes on") {
      _ = again.poll()
      return again.model?.session.messages.count == 4
    }
    XCTAssertEqual(again.recordInfo, guest.recordInfo)
  }

  func testAMoveTheHostNeverReceivedIsSentAgainAfterTheReconnection() throws {
    let h = try NetHarness()
    let guest = h.guest()
    try h.join(guest)
    h.until("connected") { h.host.phase == .connected }
    let info = try XCTUnwrap(h.host.recordInfo)
    // The buyer speaks, but the host goes away before it reads the line (a cable pulled with
    // the message in flight).
    XCTAssertTrue(guest.buyerSays(["在吗？我要42码"]))
    h.host.leave()
    let deadline = Date().addingTimeInterval(5)
    while guest.phase == .connected && Date() < deadline { _ = guest.poll() }
    guard case .partnerAway = guest.phase else { return XCTFail("\(guest.phase)") }

    var setup = h.setup
    setup.port = h.host.port
    setup.resume = NetResume(info: info, events: [], token: h.host.token)
    let again = try NetHost(setup, timeouts: NetHarness.timeouts, clock: h.hostClock)
    h.until("the line arrives at the restarted host") {
      _ = again.poll()
      return again.model?.session.messages.count == 1
    }
    XCTAssertEqual(again.model?.session.messages.first?.text, "在吗？我要42码")
    h.until("the guest has the event") { guest.model?.session.messages.count == 1 }
  }

  func testTheSessionEndsUnfinishedWhenThePartnerIsNotBackInAMinute() throws {
    let h = try NetHarness()
    let guest = h.guest()
    try h.join(guest)
    h.until("connected") { h.host.phase == .connected }
    XCTAssertTrue(guest.buyerSays(nil))
    h.until("the lines arrive") { h.host.model?.session.messages.count == 2 }
    guest.leave()
    h.until("away") { h.hostNotices.contains(.partnerAway(byChoice: true)) }
    h.hostClock.advance(milliseconds: 59_000)
    h.pumpHost()
    XCTAssertNotEqual(h.host.phase, .over)
    h.hostClock.advance(milliseconds: 1_000)
    h.pumpHost()
    XCTAssertEqual(h.host.phase, .over)
    XCTAssertTrue(h.hostNotices.contains(.over(.partnerGone)))
    XCTAssertEqual(h.host.model?.session.outcome, .unfinished)
    // Too late: the host says the session is over.
    let late = h.guest()
    XCTAssertThrowsError(try h.join(late)) { error in
      XCTAssertEqual((error as? NetError)?.message, "这场联机练习已经结束了")
    }
  }

  func testGarbageAndOversizedMessagesCloseThatConnectionWhileTheHostKeepsWaiting() throws {
    let h = try NetHarness()
    let garbage = try RawClient(port: h.host.port)
    garbage.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
    XCTAssertTrue(garbage.isClosedByPeer(pump: h.pumpHost))
    let huge = try RawClient(port: h.host.port)
    huge.send(String(repeating: "a", count: NetProtocol.maxClientLine + 10))
    XCTAssertTrue(huge.isClosedByPeer(pump: h.pumpHost))
    let binary = try RawClient(port: h.host.port)
    binary.send("\u{FF}\u{FE}\n")
    XCTAssertTrue(binary.isClosedByPeer(pump: h.pumpHost))
    XCTAssertEqual(h.hostLog.count, 3, "\(h.hostLog)")
    XCTAssertTrue(h.hostLog[0].contains("无法识别"), h.hostLog[0])
    XCTAssertTrue(h.hostLog[1].contains("超长"), h.hostLog[1])
    XCTAssertEqual(h.host.phase, .waitingForPartner)

    // The real partner still gets in.
    let guest = h.guest()
    try h.join(guest)
    h.until("connected") { h.host.phase == .connected }
  }

  func testAnOutOfOrderMoveClosesThePartnersConnectionAndTheHostWaitsForThem() throws {
    let h = try NetHarness()
    let raw = try RawClient(port: h.host.port)
    raw.send(
      NetMessage.hello(
        NetHello(appVersion: NetHarness.appVersion, code: "4821", player: RecordPlayer(name: "王五"))
      ).line + "\n")
    h.until("connected") { h.host.phase == .connected }
    // The joining side plays the buyer: a seller's reply is not theirs to send.
    raw.send(NetMessage.reply(text: "亲", responseMs: 1, firstKeyMs: nil).line + "\n")
    XCTAssertTrue(raw.isClosedByPeer(pump: h.pumpHost))
    XCTAssertTrue(h.hostLog.contains { $0.contains("不合时宜") }, "\(h.hostLog)")
    guard case .partnerAway = h.host.phase else { return XCTFail("\(h.host.phase)") }
    XCTAssertEqual(h.host.model?.session.messages.count, 0)
  }

  func testAWrongCodeIsRefusedAndRepeatedWrongCodesWaitLonger() throws {
    let h = try NetHarness()
    let raw1 = try RawClient(port: h.host.port)
    let raw2 = try RawClient(port: h.host.port)
    let hello = NetMessage.hello(
      NetHello(appVersion: NetHarness.appVersion, code: "0000", player: RecordPlayer(name: "猜")))
    raw1.send(hello.line + "\n")
    raw2.send(hello.line + "\n")
    h.until("both wrong codes noted") { h.hostLog.count == 2 }
    XCTAssertTrue(h.hostLog[0].contains("加入码不对（第 1 次）"), h.hostLog[0])
    // No answer before the delay: 0.5 s for the first, then 1 s more for the second.
    XCTAssertFalse(raw1.isClosedByPeer(timeout: 0.1, pump: h.pumpHost))
    h.hostClock.advance(milliseconds: 500)
    XCTAssertTrue(raw1.isClosedByPeer(pump: h.pumpHost))
    XCTAssertFalse(raw2.isClosedByPeer(timeout: 0.1, pump: h.pumpHost))
    h.hostClock.advance(milliseconds: 900)
    XCTAssertFalse(raw2.isClosedByPeer(timeout: 0.1, pump: h.pumpHost))
    h.hostClock.advance(milliseconds: 100)
    XCTAssertTrue(raw2.isClosedByPeer(pump: h.pumpHost))

    // `kefu join` with a wrong code says so.
    let guest = h.guest(code: "1234")
    XCTAssertThrowsError(
      try guest.join(pump: {
        h.hostClock.advance(milliseconds: 100)
        h.pumpHost()
      })
    ) { error in
      XCTAssertTrue((error as? NetError)?.message.contains("加入码 1234 不对") == true, "\(error)")
    }
    XCTAssertEqual(h.host.phase, .waitingForPartner)
  }

  func testAJoinFromAnotherVersionSaysWhichVersionsMeet() throws {
    let h = try NetHarness()
    let guest = h.guest(app: "0.0.1")
    XCTAssertThrowsError(try h.join(guest)) { error in
      XCTAssertEqual(
        (error as? NetError)?.message,
        "版本不同：主机运行的是 kefu 9.9.9（联机协议 \(NetProtocol.version)），本机是 kefu 0.0.1"
          + "（联机协议 \(NetProtocol.version)）。两台电脑要用同一版本的 kefu")
    }
    XCTAssertTrue(h.hostLog.contains { $0.contains("kefu 0.0.1") }, "\(h.hostLog)")
    XCTAssertEqual(h.host.phase, .waitingForPartner)
  }

  /// Protocol 2 added the `kept` refusal: a kefu that speaks protocol 1 (and would read `kept`
  /// as a line that is not kefu's) is refused by its version, though its app version matches.
  func testAJoinSpeakingTheFirstProtocolIsRefusedByItsVersion() throws {
    XCTAssertEqual(NetProtocol.version, 2)
    let h = try NetHarness()
    let raw = try RawClient(port: h.host.port)
    let hello = NetMessage.hello(
      NetHello(
        protocolVersion: 1, appVersion: NetHarness.appVersion, code: h.host.code,
        player: RecordPlayer(name: "李四")))
    raw.send(hello.line + "\n")
    h.until("the old protocol refused") { !h.hostLog.isEmpty }
    XCTAssertTrue(h.hostLog[0].contains("（联机协议 1），本机是"), h.hostLog[0])
    XCTAssertTrue(raw.isClosedByPeer(pump: h.pumpHost))
    XCTAssertEqual(h.host.phase, .waitingForPartner)
  }

  func testAThirdPersonIsRefusedWhileTwoArePlaying() throws {
    let h = try NetHarness()
    let guest = h.guest()
    try h.join(guest)
    h.until("connected") { h.host.phase == .connected }
    let third = h.guest(name: "王五")
    XCTAssertThrowsError(try h.join(third)) { error in
      XCTAssertEqual(
        (error as? NetError)?.message,
        "这场联机练习已经有两位同学在练了，不能再加入")
    }
    XCTAssertEqual(h.host.phase, .connected)
    XCTAssertEqual(h.host.partner?.name, "李四")
  }

  func testJoiningWhereNothingListensFailsAtOnceWithAClearMessage() throws {
    // A port that was just free: bind, note it, close.
    let port: Int
    do {
      let h = try NetHarness()
      port = h.host.port
    }
    let guest = NetGuest(
      host: "127.0.0.1", port: port, code: "4821", player: RecordPlayer(name: "李四"),
      appVersion: NetHarness.appVersion)
    let started = Date()
    XCTAssertThrowsError(try guest.join()) { error in
      let message = (error as? NetError)?.message ?? ""
      XCTAssertTrue(message.hasPrefix("连接不上 127.0.0.1:\(port)：那里没有 kefu host 在等待"), message)
    }
    XCTAssertLessThan(Date().timeIntervalSince(started), 3)
  }

  func testTheEventsReadBackFromARecordAreTheSessionsEvents() throws {
    let h = try NetHarness()
    let guest = h.guest()
    try h.join(guest)
    h.until("connected") { h.host.phase == .connected }
    XCTAssertTrue(guest.buyerSays(nil))
    h.until("lines") { h.host.model?.session.messages.count == 2 }
    XCTAssertTrue(h.host.sellerReplies(text: "亲，有的哦", responseMs: 1500, firstKeyMs: 300))
    let messages = try XCTUnwrap(h.host.model?.session.messages)
    let events = NetSessionModel.events(from: messages)
    XCTAssertEqual(events, h.host.model?.events)
  }

  func testAScenarioCarryingTerminalControlsIsNotShownOnTheJoiningSide() throws {
    let text = netScenarioText.replacingOccurrences(of: "顾客: 在吗", with: "顾客: 在吗\u{1B}[2J")
    let h = try NetHarness(scenarioText: text)
    let guest = h.guest()
    XCTAssertThrowsError(try h.join(guest)) { error in
      XCTAssertEqual((error as? NetError)?.message, "主机发来的场景文件含有控制字符，无法使用")
    }
  }

  func testATakenPortOrAForeignBindAddressIsRefusedWithAClearMessage() throws {
    let h = try NetHarness()
    var setup = h.setup
    setup.port = h.host.port
    XCTAssertThrowsError(try NetHost(setup)) { error in
      XCTAssertEqual(
        (error as? NetError)?.message,
        "端口 \(h.host.port) 已被占用（也许另一个 kefu host 正在运行），换一个端口：--port \(h.host.port + 1)")
    }
    setup.bind = "教室"
    XCTAssertThrowsError(try NetHost(setup)) { error in
      XCTAssertEqual(
        (error as? NetError)?.message, "「教室」不是 IPv4 地址（例如 192.168.1.23 或 0.0.0.0）")
    }
  }

  func testMessagesSurviveTheWireAndJunkIsRefused() throws {
    let messages: [NetMessage] = [
      .hello(
        NetHello(
          appVersion: "0.1.0", code: "0420",
          player: RecordPlayer(name: "张三", id: "1", className: "电商1班", role: .buyer), token: "ab")),
      .say(lines: nil), .say(lines: ["在吗\"\\", "有货吗"]), .buyerEnd(.lost),
      .reply(text: "亲，在的", responseMs: 3001, firstKeyMs: nil), .leave, .ping,
      .refused(.version, protocolVersion: 2, appVersion: "0.2.0"),
      .event(seq: 3, .reply(text: "好的", ms: 9000, firstKeyMs: 8000)),
    ]
    for m in messages {
      XCTAssertFalse(m.line.contains("\n"))
      XCTAssertEqual(try NetMessage.decode(m.line), m, m.line)
    }
    for junk in [
      "", "[]", "{}", #"{"type":"nope"}"#, #"{"type":"reply","text":"x","response_ms":true}"#,
      #"{"type":"reply","text":"x","response_ms":1.5}"#, #"{"type":"say","lines":[1]}"#,
    ] {
      XCTAssertThrowsError(try NetMessage.decode(junk), junk)
    }
  }

  /// `kefu join`: the buyer pasted 1,000 family emoji (👨‍👩‍👧‍👦, one character of 25 bytes
  /// each): within the 2,000 characters, but the line was 25 KB and the host reads at most
  /// 16 KB. The host dropped the connection as 「对方发来超长的消息」, the guest reconnected and sent
  /// the move again, and both screens filled with 「连接断了」/「对方回来了」 once a second. Such a
  /// text is now refused on this side before it is sent, and the connection stays up.
  func testATextWithinTheCharactersButPastTheHostsLineIsNotSent() throws {
    let family = String(
      repeating: "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}", count: 1000)
    XCTAssertLessThanOrEqual(family.count, NetProtocol.maxTextCharacters)
    XCTAssertFalse(NetText.isAcceptable(family))
    XCTAssertTrue(NetText.isTooLong(family))
    // The longest text that is accepted fits in the host's line, whatever it is made of.
    for piece in ["好", "\"", "\u{00AD}", "\u{200D}a", "\u{1F468}\u{200D}\u{1F469}"] {
      var text = ""
      while NetText.isAcceptable(text + piece) || text.isEmpty { text += piece }
      let line = NetMessage.reply(text: text, responseMs: 86_400_000, firstKeyMs: 86_400_000).line
      XCTAssertLessThanOrEqual(line.utf8.count + 1, NetProtocol.maxClientLine, piece)
      let say = NetMessage.say(lines: [text]).line
      XCTAssertLessThanOrEqual(say.utf8.count + 1, NetProtocol.maxClientLine, piece)
    }
    XCTAssertTrue(
      NetText.isAcceptable(String(repeating: "好", count: NetProtocol.maxTextCharacters)))

    let h = try NetHarness()
    let guest = h.guest()
    try h.join(guest)
    h.until("connected") { h.host.phase == .connected }
    XCTAssertFalse(guest.buyerSays([family]))
    for _ in 0..<20 {
      h.pumpHost()
      _ = guest.poll()
      usleep(2000)
    }
    XCTAssertEqual(h.host.phase, .connected)
    XCTAssertFalse(h.hostLog.contains { $0.contains("超长") }, "\(h.hostLog)")
    XCTAssertTrue(guest.buyerSays(["在吗"]))
    h.until("the line arrives") { h.host.model?.session.messages.count == 1 }
  }

  func testControlCharactersFromTheOtherComputerAreNotAccepted() {
    XCTAssertTrue(NetText.isAcceptable("亲，在的哦"))
    XCTAssertFalse(NetText.isAcceptable("亲\u{1B}[2J"))
    XCTAssertFalse(NetText.isAcceptable("abc\u{202E}def"))
    XCTAssertFalse(NetText.isAcceptable("   "))
    XCTAssertFalse(
      NetText.isAcceptable(String(repeating: "好", count: NetProtocol.maxTextCharacters + 1)))
    XCTAssertEqual(NetText.cleaned("李\u{1B}四\u{202E}"), "李四")
  }
}
