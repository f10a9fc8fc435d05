import KefuRubric
import KefuScenario
import KefuText
import XCTest

@testable import KefuTerminal

final class GradeCardRendererTests: XCTestCase {
  static let replies = [
    "亲，您好，欢迎光临，这款现货充足哦",
    "亲，按您的身高体重，M码会比较合身",
    "难道您不相信我们的尺码表吗？！！",
    "好的亲，今天下单今天发货，感谢您的支持",
  ]

  static let grade = Grade(
    score: 82, tier: 2, outcome: .deal,
    stepReplies: [.greet: 1, .inquire: 2, .recommend: 2, .objection: 3, .farewell: 4, .ship: 4],
    responses: ResponseFigures(count: 4, first: 2.0, average: 2.75, max: 7.25, slow: 1),
    upsell: 0,
    violations: [
      Violation(
        rule: "rhetorical_question", reply: 3, text: "难道您不相信我们的尺码表吗？！！",
        message: "反问句会让买家觉得被质问，换成陈述句：我们的尺码表是按实际测量做的。"),
      Violation(
        rule: "exclamation_overuse", reply: 3, text: "难道您不相信我们的尺码表吗？！！",
        message: "一句回复里感叹号不超过一个。"),
      Violation(rule: "response_time", reply: 3, text: "难道您不相信我们的尺码表吗？！！", message: ""),
    ],
    tips: ["推荐尺码后顺带推荐同色系细腰带，争取一等客服。", "买家犹豫时先回应顾虑，不要反问。"],
    rubricVersion: "1")

  static let card = GradeCard(
    grade: grade, student: .init(name: "张三", id: "2023001", className: "电商2301"),
    scenarioTitle: "连衣裙尺码咨询", replies: replies, limitSeconds: 6, typingSpeed: 41.6)

  func testWholeCardAt80ColumnsInPlainText() {
    let expected = """
      ============================ 成绩单 ============================
      学生：张三（学号 2023001，班级 电商2301）
      场景：连衣裙尺码咨询
      结果：成交    得分：82/100    等级：二等客服

      八步接待流程（6/8）
        ✓ 进门问好  第1句「亲，您好，欢迎光临，这款现货充足哦」
        ✓ 接待咨询  第2句「亲，按您的身高体重，M码会比较合身」
        ✓ 推荐产品  第2句「亲，按您的身高体重，M码会比较合身」
        ✓ 处理异议  第3句「难道您不相信我们的尺码表吗？！！」（有违规，别照学）
        ✗ 促成交易
        ✗ 确认订单
        ✓ 礼貌告别  第4句「好的亲，今天下单今天发货，感谢您的支持」
        ✓ 下单发货  第4句「好的亲，今天下单今天发货，感谢您的支持」

      响应时间（限时 6 秒）
        首次 2.0秒  平均 2.8秒  最慢 7.3秒  超时 1 次  共 4 句
      打字速度：每分钟 42 个汉字
      关联销售：没有

      违规（3 处）
        ✗ 禁用反问句    第3句「难道您不相信我们的尺码表吗？！！」
          反问句会让买家觉得被质问，换成陈述句：我们的尺码表是按实际测量做的。
        ✗ 感叹号不宜多  第3句「难道您不相信我们的尺码表吗？！！」
          一句回复里感叹号不超过一个。
        ✗ 黄金六秒      第3句「难道您不相信我们的尺码表吗？！！」

      建议
        1. 推荐尺码后顺带推荐同色系细腰带，争取一等客服。
        2. 买家犹豫时先回应顾虑，不要反问。
      ================================================================
      """
    XCTAssertEqual(GradeCardRenderer.text(Self.card, width: 80, theme: .plain), expected + "\n")
  }

  func testWholeCardDegradesAt40Columns() {
    let expected = """
      =============== 成绩单 ================
      学生：张三（学号 2023001，班级 电商
            2301）
      场景：连衣裙尺码咨询
      结果：成交    得分：82/100
      等级：二等客服

      八步接待流程（6/8）
        ✓ 进门问好  第1句「亲，您好，欢迎…」
        ✓ 接待咨询  第2句「亲，按您的身高…」
        ✓ 推荐产品  第2句「亲，按您的身高…」
        ✓ 处理异议  第3句「难道您不相信我…」
        ✗ 促成交易
        ✗ 确认订单
        ✓ 礼貌告别  第4句「好的亲，今天下…」
        ✓ 下单发货  第4句「好的亲，今天下…」

      响应时间（限时 6 秒）
        首次 2.0秒  平均 2.8秒  最慢 7.3秒
        超时 1 次  共 4 句
      打字速度：每分钟 42 个汉字
      关联销售：没有

      违规（3 处）
        ✗ 禁用反问句    第3句「难道您不相…」
          反问句会让买家觉得被质问，换成陈述
          句：我们的尺码表是按实际测量做的。
        ✗ 感叹号不宜多  第3句「难道您不相…」
          一句回复里感叹号不超过一个。
        ✗ 黄金六秒      第3句「难道您不相…」

      建议
        1. 推荐尺码后顺带推荐同色系细腰带，争
           取一等客服。
        2. 买家犹豫时先回应顾虑，不要反问。
      =======================================
      """
    XCTAssertEqual(GradeCardRenderer.text(Self.card, width: 40, theme: .plain), expected + "\n")
  }

