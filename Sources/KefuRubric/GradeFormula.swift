import Foundation
import KefuScenario
import KefuText

/// The grade of a session, from its judged turns. Every number comes from `RubricSettings`:
///
///     score = weight_step × steps covered            (8 steps, 5 each: 40)
///           + weight_response × on-time share         (20; full when no reply was timed)
///           + weight_upsell if any reply cross-sells  (10)
///           + weight_deal / weight_unfinished / weight_lost by outcome   (30 / 15 / 0)
///           − for each rule, cost_<rule> × replies breaking it, at most cost_cap_per_rule
///     clamped to 0…100, rounded; at most short_session_cap (40) when the session has
///     short_session_replies (2) replies or fewer; 0 with no replies.
///
/// A lesson that offers no chance to recommend or cross-sell (`sales: 无`, or inferred) asks
/// for neither: the upsell weight is given in full, and the steps term counts the other seven
/// steps, each weight_step × 8/6, up to six of them — such a lesson rarely calls for all seven
/// (a wrong item sent back has nothing to close; a buyer who gave every detail needs no
/// questions) — so that a flawless after-sales run is not marked down for what it rules out.
///
/// Tier, as the course defines it: 一等 when the seller asked about the buyer's needs (inquire)
/// before the first recommendation, recommended, and cross-sold in tier1_min_upsell replies; 二等
/// when the seller's first recommendation was for the stated need (asked it or answered a worry
/// before, or the buyer told it unasked: `needHeard`; a size named before the buyer gave what
/// decides it is a guess); 三等 when the seller only answered, or only pushed: each reply that
/// pushed then costs cost_unasked_selling (at most cost_cap_per_rule). Conduct
/// caps it: a 反问句, a 服务禁语 or a lost buyer make it at best 二等. A scenario that offers no
/// chance to recommend or cross-sell has no tier.
public struct GradeFormula {
  public var settings: RubricSettings
  public init(settings: RubricSettings) { self.settings = settings }

  /// `addons` are the scenario's `addon:` items (each with its aliases), named in the upsell tip.
  /// `sales`: whether the scenario offers a chance to recommend or cross-sell (nil tier
  /// without); `product`: the scenario's product, which the tips speak of.
  /// `unansweredSeconds`: the buyer had been waiting this long, past the limit, when the session
  /// was stopped. That wait counts as one more slow reply (in the response figures, the on-time
  /// share and the violations): quitting does not hide a buyer left waiting. `limitSeconds`: the
  /// limit the session was timed against (the rubric's when nil); that wait is written as the
  /// card writes times (`SecondsFormat`), so the card says one figure for it.
  public func grade(
    _ turns: [Turn], outcome: Outcome, addons: [[String]] = [], sales: Bool = true,
    product: String? = nil, unansweredSeconds: Double? = nil, limitSeconds: Double? = nil
  ) -> Grade {
    let unanswered = unansweredSeconds
    var stepReplies: [Step: Int] = [:]
    for (i, t) in turns.enumerated() {
      // Asking again for what the buyer already gave (asked_again) earns no 接待咨询.
      let askedAgain = t.judgement.findings.contains { $0.rule == AskedAgainRule.id }
      for s in t.judgement.steps where stepReplies[s] == nil && !(s == .inquire && askedAgain) {
        stepReplies[s] = i + 1
      }
    }
    // A check promised for later earns 确认订单, but the reply that then reads the order back
    // is the one the card quotes.
    if let n = stepReplies[.confirm], turns[n - 1].judgement.promisesCheck,
      let later = turns[n...].firstIndex(where: {
        $0.judgement.steps.contains(.confirm) && !$0.judgement.promisesCheck
      })
    {
      stepReplies[.confirm] = later + 1
    }
    // 下单发货 earned by 马上为您办理退款, then told (快递员明天上门, 24小时内原路退回): the card
    // quotes the first reply that says when or how (`ship-when`).
    if let n = stepReplies[.ship],
      !Self.shipWhen.occurs(in: TextNormalizer.scalars(turns[n - 1].reply)),
      let later = turns[n...].firstIndex(where: {
        $0.judgement.steps.contains(.ship)
          && Self.shipWhen.occurs(in: TextNormalizer.scalars($0.reply))
      })
    {
      stepReplies[.ship] = later + 1
    }
    var responses = ResponseTimeRule.figures(turns)
    let upsell = turns.filter(\.judgement.upsell).count
    var violations = Self.violations(turns, settings: settings)
    if let wait = unanswered {
      let limit = limitSeconds ?? settings.limit(scenario: nil)
      responses = ResponseTimeRule.figures(turns, unansweredSeconds: wait)
      violations.append(
        Violation(
          rule: "response_time", reply: 0, text: "（没有回复）",
          message:
            "练习结束时买家已经等了 \(SecondsFormat.text(wait, limit: limit)) 秒还没有得到回复，算一次超时"))
    }
    // Read once: the score, the card's steps and the tips all follow it.
    let cameForAfterSales = Self.cameForAfterSales(turns, sales: sales)
    let afterSales = !sales && cameForAfterSales
    let covered = Self.askedSteps(sales: sales, afterSales: afterSales)
      .filter { stepReplies[$0] != nil }.count
    let heard = Self.needHeard(stepReplies: stepReplies, turns: turns)
    // Pushed at a buyer whose need was never heard (三等 for it): each such reply costs.
    let pushing =
      sales && !heard && stepReplies[.recommend] != nil
      ? turns.filter { Self.sells($0, afterSales: false) }.count : 0
    let selling = sales ? pushing : turns.filter { Self.sells($0, afterSales: afterSales) }.count
    let score = self.score(
      turns: turns, outcome: outcome, stepsCovered: covered, upsell: upsell,
      violations: violations, unanswered: unanswered != nil, sales: sales,
      afterSales: afterSales, selling: selling)
    let salesTier =
      sales ? self.tier(stepReplies: stepReplies, upsell: upsell, needHeard: heard) : nil
    let caps = sales ? Self.tierCaps(violations: violations, outcome: outcome) : []
    let tier = salesTier.map { caps.isEmpty ? $0 : max($0, 2) }
    let tips = self.tips(
      turns: turns, outcome: outcome, stepReplies: stepReplies, upsell: upsell,
      violations: violations, responses: responses, addons: addons, sales: sales,
      product: product, selling: selling, cameForAfterSales: cameForAfterSales)
    var grade = Grade(
      score: score, tier: tier, outcome: outcome,
      stepReplies: Self.quotedReplies(stepReplies, turns: turns), responses: responses,
      upsell: upsell, violations: violations, tips: tips, rubricVersion: settings.version,
      salesTier: salesTier, tierCaps: (salesTier ?? 3) <= 2 ? caps : [])
    grade.selling = selling
    grade.afterSales = afterSales
    grade.sellingCost =
      afterSales ? self.sellingCost(selling) : sales ? self.unaskedCost(selling) : 0
    grade.stepsForFullMarks = Int(fullSteps(sales: sales, afterSales: afterSales))
    return grade
  }

