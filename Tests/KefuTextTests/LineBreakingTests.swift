import KefuText
import XCTest

final class LineBreakingTests: XCTestCase {
  func wrap(_ text: String, _ width: Int) -> [String] {
    LineBreaking.lines(Array(text), width: width, measure: { DisplayWidth.of(String($0)) })
  }

  let samples = [
    "买家：优柔寡断  商品：碎花雪纺连衣裙 129元  回复时限 6 秒",
    "回车发送 · Tab 或 /1…/9 快捷短语 · Ctrl-C 结束并保存",
    "先用一句快捷短语接住买家（「亲，在的哦，马上帮您看」），再补充细节。",
    "有 3 条回复超过了时限：买家等了 12.5 秒，按 Ctrl-C 也算一次。",
    "练习结束时买家已经等了150秒还没有得到回复，算一次超时",
  ]

  func testNoRuleIsBrokenAtAnyWidthFromTwentyColumns() {
    for text in samples {
      for width in 20...90 {
        let lines = wrap(text, width)
        XCTAssertEqual(
          lines.joined().filter { $0 != " " }, text.filter { $0 != " " }, "\(width): nothing lost")
        for (i, line) in lines.enumerated() {
          XCTAssertLessThanOrEqual(DisplayWidth.of(line), width, "\(width): \(line)")
          if let first = line.first, i > 0 {
            XCTAssertFalse(
              LineBreaking.noLineStart.contains(first),
              "\(width): line starts with \(first): \(lines)")
          }
          if let last = line.last, i < lines.count - 1 {
            XCTAssertFalse(
              LineBreaking.noLineEnd.contains(last), "\(width): line ends with \(last): \(lines)")
          }
        }
        let joinedWithBreaks = lines.joined(separator: "⏎")
        for whole in ["6 秒", "Ctrl-C", "129元", "12.5 秒", "/1", "150秒", "3 条"]
        where text.contains(whole) {
          XCTAssertTrue(joinedWithBreaks.contains(whole), "\(width): 「\(whole)」 torn: \(lines)")
        }
      }
    }
  }

  func testTheHeaderKeepsTheLimitWithItsUnit() {
    XCTAssertEqual(
      wrap("商品：碎花雪纺连衣裙 129元  回复时限 6 秒", 36),
      ["商品：碎花雪纺连衣裙 129元  回复时限", "6 秒"])
    XCTAssertEqual(wrap("按 Ctrl-C 结束", 6), ["按", "Ctrl-C", "结束"])
  }

  func testAnOpeningMarkGoesDownWithWhatItOpens() {
    XCTAssertEqual(wrap("说一句「好的」", 9), ["说一句", "「好的」"])
    XCTAssertEqual(wrap("好的，亲", 4), ["好", "的，", "亲"], "the comma takes the 的 along")
  }

  func testTooNarrowForAWordStillKeepsPunctuationOffTheLineStart() {
    for width in 8...19 {  // below 8, 「看」），」 alone is too wide
      for line in wrap(samples[2], width).dropFirst() {
        XCTAssertFalse(LineBreaking.noLineStart.contains(line.first!), "\(width): \(line)")
      }
    }
  }

  func testASlashCommandStaysWhole() {
    let hint = "回车 = 说建议台词，或输入自己的话；/成交 买下，/走人 离开"
    for width in 12...60 {
      let joined = wrap(hint, width).joined(separator: "⏎")
      for command in ["/成交", "/走人"] {
        XCTAssertTrue(joined.contains(command), "\(width): 「\(command)」 torn: \(joined)")
      }
    }
    XCTAssertEqual(wrap("一二三，/成交", 10), ["一二三，", "/成交"])
    XCTAssertEqual(wrap("尺码S/M都有货呢", 8), ["尺码S/M", "都有货呢"], "S/M is a word")
    XCTAssertEqual(wrap("一/二三四五", 6), ["一/二", "三四五"], "a slash inside Chinese text is no command")
  }

  func testAnEmojiCodeStaysWhole() {
    let reply = "好的亲亲 锅已经给您备注好啦 有事随时找我哦[微笑]明天见[抱拳][OK]"
    for width in 8...60 {
      let joined = wrap(reply, width).joined(separator: "⏎")
      for code in ["[微笑]", "[抱拳]", "[OK]"] {
        XCTAssertTrue(joined.contains(code), "\(width): 「\(code)」 torn: \(joined)")
      }
    }
    // Goes down whole when the line is full inside it.
    XCTAssertEqual(wrap("一二三[微笑]", 8), ["一二三", "[微笑]"])
    XCTAssertEqual(wrap("一二三四五[微笑]", 10), ["一二三四五", "[微笑]"])
    // Not a code: a long bracketed run, or one with a space or punctuation inside, breaks as text.
    XCTAssertEqual(wrap("[一二三四五六七]", 10), ["[一二三四", "五六七]"])
    XCTAssertEqual(wrap("一二[三，四]", 10), ["一二[三，", "四]"])
    // Narrower than the code: cut where it is full, as any word.
    XCTAssertEqual(wrap("[微笑]", 4), ["[微", "笑]"])
  }

  func testALineWithNoBreakOpportunityIsCutWhereItIsFull() {
    XCTAssertEqual(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"])
    XCTAssertEqual(wrap("", 10), [""])
  }
}
