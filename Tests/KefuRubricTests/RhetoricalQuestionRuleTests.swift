import Foundation
import KefuRubric
import Testing

private let rule = RhetoricalQuestionRule()

private func judge(_ text: String, buyer: [String] = []) -> ReplyJudgement {
  var judgement = ReplyJudgement(text: text)
  rule.judge(
    Reply(text), context: ReplyContext(buyerMessages: buyer), settings: .standard,
    into: &judgement)
  return judgement
}

private func substring(_ text: String, _ start: Int, _ end: Int) -> String {
  let scalars = Array(text.unicodeScalars)
  var view = String.UnicodeScalarView()
  view.append(contentsOf: scalars[start..<end])
  return String(view)
}

@Test func everyTriggeringExampleIsFlagged() {
  for example in rule.description.triggers {
    let j = judge(example.text, buyer: example.buyer)
    #expect(j.rhetorical, "not flagged: \(example.text)")
    #expect(j.broke("rhetorical_question"), "no finding: \(example.text)")
  }
}

@Test func noPassingExampleIsFlagged() {
  for example in rule.description.passes {
    let j = judge(example.text, buyer: example.buyer)
    #expect(!j.rhetorical, "flagged: \(example.text) → \(j.findings.map(\.message))")
    #expect(j.findings.isEmpty)
  }
}

@Test func describesItselfWithEnoughExamples() {
  let d = rule.description
  #expect(d.id == "rhetorical_question")
  #expect(d.name == "禁用反问句")
  #expect(d.triggers.count >= 40)
  #expect(d.passes.count >= 40)
  #expect(d.patienceCost == 1)
  #expect(d.offendsBuyer)
  #expect(!d.explanation.isEmpty)
}

@Test func findingSpansTheRhetoricalClauseInOriginalCodePoints() {
  // Full-width punctuation and a leading clause that is not part of the question.
  let text = "亲，退款不是已经给您退了吗？"
  let j = judge(text)
  #expect(j.findings.count == 1)
  let f = j.findings[0]
  #expect(substring(text, f.start, f.end) == "退款不是已经给您退了吗？")
  #expect(f.message.contains("反问"))
}

@Test func spanSkipsAnEmojiBeforeTheQuestion() {
  // The emoji is one code point; offsets count code points, not UTF-16 units.
  let text = "😊好的，难道您没收到通知吗"
  let f = judge(text).findings
  #expect(f.count == 1)
  #expect(f.first.map { substring(text, $0.start, $0.end) } == "难道您没收到通知吗")
}

@Test func suggestsAStatementBuiltFromTheQuestion() {
  #expect(
    judge("难道您没收到通知吗？").findings.first?.suggestion
      == "建议改成陈述句：「亲，可能您没收到通知，我帮您再确认一下哦」")
  #expect(
    judge("退款不是已经给您退了吗").findings.first?.suggestion
      == "建议改成陈述句：「亲，退款已经给您退了哦」")
  #expect(
    judge("不是说了七天无理由吗？").findings.first?.suggestion
      == "建议改成陈述句：「亲，我再给您说明一下：七天无理由哦」")
  #expect(
    judge("这不就是您要的藏青色嘛").findings.first?.suggestion
      == "建议改成陈述句：「亲，这就是您要的藏青色哦」")
}

@Test func suggestsATemplateForOtherShapes() {
  let f = judge("我们家怎么可能卖假货！").findings
  #expect(f.count == 1)
  #expect(f.first?.suggestion?.hasPrefix("建议改成陈述句：「亲，") == true)
}

@Test func reportsEachRhetoricalSentenceOnce() {
  let j = judge("难道您没看详情吗？不是写着不防水吗？我们哪里都能发货。")
  #expect(j.findings.count == 2)
}

@Test func snideAnswerCountsOnlyAfterAComplaint() {
  #expect(judge("您说呢？", buyer: ["这是假货吧"]).rhetorical)
  #expect(!judge("您觉得呢？", buyer: ["两个颜色我都喜欢"]).rhetorical)
}

@Test func quotedProductNamesAreNotJudged() {
  #expect(!judge("这款《难道不香》零食礼包很受欢迎").rhetorical)
  #expect(judge("难道不香吗").rhetorical)
}

@Test func questionMarkMayBeMissingOrHalfWidth() {
  #expect(judge("您不会自己查物流吗").rhetorical)
  #expect(judge("您不会自己查物流吗?!").rhetorical)
  #expect(judge("您不会自己查物流吗？！").rhetorical)
}

@Test func scoresAReplyInMicroseconds() {
  let replies = (rule.description.triggers + rule.description.passes).map { Reply($0.text) }
  let context = ReplyContext(buyerMessages: ["太贵了"])
  let rounds = 200
  let start = DispatchTime.now().uptimeNanoseconds
  var flagged = 0
  for _ in 0..<rounds {
    for reply in replies {
      var j = ReplyJudgement(text: reply.text)
      rule.judge(reply, context: context, settings: .standard, into: &j)
      if j.rhetorical { flagged += 1 }
    }
  }
  let perReply =
    Double(DispatchTime.now().uptimeNanoseconds - start) / Double(rounds * replies.count) / 1000
  print("rhetorical_question: \(String(format: "%.2f", perReply)) µs per reply (\(flagged) flags)")
  #expect(perReply < 500)
}

/// Prints the verdict on every example (for tuning; always passes). With RHETORICAL_DUMP=FILE it
/// also writes `verdict<TAB>buyer messages<TAB>reply` lines for checking the Python reference.
@Test func printVerdicts() throws {
  let environment = ProcessInfo.processInfo.environment
  if let path = environment["RHETORICAL_DUMP"] {
    let held =
      RhetoricalHeldOut.all
      .map { RuleExample($0.text, buyer: $0.buyer) }
    let lines = (rule.description.triggers + rule.description.passes + held).map { e in
      "\(rule.isRhetorical(e.text, buyer: e.buyer))\t\(e.buyer.joined(separator: "|"))\t\(e.text)"
    }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
  }
  guard environment["RHETORICAL_VERDICTS"] != nil else { return }
  for e in rule.description.triggers {
    let j = judge(e.text, buyer: e.buyer)
    print(
      (j.rhetorical ? "ok   T " : "MISS T ") + e.text + "  "
        + j.findings.map { f in
          substring(e.text, f.start, f.end) + " | " + (f.suggestion ?? "")
        }.joined(separator: " ; "))
  }
  for e in rule.description.passes {
    let j = judge(e.text, buyer: e.buyer)
    print(
      (j.rhetorical ? "MISS P " : "ok   P ") + e.text + "  " + j.findings.map(\.message).joined())
  }
}
