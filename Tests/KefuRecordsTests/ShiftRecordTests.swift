import Foundation
import KefuEngine
import KefuText
import XCTest

@testable import KefuRecords
@testable import KefuRubric

/// A shift buyer's record: the `shift` object written and read back, named when broken, and the
/// other chats it keeps judged again as they stood at each reply.
final class ShiftRecordTests: XCTestCase {
  let shift = RecordShift(
    id: "20261123T060509Z-00000000beef", buyer: 2, arrivalMs: 20_000,
    others: [
      ShiftNeighbour(
        buyer: 1, product: "格纹帆布双肩包 89元", addons: [["防雨罩", "雨罩"]],
        said: [
          .init(ms: 0, text: "在吗"), .init(ms: 26_000, text: "收件人王芳 电话13800001111 杭州市西湖区文二路88号"),
        ])
    ])

  func testTheShiftObjectSurvivesAWriteAndReadRoundTrip() throws {
    var record = Fixtures.record(mode: .shift)
    record.shift = shift
    let text = record.fileText
    XCTAssertTrue(
      text.contains(
        "\"shift\": {\"id\":\"20261123T060509Z-00000000beef\",\"buyer\":2,\"arrival_ms\":20000,"),
      text)
    let back = try SessionRecord.parse(Array(text.utf8), path: "a.json")
    XCTAssertEqual(back.mode, .shift)
    XCTAssertEqual(back.shift, shift)
    XCTAssertNil(
      try SessionRecord.parse(Array(Fixtures.record().fileText.utf8), path: "a.json").shift)
  }

  /// A class keeps a shift record's id, not its other chats (read only to grade it).
  func testAClassKeepsTheShiftIdAndDropsTheOtherChats() throws {
    let dir = NSTemporaryDirectory() + "kefu-shift-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    var record = Fixtures.record(mode: .shift)
    record.shift = shift
    try record.fileText.write(toFile: dir + "/r.json", atomically: true, encoding: .utf8)
    let records = ClassRecords.load(
      [dir], rubric: Rubric(), library: ScenarioLibrary(extraFolders: []))
    XCTAssertEqual(records.sessions.count, 1)
    XCTAssertEqual(records.sessions[0].record.shift?.id, shift.id)
    XCTAssertEqual(records.sessions[0].record.shift?.others.count, 0)
    XCTAssertTrue(ClassCSV.render(records.sessions).contains(",\(shift.id),"))
  }

  func testABrokenShiftObjectIsNamed() {
    var record = Fixtures.record(mode: .shift)
    record.shift = shift
    let good = record.fileText
    func reason(_ text: String) -> String {
      do {
        _ = try SessionRecord.parse(Array(text.utf8), path: "a.json")
        return "(read fine)"
      } catch {
        return (error as? RecordError)?.reason ?? "\(error)"
      }
    }
    XCTAssertEqual(
      reason(good.replacingOccurrences(of: "\"buyer\":2,", with: "\"buyer\":0,")),
      "记录损坏：shift.buyer 应是不小于 1 的整数，实际是 0")
    XCTAssertEqual(
      reason(good.replacingOccurrences(of: "\"arrival_ms\":20000,", with: "")),
      "记录损坏：缺少字段 shift.arrival_ms")
    XCTAssertEqual(
      reason(good.replacingOccurrences(of: "\"text\":\"在吗\"", with: "\"text\":3")),
      "记录损坏：shift.others[0].said[0].text 应是字符串，实际是 3")
    // Times past the 30 days a record may last: arrival_ms 2^63-1 had crashed kefu grade,
    // export and report (the arrival plus a reply's ms overflowed).
    XCTAssertEqual(
      reason(
        good.replacingOccurrences(
          of: "\"arrival_ms\":20000,", with: "\"arrival_ms\":9223372036854775807,")),
      "记录损坏：shift.arrival_ms 应是 0 到 2592000000 之间的整数（毫秒），实际是 9223372036854775807")
    XCTAssertEqual(
      reason(good.replacingOccurrences(of: "\"ms\":26000,", with: "\"ms\":2592000001,")),
      "记录损坏：shift.others[0].said[1].ms 应是 0 到 2592000000 之间的整数（毫秒），实际是 2592000001")
  }

  func testOtherChatsAreThoseOfTheMomentOfEachReply() {
    // This buyer arrived at 20 s; buyer 1 gave their address at 26 s (6 s into this session).
    XCTAssertEqual(shift.otherChats(atSession: 5_999).first?.buyerMessages, ["在吗"])
    XCTAssertEqual(shift.otherChats(atSession: 6_000).first?.buyerMessages.count, 2)
    let early = RecordShift(
      id: "x", buyer: 1, arrivalMs: 0,
      others: [
        ShiftNeighbour(buyer: 2, product: "帆布袋", addons: [], said: [.init(ms: 20_000, text: "在吗")])
      ])
    XCTAssertTrue(early.otherChats(atSession: 19_999).isEmpty, "buyer 2 not in the shop yet")
  }

  func testGradingPassesAChatOnUnchangedSoItsDetailsAreWorkedOutOncePerState() {
    let chats = RecordGrader.otherChats(shift)
    let first = chats(1_000)
    let again = chats(5_999)
    XCTAssertEqual(again, shift.otherChats(atSession: 5_999))
    XCTAssertTrue(first[0].memo === again[0].memo, "the same state: the same value passed on")
    let early = CrossedChatsRule.details(of: first[0]).map(\.term)
    let later = chats(6_000)
    XCTAssertEqual(later, shift.otherChats(atSession: 6_000))
    XCTAssertFalse(later[0].memo === first[0].memo, "a new message: a new state")
    XCTAssertEqual(
      CrossedChatsRule.details(of: later[0]).map(\.term),
      CrossedChatsRule.workOutDetails(
        of: OtherChat(
          buyer: 1, product: later[0].product, addons: later[0].addons,
          buyerMessages: later[0].buyerMessages)
      ).map(\.term))
    XCTAssertTrue(CrossedChatsRule.details(of: later[0]).map(\.term).contains("王芳"))
    XCTAssertEqual(CrossedChatsRule.details(of: first[0]).map(\.term), early, "and back")
  }
}

