import KefuScenario
import KefuText

/// 八步接待流程: which of the eight reception steps a reply shows (several may), judged from the
/// reply's wording and, for objection handling, from what the buyer just said. Over a session
/// the grade checks the order: greet in the first reply, confirm before farewell, and after
/// farewell nothing but shipping notes.
public struct ReceptionFlowRule: Rule {
  public init() {}

  // MARK: Data

  /// 进门问好: greetings and the opening offer of help.
  static let greet = Lexicon(
    "greet",
    [
      "您好", "你好", "亲好", "欢迎光临", "欢迎来到", "欢迎您", "欢迎进店", "欢迎回来", "很高兴为您服务",
      "很高兴为你服务", "很高兴为您效劳", "有什么可以帮", "有什么能帮", "有什么可以为您", "有什么需要帮",
      "请问有什么需要", "在的", "在呢", "我在", "早上好", "上午好", "中午好", "下午好", "晚上好", "hello",
      "哈喽", "嗨",
    ])
  /// 接待咨询: topics of the buyer's needs; a reply that asks about one is needs-finding.
  static let needTopic = Lexicon(
    "need-topic",
    [
      "身高", "体重", "多高", "多重", "几斤", "平时穿", "穿什么码", "穿多大", "尺码", "码数", "腰围", "胸围",
      "肩宽", "脚长", "鞋码", "预算", "价位", "场合", "用途", "用来", "送人", "送给", "自己穿", "自己用", "给谁",
      "喜欢什么", "喜欢哪", "喜欢的", "什么颜色", "哪个颜色", "哪种颜色", "风格", "款式", "肤质", "皮肤",
      "年龄", "几岁", "多大了", "需求", "要求", "在意", "看重", "看中哪", "看中的", "哪一款", "哪款", "想要",
      "想找", "想买", "需要什么", "什么样的", "多大的", "多长", "面料", "材质", "功能", "型号", "机型",
    ])
  /// Words that make a sentence a question.
  static let questionMark = Lexicon(
    "question-mark",
    [
      "?", "请问", "吗", "什么", "哪", "多少", "多大", "几", "是否", "有没有", "要不要", "是不是", "方便说",
      "方便告诉", "告诉我", "说一下", "说下",
    ])
  /// 推荐产品: suggesting an item, a size, or a reason to choose it.
  static let recommend = Lexicon(
    "recommend",
    [
      "推荐", "建议您", "建议选", "建议拍", "建议买", "建议入", "建议穿", "适合您", "适合你", "很适合", "比较适合",
      "更适合", "最适合", "合身", "正合适", "刚好合适", "挺合适", "会合适", "码就可以", "码就行", "码正好", "码刚好",
      "码合适", "选这款", "拍这款", "这款更", "这一款更", "性价比", "显瘦", "显白", "百搭", "卖得很好", "卖得最好",
      "热销", "爆款", "人气", "好评", "回购", "质量很好", "质量非常好", "面料", "透气", "舒服", "舒适", "不起球",
      "不掉色", "很好看", "上身效果", "您可以试试", "可以考虑", "首选", "主推",
    ])
  /// 处理异议 whatever the buyer said: reassurance, guarantees, holding or explaining the price.
  static let objection = Lexicon(
    "objection",
    [
      "放心", "无理由", "退换", "退货", "换货", "运费险", "包退", "包换", "假一赔", "正品", "质量保证", "品质保证",
      "保证质量", "售后", "理解您", "能理解", "明白您", "您的顾虑", "您的担心", "不用担心", "别担心", "担心的话",
      "顾虑", "最低价", "底价", "活动价", "最优惠", "一分钱一分货", "一分价钱一分货", "利润", "成本", "平均下来",
      "算下来", "每天只要", "相当于每天", "优惠券", "小礼品", "赠品", "帮您申请", "申请一下", "老板", "权限",
      "不满意", "包您满意", "可以退", "可以换", "无忧", "保障",
    ])
  /// 处理异议 only after the buyer hesitated, doubted, bargained or complained.
  static let objectionAnswer = Lexicon(
    "objection-answer",
    [
      "其实", "支持", "保证", "品质", "质量", "没问题", "不会", "确实", "尺码表", "参考", "帮您", "给您", "您看",
      "不合身", "不合适", "优惠", "便宜", "价格", "包邮", "担心", "哪方面", "顾虑", "抱歉", "不好意思", "对不起",
      "久等", "催", "马上", "处理", "解决",
    ])
  /// What the buyer says when hesitating, doubting, bargaining or complaining.
  static let buyerObjection = Lexicon(
    "buyer-objection",
    [
      "考虑", "再想想", "想想", "再看看", "看看再说", "犹豫", "拿不准", "不确定", "纠结", "怕", "担心", "万一",
      "会不会", "不合身", "不合适", "太贵", "贵了", "有点贵", "便宜", "优惠", "打折", "少点", "少一点", "抹零",
      "包邮", "降价", "别家", "别的店", "质量", "正品", "真的吗", "靠谱", "假货", "色差", "掉色", "起球", "缩水",
      "差评", "不满意", "投诉", "太慢", "还没到", "还没发", "怎么还", "太久", "等了", "退", "算了", "不要了", "失望",
      "不好", "破了", "坏了", "发错", "少发", "漏发", "有问题", "不一样",
    ])
  /// 促成交易: nudging the buyer to order now.
  static let close = Lexicon(
    "close",
    [
      "现在下单", "现在拍", "现在买", "今天下单", "今天拍", "尽快拍", "尽快下单", "早点拍", "抓紧", "赶紧",
      "库存不多", "库存紧张", "仅剩", "只剩", "最后几件", "最后一件", "快没了", "恢复原价", "活动截止", "活动今天",
      "活动最后", "限时", "限量", "错过", "喜欢的话", "直接拍", "放心拍", "可以拍下", "拍下吧", "拍下哦", "下单吧", "下单哦", "付款",
      "给您留", "帮您留", "可以拍了", "拍吧",
    ])
  /// 确认订单: a checking verb…
  static let confirmVerb = Lexicon(
    "confirm-verb",
    [
      "核对", "核实", "确认一下", "确认下", "跟您确认", "和您确认", "给您确认", "向您确认", "请确认", "请您确认",
      "确认无误", "确认好", "无误", "对一下", "没问题的话", "对吗", "对吧", "是吗", "有误",
    ])
  /// …about an order detail.
  static let confirmTopic = Lexicon(
    "confirm-topic",
    [
      "订单", "地址", "收件", "收货", "信息", "电话", "手机", "规格", "尺码", "颜色", "款式", "型号", "数量", "拍的",
      "拍下的",
    ])
  /// Phrases that confirm an order on their own.
  static let confirmDirect = Lexicon(
    "confirm-direct",
    [
      "您拍的是", "您拍下的是", "您下单的是", "您购买的是", "您买的是", "收货信息", "收件信息",
    ])
  /// 礼貌告别: thanks, wishes, an open door for later.
  static let farewell = Lexicon(
    "farewell",
    [
      "感谢您的支持", "感谢支持", "谢谢支持", "谢谢您的支持", "感谢惠顾", "感谢光临", "谢谢光临", "谢谢惠顾",
      "感谢您的信任", "感谢信任", "欢迎再来", "欢迎下次", "欢迎再次", "下次再来", "期待再次", "期待您", "祝您",
      "祝你", "购物愉快", "生活愉快", "生活幸福", "天天开心", "随时联系", "随时找我", "有问题随时", "再见", "拜拜",
      "不打扰您", "就不打扰", "合作愉快",
    ])
  /// 下单发货: shipping and hand-over to the warehouse.
  static let ship = Lexicon(
    "ship",
    [
      "发货", "发出", "寄出", "发走", "发快递", "快递", "物流", "单号", "运单", "顺丰", "中通", "圆通", "韵达", "申通",
      "极兔", "邮政", "ems", "转仓库", "通知仓库", "仓库安排", "仓库发", "打包", "揽收", "天到货", "就能到货", "会到货", "送达",
      "几天到", "当天发", "今天发", "明天发", "隔天发",
      "小时内发", "备注", "安排发",
    ])