  func testEveryLineFitsTheWidthWithOneColumnToSpare() {
    for width in 30...120 {
      for line in GradeCardRenderer.render(Self.card, width: width, theme: .plain) {
        XCTAssertLessThan(DisplayWidth.of(line), width, "\(width): \(line)")
        if let first = line.drop(while: { $0 == " " }).first {
          XCTAssertFalse(LineBreaking.noLineStart.contains(first), "\(width): \(line)")
        }
        if let last = line.last {
          XCTAssertFalse(LineBreaking.noLineEnd.contains(last), "\(width): \(line)")
        }
      }
    }
  }

  func testPlainCardHasNoEscapesAndColourCardReadsTheSameWithoutThem() {
    let plain = GradeCardRenderer.text(Self.card, width: 80, theme: .plain)
    XCTAssertFalse(plain.contains("\u{1B}"))
    let coloured = GradeCardRenderer.text(Self.card, width: 80, theme: Theme(useColor: true))
    XCTAssertTrue(coloured.contains("\u{1B}[32m✓\u{1B}[0m"))
    XCTAssertTrue(coloured.contains("\u{1B}[31m超时 1 次\u{1B}[0m"))
    XCTAssertEqual(stripANSI(coloured), plain)
  }

  func testCardWithoutRepliesOrViolations() {
    let grade = Grade(
      score: 0, tier: 3, outcome: .unfinished, stepReplies: [:], responses: nil, upsell: 0,
      violations: [], tips: [], rubricVersion: "1")
    let card = GradeCard(
      grade: grade, student: .init(name: ""), partner: "李四", scenarioTitle: "退换货",
      mode: "双人", replies: [])
    let lines = GradeCardRenderer.render(card, width: 80, theme: .plain)
    XCTAssertEqual(lines[1], "学生：（未署名）")
    XCTAssertEqual(lines[2], "买家：李四")
    XCTAssertEqual(lines[3], "场景：退换货（双人）")
    XCTAssertEqual(lines[4], "结果：未完成    得分：0/100    等级：三等客服")
    XCTAssertTrue(lines.contains("  没有回复"))
    XCTAssertTrue(lines.contains("违规：没有"))
    XCTAssertFalse(lines.contains("建议"))
    XCTAssertEqual(lines.filter { $0.hasPrefix("  ✗ ") }.count, 8)
  }

  func testViolationOfTheWholeSessionQuotesItsText() {
    var grade = Self.grade
    grade.violations = [Violation(rule: "自定义", reply: 0, text: "！", message: "")]
    let card = GradeCard(grade: grade, student: .init(name: "张三"), scenarioTitle: "t", replies: [])
    let lines = GradeCardRenderer.render(card, width: 80, theme: .plain)
    XCTAssertTrue(lines.contains("  ✗ 自定义  「！」"), lines.joined(separator: "\n"))
  }

  func testPersonaCardAndPairHintFitEveryWidthAndKeepPunctuationOffLineStarts() {
    let persona = Persona.named("心直口快")
    let card = PersonaCard(
      player: "李四", persona: persona, patienceLeft: 3, patience: 3,
      suggestions: ["你们家衣服什么质量啊，才穿一次袖口就开线了（我要退款）"])
    for width in 30...120 {
      let lines = PersonaCardRenderer.render(card, width: width, theme: .plain)
      let frame = PromptRenderer.frame(
        PromptState(notice: "回车 = 说建议台词，或输入自己的话；/成交 买下，/走人 离开", showsPhrases: false),
        width: width, theme: .plain)
      XCTAssertTrue(
        frame.lines.joined().replacingOccurrences(of: " ", with: "").contains("/走人离开"),
        "\(width): the whole hint")
      for line in lines + frame.lines {
        XCTAssertLessThan(DisplayWidth.of(line), max(30, width), "\(width): \(line)")
        let body = line.drop { $0 == " " }
        if let first = body.first, !body.hasPrefix("> ") {  // 「  > 」 marks a suggested line
          XCTAssertFalse(LineBreaking.noLineStart.contains(first), "\(width): \(line)")
        }
      }
    }
  }

