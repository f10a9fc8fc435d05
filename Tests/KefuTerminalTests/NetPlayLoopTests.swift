import Foundation
import KefuEngine
import KefuNet
import KefuRecords
import KefuRubric
import KefuScenario
import KefuTerminal
import XCTest

/// A `NetSide` without a network: the partner is played by `partnerMoves`, asked at every poll.
/// Moves are applied at once, as the host applies its own player's moves.
final class ScriptedSide: NetSide {
  let role: ChatRole
  let model: NetSessionModel?
  var phase: NetPhase = .connected
  let partner: RecordPlayer?
  let recordInfo: NetRecordInfo?
  let clock: SessionClock
  var queued: [NetNotice] = []
  var partnerMoves: (ScriptedSide) -> Void = { _ in }
  var left = false

  init(role: ChatRole, clock: ManualClock, scenarioText: String = loopScenarioText) throws {
    self.role = role
    self.clock = clock
    let result = ScenarioParser.parse(scenarioText, path: "t.kefu", ruleIDs: RuleRegistry.ids)
    model = NetSessionModel(
      scenario: try XCTUnwrap(result.playable), rubric: Rubric(), seed: 1)
    let me = RecordPlayer(name: role == .seller ? "张三" : "李四", role: role)
    let other = RecordPlayer(
      name: role == .seller ? "李四" : "张三", role: role == .seller ? .buyer : .seller)
    partner = other
    recordInfo = NetRecordInfo(
      sessionID: "x", startedAt: RecordTime(secondsSince1970: 0, utcOffsetSeconds: 0), seed: 1,
      players: role == .seller ? [me, other] : [other, me])
  }

  func poll() -> [NetNotice] {
    partnerMoves(self)
    defer { queued = [] }
    return queued
  }

  func commit(_ event: NetSessionEvent?) -> Bool {
    guard let event, let model, model.apply(event) else { return false }
    queued.append(.advanced)
    if model.session.isOver {
      phase = .over
      queued.append(.over(.finished))
    }
    return true
  }

  @discardableResult func buyerSays(_ lines: [String]?) -> Bool {
    commit(model?.buyerEvent(lines: lines, now: clock.nowMilliseconds))
  }

  @discardableResult func buyerEnds(_ outcome: EndOutcome) -> Bool { commit(.buyerEnd(outcome)) }

  @discardableResult
  func sellerReplies(text: String, responseMs: Int, firstKeyMs: Int?) -> Bool {
    commit(model?.replyEvent(text: text, responseMs: responseMs, firstKeyMs: firstKeyMs))
  }

  func leave() { left = true }

  func endNow() {
    model?.session.interrupt()
    phase = .over
  }
}

final class NetPlayLoopTests: XCTestCase {
  func testTheSellersScreenTimesEachReplyFromTheBuyersMessageOnThisMachine() throws {
    let clock = ManualClock()
    let side = try ScriptedSide(role: .seller, clock: clock)
    side.partnerMoves = { side in
      if case .buyerTurn? = side.model?.session.state { side.buyerSays(nil) }
    }
    let terminal = ClockedTerminal(
      clock: clock,
      [
        .wait(2.5), .type("/1"), .keys([0x0D]), .keys([0x0D]), .wait(7.2), .type("亲，M码合适哦"),
        .keys([0x0D]),
      ])
    var saved: [Int] = []
    let loop = NetPlayLoop(backend: terminal, side: side, theme: .plain) {
      saved.append(side.model?.session.messages.count ?? 0)
    }
    XCTAssertEqual(try loop.run(), .finished)
    let session = try XCTUnwrap(side.model?.session)
    XCTAssertEqual(session.outcome, .deal)
    XCTAssertEqual(session.turns.map(\.reply), ["亲，在的哦", "亲，M码合适哦"])
    XCTAssertEqual(session.turns.map(\.responseSeconds), [2.5, 7.2])
    // Saved whenever the session moved: the buyer's first message, each reply with the buyer's
    // next message, the end.
    XCTAssertEqual(saved, [1, 3, 4])
    let screen = terminal.plainText
    XCTAssertTrue(screen.contains("你扮演：客服  对方：李四"), screen)
    XCTAssertTrue(screen.contains("/1 亲，在的哦"), "the quick phrases are offered")
    XCTAssertTrue(screen.contains("⏱ 7.1s / 6s 超时"), "the live timer runs")
    XCTAssertTrue(screen.contains("买家·李四：我穿多大码"))
    XCTAssertTrue(screen.contains("买家下单了（成交）"))
    XCTAssertEqual(loop.ending, .finished)
  }

