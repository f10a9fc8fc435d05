import Foundation
import KefuEngine
import KefuRubric
import KefuText
import XCTest

@testable import KefuRecords

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
}