  public var lexicons: [Lexicon] {
    [
      Self.greet, Self.needTopic, Self.questionMark, Self.recommend, Self.objection,
      Self.objectionAnswer, Self.close, Self.confirmVerb, Self.confirmTopic, Self.confirmDirect,
      Self.farewell, Self.ship,
    ]
  }

  // MARK: Description

  public var description: RuleDescription {
    RuleDescription(
      id: "reception_flow", name: "八步接待流程",
      explanation: """
        一次完整的接待有八步：进门问好、接待咨询（主动了解买家的需求）、推荐产品、处理异议、促成交易、\
        确认订单、礼貌告别、下单发货。每条回复可以同时体现几步；回应买家的犹豫、怀疑、砍价或抱怨，\
        就算处理异议。整场对话要按合理的顺序走：第一条回复先问好，告别之前先核对订单，\
        告别之后只再说发货、物流的事。漏掉的步骤会少得分，顺序不对记为违规。
        """,
      triggers: [
        RuleExample("亲，您好，欢迎光临～", step: .greet),
        RuleExample("亲，您好，欢迎光临，这款现货充足哦", step: .greet),
        RuleExample("在的呢，有什么可以帮到您？", step: .greet),
        RuleExample("亲，您平时穿什么码呢？", step: .inquire),
        RuleExample("方便说一下您的身高体重吗？我帮您看看尺码", step: .inquire),
        RuleExample("这件是送人还是自己穿呀？", step: .inquire),
        RuleExample("亲，按您的身高体重，M码会比较合身", step: .recommend),
        RuleExample("这款面料透气不闷，夏天穿很舒服，推荐您入手哦", step: .recommend),
        RuleExample(
          "亲，不合身的话支持七天无理由退换，运费险也有的，您放心",
          buyer: ["嗯……我再考虑考虑吧"], step: .objection),
        RuleExample(
          "亲，不合身的话支持七天无理由退换，运费险也有的，您放心",
          buyer: ["还是有点拿不准，怕买回来不合身"], step: .objection),
        RuleExample("亲，这已经是活动价了，利润真的很薄，您理解一下哦", buyer: ["能便宜点吗"], step: .objection),
        RuleExample("价格确实是实在价，质量上您完全可以对比哦", buyer: ["有点贵啊"], step: .objection),
        RuleExample("算下来每天只要几毛钱，用一整年都没问题的～", step: .objection),
        RuleExample("亲，您是担心尺码还是质量呢？", buyer: ["嗯……我再考虑考虑吧"], step: .objection),
        RuleExample(
          "非常抱歉让您久等了，我马上帮您催一下", buyer: ["怎么还没发货啊"], step: .objection),
        RuleExample("今天下单还能赶上活动价，库存也不多了哦", step: .close),
        RuleExample("喜欢的话可以直接拍下，我马上给您备注", step: .close),
        RuleExample(
          "跟您核对一下订单：碎花连衣裙M码，收件人王女士，电话13812345678，寄到杭州市西湖区文三路8号",
          step: .confirm),
        RuleExample("您拍的是白色L码对吧？", step: .confirm),
        RuleExample(
          "亲，地址是杭州市西湖区文三路8号，收件人王女士，电话13812345678，M码白色，没问题我就安排发货了",
          step: .confirm),
        RuleExample("好的亲，今天下单今天发货，感谢您的支持", step: .ship),
        RuleExample("好的亲，今天下单今天发货，感谢您的支持", step: .farewell),
        RuleExample("好的亲，今天下单今天发货，感谢您的支持", step: .close),
        RuleExample("已经给您发顺丰了，单号稍后同步给您～", step: .ship),
        RuleExample("感谢亲的惠顾，祝您购物愉快，有问题随时联系我哦", step: .farewell),
        RuleExample("这款有现货，今天就能发"),
      ],
      passes: [
        RuleExample("亲，按您的身高体重，M码会比较合身", step: .inquire),
        RuleExample("亲，按您的身高体重，M码会比较合身", step: .objection),
        RuleExample("亲，您好，欢迎光临，这款现货充足哦", step: .recommend),
        RuleExample("好的，您考虑好了随时找我哦", buyer: ["我再考虑考虑吧"], step: .objection),
        RuleExample("非常抱歉让您久等了，我马上帮您看看", buyer: ["这条裙子有货吗"], step: .objection),
        RuleExample("亲，这款有现货的哦", step: .ship),
        RuleExample("我帮您确认一下库存哦", step: .confirm),
        RuleExample("麻烦留一下收件人、电话和地址哦", step: .confirm),
        RuleExample("亲，您收到货有任何问题可以随时联系我们哦", step: .ship),
        RuleExample("我帮您问问仓库还有没有货", step: .ship),
        RuleExample("亲，拍下后48小时内发货哦", step: .close),
        RuleExample("亲，在的，请问有什么可以帮您？", step: .objection),
        RuleExample("这款不合身的人很少，M码就可以", step: .objection),
        RuleExample("亲，您好，欢迎光临～"),
        RuleExample("好的，马上为您安排发货", earlier: ["亲，您好，在的哦"]),
      ],
      patienceCost: RubricSettings.standard.patienceCost("reception_flow"),
      summary: "每条回复体现了八步接待中的哪几步，整场是否按合理顺序")
  }