  func testAt40ColumnsTheHeaderKeepsEachFactAndKeyWhole() throws {
    for role in [ChatRole.seller, .buyer] {
      let clock = ManualClock()
      let side = try ScriptedSide(role: role, clock: clock)
      let terminal = ClockedTerminal(clock: clock, [.wait(0.5), .keys([0x03])])
      terminal.columns = 40
      _ = try NetPlayLoop(backend: terminal, side: side, theme: .plain) {}.run()
      let lines = terminal.plainText.components(separatedBy: "\r\n")
      let header = lines.prefix(while: { !$0.isEmpty })
      XCTAssertTrue(header.contains { $0.contains("买家性格：随和") }, "\(role): \(header)")
      XCTAssertTrue(
        header.contains { $0.hasSuffix("Ctrl-C 离开（一分钟内可回来）") }, "\(role): \(header)")
      XCTAssertFalse(header.contains { $0.contains("…") }, "nothing cut: \(header)")
      XCTAssertEqual(
        header.contains { $0.contains("快捷短语：/2 回车直接发出，/2 Tab 插入") }, role == .seller,
        "the seller's keys name the phrases as in solo play: \(header)")
    }
  }

  func testTheHostsOwnScenarioIsShownVisiblyInTheHeaderAndThePhrases() throws {
    // The joining side refuses such a scenario; the host reads it from its own disk.
    let text =
      loopScenarioText.replacingOccurrences(
        of: "title: 测试场景", with: "title: 测\u{1B}[31m试\nproduct: 杯子\u{1B}[8m隐身"
      )
      .replacingOccurrences(of: "phrase: 亲，在的哦", with: "phrase: 亲，\u{1B}[5m在的哦")
    let clock = ManualClock()
    let side = try ScriptedSide(role: .seller, clock: clock, scenarioText: text)
    side.partnerMoves = { side in
      if case .buyerTurn? = side.model?.session.state { side.buyerSays(nil) }
    }
    let terminal = ClockedTerminal(clock: clock, [.wait(0.5), .keys([0x03])])
    _ = try NetPlayLoop(backend: terminal, side: side, theme: .plain) {}.run()
    for raw in ["\u{1B}[31m", "\u{1B}[5m", "\u{1B}[8m"] {
      XCTAssertFalse(terminal.written.contains(raw), "\(raw.debugDescription) reached the terminal")
    }
    XCTAssertTrue(terminal.written.contains("【测␛[31m试】联机练习"), terminal.plainText)
    XCTAssertTrue(terminal.written.contains("␛[5m在的哦"), terminal.plainText)
  }

  func testTheBuyersScreenShowsThePersonaCardOnceAndSuggestionsEveryTurn() throws {
    let clock = ManualClock()
    let side = try ScriptedSide(role: .buyer, clock: clock)
    var replies = ["亲，在的", "亲，您可以看看尺码表", "亲，M码合适"]
    side.partnerMoves = { side in
      if case .sellerTurn? = side.model?.session.state, !replies.isEmpty {
        side.sellerReplies(text: replies.removeFirst(), responseMs: 1000, firstKeyMs: nil)
      }
    }
    let terminal = ClockedTerminal(
      clock: clock,
      [.keys([0x0D]), .wait(0.3), .keys([0x0D]), .wait(0.3), .type("那我要M码吧？"), .keys([0x0D])])
    let loop = NetPlayLoop(backend: terminal, side: side, theme: .plain) {}
    XCTAssertEqual(try loop.run(), .finished)
    let session = try XCTUnwrap(side.model?.session)
    XCTAssertEqual(
      session.messages.filter { $0.role == .buyer }.map(\.text), ["在吗", "我穿多大码", "那我要M码吧？"])
    XCTAssertEqual(session.outcome, .deal)
    let screen = terminal.plainText
    XCTAssertEqual(screen.components(separatedBy: "人设：随和").count - 1, 1, "the card, once")
    XCTAssertEqual(screen.components(separatedBy: "台词建议（回车照说").count - 1, 3)
    XCTAssertTrue(screen.contains("客服·张三：亲，在的"), screen)
  }

