/// How bad a diagnostic is: errors make `kefu lint` fail, warnings only with `--strict`.
public enum Severity: String {
  case error, warning
}

/// The stable code of every problem `kefu lint` can report. The codes are part of the product:
/// teachers look them up in docs/scenario-format.md and editors match on them, so a code is never
/// reused for another problem.
public enum DiagnosticCode: String, CaseIterable {
  // The file itself.
  case emptyFile = "E001"
  case notUTF8 = "E002"
  case binaryFile = "E003"
  case unreadableFile = "E004"
  case fileTooLarge = "E005"
  // Lines the parser does not understand.
  case unknownKey = "E010"
  case unknownKeyword = "E011"
  case missingTarget = "E012"
  case duplicateNode = "E013"
  case invalidRegex = "E014"
  case unknownStep = "E015"
  case unknownRule = "E016"
  case unknownPersona = "E017"
  case missingTitle = "E018"
  case missingPersona = "E019"
  case invalidValue = "E020"
  case malformedBranch = "E021"
  case emptyValue = "E022"
  case noNodes = "E023"
  case outsideNode = "E024"
  case duplicateKey = "E025"
  case noBranches = "E026"
  case unknownEnd = "E027"
  case noEndReachable = "E028"
  case slowRegex = "E029"
  // Warnings: the file plays, but probably not as the teacher meant.
  case unreachableNode = "W001"
  case noOtherwise = "W002"
  case afterOtherwise = "W003"
  case shadowedCondition = "W004"
  case redundantBranch = "W005"
  case silentNode = "W006"
  case listInOneWord = "W007"
  case salesBranchWithoutSales = "W008"

  public var severity: Severity { rawValue.hasPrefix("E") ? .error : .warning }

  /// What the code means, in a few Chinese words (for docs and `--format json` consumers).
  public var summary: String {
    switch self {
    case .emptyFile: return "文件是空的"
    case .notUTF8: return "文件不是 UTF-8 编码"
    case .binaryFile: return "二进制文件，不是文本"
    case .unreadableFile: return "文件不存在或无法读取"
    case .fileTooLarge: return "文件太大"
    case .unknownKey: return "不认识的设置项"
    case .unknownKeyword: return "不认识的关键字或写法"
    case .missingTarget: return "跳转目标不存在"
    case .duplicateNode: return "节点重名"
    case .invalidRegex: return "正则表达式写错了"
    case .unknownStep: return "不认识的接待步骤"
    case .unknownRule: return "不认识的规则"
    case .unknownPersona: return "不认识的买家性格"
    case .missingTitle: return "缺少 title"
    case .missingPersona: return "缺少 persona"
    case .invalidValue: return "设置项的值不合法"
    case .malformedBranch: return "分支写法不完整"
    case .emptyValue: return "内容为空"
    case .noNodes: return "没有任何节点"
    case .outsideNode: return "台词或分支写在了节点外面"
    case .duplicateKey: return "设置项重复"
    case .noBranches: return "节点没有分支"
    case .unknownEnd: return "结局只能是成交或流失"
    case .noEndReachable: return "从这个节点永远走不到结局"
    case .slowRegex: return "正则表达式可能让匹配卡住"
    case .unreachableNode: return "节点永远走不到"
    case .noOtherwise: return "节点缺少 otherwise"
    case .afterOtherwise: return "otherwise 之后的分支永远不会命中"
    case .shadowedCondition: return "条件已被前面的分支覆盖"
    case .redundantBranch: return "分支去向与 otherwise 相同，可以删掉"
    case .silentNode: return "节点里买家一句话也没说"
    case .listInOneWord: return "has 的一个词里有顿号或逗号"
    case .salesBranchWithoutSales: return "sales: 无 的课里有看推销的分支"
    }
  }
}

/// One problem in a scenario file: what, where, and how to fix it.
public struct Diagnostic: Equatable {
  public var code: DiagnosticCode
  /// The file, as given on the command line.
  public var path: String
  /// Where the problem starts; nil when it concerns the whole file (missing, binary, empty).
  public var location: SourceLocation?
  /// The column just after the offending text (exclusive); equals `location.column` + 1 at least.
  public var endColumn: Int?
  /// What was expected and what was found, Chinese.
  public var message: String
  /// How to fix it (a "did you mean", the usual spelling), Chinese.
  public var hint: String?
  /// The offending line as written (without its line break), for the caret display.
  public var sourceLine: String?

  public init(
    code: DiagnosticCode, path: String, location: SourceLocation?, endColumn: Int? = nil,
    message: String, hint: String? = nil, sourceLine: String? = nil
  ) {
    self.code = code
    self.path = path
    self.location = location
    self.endColumn = endColumn
    self.message = message
    self.hint = hint
    self.sourceLine = sourceLine
  }

  public var severity: Severity { code.severity }
}