  func testPersonaCardForTheBuyerTurn() {
    let persona = Persona(
      id: "indecisive", name: "优柔寡断", aliases: [], patience: 3, slowCost: 1, rudeCost: 1,
      bargains: false, needsObjectionHandled: true, portrait: "挑了很久还拿不定主意，怕买错。",
      advice: "耐心解答顾虑，给出明确建议。")
    let card = PersonaCard(
      player: "李四", persona: persona, patienceLeft: 1, patience: 3,
      suggestions: ["在吗？", "这条碎花裙还有货吗"])
    XCTAssertEqual(
      PersonaCardRenderer.render(card, width: 40, theme: .plain),
      [
        "----------- 买家回合：李四 ------------",
        "人设：优柔寡断",
        "画像：挑了很久还拿不定主意，怕买错。",
        "客服应对要点：耐心解答顾虑，给出明确建",
        "              议。",
        "耐心：1/3（快没耐心了）",
        "台词建议（照着说，或按人设自己发挥）：",
        "  > 在吗？",
        "  > 这条碎花裙还有货吗",
        "---------------------------------------",
      ])
  }
}

/// The text without SGR escape sequences.
func stripANSI(_ s: String) -> String {
  var out = ""
  var skipping = false
  for ch in s {
    if skipping {
      if ch == "m" { skipping = false }
    } else if ch == "\u{1B}" {
      skipping = true
    } else {
      out.append(ch)
    }
  }
  return out
}

final class HostileTerminalTests: XCTestCase {
  func testHugeSecondsDoNotTrap() {
    XCTAssertEqual(SecondsFormat.limit(1e20), "9000000000000000000")
    XCTAssertEqual(SecondsFormat.text(.infinity), "∞")
    XCTAssertEqual(SecondsFormat.text(2.5, limit: 1e20), "2.5")
  }

  func testChatMessagesAreShownVisibly() {
    let chat = ChatRenderer(width: 80, theme: Theme(useColor: true))
    let lines = chat.lines(.buyer(name: "买家\u{1B}]0;x\u{07}", text: "清屏\u{1B}[2J\u{9B}"))
    let joined = lines.joined()
    XCTAssertTrue(joined.contains("␛]0;x␇"))
    XCTAssertTrue(joined.contains("清屏␛[2J<U+009B>"))
    XCTAssertFalse(joined.contains("\u{1B}[2J"))
  }

  func testTheCardSaysWhyTheTierIsCappedOrNotGiven() {
    var capped = GradeCardRendererTests.grade
    capped.salesTier = 1
    capped.tierCaps = ["反问句"]
    var card = GradeCardRendererTests.card
    card.grade = capped
    let text = GradeCardRenderer.text(card, width: 80, theme: .plain)
    XCTAssertTrue(text.contains("等级：二等客服（销售：一等；因反问句记为二等）"), text)

    var none = GradeCardRendererTests.grade
    none.tier = nil
    none.salesTier = nil
    card.grade = none
    let plain = GradeCardRenderer.text(card, width: 80, theme: .plain)
    XCTAssertTrue(plain.contains("等级：不评（这次接待没有推荐或关联销售的机会）"), plain)
    // Recommending is not asked for: neither counted nor quoted, even when the student did.
    XCTAssertTrue(plain.contains("八步接待流程（5/7）"), plain)
    XCTAssertTrue(plain.contains("– 推荐产品（本课不要求）"), plain)
    XCTAssertTrue(plain.contains("关联销售：本课不要求"), plain)
    // Replies that still pushed something on a complaint (a recommendation or a cross-sell)
    // are counted and named, not shown as a success.
    none.upsell = 1
    none.selling = 2
    card.grade = none
    let pushed = GradeCardRenderer.text(card, width: 80, theme: .plain)
    XCTAssertTrue(pushed.contains("关联销售：本课不要求（有 2 句回复仍在推荐或推销商品）"), pushed)
    XCTAssertFalse(pushed.contains("做了搭配推荐"), pushed)
  }

