import KefuRubric
import Testing

private let rule = RhetoricalQuestionRule()
private let rubric = Rubric()

private func judge(_ text: String, buyer: [String] = []) -> ReplyJudgement {
  var judgement = ReplyJudgement(text: text)
  rule.judge(
    rubric.reply(text), context: ReplyContext(buyerMessages: buyer), settings: .standard,
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
  // 不是回你了吗: not 「是回您了」, which says nothing; the seller explains again.
  #expect(
    judge("不是回你了吗，你什么型号").findings.first?.suggestion
      == "建议改成陈述句：「亲，我再给您说明一下哦」")
  #expect(
    judge("这不就是您要的藏青色嘛").findings.first?.suggestion
      == "建议改成陈述句：「亲，这就是您要的藏青色哦」")
  // The words files' restate-* families: 不 dropped after 难道, 不也 → 也, the trailing 呀 too.
  #expect(judge("难道这样不好吗").findings.first?.suggestion == "建议改成陈述句：「亲，这样好哦」")
  #expect(judge("不也一样吗呀").findings.first?.suggestion == "建议改成陈述句：「亲，也一样哦」")
  // 莫非 is a 难道 shape but not in restate-nandao: the shape's template, no rewrite.
  let other = judge("莫非您没看详情页？").findings.first?.suggestion
  #expect(other?.contains("可能您没看详情页") == false)
}

/// To a buyer whose order went wrong, the dismissal restated politely would still brush them
/// off: the advice is an apology and a remedy, and it breaks no rule itself.
@Test func suggestsAnApologyToABuyerWithAFaultyOrder() {
  let j = judge("不就是个颜色吗？又不影响用", buyer: ["人呢 发错颜色了还不理人"])
  let suggestion = j.findings.first?.suggestion ?? ""
  #expect(suggestion.hasPrefix("建议先道歉，再给出办法：「亲，真的很抱歉"))
  #expect(!suggestion.contains("就是个颜色"))
  #expect(
    judge("不就是个颜色吗？", buyer: ["有别的颜色吗"]).findings.first?.suggestion
      == "建议改成陈述句：「亲，就是个颜色哦」")
  let advice = String(suggestion.drop { $0 != "「" }.dropFirst().prefix { $0 != "」" })
  #expect(advice.count > 10)
  var later = ReplyContext(buyerMessages: ["人呢 发错颜色了还不理人"])
  later.history = [ChatLine(role: .seller, text: "亲，您好，在的")]
  let again = rubric.judge(advice, context: later)
  #expect(again.findings.isEmpty, "\(again.findings)")
}

/// Further on in a talk about a faulty order the buyer asks about the money: the fault is in the
/// history, so the advice is an apology and how the refund comes back, not a word on the goods.
@Test func suggestsARefundAnswerLaterInAFaultyOrderTalk() {
  var context = ReplyContext(buyerMessages: ["那钱几天能退回来"])
  context.history = [
    ChatLine(role: .buyer, text: "我拍的米白色，寄来的是深灰色，发错了"),
    ChatLine(role: .seller, text: "亲，给您退货退款吧"),
  ]
  let j = rubric.judge("怎么可能退不回来呢？等着就行", context: context)
  let suggestion = j.findings.first { $0.rule == "rhetorical_question" }?.suggestion ?? ""
  #expect(suggestion.hasPrefix("建议先道歉，再说清退款怎么退：「亲，实在抱歉给您添了麻烦，退款会原路退回"))
  #expect(!suggestion.contains("商品都有保障"))
  // The same reply in a talk before any sale keeps the denial's template.
  let before = judge("怎么可能退不回来呢？等着就行", buyer: ["不合适能退吗"])
  #expect(before.findings.first?.suggestion?.contains("商品都有保障") == true)
  // The advice itself breaks no rule.
  let advice = String(suggestion.drop { $0 != "「" }.dropFirst().prefix { $0 != "」" })
  let again = rubric.judge(advice, context: context)
  #expect(
    !again.findings.contains { $0.rule == "rhetorical_question" || $0.rule == "forbidden_phrase" })
}

@Test func suggestsATemplateForOtherShapes() {
  let f = judge("我们家怎么可能卖假货！").findings
  #expect(f.count == 1)
  #expect(f.first?.suggestion?.hasPrefix("建议改成陈述句：「亲，") == true)
  // A denial before any sale: the doubt is heard, no fault is looked into (核实 would be).
  let denial = judge("我们家怎么可能卖假货！", buyer: ["你家这个是正品吗"]).findings.first?.suggestion
  #expect(denial == "建议改成陈述句：「亲，我们的商品都有保障，您有什么顾虑跟我说，我给您详细说明」")
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

/// 我又不是财务 pushes the matter to someone else (a 服务禁语, not a 反问句); 我们又不是故意的 still
/// talks back.
@Test func iAmNotTheOneIsPushedAwayButWeDidNotMeanItTalksBack() {
  #expect(!judge("到账看银行，我又不是银行的", buyer: ["钱什么时候到"]).rhetorical)
  #expect(judge("我们又不是故意发错的", buyer: ["你们发错货了"]).rhetorical)
}
