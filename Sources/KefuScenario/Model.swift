import Foundation

/// A position in a source file: 1-based line, 1-based column counted in characters (code
/// points), so `path:line:col` points at what a teacher sees in the editor.
public struct SourceLocation: Equatable, Hashable, Comparable {
  public var line: Int
  public var column: Int
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
  public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }
}

/// The eight steps of the reception flow (八步接待流程). Their ids are part of the scenario format
/// (`when step objection`) and of every JSON and CSV kefu writes.
public enum Step: String, CaseIterable, Hashable {
  case greet, inquire, recommend, objection, close, confirm, farewell, ship

  /// The step's place in the flow, its index in `allCases` (0 greet … 7 ship).
  @inline(__always)
  public var ordinal: Int {
    switch self {
    case .greet: return 0
    case .inquire: return 1
    case .recommend: return 2
    case .objection: return 3
    case .close: return 4
    case .confirm: return 5
    case .farewell: return 6
    case .ship: return 7
    }
  }

  /// The step's Chinese name as the lab guide teaches it.
  public var chineseName: String {
    switch self {
    case .greet: return "进门问好"
    case .inquire: return "接待咨询"
    case .recommend: return "推荐产品"
    case .objection: return "处理异议"
    case .close: return "促成交易"
    case .confirm: return "确认订单"
    case .farewell: return "礼貌告别"
    case .ship: return "下单发货"
    }
  }
}

/// How a scripted session can end.
public enum EndOutcome: String, Hashable {
  /// 成交: the buyer buys.
  case deal
  /// 流失: the buyer leaves.
  case lost

  public var chineseName: String { self == .deal ? "成交" : "流失" }
}

/// Where a branch leads: another node, or the end of the session.
public enum Target: Equatable {
  case node(String)
  case end(EndOutcome)
}

/// What a branch tests about the seller's reply.
public enum Condition {
  /// The normalised reply contains any of the (normalised) words.
  case has([String])
  /// The normalised reply matches the regex (ICU syntax); nil when it did not compile.
  case regex(source: String, compiled: NSRegularExpression?)
  /// The reply shows this reception step.
  case step(Step)
  /// The reply broke the rule with this id.
  case rule(String)
  /// The reply came after the time limit.
  case slow
  /// The reply offered a cross-sell.
  case upsell
  /// Always matches.
  case otherwise

  /// The condition written out in the format's own words (`has 有货|现货`, `/[SML]码/`).
  public var text: String {
    switch self {
    case .has(let words): return "has " + words.joined(separator: "|")
    case .regex(let source, _): return "/\(source)/"
    case .step(let step): return "step \(step.rawValue)"
    case .rule(let id): return "rule \(id)"
    case .slow: return "slow"
    case .upsell: return "upsell"
    case .otherwise: return "otherwise"
    }
  }
}

/// One line the buyer says, a chat message of its own.
public struct BuyerLine {
  public var text: String
  public var location: SourceLocation
  public init(text: String, location: SourceLocation) {
    self.text = text
    self.location = location
  }
}

/// `when CONDITION -> TARGET` (or `otherwise -> TARGET`).
public struct Branch {
  public var condition: Condition
  public var target: Target
  /// Where the branch line starts.
  public var location: SourceLocation
  /// Where the target (after the arrow) starts.
  public var targetLocation: SourceLocation
  /// The condition as the teacher wrote it (`has 有货|现货`, `/[sml]码/`, `otherwise`), for
  /// graphs and messages.
  public var conditionText: String
  /// Where the condition's argument starts (the words, the regex, the step or rule name; the
  /// keyword itself for `slow`, `upsell`, `otherwise`).
  public var conditionLocation: SourceLocation
  /// The column just after the condition (exclusive), on the branch's line.
  public var conditionEndColumn: Int
  /// The column just after the target (exclusive), on the branch's line.
  public var targetEndColumn: Int
  /// `end 流失: 台词`: a last message the buyer sends as the dialogue ends (only on an `end`).
  public var partingLine: String?
  public init(
    condition: Condition, target: Target, location: SourceLocation, targetLocation: SourceLocation,
    conditionText: String = "", conditionLocation: SourceLocation? = nil,
    conditionEndColumn: Int? = nil, targetEndColumn: Int? = nil, partingLine: String? = nil
  ) {
    self.partingLine = partingLine
    self.condition = condition
    self.target = target
    self.location = location
    self.targetLocation = targetLocation
    self.conditionText = conditionText
    self.conditionLocation = conditionLocation ?? location
    self.conditionEndColumn = conditionEndColumn ?? location.column + 1
    self.targetEndColumn = targetEndColumn ?? targetLocation.column + 1
  }
}