  /// The rules whose reply the card does not hold up as a step's example: a 反问句 or a 服务禁语
  /// (拍28码的，这都不会选 did recommend, but belittles the buyer).
  public static let unquotable: Set<String> = ["rhetorical_question", "forbidden_phrase"]

  /// The reply the card quotes for each step: the first that did it without a 反问句 or a 服务禁语,
  /// or the first that did it when none did. Which steps were done, and the score and tier read
  /// from the first replies, do not change.
  static func quotedReplies(_ first: [Step: Int], turns: [Turn]) -> [Step: Int] {
    func clean(_ n: Int) -> Bool {
      !turns[n - 1].judgement.findings.contains { unquotable.contains($0.rule) }
    }
    var quoted = first
    for (step, n) in first where !clean(n) {
      if let later = turns[n...].indices.first(where: {
        turns[$0].judgement.steps.contains(step) && clean($0 + 1)
          && !(step == .inquire
            && turns[$0].judgement.findings.contains { $0.rule == AskedAgainRule.id })
      }) {
        quoted[step] = later + 1
      }
    }
    return quoted
  }

  /// What keeps a session from 一等, in the card's words: a 反问句, a 服务禁语, a lost buyer.
  public static func tierCaps(violations: [Violation], outcome: Outcome) -> [String] {
    let broken = Set(violations.map(\.rule))
    var caps: [String] = []
    if broken.contains("rhetorical_question") { caps.append("反问句") }
    if broken.contains("forbidden_phrase") { caps.append("服务禁语") }
    if outcome == .lost { caps.append("买家流失") }
    return caps
  }

