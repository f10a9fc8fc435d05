import Foundation
import KefuEngine
import KefuNet
import KefuRecords
import KefuRubric
import KefuScenario
import XCTest

/// Who may take the partner's seat, and what a refused newcomer is told.
final class NetSeatTests: XCTestCase {
  /// A partner who left (Ctrl-C, a pulled cable) keeps the seat: anyone else who has the join
  /// code (it is on the host's screen for the whole row to see) is refused while they are away.
  /// The code alone had let a classmate take the seat and play on in the partner's name.
  func testAStrangerWithTheCodeCannotTakeAnAbsentPartnersSeat() throws {
    let h = try NetHarness()
    let first = h.guest()
    try h.join(first)
    h.until("connected") { h.host.phase == .connected }
    XCTAssertNotNil(first.token)
    first.leave()
    h.until("the host is told") { h.hostNotices.contains(.partnerAway(byChoice: true)) }

    let stranger = h.guest(name: "王五")
    XCTAssertThrowsError(try h.join(stranger)) { error in
      XCTAssertEqual(
        (error as? NetError)?.message,
        "这场联机练习的一位同学刚才离开了，座位为他保留到练习结束，别的同学不能加入"
          + "（离开的那位同学在原来那台电脑上、用原来的记录文件夹重新运行同一条命令就能回来）")
    }
    guard case .partnerAway = h.host.phase else { return XCTFail("\(h.host.phase)") }
    XCTAssertEqual(h.host.partner?.name, "李四")
    // The host cannot tell a classmate from the partner on another computer or folder: its
    // screen says what it knows, and what to do when it is the partner who cannot come back.
    XCTAssertTrue(
      h.hostLog.contains {
        $0.hasSuffix(
          " 没有带上座位凭据，已拒绝：座位为离开的那位同学保留。如果正是他换了电脑或记录文件夹、回不到座位，"
            + "请按 Ctrl-C 结束这一场（记为未完成），重新开一场")
      }, "\(h.hostLog)")
    XCTAssertFalse(h.hostLog.contains { $0.contains("不是原来那位同学") }, "\(h.hostLog)")

    // The partner's own computer runs the same command again: it kept the seat's token.
    let back = h.guest(token: first.token)
    try h.join(back)
    h.until("the partner is back") { h.host.phase == .connected }
    XCTAssertTrue(h.hostNotices.contains(.partnerBack))
  }

  /// The same `kefu join` run again in a second window reads the seat file and carries the
  /// token while the first window is still connected. It had taken the seat, the first window
  /// took it back on its next reconnect, and so on: hundreds of 「对方回来了」 a second on the
  /// host. The seat now stays with the link that is still heard from.
  func testTheSameSeatFromASecondWindowIsRefusedWhileTheFirstIsConnected() throws {
    let h = try NetHarness()
    let first = h.guest()
    try h.join(first)
    h.until("connected") { h.host.phase == .connected }
    let second = h.guest(token: first.token)
    XCTAssertThrowsError(try h.join(second)) { error in
      XCTAssertEqual(
        (error as? NetError)?.message,
        "这场联机练习已经有两位同学在练了，不能再加入。你的座位还连着：如果这条命令已经在本机另一个窗口里运行，请回到那个窗口接着练")
    }
    let deadline = Date().addingTimeInterval(0.3)
    while Date() < deadline {
      h.pumpHost()
      for (i, g) in h.guests.enumerated() { h.guestNotices[i] += g.poll() }
      usleep(2000)
    }
    XCTAssertEqual(h.host.phase, .connected)
    XCTAssertEqual(first.phase, .connected)
    XCTAssertFalse(h.hostNotices.contains(.partnerBack), "\(h.hostNotices)")
    XCTAssertTrue(h.hostLog.contains { $0.contains("另一个窗口") }, "\(h.hostLog)")
  }