/// `== NAME`: what the buyer says at this point, and where the seller's reply leads.
public struct Node {
  public var name: String
  /// Where the `==` line starts.
  public var location: SourceLocation
  public var lines: [BuyerLine]
  public var branches: [Branch]
  /// Where the name starts on the `==` line.
  public var nameLocation: SourceLocation
  /// The column just after the name (exclusive).
  public var nameEndColumn: Int
  public init(
    name: String, location: SourceLocation, lines: [BuyerLine], branches: [Branch],
    nameLocation: SourceLocation? = nil, nameEndColumn: Int? = nil
  ) {
    self.name = name
    self.location = location
    self.lines = lines
    self.branches = branches
    self.nameLocation = nameLocation ?? location
    self.nameEndColumn =
      nameEndColumn ?? (nameLocation ?? location).column + name.unicodeScalars.count
  }
}

/// An item that counts as a cross-sell: `addon: 同色系细腰带/腰带 19元`.
public struct Addon {
  /// The item's name first, then its aliases.
  public var names: [String]
  /// The price as written (`19元`), if any.
  public var price: String?
  public var location: SourceLocation
  public init(names: [String], price: String?, location: SourceLocation) {
    self.names = names
    self.price = price
    self.location = location
  }
}

/// An immutable, parsed scenario. The runtime only ever walks a scenario that linted without
/// errors; the parser still builds as much of the model as it can from a broken file.
public struct Scenario {
  /// The path it was read from, as given.
  public var path: String
  public var title: String?
  /// The persona as written in the file (a name or an alias).
  public var personaName: String?
  /// The built-in persona it resolved to.
  public var persona: Persona?
  /// `patience:` from the file, overriding the persona's default.
  public var patienceOverride: Int?
  /// `limit:` in seconds, if the file sets one.
  public var limitSeconds: Double?
  /// `product:` as written (name and price).
  public var product: String?
  public var addons: [Addon]
  /// 快捷短语 offered to the seller.
  public var phrases: [String]
  /// `sales:` from the file: whether the lesson offers a chance to recommend or cross-sell
  /// (nil: not said, see `offersSales`).
  public var sales: Bool?
  public var nodes: [Node]
  /// SHA-256 of the file's bytes, lower-case hex; records carry it to notice later edits.
  public var contentHash: String

  public init(
    path: String, title: String? = nil, personaName: String? = nil, persona: Persona? = nil,
    patienceOverride: Int? = nil, limitSeconds: Double? = nil, product: String? = nil,
    addons: [Addon] = [], phrases: [String] = [], nodes: [Node] = [], contentHash: String = ""
  ) {
    self.path = path
    self.title = title
    self.personaName = personaName
    self.persona = persona
    self.patienceOverride = patienceOverride
    self.limitSeconds = limitSeconds
    self.product = product
    self.addons = addons
    self.phrases = phrases
    self.nodes = nodes
    self.contentHash = contentHash
  }

  /// The buyer's patience budget: the file's `patience:`, else the persona's default, else 3.
  public var patience: Int { patienceOverride ?? persona?.patience ?? 3 }

  /// The node the session starts at.
  public var start: Node? { nodes.first }

  /// Whether the lesson offers a chance to recommend or cross-sell, so that the grade shows a
  /// sales tier: `sales:` when the file says, else inferred — yes when the scenario has an
  /// `addon:` or a branch on `upsell`, `step recommend` or `step inquire`.
  public var offersSales: Bool {
    if let sales { return sales }
    if !addons.isEmpty { return true }
    return nodes.contains { node in
      node.branches.contains { branch in
        switch branch.condition {
        case .upsell, .step(.recommend), .step(.inquire): return true
        default: return false
        }
      }
    }
  }

  /// The node with this name.
  public func node(named name: String) -> Node? { nodes.first { $0.name == name } }
}