  /// One violation per rule and reply (the first finding's message), then the session-level
  /// ones: the flow's order and exclamation marks in too many replies. Ordered by reply.
  public static func violations(_ turns: [Turn], settings: RubricSettings) -> [Violation] {
    var out: [Violation] = []
    for (i, t) in turns.enumerated() {
      var seen = Set<String>()
      for f in t.judgement.findings where !seen.contains(f.rule) {
        seen.insert(f.rule)
        out.append(Violation(rule: f.rule, reply: i + 1, text: t.reply, message: f.message))
      }
    }
    out += ReceptionFlowRule.orderViolations(turns)
    if let k = ExclamationOveruseRule.sessionOveruse(turns, settings: settings) {
      let carrying = turns.filter { $0.judgement.exclamations > 0 }.count
      out.append(
        Violation(
          rule: "exclamation_overuse", reply: k, text: turns[k - 1].reply,
          message: "\(turns.count) 条回复里有 \(carrying) 条带感叹号，超过了三分之一"))
    }
    // Stable order by reply; within a reply, the registry's order of rules. (Each violation's
    // key is worked out once, not a dictionary look-up of its rule at every comparison.)
    let keys = out.indices.map { (out[$0].reply, ruleOrder[out[$0].rule] ?? 99, $0) }
    return keys.sorted(by: <).map { out[$0.2] }
  }

