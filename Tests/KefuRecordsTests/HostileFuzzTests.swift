import Foundation
import KefuEngine
import KefuRubric
import KefuScenario
import KefuText
import XCTest

@testable import KefuRecords

/// Mutated records, chat logs, scripts and scenarios, from a fixed seed: every one is read or
/// refused with a message — no trap, no hang — in bounded time.
final class HostileFuzzTests: XCTestCase {

  static let pieces: [[UInt8]] = [
    "9223372036854775807", "-9223372036854775808", "1e20", "NaN", "\u{1B}[2J", "\u{9B}", "\u{202E}",
    "\r", "\n", "[", "]", "{", "}", "\"", ":", "：", "0000-00-00 99:99:99", "[99:99]", "+", "＋",
    "(a+)+$", "/", "\\", "\u{0}", "顾客: ", "客服: ", "== ", "when ", "-> end 成交", "\u{FEFF}",
    "13812345678", "(0571)88886666", String(repeating: "难道不是吗？", count: 50),
  ].map { Array($0.utf8) }

  func mutate(_ seed: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
    var bytes = seed
    for _ in 0..<(1 + rng.below(4)) {
      let at = rng.below(bytes.count + 1)
      switch rng.below(4) {
      case 0: bytes.insert(contentsOf: Self.pieces[rng.below(Self.pieces.count)], at: at)
      case 1: bytes.removeSubrange(at..<min(bytes.count, at + rng.below(12)))
      case 2: bytes.insert(UInt8(truncatingIfNeeded: rng.next()), at: at)
      default:
        let end = min(bytes.count, at + rng.below(40))
        bytes.insert(contentsOf: Array(bytes[at..<end]), at: at)
      }
    }
    return bytes
  }

  func testMutatedInputsAreReadOrRefusedNeverCrash() {
    let record = Array(
      """
      {"schema":1,"session_id":"s1","scenario":{"path":"none.kefu","hash":"","title":"t"},
      "rubric_version":"1","seed":1,"mode":"solo","players":[{"name":"张三","id":"","class":"","role":"seller"}],
      "started_at":"2026-11-23T14:05:09+08:00","finished":true,"buyer_end":null,"limit_s":6.0,
      "messages":[{"role":"buyer","text":"在吗","ms":0},{"role":"seller","text":"您好亲","ms":2000,"first_key_ms":900}]}
      """.utf8)
    let plain = Array("[00:01] 顾客: 在吗\n[00:03] 客服: 您好，在的\n[59:59] 顾客: 好\n".utf8)
    let shop = Array("买家A 2026-11-23 14:05:09\n在吗\n客服小美 2026-11-23 14:05:12\n您好\n".utf8)
    let script = Array("# 脚本\n+2 您好\n+3.5 在的亲\n".utf8)
    let scenario = Array(
      "title: 测\npersona: 随和\n\n== 开场\n顾客: 在吗\nwhen has 好 -> end 成交\nwhen /[SML]码/ -> 开场\notherwise -> end 流失\n"
        .utf8)
    var rng = SplitMix64(seed: 20_261_205)
    let rubric = Rubric()
    let start = Date()
    var read = 0
    var refused = 0
    for _ in 0..<400 {
      if let r = try? SessionRecord.parse(mutate(record, &rng), path: "r.json") {
        let lookup = ScenarioLookup(scenario: nil, check: .missing, path: nil)
        _ = RecordGrader.grade(r, lookup: lookup, rubric: rubric)
        _ = r.fileText
        read += 1
      } else {
        refused += 1
      }
      for log in [plain, shop] {
        let text = String(decoding: mutate(log, &rng), as: UTF8.self)
        if let l = try? ChatLogReader.parse(text, path: "l.txt", seller: nil) {
          _ = RecordGrader.grade(l, rubric: rubric)
        }
      }
      _ = try? PlayScript.parse(String(decoding: mutate(script, &rng), as: UTF8.self), path: "s")
      _ = ScenarioLinter.lint(bytes: mutate(scenario, &rng), path: "f.kefu")
      _ = VisibleText.sanitize(String(decoding: mutate(plain, &rng), as: UTF8.self))
      _ = PrivacyMask.mask(String(decoding: mutate(shop, &rng), as: UTF8.self))
    }
    XCTAssertGreaterThan(read, 0, "some mutations still read")
    XCTAssertGreaterThan(refused, 0, "some mutations are refused")
    XCTAssertLessThan(Date().timeIntervalSince(start), 60, "a generous bound, not a benchmark")
  }
}