  // MARK: Judging

  /// The steps a reply shows, in the flow's order.
  public static func steps(_ reply: Reply, buyer: [String]) -> [Step] {
    guard !reply.scalars.isEmpty else { return [] }
    func has(_ lexicon: Lexicon) -> Bool { reply.contains(lexicon) }
    var steps: [Step] = []
    if has(greet) { steps.append(.greet) }
    if has(needTopic) && has(questionMark) { steps.append(.inquire) }
    if affirmed(reply, recommend) { steps.append(.recommend) }
    if has(objection) || (has(objectionAnswer) && buyerObjects(buyer)) {
      steps.append(.objection)
    }
    if has(close) { steps.append(.close) }
    if isConfirming(reply) { steps.append(.confirm) }
    if has(farewell) { steps.append(.farewell) }
    if has(ship) { steps.append(.ship) }
    return steps
  }

  /// Whether the lexicon occurs somewhere not negated by 不/没 just before it.
  static func affirmed(_ reply: Reply, _ lexicon: Lexicon) -> Bool {
    for hit in reply.hits(lexicon) {
      if hit.start > 0 {
        let before = reply.scalars[hit.start - 1]
        if before == "不" || before == "没" { continue }
      }
      return true
    }
    return false
  }

  /// Whether the reply checks order details with the buyer: a checking word about an order
  /// detail, or the details themselves read back (three of item, recipient, phone, address,
  /// with an actual phone number or address in them).
  public static func isConfirming(_ reply: Reply) -> Bool {
    if reply.contains(confirmDirect)
      || (reply.contains(confirmVerb) && reply.contains(confirmTopic))
    {
      return true
    }
    return OrderConfirmationRule.readsBackDetails(reply)
  }