  /// Each rule's place in the registry (the first, should an id occur twice).
  private static let ruleOrder = Dictionary(
    RuleRegistry.ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })

  /// The steps a lesson asks for: all eight; the seven other than `recommend` in a lesson
  /// without a chance to sell; the six other than `recommend` and `close` in an after-sales talk
  /// (`isAfterSales`: there is nothing to sell and no deal to press for). The card counts these;
  /// the score and tips follow the same split.
  public static func askedSteps(sales: Bool, afterSales: Bool = false) -> [Step] {
    Step.allCases.filter {
      (sales || $0 != .recommend) && (sales || !afterSales || $0 != .close)
    }
  }

  /// Whether a session is an after-sales talk, as the score counts it: a lesson without a chance
  /// to sell whose buyer came about an order already placed (`cameForAfterSales`).
  public static func isAfterSales(_ turns: [Turn], sales: Bool) -> Bool {
    !sales && cameForAfterSales(turns, sales: sales)
  }

  /// Whether the buyer came about an order already placed, as the card's tips read it: the
  /// opening raises a fault (`StepContext.raisesAfterSales`: 碎了、少发、什么质量), or, in a lesson
  /// without a chance to sell, the buyer asks for their money back in the first two turns
  /// (`StepContext.asksRefund`: a complaint in words the opening list lacks, then 我要退款; 能七天
  /// 无理由退吗 on receiving a custom item). A question about returns later in a talk that sold
  /// (那我先拍一件…不喜欢能退的吧) is about the purchase being made, not a refund.
  public static func cameForAfterSales(_ turns: [Turn], sales: Bool) -> Bool {
    guard let first = turns.first else { return false }
    return StepContext.raisesAfterSales(first.buyerMessages)
      || (!sales && StepContext.asksRefund(turns.prefix(2).flatMap(\.buyerMessages)))
  }

  /// How many of the asked steps earn the whole steps term: all eight in a sales lesson; six of
  /// the seven in a lesson without a chance to sell; `after_sales_steps` (4) of the six in an
  /// after-sales talk (no talk needs them all: a buyer who gave the order number is not asked
  /// again, a policy explained sends nothing).
  func fullSteps(sales: Bool, afterSales: Bool) -> Double {
    if sales { return Double(Step.allCases.count) }
    if afterSales { return Double(settings.afterSalesSteps) }
    return Double(Step.allCases.count - 2)
  }

  /// A reply that pushes a product: read as 关联销售 or 推荐产品. In an after-sales talk a
  /// recommendation made while exchanging the buyer's item (这款建议换L码, 给您换成深色的) is the
  /// remedy, not a sale; an addon pushed beside it still is.
  /// A compromise (要不您留着，我给您返10元；将就用吧: `keep-offer`) praises the item the buyer
  /// already has: 处理异议, not a sale, unless an addon or another product is pushed with it.
  static func sells(_ turn: Turn, afterSales: Bool) -> Bool {
    if turn.judgement.upsell { return true }
    guard turn.judgement.steps.contains(.recommend) else { return false }
    guard afterSales else { return true }
    if turn.reply.contains("换") { return false }
    let text = TextNormalizer.scalars(turn.reply)
    return !(keepOffer.occurs(in: text) && !keepOfferNot.occurs(in: text))
  }

  /// 留着, 将就: the buyer is asked to keep what came (`keep-offer`), unless another product is
  /// put to them in the same reply (`keep-offer-not`: 店里新款…您可以看看).
  static let keepOffer = StepContext.wordList("keep-offer")
  static let keepOfferNot = StepContext.wordList("keep-offer-not")
  /// 明天上门, 原路退回, 今天发出: a shipping reply that says when or how (`ship-when`).
  static let shipWhen = StepContext.wordList("ship-when")

  /// What the replies that pushed at a buyer whose need was never heard cost (a lesson with a
  /// chance to sell): each `cost_unasked_selling`, together at most `cost_cap_per_rule`.
  func unaskedCost(_ pushing: Int) -> Double {
    min(settings.costUnaskedSelling * Double(pushing), settings.costCapPerRule)
  }

  /// What the replies that still pushed something in an after-sales talk cost: each
  /// `cost_after_sales_selling`, together at most `cost_cap_per_rule`.
  func sellingCost(_ selling: Int) -> Double {
    min(settings.costAfterSalesSelling * Double(selling), settings.costCapPerRule)
  }

  /// The score (see the type's documentation). `stepsCovered` counts the steps the lesson asks
  /// for (`askedSteps`). In an after-sales talk (`afterSales`, never with `sales`) each of the
  /// `selling` replies that pushed a product costs `cost_after_sales_selling`.
  public func score(
    turns: [Turn], outcome: Outcome, stepsCovered: Int, upsell: Int, violations: [Violation],
    unanswered: Bool = false, sales: Bool = true, afterSales: Bool = false, selling: Int = 0
  ) -> Int {
    guard !turns.isEmpty else { return 0 }
    let steps = Double(Step.allCases.count)
    var points = settings.weightStep * Double(stepsCovered)
    if !sales {
      // A few of the asked steps make up the whole steps term; no cross-sell is asked for.
      let full = fullSteps(sales: sales, afterSales: afterSales)
      points = settings.weightStep * steps / full * min(Double(stepsCovered), full)
      if afterSales { points -= sellingCost(selling) }
    } else {
      // Pushed without the need heard (`selling` counts those replies only in such a talk).
      points -= unaskedCost(selling)
    }
    let timed = turns.filter { $0.responseSeconds != nil }.count + (unanswered ? 1 : 0)
    if timed == 0 {
      points += settings.weightResponse
    } else {
      let onTime = turns.filter { $0.responseSeconds != nil && !$0.judgement.slow }.count
      points += settings.weightResponse * Double(onTime) / Double(timed)
    }
    if upsell > 0 || !sales { points += settings.weightUpsell }
    switch outcome {
    case .deal: points += settings.weightDeal
    case .unfinished: points += settings.weightUnfinished
    case .lost: points += settings.weightLost
    }
    var perRule: [String: Double] = [:]
    for v in violations { perRule[v.rule, default: 0] += settings.cost(v.rule) }
    for (_, cost) in perRule { points -= min(cost, settings.costCapPerRule) }
    points = min(100, max(0, points))
    if turns.count <= settings.shortSessionReplies {
      points = min(points, settings.shortSessionCap)
    }
    return Int(points.rounded())
  }

  /// Whether the first recommendation was for a need the buyer said: before it the seller asked
  /// about the need (inquire in an earlier reply) or answered a worry (objection, in an earlier
  /// reply or in the same one), or the buyer told the need unasked (`need-stated`: 送我妈), asked
  /// to be advised (`buyer-advice-words`: 哪款好, 推荐一下) or was choosing
  /// (`buyer-choice-words`: 有什么区别, 纯棉好还是无纺布好, 我要大的). A seller who pushed first
  /// (爆款，赶紧拍 to 「多少斤」) recommended for no need of theirs, whatever came after; so did one
  /// who named a size unasked before the buyer gave what decides it (`sizeGuess`: 直接拍28码 to
  /// 「不知道拍多大」). Without a recommendation: whether the seller asked or answered a worry.
  static func needHeard(stepReplies: [Step: Int], turns: [Turn]) -> Bool {
    guard let r = stepReplies[.recommend] else {
      return stepReplies[.inquire] != nil || stepReplies[.objection] != nil
    }
    let askedFirst = stepReplies[.inquire].map { $0 < r } ?? false
    if askedFirst { return true }
    let told = turns.prefix(r).flatMap(\.buyerMessages).map(TextNormalizer.scalars)
    if sizeGuess(turns[r - 1].reply, buyer: told) { return false }
    if let worry = stepReplies[.objection], worry <= r { return true }
    return told.contains {
      needStated.occurs(in: $0) || StepContext.adviceList.occurs(in: $0) || choosing.occurs(in: $0)
    }
  }

  /// Whether `reply` names a size (28码, 3号, L码) before the buyer (`buyer`, normalised) gave
  /// anything that decides one: a `size-facts` word together with a digit (脚长16厘米, 平时穿27的,
  /// 身高160). 给孩子穿，不知道拍多大 answered with 直接拍28码 is a guess.
  static func sizeGuess(_ reply: String, buyer: [[Unicode.Scalar]]) -> Bool {
    guard namesSize(Array(TextNormalizer.scalars(reply))) else { return false }
    return !buyer.contains { text in
      sizeFacts.occurs(in: text) && text.contains { ScalarText.isDigit($0) }
    }
  }

  /// A size named: digits then 码 or 号 (28码, 3号).
  static func namesSize(_ s: [Unicode.Scalar]) -> Bool {
    ScalarText.digitRuns(s).contains { $0.1 < s.count && sizeMarks.contains(s[$0.1]) }
  }

  static let sizeFacts = StepContext.wordList("size-facts")
  static let sizeMarks = OrderConfirmationRule.sizeMarks

  /// 1, 2 or 3 (see the type's documentation). `needHeard`: whether the recommendation could
  /// be for the buyer's stated need (`needHeard(stepReplies:turns:)`); without it the seller
  /// who recommended is 三等, as one who only answered.
  public func tier(stepReplies: [Step: Int], upsell: Int, needHeard: Bool = true) -> Int {
    guard let recommend = stepReplies[.recommend], needHeard else { return 3 }
    let inquiredFirst = stepReplies[.inquire].map { $0 < recommend } ?? false
    if upsell >= settings.tier1MinUpsell
      && (settings.tier1NeedsInquiryFirst == 0 || inquiredFirst)
    {
      return 1
    }
    return 2
  }

  /// Whether the buyer told their need unasked before the recommendation (我平时都穿42, 送我妈):
  /// the student who recommended for it did what the buyer wanted; asking it again is no advice.
  static let needStated = StepContext.wordList("need-stated")
  /// Words of a buyer who is choosing or says what they want (`buyer-choice-words`).
  static let choosing = StepContext.wordList("buyer-choice-words")

  static func needVolunteered(_ turns: ArraySlice<Turn>) -> Bool {
    turns.contains { turn in
      turn.buyerMessages.contains { Self.needStated.occurs(in: TextNormalizer.scalars($0)) }
    }
  }

  /// One or two concrete tips from what was missed, most important first.
  public func tips(
    turns: [Turn], outcome: Outcome, stepReplies: [Step: Int], upsell: Int,
    violations: [Violation], responses: ResponseFigures?, addons: [[String]] = [],
    sales: Bool = true, product: String? = nil, selling: Int = 0, cameForAfterSales: Bool? = nil
  ) -> [String] {
    // (Read once per product line: a class's records share a handful.)
    let (wear, skin, item, need, foot) = ProductReading.shared.reading(product)
    guard !turns.isEmpty else { return ["先回复买家：开口一句「亲，您好，欢迎光临～」，就是接待的开始。"] }
    let broken = Set(violations.map(\.rule))
    // The first 服务禁语 said, for that rule's tip.
    let said = turns.lazy.flatMap(\.judgement.forbidden).first ?? ""
    func quote(_ rule: String) -> String {
      guard let v = violations.first(where: { $0.rule == rule }) else { return "" }
      return "（第 \(v.reply) 条）"
    }
    // Each broken rule's tip (from its description), and the missing steps' tips, in order.
    var ordered: [(order: Int, text: String)] = []
    for d in RuleRegistry.descriptions where !d.tip.isEmpty {
      // Slow replies are counted by the formula (the limit may differ from the rule's).
      let applies = d.id == "response_time" ? (responses?.slow ?? 0) > 0 : broken.contains(d.id)
      guard applies else { continue }
      var text = fill(d.tip, "{where}") { quote(d.id) }
      text = fill(text, "{said}") { said }
      // The way to say it instead that fits the phrase (查一下 for 不清楚, not for 这都不知道).
      text = fill(text, "{better}") { ForbiddenPhraseRule.better(said) }
      text = fill(text, "{slow}") { String(responses?.slow ?? 0) }
      // {parts}: what the check should name: a refund's order, item and sum when the read-back
      // found wanting was a refund's (not a recipient and a phone), else a delivery's.
      text = fill(text, "{parts}") {
        let refund =
          violations.first { $0.rule == d.id }?.message
          .hasPrefix(OrderConfirmationRule.refundFinding) ?? false
        return refund ? OrderConfirmationRule.refundParts : OrderConfirmationRule.orderParts
      }
      // {rewrite}: the rule's own rewrite of the student's sentence, so the example fits the
      // lesson (a thermos, not a dress).
      text = fill(text, "{rewrite}") {
        let rewrite = turns.lazy.flatMap(\.judgement.findings)
          .first { $0.rule == d.id && $0.suggestion != nil }?.suggestion
          .flatMap { s in s.firstIndex(of: "「").map { String(s[$0...]) } }
        return rewrite.map { "，例如\($0)" } ?? "你想让买家知道的事"
      }
      ordered.append((d.tipOrder, text))
    }
    // The buyer left after the last reply, and that reply broke no rule whose tip would say why
    // (a 反问句, a slow reply): the card points at the buyer's words that reply had to answer.
    // (A buyer who left while waiting, reply 0, was not answered at all: the wait's tip says so.)
    if outcome == .lost, let last = turns.last,
      !violations.contains(where: { $0.reply == turns.count || $0.reply == 0 })
    {
      let words = last.buyerMessages.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
      let said = words.map { "，走之前说的是「\(Self.clipped($0, 20))」：下次先正面回应这句话" } ?? "：下次先正面回应买家最后说的话"
      ordered.append(
        (
          45,
          "买家在你第 \(turns.count) 句回复之后走了\(said)（答应得了就答应，答应不了就说明原因、给个办法），再说别的。"
        ))
    }
    // An after-sales talk: the buyer opened with a fault in their order, or, in a lesson without
    // a chance to sell, asked for their money back in the first two turns (a complaint in words
    // the opening list lacks, then 我要退款). Such a buyer is not welcomed in, and what is
    // checked before closing is the refund, not an order.
    let opening = turns[0].buyerMessages
    let afterSales = cameForAfterSales ?? Self.cameForAfterSales(turns, sales: sales)
    let afterSalesTalk = !sales && afterSales
    if stepReplies[.greet] != 1 {
      if ReceptionFlowRule.apologises(turns[0].reply) {
        // The apology was right; the greeting goes before it (「您好，非常抱歉」 is both).
        ordered.append((50, "第一条回复先问好再道歉：在道歉前面加一句「亲，您好，」，例如「亲，您好，实在抱歉让您费心了」。"))
      } else {
        let example =
          afterSales
          ? ReceptionFlowRule.apologyGreeting : ReceptionFlowRule.greetingExample(buyer: opening)
        ordered.append((50, "第一条回复先问好，例如\(example)，再回答问题。"))
      }
    }
    if !sales {
      // No sales chance in this lesson: no tips about recommending or cross-selling; a buyer
      // who came about a fault is not sold to (each such reply cost points).
      if selling > 0 && afterSalesTalk && settings.costAfterSalesSelling > 0 {
        ordered.append((55, "买家是来解决问题的，先把售后办好，不要借机推荐新品或搭配商品（这次有 \(selling) 句）。"))
      }
    } else if stepReplies[.recommend] == nil {
      ordered.append(
        (
          60,
          foot
            ? "主动推荐：根据买家的脚长或平时穿的鞋码，说清楚拍哪个码、为什么（要不要留出余量）。"
            : wear
              ? "主动推荐：根据买家的身高体重或用途，说清楚哪个尺码、哪一款最合适、为什么。"
              : skin
                ? "主动推荐：不只回答问题，根据买家说的肤质和顾虑，说清楚\(item)为什么适合买家（有几款时选哪一款）。"
                : "主动推荐：不只回答问题，根据买家说的用途和情况，说清楚\(item)为什么适合买家（有几款时选哪一款）。"
        ))
    } else if let recommend = stepReplies[.recommend],
      stepReplies[.inquire].map({ $0 >= recommend }) ?? true
    {
      // 直接拍28码 to a buyer who gave no foot length: a guess, not a recommendation for a need.
      let guessed = Self.sizeGuess(
        turns[recommend - 1].reply,
        buyer: turns.prefix(recommend).flatMap(\.buyerMessages).map(TextNormalizer.scalars))
      if Self.needVolunteered(turns.prefix(recommend)) && !guessed {
        // Recommended for the need the buyer told unasked: right, but 一等 asks first — said
        // only when it is what keeps the tier down (the cross-sell was made).
        if upsell > 0 {
          ordered.append((60, "买家自己说了需要，推荐得准；想评一等，推荐之前再问一句买家没说到的（用途、喜好或预算）。"))
        }
      } else {
        ordered.append(
          (
            60,
            foot
              ? "推荐之前先问问买家的需求，例如「麻烦量一下脚长是多少厘米？平时穿多大码呢？」，按脚长再推荐尺码。"
              : wear
                ? "推荐之前先问问买家的需求，例如「您平时穿什么码呢？是自己穿还是送人？」，再对症推荐。"
                : skin
                  ? "推荐之前先问问买家的需求，例如「您平时是什么肤质呢？有没有容易过敏？」，了解清楚再推荐\(item)。"
                  : "推荐之前先问问买家的需求，例如\(need)，了解清楚再推荐\(item)。"
          ))
      }
    }
    if upsell == 0 && sales {
      if let addon = addons.first?.first {
        ordered.append((70, "试着做一次关联销售：这个场景可以推荐「\(addon)」，例如「和您选的正好搭配，要不要顺便带上\(addon)呢？」。"))
      } else {
        ordered.append(
          (
            70,
            foot
              ? "试着做一次关联销售：推荐一件能和它搭配着用的商品，例如「配一双棉袜一起穿更舒服哦」。"
              : wear
                ? "试着做一次关联销售：推荐一件能和它搭配着用的商品，例如「配一条同色系腰带会更好看哦」。"
                : "试着做一次关联销售：推荐一件能和\(item)搭配着用的商品，说清楚一起用好在哪里。"
          ))
      }
    }
    if outcome == .deal && stepReplies[.confirm] == nil {
      // Sizes and colours for what is worn; a bowl or a purifier has a model and a count.
      let details = wear ? "商品和尺码颜色" : "商品和规格数量"
      // A buyer who came with a fault in their order is sent something again, not sold to.
      // What is checked is what `order_confirmation` asks: the address, and the new item of an
      // exchange.
      if !afterSales {
        ordered.append((90, "成交后和买家核对订单：\(details)、收件人、电话、地址，一项不落。"))
      } else if StepContext.opensExchange(opening) {
        ordered.append((90, "换货寄出之前和买家核对：换成的\(details)，还有收货地址。"))
      } else if StepContext.asksRefund(turns.flatMap(\.buyerMessages)) {
        ordered.append((90, "退款之前和买家核对：是哪一单、退回哪件商品、退多少钱，确认无误再提交。"))
      } else {
        ordered.append((90, "补发或寄出之前和买家核对收货地址，确认寄到哪里。"))
      }
    }
    var tips = ordered.enumerated().sorted {
      ($0.element.order, $0.offset) < ($1.element.order, $1.offset)
    }.map(\.element.text)
    if tips.isEmpty && stepReplies[.farewell] == nil {
      tips.append("结束时礼貌告别，例如「感谢您的支持，有问题随时找我哦」。")
    }
    // Steps still missing that cost points (a lesson without a chance to sell asks six of
    // the seven others, an after-sales talk four of six), named rather than praised as complete.
    let asked = Self.askedSteps(sales: sales, afterSales: afterSalesTalk)
    let missing = asked.filter { stepReplies[$0] == nil }
    let full = Int(fullSteps(sales: sales, afterSales: afterSalesTalk))
    if tips.isEmpty && asked.count - missing.count < full {
      let names = missing.map(\.chineseName).joined(separator: "、")
      tips.append("八步里这次还差：\(names)。下次在合适的时候补上。")
    }
    if tips.isEmpty { tips.append("接待很完整，继续保持。下次可以试试更难缠的买家。") }
    return Array(tips.prefix(2))
  }

  /// `text` cut to at most `limit` characters, with … when cut.
  static func clipped(_ text: String, _ limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit)) + "…"
  }

  /// Whether the product is worn (clothes, shoes): size advice then fits the tips.
  static func isWorn(_ product: String?) -> Bool {
    guard let product else { return true }
    return mentions(product, wornWords, wornScalars)
  }

  /// Whether the product is worn on the feet (鞋, 靴, 袜: `foot-products`): the size is chosen
  /// by the foot's length, not by height and weight.
  static func isFootwear(_ product: String?) -> Bool {
    guard let product else { return false }
    return mentions(product, footWords, footScalars)
  }

  /// Whether the product is put on the skin (面霜, 洁面, 防晒): the need to ask about is the
  /// buyer's skin, not a size or a room.
  static func isSkinCare(_ product: String?) -> Bool {
    guard let product else { return false }
    return mentions(product, skinWords, skinScalars)
  }

  /// Whether `product` holds one of `words` (`scalars` the same words as scalars).
  private static func mentions(
    _ product: String, _ words: [String], _ scalars: [[Unicode.Scalar]]
  ) -> Bool {
    // Text of printable ASCII, 汉字 and full-width forms has one spelling for each character
    // and one scalar in each: Foundation's search (a tip is made for every graded record, and
    // it was most of the time spent on tips) then finds exactly what a scalar search finds.
    if product.unicodeScalars.allSatisfy({
      // (CJK punctuation without U+302A–302F, which are combining marks.)
      (0x20..<0x7F).contains($0.value) || (0x3000...0x3029).contains($0.value)
        || (0x3030...0x303F).contains($0.value)
        || (0x4E00...0x9FFF).contains($0.value) || (0xFF01...0xFF5E).contains($0.value)
    }) {
      let text = Array(product.unicodeScalars)
      return scalars.contains { ScalarSearch.firstIndex(of: $0, in: text) != nil }
    }
    return words.contains { product.contains($0) }
  }

  /// Words in a product line that say it is worn (the words files' `worn-products`).
  private static let wornWords = WordBook.standard.words("worn-products")
  private static let wornScalars = ScalarSearch.scalars(wornWords)
  private static let footWords = WordBook.standard.words("foot-products")
  private static let footScalars = ScalarSearch.scalars(footWords)
  /// Words in a product line that say it goes on the skin (`skin-products`).
  private static let skinWords = WordBook.standard.words("skin-products")
  private static let skinScalars = ScalarSearch.scalars(skinWords)

  /// The kinds of product whose need to ask about is neither a size nor a skin, each a words
  /// list (商品名里的词) and the question the tip gives as an example; the first kind the product
  /// line names decides. A product of none of them gets `generalNeedQuestion`.
  static let needQuestions: [(list: String, question: String)] = [
    ("baby-products", "「宝宝现在多大了？之前用的是哪一款呢？」"),
    ("digital-products", "「平时主要在什么场合用？最看重的是哪一点呢？」"),
    ("jewelry-products", "「是自己戴还是送人呢？平时喜欢什么风格？」"),
    ("bedding-products", "「家里的床是多大的？平时怕冷还是怕热呢？」"),
    ("food-products", "「买来自己吃，还是送亲友呢？口味上有什么偏好吗？」"),
    ("kitchen-products", "「家里平时几口人做饭？常做哪些菜呢？」"),
  ]
  static let generalNeedQuestion = "「请问主要在什么地方用、给谁用呢？」"
  private static let needKinds = needQuestions.map {
    kind -> (words: [String], scalars: [[Unicode.Scalar]], question: String) in
    let words = WordBook.standard.words(kind.list)
    return (words, ScalarSearch.scalars(words), kind.question)
  }

  /// The question to give as the example of asking about the need for a product that is neither
  /// worn nor put on the skin: the first kind in `needQuestions` it names, else the general one.
  static func needQuestion(_ product: String?) -> String {
    guard let product else { return generalNeedQuestion }
    return needKinds.first { mentions(product, $0.words, $0.scalars) }?.question
      ?? generalNeedQuestion
  }

  /// The product's name without its price (「家用空气净化器」), or 「商品」.
  static func itemName(_ product: String?) -> String {
    guard let product, let name = product.split(separator: " ").first, !name.isEmpty else {
      return "商品"
    }
    return "「\(name)」"
  }
}

