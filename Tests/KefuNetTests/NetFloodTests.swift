import Foundation
import KefuNet
import KefuRecords
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A raw TCP server on 127.0.0.1, to play a host that sends what no kefu would: it accepts one
/// connection, writes `bytes` to it from a background thread and then keeps it open, silent.
final class RawServer {
  let fd: Int32
  let port: Int
  private var client: Int32 = -1
  private let lock = NSLock()

  init(sending bytes: [UInt8]) throws {
    #if canImport(Glibc)
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    self.fd = fd
    var sin = sockaddr_in()
    sin.sin_family = sa_family_t(AF_INET)
    inet_pton(AF_INET, "127.0.0.1", &sin.sin_addr)
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let ok = withUnsafeMutablePointer(to: &sin) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, length) == 0 && listen(fd, 1) == 0 && getsockname(fd, $0, &length) == 0
      }
    }
    guard ok else { throw NetError("raw listen failed") }
    port = Int(UInt16(bigEndian: sin.sin_port))
    let listener = fd
    Thread {
      let client = accept(listener, nil, nil)
      guard client >= 0 else { return }
      self.lock.lock()
      self.client = client
      self.lock.unlock()
      var offset = 0
      while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBytes {
          #if canImport(Glibc)
            Glibc.send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
          #else
            Darwin.send(client, $0.baseAddress, $0.count, 0)
          #endif
        }
        if n <= 0 { return }
        offset += n
      }
    }.start()
  }

  deinit {
    lock.lock()
    if client >= 0 { close(client) }
    lock.unlock()
    close(fd)
  }
}

/// A flood of blank lines (which the protocol passes over) costs time in proportion to its size:
/// it can neither hold the joining side past its handshake timeout nor stall the host's screen.
final class NetFloodTests: XCTestCase {
  final class Outcome {
    var message = ""
  }

  func testAHostSendingOnlyBlankLinesIsGivenUpOnAfterTheHandshakeTimeout() throws {
    let server = try RawServer(sending: [UInt8](repeating: 0x0A, count: 4 << 20))
    var timeouts = NetHarness.timeouts
    timeouts.handshake = 1
    let guest = NetGuest(
      host: "127.0.0.1", port: server.port, code: "4821", player: RecordPlayer(name: "李四"),
      appVersion: NetHarness.appVersion, timeouts: timeouts)
    let outcome = Outcome()
    let done = DispatchSemaphore(value: 0)
    Thread {
      do {
        try guest.join()
      } catch {
        outcome.message = (error as? NetError)?.message ?? "\(error)"
      }
      done.signal()
    }.start()
    XCTAssertEqual(
      done.wait(timeout: .now() + 10), .success,
      "kefu join was still busy with 4 MiB of blank lines")
    XCTAssertEqual(
      outcome.message, "127.0.0.1:\(server.port) 在 1 秒内没有回答：那里可能不是 kefu host，或者对方的 kefu 卡住了")
  }

  func testBlankLinesBeforeAHelloNeitherStallTheHostNorKeepThePartnerOut() throws {
    let h = try NetHarness()
    let client = try RawClient(port: h.host.port)
    let hello = NetMessage.hello(
      NetHello(appVersion: NetHarness.appVersion, code: "4821", player: RecordPlayer(name: "李四")))
    var slowest = 0.0
    let deadline = Date().addingTimeInterval(20)
    for _ in 0..<16 {
      client.send(String(repeating: "\n", count: 64 * 1024))
      let started = Date()
      h.pumpHost()
      slowest = max(slowest, Date().timeIntervalSince(started))
    }
    client.send(hello.line + "\n")
    while h.host.phase != .connected && Date() < deadline {
      let started = Date()
      h.pumpHost()
      slowest = max(slowest, Date().timeIntervalSince(started))
      usleep(1000)
    }
    XCTAssertEqual(h.host.phase, .connected)
    XCTAssertLessThan(slowest, 0.1, "one look at the network took \(slowest) s")
  }

  /// One computer opening connections that never say hello cannot fill every place for a
  /// newcomer: the partner at another address still gets in. Eight silent connections had kept
  /// the partner out with 「这场联机练习已经有两位同学在练了」 before anyone had joined.
  func testSilentConnectionsFromOneComputerDoNotKeepThePartnerOut() throws {
    #if os(Linux)
      let h = try NetHarness()
      var silent: [RawClient] = []
      for _ in 0..<12 {
        silent.append(try RawClient(port: h.host.port, from: "127.0.0.2"))
        h.pumpHost()
      }
      XCTAssertTrue(h.hostLog.contains { $0.contains("127.0.0.2") }, "\(h.hostLog)")
      let guest = h.guest()
      try h.join(guest)
      h.until("connected") { h.host.phase == .connected }
      XCTAssertEqual(h.host.partner?.name, "李四")
      XCTAssertEqual(silent.count, 12)
    #else
      throw XCTSkip("a second loopback address (127.0.0.2) is a Linux thing")
    #endif
  }

  /// The names a host sends are shown on the joining screen and written to its record: one of
  /// 100,000 characters (a fake host) had filled the whole screen. They are held to what a host
  /// sends of its own player and its partner: at most 40 characters, no control characters.
  func testAWelcomeWithAHugeNameIsRefused() throws {
    let h = try NetHarness()
    func welcome(hostName: String) throws -> String {
      let object: [String: Any] = [
        "type": "welcome", "protocol": NetProtocol.version, "app": NetHarness.appVersion,
        "role": "buyer", "token": "t", "session_id": "20261207T000000Z-abcdef012345",
        "started_at": "2026-12-07T00:00:00+00:00", "seed": "1",
        "scenario": [
          "path": "net.kefu", "text": netScenarioText, "hash": h.setup.scenario.contentHash,
        ],
        "rubric": NSNull(),
        "players": [
          ["name": hostName, "id": "", "class": "", "role": "seller"],
          ["name": "李四", "id": "", "class": "", "role": "buyer"],
        ],
        "events": [Any](),
      ]
      return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        + "\n"
    }
    for (name, accepted) in [
      (String(repeating: "长", count: 100_000), false), (String(repeating: "长", count: 41), false),
      (String(repeating: "长", count: 40), true),
    ] {
      let server = try RawServer(sending: Array(try welcome(hostName: name).utf8))
      let guest = NetGuest(
        host: "127.0.0.1", port: server.port, code: "4821", player: RecordPlayer(name: "李四"),
        appVersion: NetHarness.appVersion, timeouts: NetHarness.timeouts)
      if accepted {
        XCTAssertNoThrow(try guest.join(), "\(name.count)")
      } else {
        XCTAssertThrowsError(try guest.join(), "\(name.count)") { error in
          XCTAssertEqual((error as? NetError)?.message, "主机发来的练习信息不完整")
        }
      }
    }
  }

  func testTheHostsOwnNameIsSentAsItSendsThePartners() throws {
    let h = try NetHarness()
    var setup = h.setup
    setup.port = 0
    setup.player.name = String(repeating: "长", count: 50) + "\u{1B}[2J"
    let host = try NetHost(setup, timeouts: NetHarness.timeouts, clock: h.hostClock)
    let guest = NetGuest(
      host: "127.0.0.1", port: host.port, code: "4821", player: RecordPlayer(name: "李四"),
      appVersion: NetHarness.appVersion, timeouts: NetHarness.timeouts)
    try guest.join(pump: { _ = host.poll() })
    XCTAssertEqual(guest.partner?.name, String(repeating: "长", count: 40))
    XCTAssertEqual(host.recordInfo?.players, guest.recordInfo?.players, "one record on both")
  }
}