  func testCtrlCWhileThePartnerIsThereLeavesAndWhileTheyAreAwayEndsTheSession() throws {
    let clock = ManualClock()
    let side = try ScriptedSide(role: .seller, clock: clock)
    side.partnerMoves = { side in
      if case .buyerTurn? = side.model?.session.state { side.buyerSays(nil) }
    }
    let terminal = ClockedTerminal(clock: clock, [.wait(1), .keys([0x03])])
    let loop = NetPlayLoop(backend: terminal, side: side, theme: .plain) {}
    XCTAssertEqual(try loop.run(), .left)
    XCTAssertTrue(side.left)
    XCTAssertEqual(side.model?.session.isOver, false, "the partner may wait for a rejoin")

    let away = try ScriptedSide(role: .seller, clock: clock)
    away.phase = .partnerAway(deadline: clock.nowMilliseconds + 60_000, byChoice: true)
    let awayTerminal = ClockedTerminal(clock: clock, [.wait(2), .keys([0x03])])
    let second = NetPlayLoop(backend: awayTerminal, side: away, theme: .plain) {}
    XCTAssertEqual(try second.run(), .finished)
    XCTAssertEqual(second.ending, .stopped)
    XCTAssertEqual(away.model?.session.outcome, .unfinished)
    XCTAssertTrue(awayTerminal.plainText.contains("还剩 58 秒"), awayTerminal.plainText)
    XCTAssertTrue(awayTerminal.plainText.contains("练习已结束（未完成）"))
  }
}

final class NetPlayLoopSaveFailureTests: XCTestCase {
  struct DiskFull: Error, CustomStringConvertible {
    var description: String { "records/a.json: 无法保存练习记录（磁盘已满）" }
  }

  /// A 20,000-character paste sent in net play (`kefu host`, `kefu join`) was refused with
  /// 「没有发出去（文字过长、含控制字符，或连接刚断开），请再试一次」: trying again fails the same
  /// way, and nothing said how long a message may be. The screen now says the length and the
  /// limit; the text stays in the input line, nothing reaches the partner.
  func testATooLongReplyIsRefusedWithItsLengthAndTheLimit() throws {
    let clock = ManualClock()
    let side = try ScriptedSide(role: .seller, clock: clock)
    side.partnerMoves = { side in
      if case .buyerTurn? = side.model?.session.state { side.buyerSays(nil) }
    }
    let terminal = ClockedTerminal(
      clock: clock, [.wait(2), .type(String(repeating: "长", count: 20_000)), .keys([0x0D])])
    terminal.columns = 200
    let loop = NetPlayLoop(backend: terminal, side: side, theme: .plain) {}
    XCTAssertEqual(try loop.run(), .left, "the input ended with the text unsent")
    XCTAssertEqual(side.model?.session.turns.count, 0)
    XCTAssertTrue(
      terminal.plainText.contains(
        "这条有 20000 个字，联机时一条最多 \(NetProtocol.maxTextCharacters) 个字，没有发出去：请删短一些再发"
          + "（你输入的话还在输入行里）"),
      String(terminal.plainText.suffix(400)))
    // Within the characters but not the line (1,000 family emoji, 34 bytes each written).
    let family = String(
      repeating: "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}", count: 1000)
    let emoji = ClockedTerminal(clock: clock, [.wait(1), .type(family), .keys([0x0D])])
    emoji.columns = 200
    let again = try ScriptedSide(role: .seller, clock: clock)
    again.partnerMoves = side.partnerMoves
    _ = try NetPlayLoop(backend: emoji, side: again, theme: .plain) {}.run()
    XCTAssertEqual(again.model?.session.turns.count, 0)
    XCTAssertTrue(
      emoji.plainText.contains("这条里表情符号太多，一条联机消息装不下，没有发出去：请删掉一些再发（你输入的话还在输入行里）"),
      String(emoji.plainText.suffix(300)))
  }

  func testAFailedSaveIsToldOnceAndTheSessionGoesOnToTheEnd() throws {
    let clock = ManualClock()
    let side = try ScriptedSide(role: .seller, clock: clock)
    side.partnerMoves = { side in
      if case .buyerTurn? = side.model?.session.state { side.buyerSays(nil) }
    }
    let terminal = ClockedTerminal(
      clock: clock,
      [.wait(2), .type("亲，在的哦"), .keys([0x0D]), .wait(2), .type("亲，M码合适哦"), .keys([0x0D])]
    )
    var attempts = 0
    let loop = NetPlayLoop(backend: terminal, side: side, theme: .plain) {
      attempts += 1
      throw DiskFull()
    }
    XCTAssertEqual(try loop.run(), .finished, "a full disk does not end the session")
    XCTAssertEqual(side.model?.session.outcome, .deal)
    XCTAssertEqual(attempts, 3, "every move tries again")
    XCTAssertFalse(side.left, "the partner was not told this side left")
    XCTAssertEqual(loop.saveFailure, "records/a.json: 无法保存练习记录（磁盘已满）")
    XCTAssertEqual(terminal.plainText.components(separatedBy: "记录无法保存").count, 2, "told once")
  }
}
