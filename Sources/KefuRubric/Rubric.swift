import KefuScenario
import KefuText

/// The rules in the order they run and are listed. Adding a rule: one file (its description:
/// id, name, explanation, cost, patience, tip, examples; and its judging), one line here, and its
/// words in `Words/<id>.words`. Settings keys, tips and docs/rubric.md follow from it.
public enum RuleRegistry {
  public static let all: [Rule] = [
    ReceptionFlowRule(),
    ResponseTimeRule(),
    RhetoricalQuestionRule(),
    ExclamationOveruseRule(),
    UpsellRule(),
    ForbiddenPhraseRule(),
    AffinityRule(),
    OrderConfirmationRule(),
    AccountSafetyRule(),
    RepeatedReplyRule(),
    AskedAgainRule(),
    CrossedChatsRule(),
  ]

  public static var ids: [String] { descriptions.map(\.id) }

  /// Every rule's description, in order (settings, tips and docs are derived from these).
  public static let descriptions: [RuleDescription] = all.map(\.description)

  public static func rule(_ id: String) -> Rule? { all.first { $0.description.id == id } }
}

/// How a session ended.
public enum Outcome: String {
  case deal, lost, unfinished
  public var chineseName: String {
    switch self {
    case .deal: return "成交"
    case .lost: return "流失"
    case .unfinished: return "未完成"
    }
  }
}

/// One seller reply in a session, with what came before it and the verdict on it.
public struct Turn {
  public var buyerMessages: [String]
  public var reply: String
  public var responseSeconds: Double?
  public var judgement: ReplyJudgement
  public init(
    buyerMessages: [String], reply: String, responseSeconds: Double?, judgement: ReplyJudgement
  ) {
    self.buyerMessages = buyerMessages
    self.reply = reply
    self.responseSeconds = responseSeconds
    self.judgement = judgement
  }
}

/// Response-time figures of a session (all in seconds).
/// Response times of a session. With no reply sent but the buyer left waiting past the limit
/// (the student quit), `count` is 0, `max` is that wait and `slow` counts it; first and average
/// mean nothing then (JSON null, CSV empty, the card says the buyer got no reply).
public struct ResponseFigures: Equatable {
  public var count: Int
  public var first: Double
  public var average: Double
  public var max: Double
  public var slow: Int
  public init(count: Int, first: Double, average: Double, max: Double, slow: Int) {
    self.count = count
    self.first = first
    self.average = average
    self.max = max
    self.slow = slow
  }
}

/// A broken rule, with the reply (1-based) that broke it.
public struct Violation: Equatable {
  public var rule: String
  public var reply: Int
  public var text: String
  public var message: String
  public init(rule: String, reply: Int, text: String, message: String) {
    self.rule = rule
    self.reply = reply
    self.text = text
    self.message = message
  }
}

/// The grade of a session, recomputed from its messages whenever it is needed.
public struct Grade {
  public var score: Int
  /// 1, 2 or 3: 一等, 二等, 三等客服, after conduct caps; nil when the scenario offers no chance
  /// to recommend or cross-sell (no tier is shown).
  public var tier: Int?
  /// The tier earned by sales behaviour alone, before conduct capped it (nil with `tier`).
  public var salesTier: Int?
  /// What caps the tier at 二等 (反问句, 服务禁语, 买家流失), Chinese, when the sales tier was
  /// 一等 (it lowered the tier) or 二等 (it kept better selling from raising it); empty otherwise.
  public var tierCaps: [String] = []
  public var outcome: Outcome
  /// For each step, the 1-based number of the first reply that showed it, or nil.
  public var stepReplies: [Step: Int]
  public var responses: ResponseFigures?
  public var upsell: Int
  /// Replies read as 推荐产品 or 关联销售 (either): in a lesson without a chance to sell, the
  /// card says how many replies still pushed something (a new product at a complaining buyer);
  /// in a lesson with one, the replies that pushed when the first recommendation was for no
  /// need heard (0 otherwise).
  public var selling = 0
  /// Whether the session is an after-sales talk in a lesson without a chance to sell
  /// (`GradeFormula.isAfterSales`): it asks for neither 推荐产品 nor 促成交易.
  public var afterSales = false
  /// The points the selling replies cost: of an after-sales talk (`cost_after_sales_selling`),
  /// or pushed at a buyer whose need was not heard (`cost_unasked_selling`); 0 elsewhere.
  public var sellingCost: Double = 0
  /// How many of `askedSteps` earn the whole steps term: all eight in a sales lesson, six of
  /// seven without a chance to sell, `after_sales_steps` of six in an after-sales talk.
  public var stepsForFullMarks = Step.allCases.count
  public var violations: [Violation]
  /// One or two concrete tips, Chinese.
  public var tips: [String]
  public var rubricVersion: String