/// `crossed_chats`' shortcuts: a chat's details kept with the chat (a changed copy never gets
/// stale ones), patterns tried only on messages that can match, and Foundation's search asked
/// only where a term may stand.
final class CrossedChatsShortcutTests: XCTestCase {
  func testAChangedChatGetsItsDetailsWorkedOutAgain() {
    var chat = OtherChat(buyer: 1, product: "格纹帆布双肩包 89元", buyerMessages: ["在吗"])
    let before = CrossedChatsRule.details(of: chat).map(\.term)
    XCTAssertEqual(before, CrossedChatsRule.workOutDetails(of: chat).map(\.term))
    XCTAssertFalse(before.contains("王芳"))
    let copy = chat
    chat.buyerMessages.append("收件人王芳 电话13800001111")
    let after = CrossedChatsRule.details(of: chat).map(\.term)
    XCTAssertEqual(after, CrossedChatsRule.workOutDetails(of: chat).map(\.term))
    XCTAssertTrue(after.contains("王芳"), "\(after)")
    XCTAssertEqual(CrossedChatsRule.details(of: copy).map(\.term), before, "the copy is unchanged")
    XCTAssertEqual(CrossedChatsRule.details(of: chat).map(\.term), after)
    // Two spellings of one text are equal to Swift but not to the rule's patterns: each is
    // worked out from its own bytes.
    let composed = OtherChat(buyer: 1, product: nil, buyerMessages: ["杭州市西湖区Caf\u{E9}路"])
    let decomposed = OtherChat(buyer: 1, product: nil, buyerMessages: ["杭州市西湖区Cafe\u{301}路"])
    XCTAssertEqual(composed, decomposed)
    XCTAssertFalse(composed.isSpelledAs(decomposed))
    func bytes(_ chat: OtherChat) -> [[UInt8]] {
      CrossedChatsRule.details(of: chat).map { Array($0.term.utf8) }
    }
    XCTAssertEqual(bytes(composed), [Array("西湖区".utf8), Array("caf\u{E9}路".utf8)])
    XCTAssertEqual(bytes(decomposed), [Array("西湖区".utf8), Array("cafe\u{301}路".utf8)])
    // Graded from a record, a chat is passed on only while it is spelled the same.
    let shift = RecordShift(
      id: "s", buyer: 2, arrivalMs: 0,
      others: [
        ShiftNeighbour(
          buyer: 1, product: nil, addons: [],
          said: [.init(ms: 0, text: "杭州市西湖区Caf\u{E9}路"), .init(ms: 10, text: "在吗")])
      ])
    let chats = RecordGrader.otherChats(shift)
    XCTAssertTrue(chats(0)[0].isSpelledAs(composed))
  }

  func testPatternsSkippedOnlyWhereTheyCannotMatch() {
    let messages = [
      "在吗", "我穿38码", "身高165 体重一百斤", "收件人王芳 电话13800001111", "收货人：李明",
      "杭州市西湖区文二路88号3栋", "我 ١٦٥cm", "收件人王芳\u{301}", "地址：上海市浦东新区世纪大道100号",
      "我１６５", "M码", "身高\t170",
    ]
    for m in messages {
      let chat = OtherChat(buyer: 1, product: nil, buyerMessages: [m])
      let all = CrossedChatsRule.workOutDetails(of: chat).map(\.term)
      var expected: [String] = []
      let text = TextNormalizer.normalize(m)
      for t in CrossedChatsRule.matches(CrossedChatsRule.sizePattern, in: text)
        + CrossedChatsRule.matches(CrossedChatsRule.hanziWeightPattern, in: text)
        + CrossedChatsRule.matches(CrossedChatsRule.heightPattern, in: text, group: 1)
        + CrossedChatsRule.matches(CrossedChatsRule.phonePattern, in: text)
        + CrossedChatsRule.matches(CrossedChatsRule.recipientPattern, in: text, group: 1)
        + CrossedChatsRule.addressParts(text)
      {
        let n = TextNormalizer.normalize(t).trimmingCharacters(in: .whitespaces)
        if n.count >= 2 && !expected.contains(n) { expected.append(n) }
      }
      XCTAssertEqual(all, expected, m)
    }
  }

  func testFoundationsSearchIsSkippedOnlyWhereItFindsNothing() {
    let terms = ["38码", "13800001111", "王芳", "双肩包", "M码", "165", "cm", "文二路", "é码"]
    let marks = [
      "", "\u{301}", "\u{200D}", "\u{FE0F}", "\u{20E3}", "\u{0600}", "e\u{301}", "é", "👨\u{200D}",
    ]
    var found = 0
    for term in terms {
      let detail = CrossedChatsRule.Detail(term: term, kind: "", label: "", whole: nil)
      for a in marks {
        for b in marks {
          for reply in [
            "亲\(a)\(term)\(b)好的", "\(a)\(term)\(b)", "亲\(a)\(String(term.reversed()))\(b)",
          ] {
            let scalars = TextNormalizer.scalars(reply)
            let text = String(String.UnicodeScalarView(scalars))
            if text.range(of: term) != nil {
              found += 1
              XCTAssertTrue(detail.mayAppear(in: scalars), "\(term) in \(reply.debugDescription)")
            }
          }
        }
      }
    }
    XCTAssertGreaterThan(found, 200)
  }
}