  /// Play-test rounds 26–27: in an after-sales talk the card marks 促成交易 not asked as well,
  /// counts six steps and says how many earn full marks (so 4/6 does not read as a shortfall),
  /// and says what the replies pushing a product cost.
  func testAnAfterSalesCardSaysWhatItAsksAndWhatPushingCost() {
    var grade = GradeCardRendererTests.grade
    grade.tier = nil
    grade.salesTier = nil
    grade.afterSales = true
    grade.stepsForFullMarks = 4
    grade.selling = 2
    grade.sellingCost = 10
    var card = GradeCardRendererTests.card
    card.grade = grade
    let text = GradeCardRenderer.text(card, width: 80, theme: .plain)
    let covered = grade.askedSteps.filter { grade.stepReplies[$0] != nil }.count
    XCTAssertTrue(text.contains("八步接待流程（\(covered)/6，做到 4 步即得满分）"), text)
    XCTAssertTrue(text.contains("– 促成交易（本课不要求）"), text)
    XCTAssertTrue(text.contains("– 推荐产品（本课不要求）"), text)
    XCTAssertFalse(text.contains("✓ 促成交易"), text)
    XCTAssertTrue(text.contains("关联销售：本课不要求（有 2 句回复仍在推荐或推销商品，扣 10 分）"), text)
    // A sales lesson's card, where all eight earn full marks, says nothing of the kind.
    card.grade = GradeCardRendererTests.grade
    XCTAssertFalse(GradeCardRenderer.text(card, width: 80, theme: .plain).contains("即得满分"))
  }

  func testPastedRepliesAreShownAsSuchNeverAsASpeed() {
    var card = GradeCardRendererTests.card
    card.typingSpeed = nil
    card.pastedReplies = 2
    let text = GradeCardRenderer.text(card, width: 80, theme: .plain)
    XCTAssertTrue(text.contains("打字速度：2 条是粘贴或快捷短语，不计速度"), text)
    XCTAssertFalse(text.contains("每分钟"), text)
    card.typingSpeed = 48
    card.pastedReplies = 1
    let mixed = GradeCardRenderer.text(card, width: 80, theme: .plain)
    XCTAssertTrue(mixed.contains("每分钟 48 个汉字（另有 1 条是粘贴或快捷短语，不计速度）"), mixed)
  }
}

final class UnansweredWaitCardTests: XCTestCase {
  func testAStudentWhoQuitWithoutReplyingSeesTheWaitNotAFirstOrAverage() {
    let grade = Grade(
      score: 0, tier: nil, outcome: .unfinished, stepReplies: [:],
      responses: ResponseFigures(count: 0, first: 150, average: 150, max: 150, slow: 1), upsell: 0,
      violations: [], tips: [], rubricVersion: "1")
    let card = GradeCard(
      grade: grade, student: .init(name: "张三"), partner: nil, scenarioTitle: "退换货",
      mode: "单人", replies: [])
    let text = GradeCardRenderer.render(card, width: 80, theme: .plain).joined(separator: "\n")
    XCTAssertTrue(text.contains("  没有回复  买家等了 150.0 秒没有等到回复  超时 1 次"), text)
    XCTAssertFalse(text.contains("首次"))
    let json = grade.json.text
    XCTAssertTrue(
      json.contains(
        "\"responses\":{\"count\":0,\"first_s\":null,\"avg_s\":null,\"max_s\":null,\"slow\":1}"),
      json)
  }