  /// Whether the buyer's messages hesitate, doubt, bargain or complain.
  static func buyerObjects(_ buyer: [String]) -> Bool {
    buyer.contains { buyerObjection.occurs(in: $0) }
  }

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    judgement.steps = ReceptionFlowRule.steps(reply, buyer: context.buyerMessages)
    let first = !context.history.contains { $0.role == .seller }
    if first && !reply.scalars.isEmpty && !judgement.steps.contains(.greet) {
      judgement.findings.append(
        reply.wholeFinding(
          "reception_flow", "第一条回复没有问好，买家进门先要被招呼到",
          suggestion: "开头加一句问候，如「亲，您好，欢迎光临～」"))
    }
  }

  /// Order problems over a session (beyond the first reply's greeting, which `judge` reports):
  /// farewell before the order was confirmed, and selling after saying goodbye.
  public static func orderViolations(_ turns: [Turn]) -> [Violation] {
    var out: [Violation] = []
    guard let farewellIndex = turns.firstIndex(where: { $0.judgement.steps.contains(.farewell) })
    else { return out }
    if let confirmIndex = turns.firstIndex(where: { $0.judgement.steps.contains(.confirm) }),
      confirmIndex > farewellIndex
    {
      out.append(
        Violation(
          rule: "reception_flow", reply: confirmIndex + 1, text: turns[confirmIndex].reply,
          message: "告别之后才核对订单，应先核对再告别"))
    }
    let selling: Set<Step> = [.greet, .inquire, .recommend, .objection, .close]
    for i in (farewellIndex + 1)..<turns.count
    where turns[i].judgement.steps.contains(where: { selling.contains($0) }) {
      out.append(
        Violation(
          rule: "reception_flow", reply: i + 1, text: turns[i].reply,
          message: "已经告别了，之后只宜说发货、物流的事"))
      break
    }
    return out
  }
}

extension Lexicon {
  /// Whether a phrase of this lexicon occurs in `text` (normalised first).
  public func occurs(in text: String) -> Bool {
    let scalars = NormalizedText(text).scalars
    if let slot = PhraseIndex.shared.slot(of: self) {
      return PhraseIndex.shared.scan(scalars).contains { $0.lexicon == slot }
    }
    return !ownIndex.scan(scalars).isEmpty
  }
}