  /// A partner whose connection broke without this side noticing (no FIN: a cable, a crashed
  /// computer) comes back with the token: once the old link has been silent past two
  /// heartbeats, the newcomer takes the seat although the host still holds the old link.
  func testTheSeatsTokenReplacesALinkThatHasGoneSilent() throws {
    var t = NetHarness.timeouts
    t.heartbeat = 2
    t.silence = 10
    let h = try NetHarness(timeouts: t)
    let first = h.guest()
    try h.join(first)
    h.until("connected") { h.host.phase == .connected }
    h.hostClock.advance(milliseconds: 5000)
    h.pumpHost()
    XCTAssertTrue(h.host.hasPartnerConnected)
    let back = h.guest(token: first.token)
    try h.join(back)
    XCTAssertEqual(h.host.phase, .connected)
    XCTAssertTrue(h.hostNotices.contains(.partnerBack), "\(h.hostNotices)")
  }

  /// A token from an earlier session (another host, or this host before it started a new
  /// session) does not stand in the way of joining a session nobody has joined yet.
  func testAStaleTokenDoesNotKeepAnyoneFromTheFirstJoin() throws {
    let h = try NetHarness()
    let guest = h.guest(token: "0123456789abcdef")
    try h.join(guest)
    h.until("connected") { h.host.phase == .connected }
    XCTAssertNotEqual(guest.token, "0123456789abcdef")
    XCTAssertEqual(guest.token, h.host.token)
  }

  /// Eight connections that never say hello, four from each of two computers, fill every place
  /// a newcomer waits in. The partner who comes then was told 「已经有两位同学在练了」 although
  /// nobody had joined; the refusal now says what is going on.
  func testAllWaitingPlacesFilledFromTwoComputersIsRefusedForThatReason() throws {
    #if os(Linux)
      let h = try NetHarness()
      var silent: [RawClient] = []
      for source in ["127.0.0.2", "127.0.0.3"] {
        for _ in 0..<4 {
          silent.append(try RawClient(port: h.host.port, from: source))
          h.pumpHost()
        }
      }
      let guest = h.guest()
      XCTAssertThrowsError(try h.join(guest)) { error in
        XCTAssertEqual(
          (error as? NetError)?.message,
          "主机那边同时在等待加入的连接太多（有人连上了却不说话），请过十几秒再运行同一条命令")
      }
      XCTAssertEqual(h.host.phase, .waitingForPartner)
      XCTAssertEqual(silent.count, 8)
    #else
      throw XCTSkip("second loopback addresses (127.0.0.2, .3) are a Linux thing")
    #endif
  }

  /// The session's times stay within the 30 days a record may span: each reply may take up to a
  /// day on the seller's screen, so 31 long replies (or one event from a broken host) had
  /// written a record that `kefu grade` and `kefu export` then refused as damaged.
  func testTimesPastThirtyDaysAreRefusedNotWrittenToTheRecord() throws {
    let lint = ScenarioLinter.lint(
      bytes: Array(netScenarioText.utf8), path: "net.kefu", ruleIDs: RuleRegistry.ids)
    let scenario = try XCTUnwrap(lint.playable)
    let max = SessionRecord.maxMilliseconds
    let model = NetSessionModel(scenario: scenario, rubric: Rubric(), seed: 1)
    XCTAssertFalse(model.apply(.buyer(lines: ["在吗"], ms: max + 1)))
    XCTAssertTrue(model.apply(.buyer(lines: ["在吗"], ms: max - 60_000)))
    XCTAssertNil(model.replyEvent(text: "亲，在的", responseMs: 86_400_000, firstKeyMs: nil))
    XCTAssertFalse(model.apply(.reply(text: "亲，在的", ms: max + 1, firstKeyMs: nil)))
    XCTAssertFalse(model.apply(.reply(text: "亲，在的", ms: Int.max, firstKeyMs: nil)))
    let event = try XCTUnwrap(
      model.replyEvent(text: "亲，在的", responseMs: 60_000, firstKeyMs: 1000))
    XCTAssertTrue(model.apply(event))
    XCTAssertEqual(model.session.messages.last?.ms, max)
  }
}