  public init(
    score: Int, tier: Int?, outcome: Outcome, stepReplies: [Step: Int], responses: ResponseFigures?,
    upsell: Int, violations: [Violation], tips: [String], rubricVersion: String,
    salesTier: Int? = nil, tierCaps: [String] = []
  ) {
    self.score = score
    self.tier = tier
    self.salesTier = salesTier ?? tier
    self.tierCaps = tierCaps
    self.outcome = outcome
    self.stepReplies = stepReplies
    self.responses = responses
    self.upsell = upsell
    self.violations = violations
    self.tips = tips
    self.rubricVersion = rubricVersion
  }

  public static func tierName(_ tier: Int) -> String {
    switch tier {
    case 1: return "一等客服"
    case 2: return "二等客服"
    default: return "三等客服"
    }
  }

  /// The steps the lesson asked for: all eight, seven when it offered no chance to sell (no
  /// tier), six in an after-sales talk; the card, the CSV and the class report count these.
  public var askedSteps: [Step] {
    GradeFormula.askedSteps(sales: tier != nil, afterSales: afterSales)
  }

  /// How many of `askedSteps` the session showed.
  public var askedStepsCovered: Int { askedSteps.filter { stepReplies[$0] != nil }.count }

  /// Whether the session was stopped with the buyer waiting past the limit: the grade counts
  /// that wait as one more slow response, its violation quoting no reply (reply 0).
  public var countsUnansweredWait: Bool {
    violations.contains { $0.rule == "response_time" && $0.reply == 0 }
  }

  /// The tier as a label: 二等客服, or 不评 when the scenario offers no sales chance.
  public static func tierName(_ tier: Int?) -> String {
    guard let tier else { return "不评" }
    return tierName(tier) as String
  }

  /// Why a seller who recommended is 三等 (the start of `tierNote`).
  public static let unheardNote = "第一次推荐之前没弄清买家的需要：没问过，也没回应过顾虑，或者尺码是猜的"

  /// 一等, 二等, 三等.
  static func shortTierName(_ tier: Int) -> String {
    switch tier {
    case 1: return "一等"
    case 2: return "二等"
    default: return "三等"
    }
  }

  /// Why the tier is what it is, for the card: nil when the sales tier stands as earned;
  /// 「销售：一等；因反问句记为二等」 when conduct capped it; the reason when there is no tier.
  public var tierNote: String? {
    guard let tier else { return "这次接待没有推荐或关联销售的机会" }
    // Recommended, yet 三等: the first recommendation was for no need the buyer said (pushed
    // before asking, a size guessed), and the replies that pushed cost points.
    if salesTier == 3 && stepReplies[.recommend] != nil {
      let cost =
        sellingCost > 0
        ? "，\(selling) 句推销扣 \(RubricSettings.format(sellingCost, integer: false)) 分" : ""
      return Self.unheardNote + cost
    }
    guard let sales = salesTier, !tierCaps.isEmpty else { return nil }
    // 二等 in sales with a 反问句 besides: the cap did not lower it, but it is why better
    // selling would not have raised it.
    if sales == tier {
      return "销售：\(Self.shortTierName(sales))；有\(tierCaps.joined(separator: "、"))，销售做到一等也只记二等"
    }
    return
      "销售：\(Self.shortTierName(sales))；因\(tierCaps.joined(separator: "、"))记为\(Self.shortTierName(tier))"
  }