  /// Stopped while the buyer had waited 20 s past the 6 s limit, after replies in time: the
  /// grade counts the wait as one more slow response, and the card's tip speaks of the wait,
  /// not of a reply over the limit (`kefu play`, `kefu grade` and the shift card alike).
  func testTheTipAboutAWaitNobodyAnsweredIsNotAboutALateReply() {
    let rubric = Rubric()
    func turn(_ text: String, _ buyer: String, seconds: Double) -> Turn {
      var judgement = rubric.judge(
        text,
        context: ReplyContext(buyerMessages: [buyer], responseSeconds: seconds, limitSeconds: 6))
      judgement.slow = seconds > 6  // as the engine times it
      return Turn(
        buyerMessages: [buyer], reply: text, responseSeconds: seconds, judgement: judgement)
    }
    let onTime = [turn("亲，您好，在的，这双鞋有42码", "这双鞋有42码吗", seconds: 2)]
    let waited = rubric.grade(onTime, outcome: .unfinished, unansweredSeconds: 20)
    XCTAssertEqual(waited.responses?.slow, 1)
    let rubricTip = "有 1 条回复超过了时限：先用一句快捷短语接住买家（「亲，在的哦，马上帮您看」），再补充细节。"
    XCTAssertEqual(waited.tips.first, rubricTip, "the rubric's own tip (the card replaces it)")
    let card = GradeCard(
      grade: waited, student: .init(name: "张三"), scenarioTitle: "跑鞋尺码",
      replies: ["亲，您好，在的，这双鞋有42码"],
      limitSeconds: 6)
    let text = GradeCardRenderer.render(card, width: 200, theme: .plain).joined(separator: "\n")
    XCTAssertTrue(
      text.contains("  1. 练习结束时买家已经等过了时限还没得到回复：一时答不上来，先回一句快捷短语接住"), text)
    XCTAssertFalse(text.contains("回复超过了时限"), text)

    // A late reply as well: the tip counts the reply, and names the wait apart.
    let late = [turn("亲，您好，在的，这双鞋有42码", "这双鞋有42码吗", seconds: 9)]
    let both = rubric.grade(late, outcome: .unfinished, unansweredSeconds: 20)
    XCTAssertEqual(both.responses?.slow, 2)
    let card2 = GradeCard(
      grade: both, student: .init(name: "张三"), scenarioTitle: "跑鞋尺码", replies: ["亲，您好，在的，这双鞋有42码"],
      limitSeconds: 6)
    let text2 = GradeCardRenderer.render(card2, width: 200, theme: .plain).joined(separator: "\n")
    XCTAssertTrue(text2.contains("有 1 条回复超过了时限，练习结束时买家又在等着没人回："), text2)

    // Finished in time: the rubric's tips as they are.
    let plain = rubric.grade(late, outcome: .deal)
    XCTAssertEqual(
      WaitTip.onCard(plain.tips[0], grade: plain, shift: false), plain.tips[0])
  }
}

/// A late reply has one figure wherever the student reads it: the transcript's mark, the
/// card's response times and its violation (the hint of the same reply in play) all say 10.8,
/// not 10.8 here and 10.762 there; a reply just over the limit keeps its hundredths everywhere.
final class OneFigureForOneReplyTests: XCTestCase {
  func testTheLateReplyReadsTheSameInTheTranscriptTheCardAndItsViolation() {
    let rubric = Rubric()
    let reply = "亲，您好，这款奶瓶是玻璃的，可以用开水烫"
    for (seconds, shown) in [(10.762, "10.8"), (6.004, "6.01"), (7.0, "7.0")] {
      var judgement = rubric.judge(
        reply,
        context: ReplyContext(
          buyerMessages: ["奶瓶能用开水烫吗"], responseSeconds: seconds, limitSeconds: 6))
      judgement.slow = true
      let message = judgement.findings.first { $0.rule == "response_time" }?.message
      XCTAssertEqual(message, "这条回复用了 \(shown) 秒，超过了 6 秒的时限")
      let turn = Turn(
        buyerMessages: ["奶瓶能用开水烫吗"], reply: reply, responseSeconds: seconds,
        judgement: judgement)
      let grade = rubric.grade([turn], outcome: .unfinished)
      let card = GradeCard(
        grade: grade, student: .init(name: "张三"), scenarioTitle: "奶瓶", replies: [reply],
        limitSeconds: 6)
      let text = GradeCardRenderer.render(card, width: 100, theme: .plain).joined(separator: "\n")
      XCTAssertTrue(text.contains("最慢 \(shown)秒"), text)
      XCTAssertTrue(text.contains("这条回复用了 \(shown) 秒"), text)
      XCTAssertEqual(SecondsFormat.text(seconds, limit: 6), shown, "the transcript's mark")
    }
    // A limit with a fraction is written as the card's heading writes it.
    let judgement = rubric.judge(
      reply, context: ReplyContext(responseSeconds: 9.25, limitSeconds: 6.5))
    XCTAssertEqual(
      judgement.findings.first { $0.rule == "response_time" }?.message,
      "这条回复用了 9.3 秒，超过了 6.5 秒的时限")
  }

  /// The wait nobody answered at the stop: the violation gives the card's figure for it.
  func testTheWaitAtTheStopReadsAsTheCardShowsIt() {
    let rubric = Rubric()
    let grade = rubric.grade([], outcome: .unfinished, unansweredSeconds: 6.004, limitSeconds: 6)
    XCTAssertEqual(
      grade.violations.first?.message, "练习结束时买家已经等了 6.01 秒还没有得到回复，算一次超时")
    let card = GradeCard(
      grade: grade, student: .init(name: "张三"), scenarioTitle: "奶瓶", replies: [],
      limitSeconds: 6)
    let text = GradeCardRenderer.render(card, width: 100, theme: .plain).joined(separator: "\n")
    XCTAssertTrue(text.contains("买家等了 6.01 秒没有等到回复"), text)
  }
}
