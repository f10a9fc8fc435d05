import Foundation
import KefuScenario
import XCTest

/// One test per diagnostic code: its exact message and the exact spot it points at.
final class DiagnosticTests: XCTestCase {
  // MARK: - The file itself

  func testE001EmptyFileOrOnlyComments() {
    for text in ["", "\n\n", "# 还没写\n  \n＃ 草稿\n"] {
      let result = lint(text)
      XCTAssertEqual(codes(result), ["E001"])
      XCTAssertEqual(result.diagnostics.first?.message, "文件是空的")
    }
  }

  func testE002GBKFileGetsItsPositionAndAConversionHint() throws {
    let bytes = Array("title: ok\npersona: ".utf8) + [0xCB, 0xE6, 0xBA, 0xCD] + Array("\n".utf8)
    let result = ScenarioLinter.lint(bytes: bytes, path: "gbk.kefu")
    XCTAssertNil(result.scenario)
    let d = try XCTUnwrap(result.diagnostics.first)
    XCTAssertEqual(result.diagnostics.count, 1)
    XCTAssertEqual(d.code, .notUTF8)
    XCTAssertEqual(d.location, SourceLocation(line: 2, column: 10))
    XCTAssertEqual(d.message, "文件不是 UTF-8 编码")
    XCTAssertTrue(d.hint?.contains("GBK/GB18030") == true, d.hint ?? "")
    XCTAssertTrue(d.hint?.contains("iconv -f GB18030 -t UTF-8 gbk.kefu") == true, d.hint ?? "")
  }

  func testE002ColumnCountsCharactersBeforeTheBadByte() throws {
    let bytes = Array("顾客说: ".utf8) + [0xFF]
    let d = try XCTUnwrap(ScenarioLinter.lint(bytes: bytes, path: "x.kefu").diagnostics.first)
    XCTAssertEqual(d.location, SourceLocation(line: 1, column: 6))
    XCTAssertEqual(d.hint, "请用编辑器把文件另存为 UTF-8 编码")
  }