  /// The grade object of `play --json` / `grade --json`, keys in the contract's order.
  public var json: JSONValue {
    let steps = JSONValue.object(Step.allCases.map { ($0.rawValue, .bool(stepReplies[$0] != nil)) })
    let responsesValue: JSONValue
    if let r = responses, r.count > 0 {
      responsesValue = .object([
        ("count", .int(r.count)), ("first_s", .seconds(r.first)), ("avg_s", .seconds(r.average)),
        ("max_s", .seconds(r.max)), ("slow", .int(r.slow)),
      ])
    } else {
      responsesValue = .object([
        ("count", .int(0)), ("first_s", .null), ("avg_s", .null), ("max_s", .null),
        ("slow", .int(responses?.slow ?? 0)),
      ])
    }
    return .object([
      ("score", .int(score)), ("tier", tier.map { .int($0) } ?? .null),
      ("outcome", .string(outcome.rawValue)),
      ("steps", steps), ("responses", responsesValue), ("upsell", .int(upsell)),
      (
        "violations",
        .array(
          violations.map {
            .object([
              ("rule", .string($0.rule)), ("reply", .int($0.reply)), ("text", .string($0.text)),
              ("message", .string($0.message)),
            ])
          })
      ),
      ("tips", .array(tips.map { .string($0) })), ("rubric_version", .string(rubricVersion)),
    ])
  }
}

/// The rubric: the registered rules with their settings. Judges replies and grades sessions.
public struct Rubric {
  public let settings: RubricSettings
  public var rules: [Rule] {
    didSet { ruleDescriptions = rules.map(\.description) }
  }
  /// The rules' descriptions, built once (a rule builds its description on every call).
  private var ruleDescriptions: [RuleDescription]
  /// The rubric's words (the standard ones with the settings' edits) and their matcher.
  public private(set) var words: RubricWords
  public static let version = "1"

  public init(settings: RubricSettings = .standard, rules: [Rule] = RuleRegistry.all) {
    self.settings = settings
    self.rules = rules
    self.ruleDescriptions = rules.map(\.description)
    self.words = RubricWords(edits: settings.wordEdits)
  }

  /// The same rubric for another thread to judge with: the objects a reply holds on to are its
  /// own (see `RubricWords.init(copying:)` and `kefu check`'s worker threads).
  public func copyForAnotherThread() -> Rubric {
    var copy = self
    copy.words = RubricWords(copying: words)
    return copy
  }

  /// The description of this rubric's rule with the given id, if it has one.
  public func description(ofRule id: String) -> RuleDescription? {
    ruleDescriptions.first { $0.id == id }
  }

  /// A reply read with this rubric's words.
  public func reply(_ text: String) -> Reply { Reply(text, words: words) }

  /// Judges one reply in its context.
  public func judge(_ text: String, context: ReplyContext) -> ReplyJudgement {
    judge(reply(text), context: context)
  }

  /// Judges a reply already prepared (its normalised text and phrase hits computed).
  public func judge(_ reply: Reply, context: ReplyContext) -> ReplyJudgement {
    var judgement = ReplyJudgement(text: reply.text)
    // An empty (or blank) reply is judged by no rule.
    // No White_Space scalar lies above U+3000, so a reply in Chinese answers at its first
    // character without a look into Unicode's property tables.
    guard
      reply.scalars.contains(where: {
        $0.value > 0x3000 || ($0 != " " && !$0.properties.isWhitespace)
      })
    else {
      return judgement
    }
    // Each rule judged where it stands in the array: `for rule in rules`, and a rule read
    // through `withUnsafeBufferPointer`, copy its existential box out (and destroy the copy)
    // for every rule and reply; the array's own subscript calls the rule in place.
    for i in rules.indices {
      rules[i].judge(reply, context: context, settings: settings, into: &judgement)
    }
    return judgement
  }

  /// Grades a session from its turns; see `GradeFormula` for the formula.
  /// `addons` are the scenario's addon items, named in the tips. `sales` is whether the
  /// scenario offers a chance to recommend or cross-sell (no tier without); `product` is the
  /// scenario's product, which the tips speak of. `unansweredSeconds`: how long the buyer had
  /// been waiting, past the limit, when the session was stopped (else nil); `limitSeconds`: the
  /// limit the session was timed against, for showing that wait as the card shows times.
  public func grade(
    _ turns: [Turn], outcome: Outcome, addons: [[String]] = [], sales: Bool = true,
    product: String? = nil, unansweredSeconds: Double? = nil, limitSeconds: Double? = nil
  ) -> Grade {
    GradeFormula(settings: settings).grade(
      turns, outcome: outcome, addons: addons, sales: sales, product: product,
      unansweredSeconds: unansweredSeconds, limitSeconds: limitSeconds)
  }
}
