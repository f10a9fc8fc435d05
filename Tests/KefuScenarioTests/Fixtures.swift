import KefuRubric
import KefuScenario
import XCTest

/// The sample scenario of PRODUCT.md, byte for byte: it must always parse and lint clean.
let productSample = """
  # 连衣裙尺码咨询：犹豫型买家，第一周练习
  title: 连衣裙尺码咨询
  persona: 优柔寡断
  patience: 3
  limit: 6s
  product: 碎花雪纺连衣裙 129元
  addon: 同色系细腰带/腰带 19元
  addon: 防晒针织开衫/开衫 59元
  phrase: 亲，在的哦，请问有什么可以帮您？

  == 开场
  顾客: 在吗？
  顾客: 这条碎花裙还有货吗
  when slow -> 催问
  when has 有货|有的|在的|现货 -> 问尺码
  otherwise -> 催问

  == 催问
  顾客: 有人吗？到底有没有货呀
  when has 有货|有的|现货 -> 问尺码
  otherwise -> end 流失

  == 问尺码
  顾客: 我160，一百斤，穿什么码合适？
  when /[SML]码|均码/ -> 犹豫
  otherwise -> 问尺码

  == 犹豫
  顾客: 嗯……我再考虑考虑吧
  when rule rhetorical_question -> end 流失
  when step objection -> 成交
  otherwise -> 拿不准

  == 拿不准
  顾客: 还是有点拿不准，怕买回来不合身
  when step objection -> 成交
  otherwise -> end 流失

  == 成交
  顾客: 好吧，那我拍了，明天能发吗？
  when has 发货|发出|明天 -> end 成交
  otherwise -> 问发货

  == 问发货
  顾客: 所以到底哪天发货呀？
  otherwise -> end 成交

  """

/// A valid header, so a test's body only carries the problem it is about.
let header = "title: 测试场景\npersona: 随和\n"

/// Parses `text` as `t.kefu` with the rubric's rule ids, as `kefu lint` does.
func lint(_ text: String) -> LintResult {
  ScenarioParser.parse(text, path: "t.kefu", ruleIDs: RuleRegistry.ids)
}

/// The diagnostics as `CODE line:col-end` strings, compact to compare.
func codes(_ result: LintResult) -> [String] {
  result.diagnostics.map { d in
    guard let l = d.location else { return d.code.rawValue }
    return "\(d.code.rawValue) \(l.line):\(l.column)-\(d.endColumn ?? 0)"
  }
}

/// Asserts the file has exactly one diagnostic, with this code, position, message and hint.
func assertSingle(
  _ text: String, _ code: DiagnosticCode, line: Int, column: Int, endColumn: Int,
  message: String, hint: String? = nil, file: StaticString = #filePath, lineNumber: UInt = #line
) {
  let result = lint(text)
  XCTAssertEqual(
    result.diagnostics.count, 1, "\(codes(result)) \(result.diagnostics.map(\.message))",
    file: file, line: lineNumber)
  guard let d = result.diagnostics.first else { return }
  XCTAssertEqual(d.code, code, file: file, line: lineNumber)
  XCTAssertEqual(
    d.location, SourceLocation(line: line, column: column), file: file, line: lineNumber)
  XCTAssertEqual(d.endColumn, endColumn, file: file, line: lineNumber)
  XCTAssertEqual(d.message, message, file: file, line: lineNumber)
  if let hint { XCTAssertEqual(d.hint, hint, file: file, line: lineNumber) }
}