  func testE003BinaryFile() {
    let result = ScenarioLinter.lint(bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1], path: "a.png")
    XCTAssertEqual(codes(result), ["E003"])
    XCTAssertEqual(result.diagnostics.first?.message, "这是二进制文件，不是文本")
  }

  func testE004MissingFileAndFolder() {
    let missing = ScenarioLinter.lint(file: "/nonexistent/场景.kefu")
    XCTAssertEqual(codes(missing), ["E004"])
    XCTAssertEqual(missing.diagnostics.first?.message, "文件不存在")
    let folder = ScenarioLinter.lint(file: NSTemporaryDirectory())
    XCTAssertEqual(codes(folder), ["E004"])
    XCTAssertEqual(folder.diagnostics.first?.message, "这是一个文件夹，不是场景文件")
  }

  /// `kefu play 场景.kefu` with the name in GBK (a Windows zip unpacked here): the bytes arrive
  /// as U+FFFD, and the hint was 「是不是「��.kefu」？」, the same unusable name back. It now
  /// says the name is not UTF-8, and names with U+FFFD are never offered.
  func testE004AMissingFileWhoseNameIsNotUTF8SaysWhy() throws {
    let dir = NSTemporaryDirectory() + "kefu-gbk-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let name: [UInt8] = [0xB3, 0xA1, 0xBE, 0xB0] + Array(".kefu".utf8)  // 场景.kefu in GBK
    let raw = (Array((dir + "/").utf8) + name + [0]).map { CChar(bitPattern: $0) }
    close(open(raw, O_CREAT | O_WRONLY, 0o644))
    let typed = dir + "/" + String(decoding: name, as: UTF8.self)
    let result = ScenarioLinter.lint(file: typed)
    XCTAssertEqual(codes(result), ["E004"])
    XCTAssertEqual(
      result.diagnostics.first?.hint,
      "文件名里有不是 UTF-8 的字节（多半是 GBK 编码的文件名）：请把文件改名，或用 unzip -O GBK 重新解压")
    XCTAssertNil(ScenarioFileLookup.nearest(to: dir + "/场景.kefu"))
    XCTAssertEqual(ScenarioFileLookup.examples(in: dir), [])
  }

  func testE005HugeFileIsRefusedUnread() throws {
    let path = NSTemporaryDirectory() + "kefu-huge-\(UUID().uuidString).kefu"
    XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data()))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
    try handle.truncate(atOffset: UInt64(64 * 1024 * 1024 + 1))  // sparse: costs no disk
    try handle.close()
    let result = ScenarioLinter.lint(file: path)
    XCTAssertEqual(codes(result), ["E005"])
    XCTAssertTrue(result.diagnostics.first?.message.hasPrefix("文件太大") == true)
  }

  // MARK: - Lines

  func testE010UnknownHeaderKeySuggestsTheKeyAndDoesNotAlsoReportItMissing() {
    assertSingle(
      "titel: 测试\npersona: 随和\n== 开场\n顾客: 在吗\notherwise -> end 成交\n",
      .unknownKey, line: 1, column: 1, endColumn: 6, message: "不认识的设置项「titel」",
      hint: "是不是「title」？")
  }

  func testE011UnknownConditionKeyword() {
    assertSingle(
      header + "== 开场\n顾客: 在吗\nwhen hsa 有货 -> end 成交\notherwise -> end 流失\n",
      .unknownKeyword, line: 5, column: 6, endColumn: 9, message: "不认识的条件「hsa」",
      hint: "是不是「has」？")
  }

  func testE011UnknownLineStartAndMissingColon() {
    assertSingle(
      header + "== 开场\n顾客: 在吗\nwehn has 有货 -> end 成交\notherwise -> end 流失\n",
      .unknownKeyword, line: 5, column: 1, endColumn: 5, message: "看不懂这一行：「wehn」",
      hint: "是不是「when」？")
    assertSingle(
      header + "== 开场\n顾客 在吗\notherwise -> end 流失\n", .unknownKeyword, line: 4, column: 1,
      endColumn: 3, message: "「顾客」后面缺少冒号", hint: "写成「顾客: …」（冒号用 : 或 ：都可以）")
    assertSingle(
      header + "== 开场\n顾客: 在吗\ntitle: 又一个标题\notherwise -> end 流失\n", .unknownKeyword,
      line: 5, column: 1, endColumn: 6, message: "设置项「title」写在了节点里")
  }

  func testE012JumpToAMissingNodeSuggestsTheClosestName() {
    assertSingle(
      header + "== 开场\n顾客: 有货吗\nwhen has 有货 -> 问尺吗\notherwise -> 问尺码\n"
        + "== 问尺码\n顾客: 多大码\notherwise -> end 成交\n",
      .missingTarget, line: 5, column: 16, endColumn: 19, message: "跳转目标「问尺吗」不存在",
      hint: "是不是「问尺码」？")
  }

  func testE013DuplicateNode() {
    assertSingle(
      header + "== 开场\n顾客: 在\notherwise -> end 成交\n== 开场\n顾客: 又来\notherwise -> end 流失\n",
      .duplicateNode, line: 6, column: 4, endColumn: 6, message: "节点「开场」重名了",
      hint: "第一次定义在第 3 行；节点名不能重复，请改名")
  }

  func testE014InvalidRegexIsCaughtAtLintTime() {
    assertSingle(
      header + "== 开场\n顾客: 码\nwhen /[SML码/ -> end 成交\notherwise -> end 流失\n",
      .invalidRegex, line: 5, column: 6, endColumn: 13, message: "正则表达式「[SML码」写错了，无法编译")
  }

  func testE015UnknownStepInEnglishOrChinese() {
    assertSingle(
      header + "== 开场\n顾客: 在\nwhen step objektion -> end 成交\notherwise -> end 流失\n",
      .unknownStep, line: 5, column: 11, endColumn: 20, message: "不认识的接待步骤「objektion」",
      hint: "是不是「objection」？")
    assertSingle(
      header + "== 开场\n顾客: 在\nwhen step 处理意义 -> end 成交\notherwise -> end 流失\n",
      .unknownStep, line: 5, column: 11, endColumn: 15, message: "不认识的接待步骤「处理意义」",
      hint: "是不是「处理异议」？")
  }

  func testE016UnknownRuleIdComesFromTheCallersList() {
    let text =
      header + "== 开场\n顾客: 在\nwhen rule rhetorical_questoin -> end 流失\notherwise -> end 成交\n"
    assertSingle(
      text, .unknownRule, line: 5, column: 11, endColumn: 30,
      message: "不认识的规则「rhetorical_questoin」", hint: "是不是「rhetorical_question」？")
    XCTAssertEqual(codes(ScenarioParser.parse(text, path: "t.kefu", ruleIDs: nil)), [])
  }

  func testE017UnknownPersona() {
    assertSingle(
      "title: 测试\npersona: 优柔寡段\n== 开场\n顾客: 在\notherwise -> end 成交\n", .unknownPersona,
      line: 2, column: 10, endColumn: 14, message: "不认识的买家性格「优柔寡段」", hint: "是不是「优柔寡断」？")
  }

  func testE018AndE019MissingTitleAndPersona() {
    let body = "== 开场\n顾客: 在\notherwise -> end 成交\n"
    assertSingle(
      "persona: 随和\n" + body, .missingTitle, line: 1, column: 1, endColumn: 2,
      message: "缺少 title（场景标题）")
    assertSingle(
      "title: 测试\n" + body, .missingPersona, line: 1, column: 1, endColumn: 2,
      message: "缺少 persona（买家性格）")
  }

  func testE020InvalidPatienceAndLimit() {
    let body = "== 开场\n顾客: 在\notherwise -> end 成交\n"
    assertSingle(
      header + "patience: 0\n" + body, .invalidValue, line: 3, column: 11, endColumn: 12,
      message: "patience 要写 1 到 99 之间的整数，这里写的是「0」")
    assertSingle(
      header + "limit: 6分钟\n" + body, .invalidValue, line: 3, column: 8, endColumn: 11,
      message: "limit 要写成秒数，这里写的是「6分钟」")
  }

  func testE021BranchWithoutArrowOrTarget() {
    assertSingle(
      header + "== 开场\n顾客: 在\nwhen has 有货 问尺码\notherwise -> end 流失\n", .malformedBranch,
      line: 5, column: 16, endColumn: 17, message: "分支缺少「->」和跳转目标")
    assertSingle(
      header + "== 开场\n顾客: 在\nwhen has 有货 ->\notherwise -> end 流失\n", .malformedBranch,
      line: 5, column: 13, endColumn: 15, message: "「->」后面缺少跳转目标")
    assertSingle(
      header + "== 开场\n顾客: 在\nwhen /有货 -> end 成交\notherwise -> end 流失\n",
      .malformedBranch, line: 5, column: 6, endColumn: 19, message: "正则表达式缺少结尾的 /")
  }

  func testE022EmptyWordInHas() {
    assertSingle(
      header + "== 开场\n顾客: 在\nwhen has 有货||现货 -> end 成交\notherwise -> end 流失\n",
      .emptyValue, line: 5, column: 13, endColumn: 14, message: "has 的词表里有一个空词")
  }

  func testE023NoNodes() {
    assertSingle(
      header + "product: 连衣裙\n", .noNodes, line: 1, column: 1, endColumn: 2,
      message: "场景里没有任何节点")
  }

  func testE024BuyerLineOutsideANode() {
    assertSingle(
      header + "顾客: 在吗\n== 开场\n顾客: 在\notherwise -> end 成交\n", .outsideNode, line: 3,
      column: 1, endColumn: 3, message: "顾客台词写在了节点外面")
  }

  func testE025DuplicateKey() {
    assertSingle(
      header + "title: 又一个\n== 开场\n顾客: 在\notherwise -> end 成交\n", .duplicateKey, line: 3,
      column: 1, endColumn: 6, message: "「title」写了两次", hint: "第一次在第 1 行；title 只能写一次，请删掉一行")
  }

  func testE026NodeWithoutBranches() {
    assertSingle(
      header + "== 开场\n顾客: 在吗\n", .noBranches, line: 3, column: 4, endColumn: 6,
      message: "节点「开场」没有分支，对话到这里走不下去")
  }

  func testE027UnknownEnd() {
    assertSingle(
      header + "== 开场\n顾客: 在\nwhen has 有 -> end 成交\notherwise -> end 成功\n", .unknownEnd,
      line: 6, column: 18, endColumn: 20, message: "结局「成功」不存在，只能是成交或流失",
      hint: "是不是「成交」？")
  }

  func testE028NodesThatCanNeverReachAnEnd() {
    let result = lint(
      header + "== 开场\n顾客: 在\nwhen has 好 -> 绕圈\notherwise -> 开场\n"
        + "== 绕圈\n顾客: 再说一遍\notherwise -> 开场\n")
    XCTAssertEqual(codes(result), ["E028 3:4-6", "E028 7:4-6"])
    XCTAssertEqual(
      result.diagnostics.first?.message, "从节点「开场」出发永远到不了结局，对话会一直兜圈子")
  }

  // MARK: - Warnings

  func testW001UnreachableNode() {
    assertSingle(
      header + "== 开场\n顾客: 在\notherwise -> end 成交\n== 孤岛\n顾客: 没人来\notherwise -> end 流失\n",
      .unreachableNode, line: 6, column: 4, endColumn: 6,
      message: "节点「孤岛」永远走不到：没有任何分支跳到这里")
  }

  func testW002NodeWithoutOtherwise() {
    assertSingle(
      header + "== 开场\n顾客: 在\nwhen has 好 -> end 成交\n", .noOtherwise, line: 3, column: 4,
      endColumn: 6, message: "节点「开场」没有 otherwise 分支")
  }

  func testW003BranchAfterOtherwise() {
    assertSingle(
      header + "== 开场\n顾客: 在\notherwise -> end 流失\nwhen has 好 -> end 成交\n",
      .afterOtherwise, line: 6, column: 1, endColumn: 21,
      message: "这条分支在 otherwise（第 5 行）之后，永远不会命中")
  }

  func testW004ConditionCoveredByAnEarlierBranch() {
    assertSingle(
      header + "== 开场\n顾客: 在\nwhen has 有货 -> end 成交\nwhen has 有货吗|有货的 -> end 流失\n"
        + "otherwise -> 开场\n", .shadowedCondition, line: 6, column: 1, endColumn: 27,
      message: "这条 has 的每个词都已被前面的分支（第 5 行）接住，永远不会命中")
    assertSingle(
      header + "== 开场\n顾客: 在\nwhen step greet -> end 成交\nwhen step greet -> end 流失\n"
        + "otherwise -> 开场\n", .shadowedCondition, line: 6, column: 1, endColumn: 26,
      message: "这个条件和第 5 行的一样，永远轮不到它")
    XCTAssertEqual(
      codes(
        lint(
          header + "== 开场\n顾客: 在\nwhen has 有货 -> end 成交\nwhen has 有货吗|现货 -> end 流失\n"
            + "otherwise -> 开场\n")), [], "a has with one new word can still fire")
  }

  func testW005BranchThatChangesNothing() {
    assertSingle(
      header + "== 开场\n顾客: 在\nwhen slow -> 催问\notherwise -> 催问\n"
        + "== 催问\n顾客: 人呢\notherwise -> end 流失\n", .redundantBranch, line: 5, column: 1,
      endColumn: 16, message: "这条分支和 otherwise 去向相同（都到「催问」），删掉它结果不变")
    XCTAssertEqual(
      codes(
        lint(
          header + "== 开场\n顾客: 在\nwhen has 不要 -> end 流失\nwhen has 要 -> end 成交\n"
            + "otherwise -> end 流失\n")), [], "a branch that keeps a later one from firing matters")
  }

  func testW006NodeWhereTheBuyerSaysNothing() {
    assertSingle(
      header + "== 开场\notherwise -> end 成交\n", .silentNode, line: 3, column: 4, endColumn: 6,
      message: "节点「开场」里买家一句话也没说")
  }

  // MARK: - Recovery

  func testThreeErrorsGiveThreeDiagnostics() {
    let text = """
      title: 恢复测试
      persona: 随和
      == 开场
      顾客: 在吗
      when has 有货 -> 问尺吗
      when step greeting -> end 成交
      when 有货 -> end 成交
      otherwise -> end 流失
      == 问尺码
      顾客: 多大码
      otherwise -> end 成交
      """
    let result = lint(text)
    XCTAssertEqual(
      codes(result), ["E012 5:16-19", "E015 6:11-19", "E011 7:6-8"],
      "「问尺码」is only cut off by the typo 「问尺吗」: no W001 for it")
    XCTAssertEqual(result.errorCount, 3)
    XCTAssertEqual(result.diagnostics[2].hint, "是不是想写「when has 有货 -> …」？")
    XCTAssertNil(result.playable)
  }

  // MARK: - Root causes, not cascades

  func testAMisspeltTargetDoesNotMakeTheNodesBehindItUnreachable() {
    let text =
      header + "== 开场\n顾客: 能便宜点吗\nwhen has 不能|原价 -> 闲贵\notherwise -> end 流失\n"
      + "== 嫌贵\n顾客: 太贵了\nwhen has 质量 -> 比较\notherwise -> end 流失\n"
      + "== 比较\n顾客: 别家便宜\nwhen has 正品 -> 下单\notherwise -> end 流失\n"
      + "== 下单\n顾客: 好吧\notherwise -> end 成交\n"
    XCTAssertEqual(codes(lint(text)), ["E012 5:19-21"])
  }

  func testATargetLikeNoNodeLeavesUnreachabilityUnsaid() {
    let text =
      header + "== 开场\n顾客: 在吗\nwhen has 有货 -> 完全不同的名字\notherwise -> end 流失\n"
      + "== 问尺码\n顾客: 多大码\notherwise -> end 成交\n"
    XCTAssertEqual(codes(lint(text)), ["E012 5:16-23"])
    let noArrow =
      header + "== 开场\n顾客: 在吗\nwhen has 有货 问尺码\notherwise -> end 流失\n"
      + "== 问尺码\n顾客: 多大码\notherwise -> end 成交\n"
    XCTAssertEqual(codes(lint(noArrow)).map { String($0.prefix(4)) }, ["E021"])
  }

  func testAMisspeltWhenStillReportsTheMistypedTargetOnItsLine() {
    let result = lint(
      header + "== 开场\n顾客: 能便宜点吗\nwehn has 不能 -> 开场x\notherwise -> end 流失\n")
    XCTAssertEqual(codes(result), ["E011 5:1-5", "E012 5:16-19"])
    XCTAssertEqual(result.diagnostics[1].hint, "是不是「开场」？")
    XCTAssertEqual(
      codes(
        lint(
          header
            + "== 开场\n顾客: 在\nwehn has 好 -> 尺码\notherwise -> end 流失\n== 尺码\n顾客: 嗯\notherwise -> end 成交\n"
        )),
      ["E011 5:1-5"], "the misspelt branch still leads to 「尺码」: no W001")
  }

  func testW008ASalesBranchInALessonWithoutSales() {
    let noSales = header.replacingOccurrences(of: "title:", with: "sales: 无\ntitle:")
    XCTAssertNotEqual(noSales, header)
    let lesson =
      "== 开场\n顾客: 耳机坏了\nwhen upsell -> end 成交\nwhen step recommend -> end 成交\notherwise -> end 流失\n"
    let result = lint(noSales + lesson)
    XCTAssertEqual(
      result.diagnostics.map(\.code), [.salesBranchWithoutSales, .salesBranchWithoutSales])
    XCTAssertEqual(result.diagnostics.first?.severity, .warning)
    XCTAssertEqual(result.diagnostics.first?.location?.line, 6)
    // Asked about inquiry, or in a lesson that sells: nothing to say.
    XCTAssertEqual(
      lint(noSales + "== 开场\n顾客: 耳机坏了\nwhen step inquire -> end 成交\notherwise -> end 流失\n")
        .diagnostics, [])
    XCTAssertEqual(lint(header + lesson).diagnostics, [])
  }

  func testW007SeveralWordsListedWithChineseMarksInOneHasWord() {
    assertSingle(
      header + "== 开场\n顾客: 在吗\nwhen has 有货、现货 -> end 成交\notherwise -> end 流失\n",
      .listInOneWord, line: 5, column: 1, endColumn: 25,
      message: "has 的词「有货、现货」里有「、」：整串算一个词，回复里要原样出现「有货、现货」才算",
      hint: "几个词要用 | 隔开，例如「has 有货|现货」")
    let comma = lint(
      header + "== 开场\n顾客: 在吗\nwhen has 有的|有货，现货 -> end 成交\notherwise -> end 流失\n")
    XCTAssertEqual(codes(comma), ["W007 5:1-28"])
    XCTAssertEqual(
      comma.diagnostics.first?.message,
      "has 的词「有货，现货」里有「，」：整串算一个词，回复里要原样出现「有货，现货」才算")
    XCTAssertEqual(
      codes(lint(header + "== 开场\n顾客: 在吗\nwhen has 有货|现货 -> end 成交\notherwise -> end 流失\n")), [])
  }

  func testChineseKeywordsAreNamedInEnglishAndCheckedAsMeant() {
    let otherwise = lint(
      header + "== 开场\n顾客: 在吗\nwhen has 有 -> end 成交\n否则 -> 结束x\n== 结束\n顾客: 嗯\notherwise -> end 流失\n"
    )
    XCTAssertEqual(
      codes(otherwise), ["E011 6:1-3", "E012 6:7-10"],
      "no W002 for the otherwise written in Chinese, and its target is still checked")
    XCTAssertEqual(otherwise.diagnostics.first?.hint, "分支的关键字要写英文：「otherwise」")
    assertSingle(
      header + "== 开场\n顾客: 在吗\nwhen 超时 -> end 流失\notherwise -> end 成交\n",
      .unknownKeyword, line: 5, column: 6, endColumn: 8, message: "不认识的条件「超时」",
      hint: "回复超过时限写「when slow -> …」；要看回复里有没有「超时」这几个字才写「when has 超时 -> …」")
    XCTAssertEqual(
      lint(header + "== 开场\n顾客: 在吗\nwhen 加购 -> end 成交\notherwise -> end 流失\n").diagnostics
        .first?.hint,
      "做了关联销售写「when upsell -> …」；要看回复里有没有「加购」这几个字才写「when has 加购 -> …」")
  }

  func testAWarningOnALineWithAnErrorIsLeftOutAndEachErrorIsReportedOnce() {
    let result = lint(
      header + "== 开场\n顾客: 在吗\nwhen rule rhetorical_questoin -> end 流失\notherwise -> end 流失\n")
    XCTAssertEqual(codes(result), ["E016 5:11-30"], "no W005 on the line of the E016")
    let twice = lint(
      header + "== 开场\n顾客: 在\nwhen has 好 -> 问尺吗\nwhen has 行 -> 问尺吗\notherwise -> end 流失\n")
    XCTAssertEqual(codes(twice), ["E012 5:15-18", "E012 6:15-18"])
  }

  func testEveryCodeIsUniqueAndHasASummary() {
    let raw = DiagnosticCode.allCases.map(\.rawValue)
    XCTAssertEqual(Set(raw).count, raw.count)
    for code in DiagnosticCode.allCases {
      XCTAssertFalse(code.summary.isEmpty)
      XCTAssertEqual(code.severity, code.rawValue.hasPrefix("E") ? .error : .warning)
    }
  }
}
