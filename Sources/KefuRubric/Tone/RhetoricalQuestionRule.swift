import KefuScenario
import KefuText

/// 禁用反问句: a seller's question that asserts — blaming, denying or brushing the buyer off
/// (难道…, 不是…吗, 怎么可能…, 哪里贵了, 有什么好犹豫的…). A genuine question (请问您穿什么码呢？
/// 需要我帮您查一下吗？) is not one, nor is a statement that merely holds a question word
/// (怎么搭配都好看, 不是质量问题的话也能退).
///
/// The shapes live in `RhetoricalQuestionPatterns.swift`, the scanning in
/// `RhetoricalQuestionDetector.swift`, the examples in `RhetoricalQuestionExamples.swift`.
public struct RhetoricalQuestionRule: Rule {
  public static let id = "rhetorical_question"

  public init() {}

  public var description: RuleDescription {
    RuleDescription(
      id: Self.id, name: "禁用反问句",
      explanation: """
        反问句表面是问，其实是在下结论，常常带着责怪、否认或不耐烦（难道…、不是…吗、怎么可能…、\
        哪里贵了、有什么好犹豫的…），买家读到会觉得被质疑、被顶撞。回复买家时能用陈述句就用陈述句；\
        需要提问时，只问真正想知道的事（请问您平时穿什么码呢？），不要用反问。每句反问都会给出改写成\
        陈述句的建议。
        """,
      triggers: Self.triggeringExamples, passes: Self.passingExamples,
      tip: "把反问句改成陈述句{where}：与其反问买家，不如直接说明{rewrite}。", tipOrder: 30,
      cost: 8, patienceCost: 1, offendsBuyer: true)
  }

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    let detections = reply.words.rhetoric.detect(reply, buyer: context.buyerMessages)
    guard !detections.isEmpty else { return }
    judgement.rhetorical = true
    let original = Array(reply.text.unicodeScalars)
    // A buyer with a fault in their order is owed an apology and a remedy, not the same
    // dismissal put politely (不就是个颜色吗 → 就是个颜色哦 would still brush them off).
    // So is a buyer further on in such a talk (钱多久能退回来 after 寄错颜色了): the fault is in the
    // history, and a question about the refund is owed an answer about the refund.
    let complaint =
      StepContext.raisesAfterSales(context.buyerMessages)
      || StepContext.raisesAfterSales(context.history.filter { $0.role == .buyer }.map(\.text))
    let refund = complaint && Self.asksAboutRefund(context.buyerMessages)
    for d in detections {
      let range = reply.normalized.originalRange(d.start, d.end)
      let anchor = reply.normalized.originalRange(d.anchorStart, d.anchorEnd)
      let quoted = Self.string(original[range.start..<range.end])
      // 您是不是不会用啊？ says nothing about reading: neither the hint nor the fix may send the
      // seller to the details page.
      let offTopic =
        d.shape == .didNotRead
        && !ScalarSearch.containsAny(reply.scalars, Self.readTopics, from: d.start, to: d.end)
      let read =
        !offTopic
        || ScalarSearch.containsAny(reply.scalars, Self.readingVerbs, from: d.start, to: d.end)
      judgement.findings.append(
        Finding(
          rule: Self.id, start: range.start, end: range.end,
          message: "反问句「\(quoted)」：\(read ? d.shape.message : Self.notReadMessage)",
          suggestion: refund
            ? "建议先道歉，再说清退款怎么退：「\(Self.refundAnswer)」"
            : complaint
              ? "建议先道歉，再给出办法：「\(Self.apology)」"
              : offTopic
                ? "建议改成陈述句：「\(Self.notReadStatement)」"
                : "建议改成陈述句：「\(Self.statement(for: d.shape, original: original, span: range, anchor: anchor))」"
        ))
    }
  }

  /// Whether a reply holds a rhetorical question (for tests and tools), read with a rubric's
  /// words (`Rubric().words` for the standard ones).
  public func isRhetorical(_ text: String, buyer: [String] = [], words: RubricWords) -> Bool {
    !words.rhetoric.detect(NormalizedText(text).scalars, buyer: buyer).isEmpty
  }

  // MARK: - Suggestions

  static func string<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// What the details page or a manual is named by (`read-topics`): a 怪买家没看 question naming
  /// none gets its own hint and fix.
  static let readTopics = ScalarSearch.scalars(WordBook.standard.words("read-topics"))
  static let readingVerbs = ScalarSearch.scalars(WordBook.standard.words("reading-verbs"))
  static let notReadMessage = "用反问说买家不会、不懂，等于怪买家"
  static let notReadStatement = "亲，我直接给您说明一下怎么做哦，有不清楚的随时问我"

  /// What to say instead to a buyer whose order went wrong.
  static let apology = "亲，真的很抱歉让您碰上这种事，我马上帮您处理，补发或者退换都可以，您看哪种方便"

  /// What to say instead to a buyer asking about the money of a refund (多久到账, 钱能退回来吗).
  static let refundAnswer = "亲，实在抱歉给您添了麻烦，退款会原路退回您的付款账户，我帮您盯着进度，到账前有任何问题随时找我"

  /// Whether the buyer's messages ask about a refund's money (能退, 退款, 到账).
  static func asksAboutRefund(_ buyer: [String]) -> Bool {
    StepContext.asksRefund(buyer) || buyer.contains { $0.contains("到账") }
  }

  /// The particles dropped from the end with the punctuation (`restate-trailing`).
  static let trailing = ScalarSet(named: "restate-trailing")
  /// The 难道 anchors rewritten from the reply itself (`restate-nandao`); 莫非… get the template.
  static let nandaoMarkers = ScalarSearch.scalars(
    WordBook.standard.words("restate-nandao"))
  /// After such a marker: 没 makes it a guess, 可能…，我帮您再确认一下 (`restate-nandao-guess`).
  static let nandaoGuess = ScalarSet(named: "restate-nandao-guess")
  /// Otherwise the first of these after it is dropped: 难道不好吗 → 好 (`restate-nandao-drop`).
  static let nandaoDrop = ScalarSet(named: "restate-nandao-drop")
  /// The 不是 markers (`restate-bushi`): 不是说…, 不是已经… keep what follows with the rest.
  static let bushiMarkers = ScalarSearch.scalars(
    WordBook.standard.words("restate-bushi"))
  /// 不就/不也/… whose 不 is dropped: 不就行了吗 → 就行了 (`restate-drop-bu`).
  static let dropBuMarkers = ScalarSearch.scalars(
    WordBook.standard.words("restate-drop-bu"))
  /// Speech verbs after 不是: 不是说了…吗 is rephrased as a fresh explanation (`restate-speech`).
  static let speechVerbs = ScalarSet(named: "restate-speech")
  /// What is dropped from the start of what was said (说了, 跟您讲过; `restate-speech-skip`).
  static let speechSkip = ScalarSet(named: "restate-speech-skip")
  /// After 不是 these make 不是 itself droppable: 不是已经退了吗 → 已经退了 (`restate-drop-bushi`).
  static let droppableAfterBushi = ScalarSet(named: "restate-drop-bushi")

  /// Sending the buyer to find it out themselves (看详情, 就知道了; `restate-self-service`).
  static let selfService = ScalarSearch.scalars(WordBook.standard.words("restate-self-service"))

  /// Builds the statement to use instead. For 难道… and 不是…吗 it is made from the reply itself
  /// (the marker and the closing 吗 dropped); otherwise the shape's template.
  static func statement(
    for shape: RhetoricalShape, original: [Unicode.Scalar], span: (start: Int, end: Int),
    anchor: (start: Int, end: Int)
  ) -> String {
    guard shape == .nandao || shape == .negatedQuestion else { return shape.template }
    var marker = Array(original[anchor.start..<anchor.end])
    var head = Array(original[span.start..<anchor.start])
    var rest = Array(original[anchor.end..<span.end])
    // Drop the closing punctuation and question particle: …了吗？！ → …了
    while let last = rest.last,
      !RhetoricalQuestionDetector.isIdeograph(last) || trailing.contains(last)
    {
      rest.removeLast()
    }
    while let last = head.last, !RhetoricalQuestionDetector.isIdeograph(last) {
      head.removeLast()
    }
    let bushi = bushiMarkers.first { marker.starts(with: $0) }
    if let bushi, marker.count > bushi.count {
      // 不是已经… / 不是说… : keep what follows 不是 with the rest.
      rest = Array(marker[bushi.count...]) + rest
      marker = bushi
    }
    let isBushi = bushi != nil
    var body: [Unicode.Scalar]
    if shape == .nandao {
      // 难道您没收到通知吗 → 可能您没收到通知，我帮您再确认一下
      guard nandaoMarkers.contains(marker) else { return shape.template }
      if rest.contains(where: nandaoGuess.contains) {
        body = Array("可能".unicodeScalars) + head + rest + Array("，我帮您再确认一下".unicodeScalars)
      } else if let k = rest.firstIndex(where: nandaoDrop.contains) {
        rest.remove(at: k)
        body = head + rest
      } else {
        return shape.template
      }
    } else if isBushi, let first = rest.first, speechVerbs.contains(first) {
      // 不是说了七天无理由吗 → 我再给您说明一下：七天无理由
      var k = 0
      while k < rest.count && speechSkip.contains(rest[k]) { k += 1 }
      let said = Array(rest[k...])
      if said.isEmpty { return "亲，我再给您说明一下哦" }
      return "亲，我再给您说明一下：" + string(said) + "哦"
    } else if isBushi {
      if let first = rest.first, droppableAfterBushi.contains(first) {
        body = head + rest
      } else {
        body = head + Array("是".unicodeScalars) + rest
      }
    } else if dropBuMarkers.contains(marker) {
      // 不就/不也/不都/不挺 → 就/也/都/挺
      body = head + marker.dropFirst() + rest
    } else {
      return shape.template
    }
    // Address the buyer politely.
    body = body.map { $0 == "你" ? "您" : $0 }
    // 你看详情页不就知道了 → not 您看详情页就知道了, still sending the buyer off to read: the
    // seller tells it.
    if ScalarSearch.containsAny(body, selfService) { return "亲，不用您去翻，我直接给您说明一下哦" }
    var text = string(body)
    if !text.hasPrefix("亲") { text = "亲，" + text }
    return text + "哦"
  }
}
