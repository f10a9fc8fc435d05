import KefuScenario
import KefuText
import XCTest

final class ParserTests: XCTestCase {
  func testProductSampleParsesUnchangedAndLintsClean() throws {
    let result = lint(productSample)
    XCTAssertEqual(codes(result), [])
    let s = try XCTUnwrap(result.playable)
    XCTAssertEqual(s.title, "连衣裙尺码咨询")
    XCTAssertEqual(s.personaName, "优柔寡断")
    XCTAssertEqual(s.persona?.id, "indecisive")
    XCTAssertEqual(s.patience, 3)
    XCTAssertEqual(s.limitSeconds, 6)
    XCTAssertEqual(s.product, "碎花雪纺连衣裙 129元")
    XCTAssertEqual(s.addons.map(\.names), [["同色系细腰带", "腰带"], ["防晒针织开衫", "开衫"]])
    XCTAssertEqual(s.addons.map(\.price), ["19元", "59元"])
    XCTAssertEqual(s.phrases, ["亲，在的哦，请问有什么可以帮您？"])
    XCTAssertEqual(s.nodes.map(\.name), ["开场", "催问", "问尺码", "犹豫", "拿不准", "成交", "问发货"])
    let start = try XCTUnwrap(s.start)
    XCTAssertEqual(start.lines.map(\.text), ["在吗？", "这条碎花裙还有货吗"])
    XCTAssertEqual(start.lines[1].location, SourceLocation(line: 13, column: 5))
    XCTAssertEqual(start.location, SourceLocation(line: 11, column: 1))
    XCTAssertEqual(start.nameLocation, SourceLocation(line: 11, column: 4))
    XCTAssertEqual(start.branches.map(\.target), [.node("催问"), .node("问尺码"), .node("催问")])
    XCTAssertEqual(
      start.branches.map(\.conditionText), ["slow", "has 有货|有的|在的|现货", "otherwise"])
    guard case .has(let words) = start.branches[1].condition else {
      return XCTFail("second branch of 开场 is a has")
    }
    XCTAssertEqual(words, ["有货", "有的", "在的", "现货"])
    XCTAssertEqual(start.branches[1].targetLocation, SourceLocation(line: 15, column: 25))
    let hesitate = try XCTUnwrap(s.node(named: "犹豫"))
    guard case .rule("rhetorical_question") = hesitate.branches[0].condition,
      case .step(.objection) = hesitate.branches[1].condition
    else { return XCTFail("犹豫 branches: \(hesitate.branches.map(\.conditionText))") }
    XCTAssertEqual(s.node(named: "问发货")?.branches.map(\.target), [.end(.deal)])
  }

  func testSampleGoodPathRepliesPickTheBranchesPRODUCTDescribes() throws {
    let s = try XCTUnwrap(lint(productSample).playable)
    func next(_ node: String, _ reply: String, _ facts: ReplyFacts = ReplyFacts()) -> Target? {
      s.node(named: node)?.firstMatchingBranch(
        normalizedReply: TextNormalizer.normalize(reply), facts: facts)?.target
    }
    XCTAssertEqual(next("开场", "亲，您好，欢迎光临，这款现货充足哦"), .node("问尺码"))
    XCTAssertEqual(next("问尺码", "亲，按您的身高体重，M码会比较合身"), .node("犹豫"))
    XCTAssertEqual(next("问尺码", "亲，按您的身高体重，Ｍ码会比较合身"), .node("犹豫"))
    XCTAssertEqual(next("问尺码", "亲，看您喜欢哪种版型"), .node("问尺码"))
    XCTAssertEqual(
      next("犹豫", "亲，支持七天无理由退换", ReplyFacts(steps: [.objection])), .node("成交"))
    XCTAssertEqual(
      next("犹豫", "难道我会骗您吗", ReplyFacts(brokenRules: ["rhetorical_question"])),
      .end(.lost))
    XCTAssertEqual(next("成交", "好的亲，今天下单今天发货，感谢您的支持"), .end(.deal))
    XCTAssertEqual(next("开场", "亲，有货", ReplyFacts(slow: true)), .node("催问"))
  }