/// What the tips say of a product line: whether it is worn, whether it goes on the skin (a
/// face cream's need is the buyer's skin, a worn product's the size), its name, and for any
/// other product the question to give as the example of asking the need (`needQuestion`). Worked out
/// once per product line and kept for the process (a class of ten thousand records has a
/// handful; at most `limit` are kept).
final class ProductReading: @unchecked Sendable {
  static let shared = ProductReading()
  static let limit = 1000
  private let lock = NSLock()
  private var known: [String: Reading] = [:]
  typealias Reading = (wear: Bool, skin: Bool, item: String, need: String, foot: Bool)

  func reading(_ product: String?) -> Reading {
    guard let product else { return Self.read(nil) }
    lock.lock()
    let found = known[product]
    lock.unlock()
    if let found { return found }
    let reading = Self.read(product)
    lock.lock()
    if known.count < Self.limit { known[product] = reading }
    lock.unlock()
    return reading
  }

  static func read(_ product: String?) -> Reading {
    let wear = GradeFormula.isWorn(product)
    let skin = !wear && GradeFormula.isSkinCare(product)
    return (
      wear, skin, GradeFormula.itemName(product),
      wear || skin ? "" : GradeFormula.needQuestion(product),
      wear && GradeFormula.isFootwear(product)
    )
  }
}

/// `template` with every `{key}` replaced by `value()`, worked out only when the key occurs. The
/// keys are ASCII, so they are found in the UTF-8 bytes (a tip is filled for every graded record).
private func fill(_ template: String, _ key: String, _ value: () -> String) -> String {
  // Most templates have no key at all.
  guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
  let text = Array(template.utf8)
  let k = Array(key.utf8)
  var out: [UInt8] = []
  var replacement: [UInt8]? = nil
  var i = 0
  var last = 0
  while i + k.count <= text.count {
    if text[i] == k[0] && text[i..<(i + k.count)].elementsEqual(k) {
      if replacement == nil { replacement = Array(value().utf8) }
      out.append(contentsOf: text[last..<i])
      out.append(contentsOf: replacement!)
      i += k.count
      last = i
    } else {
      i += 1
    }
  }
  guard replacement != nil else { return template }
  out.append(contentsOf: text[last...])
  return String(decoding: out, as: UTF8.self)
}
