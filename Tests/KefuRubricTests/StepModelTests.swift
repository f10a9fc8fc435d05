import Foundation
import KefuScenario
import KefuText
import XCTest

@testable import KefuRubric

/// The learned step correction: its embedded weights are the weights file, its sums are the
/// trainer's (Tools/eval-rubric/train_steps.py --score), and it reads its file strictly.
final class StepModelTests: XCTestCase {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "Sources/KefuRubric/Model")

  static func generated(_ tables: String) -> String {
    "// swift-format-ignore-file\n"
      + "// Generated from Sources/KefuRubric/Model/step_model.weights — do not edit by hand. After\n"
      + "// changing it run: KEFU_UPDATE_WORDS=1 swift test --filter StepModelTests\n\n"
      + "/// The learned step correction's tables as the matcher uses them (`StepModel.Parts.encoded`:\n"
      + "/// 32-bit little-endian words in base64), decoded once at start-up. Their source is the\n"
      + "/// weights file; StepModelTests checks that they are what reading it gives.\n"
      + "enum EmbeddedStepModel {\n" + "  static let tables = \"\"\"\n" + tables + "\"\"\"\n}\n"
  }

  static func weightsFile() throws -> String {
    try String(
      contentsOf: folder.appendingPathComponent("step_model.weights"), encoding: .utf8)
  }

  /// The model the weights file gives, read as text.
  static let fromFile = try! StepModel(weightsFile())

  func testTheEmbeddedTablesAreTheWeightsFile() throws {
    let parts = try StepModel.Parts(text: Self.weightsFile())
    let path = Self.folder.appendingPathComponent("EmbeddedStepModel.swift")
    let expected = Self.generated(parts.encoded)
    let update = ProcessInfo.processInfo.environment["KEFU_UPDATE_WORDS"] == "1"
    if update { try expected.write(to: path, atomically: true, encoding: .utf8) }
    let current = try String(contentsOf: path, encoding: .utf8)
    XCTAssertTrue(
      current == expected,
      "Model/EmbeddedStepModel.swift is out of date: run KEFU_UPDATE_WORDS=1 swift test --filter StepModelTests"
    )
    // What this binary embeds (compiled before an update wrote the file: checked on the next run).
    if !update {
      XCTAssertEqual(try StepModel.Parts(encoded: EmbeddedStepModel.tables), parts)
    }
    // Encoding and decoding give back the same tables.
    XCTAssertEqual(try StepModel.Parts(encoded: parts.encoded), parts)
  }

  func testTheEmbeddedFormIsReadStrictly() throws {
    let good = try StepModel.Parts(text: "[greet]\nbias\t-5\nr好\t3\nrab\t4\nsgreet\t1\n").encoded
    XCTAssertNoThrow(try StepModel.Parts(encoded: good))
    let bad = [
      "", String(good.dropLast(5)), good.replacingOccurrences(of: "A", with: "*"),
      good + "AAAAAAAAAAAAAAAA\n", "AAAA" + good.dropFirst(4),
    ]
    for text in bad {
      XCTAssertThrowsError(try StepModel.Parts(encoded: text)) { error in
        XCTAssertTrue("\(error)".hasPrefix("内嵌的模型数据有误"), "\(error)")
      }
    }
  }

  func testTheWeightsHoldOnlyShortFeatures() throws {
    for line in try Self.weightsFile().split(separator: "\n") where !line.hasPrefix("#") {
      guard let feature = line.split(separator: "\t").first, line.contains("\t") else { continue }
      if feature == "bias" || feature.hasPrefix("s") { continue }
      let gram = feature.hasPrefix("+") ? feature.dropFirst() : feature
      XCTAssertLessThanOrEqual(gram.unicodeScalars.count, 4, String(feature))
    }
  }

  func totals(_ reply: String, buyer: [String] = [], rules: [Step] = []) -> [Int] {
    Self.fromFile.totals(
      reply: Array(TextNormalizer.normalize(reply).unicodeScalars),
      buyer: buyer.map { Array(TextNormalizer.normalize($0).unicodeScalars) }, rules: rules)
  }

  /// Expected sums printed by `train_steps.py --score` for the same inputs.
  func testTheSumsAreTheTrainersSums() {
    for (reply, buyer, rules, expected) in Self.fixed {
      XCTAssertEqual(totals(reply, buyer: buyer, rules: rules), expected, reply)
      // The same input, the same sums.
      XCTAssertEqual(totals(reply, buyer: buyer, rules: rules), expected, reply)
    }
  }

  func testAFeatureCountsOnceAndSpacesEndGrams() throws {
    let model = try StepModel(
      "# test\n[greet]\nbias\t-5\nr好\t3\nrab\t4\nsgreet\t1\n[close]\nbias\t2\nb拍\t-3\n")
    let norm = { (s: String) in Array(TextNormalizer.normalize(s).unicodeScalars) }
    XCTAssertEqual(model.totals(reply: norm("好好"), buyer: [], rules: [])[0], -2)
    XCTAssertEqual(model.totals(reply: norm("ＡＢ好"), buyer: [], rules: [.greet])[0], 3)
    XCTAssertEqual(model.totals(reply: norm("a b"), buyer: [], rules: [])[0], -5)
    XCTAssertEqual(model.correct(reply: norm("好ab"), buyer: [norm("去拍吧")], rules: []), [.greet])
    XCTAssertEqual(model.correct(reply: norm("嗯"), buyer: [], rules: [.greet]), [.close])
  }

  /// The marks of the features counted are kept per thread from reply to reply (a new epoch
  /// each reply): replies in a row, models of other sizes in between and several threads at
  /// once each count their own features once.
  func testEachReplyCountsItsOwnFeaturesWhateverCameBefore() throws {
    let small = try StepModel("[greet]\nbias\t0\nr好\t1\n")
    var text = "[greet]\nbias\t0\n"
    // 一 (U+4E00) and the next 999 characters; 好 (U+597D) is not among them.
    for i in 0..<1000 { text += "r\(Character(Unicode.Scalar(0x4E00 + i)!))\t1\n" }
    let large = try StepModel(text)
    let norm = { (s: String) in Array(TextNormalizer.normalize(s).unicodeScalars) }
    for _ in 0..<3 {
      XCTAssertEqual(small.totals(reply: norm("好好"), buyer: [], rules: [])[0], 1)
      XCTAssertEqual(large.totals(reply: norm("一丁一丁"), buyer: [], rules: [])[0], 2)
      XCTAssertEqual(large.totals(reply: norm("好"), buyer: [], rules: [])[0], 0)
    }
    let wrong = ManagedCounter()
    DispatchQueue.concurrentPerform(iterations: 8) { i in
      for _ in 0..<200 {
        let model = i % 2 == 0 ? small : large
        let got = model.totals(reply: norm("好一好丁"), buyer: [], rules: [])[0]
        if got != (i % 2 == 0 ? 1 : 2) { wrong.add() }
      }
    }
    XCTAssertEqual(wrong.value, 0)
  }

  /// Longer grams are looked up only from a start some feature has: a 3-gram whose 1- and
  /// 2-gram are no features is still found, and a gram no feature starts with ends the search.
  func testAThreeGramIsFoundWithoutItsShorterStarts() throws {
    let model = try StepModel("[close]\nbias\t-1\nr快拍下\t5\nb拍下吧\t7\n")
    let norm = { (s: String) in Array(TextNormalizer.normalize(s).unicodeScalars) }
    XCTAssertEqual(model.totals(reply: norm("那就快拍下吧"), buyer: [], rules: [])[4], 4)
    XCTAssertEqual(model.totals(reply: norm("快拍"), buyer: [norm("我拍下吧")], rules: [])[4], 6)
    XCTAssertEqual(model.totals(reply: norm("快 拍下"), buyer: [], rules: [])[4], -1)
  }

  /// The trie over character codes: a gram whose start is itself a feature, the two kinds
  /// kept apart, a character in no feature ending the walk, and a feature holding a blank
  /// never found (no gram spans one).
  func testGramsSharingStartsAndKindsAreFoundApart() throws {
    let model = try StepModel(
      "[greet]\nbias\t0\nr好\t1\nr好的\t2\nr好的呀\t4\nb好\t8\nb的呀\t16\nr的 呀\t32\n")
    let norm = { (s: String) in Array(TextNormalizer.normalize(s).unicodeScalars) }
    let greet = { (reply: String, buyer: [String]) in
      model.totals(reply: norm(reply), buyer: buyer.map(norm), rules: [])[0]
    }
    XCTAssertEqual(greet("好的呀", []), 7)
    XCTAssertEqual(greet("好的", []), 3)
    XCTAssertEqual(greet("好 的呀", []), 1)
    XCTAssertEqual(greet("嗯好x的呀", []), 1)
    XCTAssertEqual(greet("的 呀", []), 0)
    XCTAssertEqual(greet("好的呀", ["好的呀"]), 7 + 8 + 16)
    XCTAssertEqual(greet("", ["好", "好"]), 8)
  }

  /// A gram's `+` weight counts only in the steps the rules show, once per reply like its plain
  /// weight, for the reply's and the buyer's grams alike; the embedded form keeps it.
  func testAPlusWeightCountsOnlyWhereTheRulesShowTheStep() throws {
    let text =
      "[greet]\nbias\t-5\n+r好\t10\nr好\t1\n[close]\nbias\t0\n+r好\t-20\n+b拍\t100\nsclose\t3\n"
    let model = try StepModel(text)
    let norm = { (s: String) in Array(TextNormalizer.normalize(s).unicodeScalars) }
    let sums = { (reply: String, buyer: [String], rules: [Step]) in
      Array(model.totals(reply: norm(reply), buyer: buyer.map(norm), rules: rules)[0...4])
    }
    XCTAssertEqual(sums("好好", [], []), [-4, 0, 0, 0, 0])
    XCTAssertEqual(sums("好好", [], [.greet]), [6, 0, 0, 0, 0])
    XCTAssertEqual(sums("好", [], [.close]), [-4, 0, 0, 0, -17])
    XCTAssertEqual(sums("好", ["拍", "拍拍"], [.greet, .close]), [6, 0, 0, 0, 83])
    XCTAssertEqual(sums("嗯", ["拍"], []), [-5, 0, 0, 0, 0])
    XCTAssertEqual(model.correct(reply: norm("好"), buyer: [], rules: [.greet]), [.greet])
    XCTAssertEqual(model.correct(reply: norm("好"), buyer: [], rules: []), [])
    let parts = try StepModel.Parts(text: text)
    XCTAssertEqual(try StepModel.Parts(encoded: parts.encoded), parts)
    XCTAssertNotEqual(parts.onVectors, parts.vectors)
  }

  func testWeightsWhoseSumCouldOverflowAreRefused() {
    let huge = "[greet]\nbias\t2000000000\nr好\t2000000000\n"
    XCTAssertThrowsError(try StepModel(huge)) { error in
      XCTAssertTrue("\(error)".contains("权重之和过大"), "\(error)")
    }
    // The `+` weights count too: they may be added on top of the others.
    let plus = "[greet]\nbias\t0\nr好\t1500000000\n+r好\t1500000000\n"
    XCTAssertThrowsError(try StepModel(plus)) { error in
      XCTAssertTrue("\(error)".contains("权重之和过大"), "\(error)")
    }
  }

  /// However sure the model is, a reply with a 反问句 never shows `objection`.
  func testTheModelCannotGiveARetortTheObjectionStep() throws {
    let eager = try StepModel("[objection]\nbias\t5000\n")
    let rubric = Rubric()
    let context = StepContext(buyer: ["等了一个星期还没到，怎么回事"])
    let retort = rubric.reply("您没看到页面写着预售吗？")
    let apology = rubric.reply("非常抱歉让您久等，我马上帮您催一下快递")
    XCTAssertFalse(
      ReceptionFlowRule.steps(retort, context: context, model: eager).contains(.objection))
    XCTAssertTrue(
      ReceptionFlowRule.steps(apology, context: context, model: eager).contains(.objection))
    XCTAssertEqual(
      ReceptionFlowRule.steps(retort, context: context, model: nil),
      ReceptionFlowRule.steps(retort, context: context))
  }

  /// The opening reply of a known talk keeps the greeting the rules found, however doubtful the
  /// model is (it learned from lines whose place in the talk it never saw); later replies and
  /// lines read without context are the model's to judge.
  func testTheModelCannotTakeTheGreetingFromTheOpeningReply() throws {
    let doubtful = try StepModel("[greet]\nbias\t-5000\n")
    let rubric = Rubric()
    let reply = rubric.reply("您好，真不好意思让您碰上这种事，能拍个视频让我听听是哪只鞋在响吗")
    let opening = StepContext(buyer: ["你们这跑鞋怎么回事 穿两次就吱吱响"])
    XCTAssertTrue(ReceptionFlowRule.steps(reply, context: opening, model: nil).contains(.greet))
    XCTAssertTrue(
      ReceptionFlowRule.steps(reply, context: opening, model: doubtful).contains(.greet))
    let later = StepContext(buyer: ["还是响"], sellerSpokeBefore: true)
    XCTAssertFalse(ReceptionFlowRule.steps(reply, context: later, model: doubtful).contains(.greet))
    let unknown = StepContext(buyer: [])
    XCTAssertFalse(
      ReceptionFlowRule.steps(reply, context: unknown, model: doubtful).contains(.greet))
  }

  func testABadWeightsFileSaysWhere() {
    for (text, line) in [
      ("[greet]\nbias\tx\n", 2), ("[问好]\n", 1), ("[greet]\nr四个字呀\t1\n", 2), ("rab\t1\n", 1),
      // A `+` weight is a gram's: the rules' own features and a bare `+` have none.
      ("[greet]\nbias\t0\n+sgreet\t1\n", 3), ("[greet]\n+\t1\n", 2), ("[greet]\n++r好\t1\n", 2),
      ("[greet]\n+r四个字呀\t1\n", 2),
    ] {
      XCTAssertThrowsError(try StepModel(text)) { error in
        XCTAssertTrue("\(error)".hasPrefix("第 \(line) 行："), "\(error)")
      }
    }
  }

  static let fixed: [(String, [String], [Step], [Int])] = [
    ("亲，您好，欢迎光临小店～", [], [], [1012, -5473, -7601, -7990, -6017, -7306, -4693, -8290]),
    (
      "这件是纯棉的，您穿L码合适，现在下单今天就能发货", ["这件什么面料？"], [.recommend],
      [-10305, -10395, 11046, -9694, 1836, -11705, -13410, -6222]
    ),
    (
      "好的，地址是北京市朝阳区，收件人张先生，对吗？", [], [.confirm, .close],
      [-9979, -9159, -10088, -10520, 596, 14620, -8908, -8693]
    ),
    (
      "感谢您的光临，祝您生活愉快，再见", ["好的谢谢"], [.farewell],
      [-9662, -11732, -9286, -7907, -8200, -9200, 13935, -9686]
    ),
  ]
}

/// A count several threads add to.
private final class ManagedCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  func add() { lock.withLock { count += 1 } }
  var value: Int { lock.withLock { count } }
}