  /// A reply given as normalised scalars (as the engine has them from the rubric) takes the
  /// branch its normalised text takes, whatever the conditions (words, regexes, facts).
  func testABranchIsTheSameFromTheScalarsAsFromTheText() throws {
    let replies = [
      "亲，您好，欢迎光临，这款现货充足哦", "亲，按您的身高体重，M码会比较合身", "亲有的", "ｍ码吧", "均码有",
      "", "难道我会骗您吗", "亲，支持七天无理由退换", "在的亲…稍等", "ﬁne 现货",
    ]
    for sample in [productSample] {
      let s = try XCTUnwrap(lint(sample).playable, sample)
      for node in s.nodes {
        for reply in replies {
          for facts in [
            ReplyFacts(),
            ReplyFacts(
              steps: [.greet, .objection], brokenRules: ["rhetorical_question"], slow: true),
          ] {
            XCTAssertEqual(
              node.firstMatchingBranch(
                normalizedScalars: TextNormalizer.scalars(reply), facts: facts)?.target,
              node.firstMatchingBranch(
                normalizedReply: TextNormalizer.normalize(reply), facts: facts)?.target,
              "\(node.name) \(reply)")
          }
        }
      }
    }
  }

  func testFullWidthPunctuationReadsLikeHalfWidth() throws {
    let full = """
      title：全角测试
      persona：犹豫型
      patience：４
      limit：6.5s
      addon：帽子／遮阳帽 ￥25
      == 开场
      顾客：在吗？
      when has 有货｜现货 －＞ 问尺码
      when step 处理异议 → end 成交
      otherwise -＞ end 流失
      == 问尺码
      顾客：多大码？
      otherwise→end 成交
      """
    let half = """
      title: 全角测试
      persona: 优柔寡断
      patience: 4
      limit: 6.5s
      addon: 帽子/遮阳帽 ￥25
      == 开场
      顾客: 在吗？
      when has 有货|现货 -> 问尺码
      when step objection -> end 成交
      otherwise -> end 流失
      == 问尺码
      顾客: 多大码？
      otherwise -> end 成交
      """
    let a = lint(full)
    let b = lint(half)
    XCTAssertEqual(codes(a), [])
    XCTAssertEqual(codes(b), [])
    let x = try XCTUnwrap(a.scenario)
    let y = try XCTUnwrap(b.scenario)
    XCTAssertEqual(x.persona, y.persona)
    XCTAssertEqual(x.patience, 4)
    XCTAssertEqual(x.limitSeconds, 6.5)
    XCTAssertEqual(x.addons.map(\.names), [["帽子", "遮阳帽"]])
    XCTAssertEqual(x.addons.map(\.price), ["￥25"])
    XCTAssertEqual(x.nodes.map(\.name), y.nodes.map(\.name))
    XCTAssertEqual(
      x.nodes.map { $0.branches.map(\.target) }, y.nodes.map { $0.branches.map(\.target) })
    XCTAssertEqual(
      x.nodes.map { $0.branches.map { $0.condition.text } },
      y.nodes.map { $0.branches.map { $0.condition.text } })
  }

  /// An arrow typed with a space inside (`- >`, `－　＞`) is the arrow, not a missing one: the
  /// branch reads as if written `->`.
  func testAnArrowWithASpaceInsideIsTheArrow() throws {
    let spaced = """
      title: 空格箭头
      persona: 优柔寡断
      == 开场
      顾客: 在吗？
      when has 有货|现货 - > 问尺码
      when slow －　＞ end 流失
      otherwise  -\t> end 成交
      == 问尺码
      顾客: 多大码？
      otherwise - > end 成交
      """
    let result = lint(spaced)
    XCTAssertEqual(codes(result), [])
    let plain = spaced.replacingOccurrences(
      of: "[-－][ \t\u{3000}]*[>＞]", with: "->", options: .regularExpression)
    XCTAssertFalse(plain.contains("- >"))
    let scenario = try XCTUnwrap(result.scenario)
    let reference = try XCTUnwrap(lint(plain).scenario)
    XCTAssertEqual(
      scenario.nodes.map { $0.branches.map(\.target) },
      reference.nodes.map { $0.branches.map(\.target) })
    XCTAssertEqual(
      scenario.nodes.map { $0.branches.map(\.condition.text) },
      reference.nodes.map { $0.branches.map(\.condition.text) })
  }

  func testCRLFAndBOMAreTolerated() throws {
    let text = "\u{FEFF}" + productSample.replacingOccurrences(of: "\n", with: "\r\n")
    let bytes = Array(text.utf8)
    XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
    let result = ScenarioLinter.lint(bytes: bytes, path: "crlf.kefu")
    XCTAssertEqual(codes(result), [])
    let s = try XCTUnwrap(result.scenario)
    XCTAssertEqual(s.title, "连衣裙尺码咨询")
    XCTAssertEqual(s.start?.lines.last?.text, "这条碎花裙还有货吗")
    XCTAssertEqual(s.node(named: "问发货")?.branches.first?.target, .end(.deal))
    XCTAssertEqual(s.contentHash, SHA256.hex(bytes))
    XCTAssertNotEqual(s.contentHash, lint(productSample).scenario?.contentHash)
  }

  func testCommentsAndBlankLinesMayStandAnywhere() throws {
    let text = """
      # 开头的注释

      title: 注释测试
        # 缩进的注释
      persona: 随和
      == 开场
      # 节点里的注释
      顾客: 我要 #2 号色
      ＃ 全角井号也是注释

      when has 2号 -> end 成交
      # 分支之间
      otherwise -> end 流失
      # 结尾
      """
    let result = lint(text)
    XCTAssertEqual(codes(result), [])
    let node = try XCTUnwrap(result.scenario?.start)
    XCTAssertEqual(node.lines.map(\.text), ["我要 #2 号色"])
    XCTAssertEqual(node.branches.count, 2)
  }

  func testChineseNodeNamesBuyerKeywordsAndEndSpellings() throws {
    let text =
      header + """
        == 第一步：问好
        buyer: hello
        Buyer: 还在吗
        买家: 有货吗
        when has 有 -> 第二步（尺码）
        otherwise -> end lost
        == 第二步（尺码） ==
        顾客: 多大？
        otherwise -> END deal
        """
    let result = lint(text)
    XCTAssertEqual(codes(result), [])
    let s = try XCTUnwrap(result.scenario)
    XCTAssertEqual(s.nodes.map(\.name), ["第一步：问好", "第二步（尺码）"])
    XCTAssertEqual(s.start?.lines.map(\.text), ["hello", "还在吗", "有货吗"])
    XCTAssertEqual(s.start?.branches.map(\.target), [.node("第二步（尺码）"), .end(.lost)])
    XCTAssertEqual(s.nodes[1].branches.map(\.target), [.end(.deal)])
  }

  func testLimitAcceptsSecondsInEveryDocumentedSpelling() {
    XCTAssertEqual(ScenarioParser.parseLimit("6s"), 6)
    XCTAssertEqual(ScenarioParser.parseLimit("6.5s"), 6.5)
    XCTAssertEqual(ScenarioParser.parseLimit("6秒"), 6)
    XCTAssertEqual(ScenarioParser.parseLimit("８秒"), 8)
    XCTAssertEqual(ScenarioParser.parseLimit("10 S"), 10)
    XCTAssertEqual(ScenarioParser.parseLimit("7"), 7)
    XCTAssertNil(ScenarioParser.parseLimit("0s"))
    XCTAssertNil(ScenarioParser.parseLimit("6.5.5s"))
    XCTAssertNil(ScenarioParser.parseLimit("六秒"))
    XCTAssertNil(ScenarioParser.parseLimit("-3s"))
    XCTAssertEqual(ScenarioParser.parseLimit("601s"), 601)
    XCTAssertNil(ScenarioParser.parseLimit("3601s"), "over an hour, as rubric files and records")
  }

  func testAddonNamesAliasesAndOptionalPrice() throws {
    let text =
      header + """
        addon: 防晒针织开衫/开衫 59元
        addon: 同款发圈
        addon: 收纳袋 / 袋子 9.9
        == 开场
        顾客: 在吗
        otherwise -> end 成交
        """
    let s = try XCTUnwrap(lint(text).playable)
    XCTAssertEqual(s.addons.map(\.names), [["防晒针织开衫", "开衫"], ["同款发圈"], ["收纳袋", "袋子"]])
    XCTAssertEqual(s.addons.map(\.price), ["59元", nil, "9.9"])
    XCTAssertEqual(s.addons[1].location, SourceLocation(line: 4, column: 8))
  }

  func testHasWordsAreNormalisedLikeReplies() throws {
    let text =
      header + """
        == 开场
        顾客: 要什么码
        when has Ｍ码|ＸＬ -> end 成交
        otherwise -> end 流失
        """
    let branch = try XCTUnwrap(lint(text).playable?.start?.branches.first)
    guard case .has(let words) = branch.condition else { return XCTFail("has expected") }
    XCTAssertEqual(words, ["m码", "xl"])
    XCTAssertEqual(
      branch.condition.matchesText(normalizedReply: TextNormalizer.normalize("亲，M码就好")), true)
    XCTAssertEqual(
      branch.condition.matchesText(normalizedReply: TextNormalizer.normalize("要ＸＬ的")), true)
    XCTAssertEqual(branch.condition.matchesText(normalizedReply: "亲，s码就好"), false)
    XCTAssertNil(Condition.slow.matchesText(normalizedReply: "m码"))
  }

  func testRegexWithChineseCharacterClassesWorksOnThisPlatform() throws {
    let text =
      header + """
        == 开场
        顾客: 什么时候发货
        when /[0-9一二三]+天[内之]?发货/ -> end 成交
        when /7\\/24/ -> end 成交
        when /\\p{Han}{2}包邮/ -> end 成交
        otherwise -> end 流失
        """
    let result = lint(text)
    XCTAssertEqual(codes(result), [])
    let branches = try XCTUnwrap(result.scenario?.start?.branches)
    func hits(_ i: Int, _ reply: String) -> Bool? {
      branches[i].condition.matchesText(normalizedReply: TextNormalizer.normalize(reply))
    }
    XCTAssertEqual(hits(0, "亲，三天内发货哦"), true)
    XCTAssertEqual(hits(0, "亲，２天发货"), true)
    XCTAssertEqual(hits(0, "亲，很快发货"), false)
    XCTAssertEqual(hits(1, "客服7/24小时在线"), true)
    XCTAssertEqual(hits(1, "客服724小时在线"), false)
    XCTAssertEqual(hits(2, "亲，全国包邮"), true)
    XCTAssertEqual(hits(2, "亲，ab包邮"), false)
    guard case .regex(let source, let compiled) = branches[1].condition else {
      return XCTFail("regex expected")
    }
    XCTAssertEqual(source, "7\\/24")
    XCTAssertNotNil(compiled)
  }

  func testConditionsTheRubricDecidesUseTheFacts() {
    let facts = ReplyFacts(steps: [.greet], brokenRules: ["exclamation_overuse"], slow: true)
    XCTAssertTrue(Condition.step(.greet).matches(normalizedReply: "", facts: facts))
    XCTAssertFalse(Condition.step(.close).matches(normalizedReply: "", facts: facts))
    XCTAssertTrue(Condition.rule("exclamation_overuse").matches(normalizedReply: "", facts: facts))
    XCTAssertTrue(Condition.slow.matches(normalizedReply: "", facts: facts))
    XCTAssertFalse(Condition.upsell.matches(normalizedReply: "", facts: facts))
    XCTAssertTrue(Condition.otherwise.matches(normalizedReply: "", facts: facts))
  }

  func testContentHashIsTheSHA256OfTheFileBytes() throws {
    let bytes = Array(productSample.utf8)
    let s = try XCTUnwrap(ScenarioLinter.lint(bytes: bytes, path: "a.kefu").scenario)
    XCTAssertEqual(s.contentHash.count, 64)
    XCTAssertEqual(s.contentHash, SHA256.hex(bytes))
  }

  func testAnEndCanCarryTheBuyersPartingLine() throws {
    let text = """
      title: 告别
      persona: 随和
      == 开场
      顾客: 在吗
      when has 有货 -> end 成交：好的，那我拍了
      when rule rhetorical_question -> end 流失: 算了，我去别家看看
      otherwise -> end 流失
      """
    let result = lint(text)
    XCTAssertEqual(codes(result), [])
    let branches = try XCTUnwrap(result.playable?.nodes.first?.branches)
    XCTAssertEqual(branches.map(\.partingLine), ["好的，那我拍了", "算了，我去别家看看", nil])
    XCTAssertEqual(branches.map(\.target), [.end(.deal), .end(.lost), .end(.lost)])
  }

  func testAPartingLineIsLinted() {
    let empty = lint(
      "title: t\npersona: 随和\n== 开场\n顾客: 在吗\notherwise -> end 流失：\n")
    XCTAssertEqual(codes(empty), ["E022 5:20-21"])
    XCTAssertEqual(empty.diagnostics.first?.message, "结局的冒号后面没有台词")
    let wrongEnd = lint(
      "title: t\npersona: 随和\n== 开场\n顾客: 在吗\notherwise -> end 流逝: 再见\n")
    XCTAssertEqual(codes(wrongEnd), ["E027 5:18-20"])
  }

  func testBranchesToTheSameEndWithDifferentPartingLinesAreNotRedundant() {
    let text =
      "title: t\npersona: 随和\n== 开场\n顾客: 在吗\n"
      + "when rule rhetorical_question -> end 流失: 你这什么态度\notherwise -> end 流失\n"
    XCTAssertEqual(codes(lint(text)), [])
  }

  func testSalesHeaderSaysWhetherTheLessonIsGradedForSelling() throws {
    let base = "title: 快递催单\npersona: 随和\nproduct: 保温杯 89元\naddon: 杯套 15元\n"
    let body = "\n== 开场\n顾客: 我的快递怎么还没到\notherwise -> end 成交\n"
    let none = try XCTUnwrap(lint(base + "sales: 无\n" + body).playable)
    XCTAssertEqual(none.sales, false)
    XCTAssertFalse(none.offersSales)
    let inferred = try XCTUnwrap(lint(base + body).playable)
    XCTAssertNil(inferred.sales)
    XCTAssertTrue(inferred.offersSales, "an addon is a chance to cross-sell")
    let bad = lint(base + "sales: 也许\n" + body)
    XCTAssertEqual(codes(bad), ["E020 5:8-10"])
  }
}
