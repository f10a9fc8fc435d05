/// The shapes of 反问句 that `rhetorical_question` knows, as data a teacher can read and extend.
///
/// Each pattern is an anchor word (several spellings allowed) plus a few conditions: what must or
/// must not stand right after or before it, and how its clause must end. The detector splits a
/// reply into sentences (at ？！。；… and line breaks) and clauses (at ，、：and spaces) and looks
/// for the anchors in each clause; quoted text (「」“”《》【】) is skipped, so a product name such as
/// 《难道不香》 is never judged.
///
/// To add a shape: add a `RhetoricalPattern` to `RhetoricalPatterns.all` with the right `shape`,
/// then add a triggering and a passing example to the rule's examples.

/// A family of rhetorical questions; it decides the message and the fallback suggestion.
enum RhetoricalShape: CaseIterable {
  /// 难道…吗, 难不成…
  case nandao
  /// A negation closed by 吗: 不是…吗, 不就…吗, 不也/不都…吗, 还不…吗, 能不…吗.
  case negatedQuestion
  /// Telling the buyer they did not read or look: 您没看…吗, 您不会自己看吗.
  case didNotRead
  /// Blaming the buyer for what they did or did not do: 怎么不早说, 为什么不问清楚, 凭什么, 干嘛.
  case blame
  /// Denying what the buyer says: 怎么可能, 怎么会…呢, 哪能, 岂.
  case denial
  /// Disputing the buyer's judgement: 哪里贵了, 哪有色差.
  case disputing
  /// Talking back: 谁说, 谁让, 我怎么知道.
  case talkingBack
  /// Waving the buyer's worry away: 有什么好犹豫的, 至于吗, 有必要吗, 何必.
  case dismissive
  /// Impatience: 还用问吗, 说了几遍了, 你说呢, 那又怎样.
  case impatience

  /// What the finding says, Chinese.
  var message: String {
    switch self {
    case .nandao:
      return "「难道」开头的是反问句，听起来像在质问买家"
    case .negatedQuestion:
      return "否定词配「吗」的反问句，表面在问，实际在说「这还用问」，买家会觉得被指责"
    case .didNotRead:
      return "反问买家有没有看说明，等于怪买家不仔细"
    case .blame:
      return "追问买家「为什么不…」是反问，带着责怪的意思"
    case .denial:
      return "用反问否认买家的说法，等于说买家说错了"
    case .disputing:
      return "用反问反驳买家的感受（贵、小、有色差…），买家会觉得不被理解"
    case .talkingBack:
      return "「谁说/谁让/我怎么知道」是顶撞买家的反问"
    case .dismissive:
      return "用反问把买家的顾虑说成不值一提，显得不耐烦"
    case .impatience:
      return "不耐烦的反问，买家会觉得被敷衍"
    }
  }

  /// A statement to use instead when no better one can be built from the reply itself.
  var template: String {
    switch self {
    case .nandao, .negatedQuestion:
      return "亲，（把要说的事实直接讲出来）哦，有不清楚的地方我再给您详细说明"
    case .didNotRead:
      return "亲，这一点在详情页里有说明，我把要点给您发一下哦"
    case .blame:
      return "亲，没关系的，我这边马上帮您处理"
    case .denial:
      return "亲，我们的商品都有保障，您把情况跟我说一下，我马上帮您核实"
    case .disputing:
      return "亲，理解您的感受，我给您说一下这款的用料和做工哦"
    case .talkingBack:
      return "亲，这个情况我帮您查一下，马上给您答复"
    case .dismissive:
      return "亲，您的顾虑我理解，我给您说一下具体的情况，您放心"
    case .impatience:
      return "亲，我再给您说明一下哦"
    }
  }
}

/// How the clause holding an anchor must end for the pattern to count.
enum RhetoricalEnding {
  /// The anchor alone is enough.
  case anything
  /// The clause (or, if `crossClause`, the next one) closes with 吗/么/嘛.
  case maParticle
  /// The clause closes with 吗/么/嘛/呢, or the sentence ends in ？ or ！.
  case question
  /// The clause closes with 吗/么/嘛, or its sentence ends in ？ or ！.
  case questionMark
  /// …不就行了/不就好了, or closed by 吗/嘛.
  case doneAlready
  /// The sentence holds nothing else: a bare 您说呢？, 不然呢？.
  case standalone
  /// Like `question`, and a 吧 with ？ counts too: 犯不着生气吧？
  case tagged
}

/// One shape of rhetorical question: an anchor and the conditions around it.
struct RhetoricalPattern {
  var shape: RhetoricalShape
  /// The anchor words (any one of them).
  var words: [String]
  /// If not empty, one of these must follow the anchor directly.
  var next: [String] = []
  /// None of these may follow the anchor directly.
  var notNext: [String] = []
  /// None of these may stand directly before the anchor.
  var notBefore: [String] = []
  /// If not empty, one of these must appear before the anchor in the same clause.
  var needBefore: [String] = []
  /// None of these may appear anywhere in the clause (they make it a genuine question).
  var notInClause: [String] = []
  /// If not empty, one of these must appear after the anchor in the same clause.
  var needAfter: [String] = []
  var ending: RhetoricalEnding = .anything
  /// Whether the closing particle may be in the clause after the anchor's one
  /// (不是说了，七天都能退吗？).
  var crossClause = false
  /// Whether the buyer must just have complained for this to count (您觉得呢？).
  var afterComplaint = false
  /// None of these may appear anywhere in the reply (怎么会起球呢？抱歉，我帮您查 is surprise).
  var notInReply: [String] = []
  /// If not empty, one of these must appear somewhere in the sentence (别人都好好的，就您…).
  var needInSentence: [String] = []
  /// None of these may appear in the sentence before the anchor (又好看又不是很贵 coordinates;
  /// 咦，怎么会少了呢 is surprise).
  var notInSentence: [String] = []
  /// If not empty, one of these must appear in the reply after the anchor's sentence
  /// (您说呢？正品肯定贵啊).
  var needLater: [String] = []
}

/// The lexicon.
enum RhetoricalPatterns {
  static let blamedVerbs = WordBook.standard.words("blamed-verbs")

  static let readingVerbs = WordBook.standard.words("reading-verbs")

  static let disputedJudgements = WordBook.standard.words("disputed-judgements")

  static let conditionalWords = WordBook.standard.words("conditional-words")

  static let politeEndings = WordBook.standard.words("polite-endings")

  static let complaintWords = WordBook.standard.words("complaint-words")

  static let second = WordBook.standard.words("second")

  static let incredulous = WordBook.standard.words("incredulous")
  static let incredulousAlso = WordBook.standard.words("incredulous-also")
  static let trivialisingLeads = WordBook.standard.words("trivialising-leads")
  static let offeredNext = WordBook.standard.words("offered-next")

  static let stillAfterWhich = WordBook.standard.words("still-after-which")
  static let againVerbs = WordBook.standard.words("again-verbs")
  static let concessions = WordBook.standard.words("concessions")

  static let questionWords = WordBook.standard.words("question-words")

  static let trivialisedThings = WordBook.standard.words("trivialised-things")

  static let pointlessThings = WordBook.standard.words("pointless-things")

  static let assertionWords = WordBook.standard.words("assertion-words")

  static let genuineOpenings = WordBook.standard.words("genuine-openings")

  static let tellingVerbs = WordBook.standard.words("telling-verbs")
  static let repeatCounts = WordBook.standard.words("repeat-counts")

  static let checkOffers = WordBook.standard.words("check-offers")

  static let movedVerbs = WordBook.standard.words("moved-verbs")

  static let proposals = WordBook.standard.words("proposals")

  static let tryOffers = WordBook.standard.words("try-offers")

  static let helpOffers = WordBook.standard.words("help-offers")

  static let fixOffers = WordBook.standard.words("fix-offers")

  static let pressingDegrees = WordBook.standard.words("pressing-degrees")
  static let pressedFacts = WordBook.standard.words("pressed-facts")
  static let recallWords = WordBook.standard.words("recall-words")
  static let recallBenefits = WordBook.standard.words("recall-benefits")

  static let deniedTroubles = WordBook.standard.words("denied-troubles")
  static let openTroubleQuestions = WordBook.standard.words("open-trouble-questions")

  static let assertedAfter = WordBook.standard.words("asserted-after")

  static let investigations = WordBook.standard.words("investigations")

  static let universalWhich = WordBook.standard.words("universal-which")
  static let whichOnes = WordBook.standard.words("which-ones")
  static let priceLeads = WordBook.standard.words("price-leads")

  /// Every pattern, roughly from the strongest cue to the weakest. The first one that fits a
  /// sentence is reported.
  static let all: [RhetoricalPattern] = [
    // 难道您没收到通知吗？ 难不成还要我们送上门？
    // (not 难道您说的是去年那款？, a guess at what the buyer means)
    RhetoricalPattern(
      shape: .nandao, words: ["难道", "难不成", "难不能", "莫非", "莫不是"],
      notNext: [
        "说明", "您说的是", "你说的是", "您指的是", "你指的是", "您问的是", "你问的是", "您要的是",
        "你要的是", "您找的是", "你找的是", "您是说", "你是说", "您是指", "你是指", "您想要的是",
      ]),

    // 怎么可能有假货！ 这怎么会是旧的呢？ 哪能呢 岂不是白跑一趟
    RhetoricalPattern(
      shape: .denial,
      words: ["怎么可能", "怎可能", "哪可能", "哪能", "哪会", "怎能", "怎会", "咋可能", "哪儿可能"],
      notNext: ["这么", "那么"]),
    // 哪里能这么便宜 / 哪儿会骗您 (not 哪里能看到物流, 哪里会漏水呢, which ask where).
    RhetoricalPattern(
      shape: .denial, words: ["哪里能", "哪儿能", "哪里会", "哪儿会"],
      next: [
        "这么", "那么", "比", "跟", "和", "随便", "乱", "骗", "坑", "有假", "是假", "卖假", "故意",
        "让您", "让你", "不管", "不要", "舍得",
      ],
      notInClause: ["请问"]),
    // 怎么可能这么便宜？好多亲都这么问，因为… — the seller voices the buyer's doubt (设问) and
    // answers it; without the answer it denies.
    RhetoricalPattern(
      shape: .denial,
      words: ["怎么可能", "怎可能", "哪可能", "哪能", "哪会", "怎能", "怎会", "咋可能", "哪儿可能"],
      next: ["这么", "那么"],
      notInReply: ["这么问", "都问", "会问", "常问", "因为", "原因", "秘诀", "答案", "其实是"]),
    RhetoricalPattern(
      shape: .denial, words: ["怎么会", "咋会"],
      notNext: ["这样", "这么", "那样", "那么", "出现这", "发生这", "突然这样"],
      notInReply: investigations, notInSentence: ["咦", "诶", "欸", "奇怪"]),
    RhetoricalPattern(
      shape: .denial, words: ["怎么能", "怎么可以", "咋能", "咋可以"],
      next: [
        "这样", "这么", "那样", "那么", "随便", "说", "不", "怪", "乱", "算", "叫", "是", "让",
        "要求", "赖",
      ]),
    // 这怎么能跟大牌比 / 咋能和专柜一样 — a comparison ruled out.
    RhetoricalPattern(
      shape: .denial, words: ["怎么能", "怎么可以", "咋能", "怎能", "哪能"],
      next: ["跟", "和", "拿", "与"], needAfter: ["比", "一样", "相比", "相提并论", "一个价"]),
    RhetoricalPattern(
      shape: .blame, words: ["您怎么就不", "你怎么就不", "你们怎么就不", "您咋就不", "你咋就不"]),
    RhetoricalPattern(
      shape: .blame, words: ["怎么就", "咋就"],
      next: [
        "认定", "觉得", "说", "肯定", "断定", "确定", "怪", "赖", "认为", "成了", "变成", "是我",
        "算我",
      ]),
    // 哪家快递不是这个速度？ 谁家的衣服洗了不缩水？
    RhetoricalPattern(
      shape: .denial,
      words: ["哪家", "谁家", "哪个店", "哪个商家", "哪个卖家", "哪个牌子", "哪一家", "哪个品牌"],
      needAfter: ["不", "没"], ending: .questionMark),
    // Without ？ too, when the buyer is not asked about (谁家的毛衣不起点球呀), unlike
    // 您之前买的哪家不起球呀 or 不管哪家都不…
    RhetoricalPattern(
      shape: .denial, words: ["哪家", "谁家", "哪个店", "哪个商家", "哪个卖家", "哪一家"],
      notInClause: [
        "请问", "不管", "无论", "不论", "的话", "如果", "您", "你", "都不", "也不", "都没", "也没",
      ],
      needAfter: ["不", "没"]),
    // 哪个孩子不摔杯子啊 / 有几个女生不爱美的 — "which one does not" meaning "every one does"
    // (not 哪个尺码合适？, 哪件不合适您说一声: no one named, or the buyer is asked).
    RhetoricalPattern(
      shape: .denial, words: universalWhich,
      notInClause: [
        "请问", "不管", "无论", "不论", "的话", "如果", "您", "你", "都不", "也不", "都没", "也没",
        "不知道",
      ],
      needAfter: ["不", "没"]),
    // 同样配方的哪个不是两百多？ / 哪款不是手工缝的 — "which one is not" meaning "all are".
    RhetoricalPattern(
      shape: .denial, words: whichOnes, next: ["不是", "没有"],
      notNext: ["不是您", "不是你", "没有收到", "没有到", "没有发", "没有货"],
      notBefore: ["不管", "无论", "不论", "随便", "是"],
      notInClause: ["请问", "的话", "如果", "具体"], ending: .questionMark),
    RhetoricalPattern(
      shape: .denial, words: whichOnes, next: ["不是"], notNext: ["不是您", "不是你"],
      notBefore: ["不管", "无论", "不论", "随便", "是"],
      notInClause: ["请问", "的话", "如果", "具体", "您", "你", "呢"]),
    // 哪个商家愿意亏本卖？ 哪家快递会送上楼？ — "which one would" meaning "none would".
    RhetoricalPattern(
      shape: .denial,
      words: ["哪个商家", "哪个卖家", "哪个店", "哪家店", "哪个老板", "哪个厂家", "谁家", "哪个傻子"],
      next: ["愿意", "会", "肯", "舍得", "敢", "能"],
      notInClause: ["请问", "比较", "更", "最", "您", "你", "一点", "合适", "方便", "的话"],
      ending: .questionMark),
    // 谁会拿自己的招牌开玩笑 / 谁愿意花钱买罪受 — "who would" meaning "nobody would", no ？ needed
    // (not 谁会在家收货呢, 到时候谁会联系您).
    RhetoricalPattern(
      shape: .talkingBack, words: ["谁会", "谁愿意", "谁舍得", "谁肯", "谁敢"],
      next: [
        "拿", "把", "为了", "为这", "为那", "自砸", "砸", "跟钱", "和钱", "冒", "花钱", "故意", "做这种",
        "干这种", "做亏本", "亏本", "卖假", "卖二手", "卖次品", "专门", "没事", "自找", "去买", "买假",
        "用假", "放着",
      ],
      notBefore: ["不管", "无论", "不论", "随便", "任"], notInClause: ["请问"]),
    // 我们会拿招牌开玩笑吗？ — joking with one's own name, asked.
    RhetoricalPattern(
      shape: .denial, words: ["开玩笑", "砸招牌", "砸自己的招牌", "砸牌子", "自砸招牌"],
      needBefore: [
        "会拿", "能拿", "敢拿", "会用", "敢用", "会砸", "敢砸", "会自", "会为了", "会因为", "能为了",
      ],
      notInClause: ["不会", "不敢", "绝不", "从不", "不能", "请问"], ending: .question),
    // 怎么舍得让宝宝用劣质的呢 / 哪忍心骗您 — "how could we bear to" meaning "we never would".
    RhetoricalPattern(
      shape: .denial,
      words: [
        "怎么舍得", "怎么忍心", "怎么肯", "咋舍得", "咋忍心", "怎会舍得", "哪舍得", "哪里舍得",
        "哪儿舍得", "哪忍心", "哪里忍心", "哪儿忍心", "怎么好意思", "咋好意思", "哪好意思",
        "哪里好意思", "哪儿好意思",
      ],
      notNext: ["扔", "丢", "删", "退", "不要", "浪费", "送人", "给别人", "换掉"],
      notBefore: ["不", "都", "也", "您", "你"], notInClause: ["请问"]),
    // 这么重的实木床，能便宜到哪去 / 又能差到哪里 — "how far could it go" meaning "not far".
    RhetoricalPattern(
      shape: .denial, words: ["到哪去", "到哪里去", "到哪儿去", "到哪里", "到哪儿"],
      notBefore: movedVerbs, needBefore: ["能", "会", "又"],
      notInClause: ["请问", "您", "你", "了吗", "不知道"]),
    // 别家能有这个价？ 外面能买到这么便宜的？ — a comparison the buyer is dared to find.
    RhetoricalPattern(
      shape: .denial,
      words: [
        "能有这", "能有那", "会有这", "能找到这", "能买到这", "能找到那", "能买到那", "能拿到这",
        "有这个价", "有这价", "买得到这", "找得到这", "能比这", "能比我们",
      ],
      needBefore: [
        "别家", "别的店", "别的家", "别人家", "其他家", "其他店", "外面", "别处", "实体店", "商场",
        "超市", "市面上", "线下", "全网", "同行", "专柜", "哪",
      ],
      notInClause: ["请问", "不知道", "是否"],
      needAfter: [
        "价", "便宜", "质量", "做工", "品质", "优惠", "好", "性价比", "料", "实惠", "划算", "低",
      ],
      ending: .questionMark),
    // 您觉得这个价能买到真皮吗 / 几十块钱能是纯羊毛？ — the price answers the doubt.
    RhetoricalPattern(
      shape: .denial,
      words: [
        "能买到", "能买得到", "买得到", "能有", "能是", "会是", "能用上", "能用到", "能做到", "能找到",
        "能拿到", "能做出",
      ],
      needBefore: priceLeads,
      notInClause: [
        "请问", "不知道", "是否", "还能买到吗", "几件", "几个", "几双", "几瓶", "几盒", "多少",
      ],
      ending: .questionMark, notInReply: ["帮您", "给您申请", "我问问", "我查"]),
    // 能差多少呢 / 又能贵到几个钱 — minimising the difference the buyer worries about.
    RhetoricalPattern(
      shape: .dismissive,
      words: [
        "又能差多少", "又能贵多少", "又能多多少", "能差几个钱", "能贵几个钱", "能多几个钱",
        "又能差几块", "又能贵几块",
      ],
      notInClause: ["请问", "不知道", "您", "你"]),
    // 不是摔的还能是什么 / 还能是啥原因 — "what else could it be" meaning "it is that".
    RhetoricalPattern(
      shape: .denial,
      words: [
        "还能是什么", "还能是啥", "还会是什么", "还会是啥", "还能是谁", "还会是谁", "还能有什么",
        "还能有啥", "还能是哪",
      ],
      notInClause: ["请问", "会不会", "可能", "不知道"],
      notInReply: ["帮您查", "我查", "核实", "问问", "查一下", "查查", "排查", "试试"]),
    // 哪还有这么划算的 / 哪里还有比这便宜的 — a boast, with or without ？.
    RhetoricalPattern(
      shape: .denial,
      words: [
        "哪还有这么", "哪里还有这么", "哪儿还有这么", "哪还有这样", "哪里还有这样", "哪儿还有这样",
        "哪还有比这", "哪里还有比这", "哪儿还有比这", "哪还找得到", "哪里还找得到", "哪儿还找得到",
      ],
      notInClause: ["请问"]),
    // 哪个妈妈舍得给孩子用差的？ — "which one would" meaning "none would".
    RhetoricalPattern(
      shape: .denial, words: universalWhich, next: ["会", "愿意", "肯", "舍得", "敢", "想"],
      notInClause: [
        "请问", "不管", "无论", "不论", "的话", "如果", "您", "你", "比较", "更", "最", "合适", "方便",
      ],
      ending: .questionMark),
    // 这哪叫贵啊 / 这哪算瑕疵 — disputing the buyer's word for it.
    RhetoricalPattern(
      shape: .disputing,
      words: ["哪叫", "哪算", "哪里算", "哪儿算", "哪里叫", "哪儿叫", "哪能叫", "哪能算", "哪称得上"],
      notNext: ["进", "在", "入"], needBefore: ["这", "那"], notInClause: ["请问"]),
    RhetoricalPattern(
      shape: .dismissive, words: ["叫什么", "叫啥"], next: ["质量问题", "问题", "贵", "破损", "瑕疵", "色差", "毛病"],
      needBefore: ["这", "那"], notInClause: ["请问", "名字", "颜色", "型号", "色号"]),
    // 为了五块钱投诉，值得吗？ — weighing the buyer's fuss.
    RhetoricalPattern(
      shape: .dismissive, words: ["值得吗", "值当吗", "值得么", "值当么", "犯得上吗", "划得来吗"],
      notInClause: ["请问"],
      needInSentence: ["为了", "为这", "为那", "就为", "为个", "为一"]),
    // 都用了半年了还想退 / 才九块九还指望用三年 — incredulity without ？.
    RhetoricalPattern(
      shape: .dismissive,
      words: [
        "还想退", "还要退", "还想换", "还要换", "还指望", "还好意思", "还想让", "还想免费", "还要求",
        "还想白", "还想要全",
      ],
      needBefore: ["都", "已经", "才"],
      notInClause: ["请问", "如果", "的话", "吗", "需要", "可以", "我们", "我才"]),
    // 还有比这更划算的吗？ — a boast dared.
    RhetoricalPattern(
      shape: .denial, words: ["还有比这", "有比这", "还有比我们", "有比我们", "还有比咱"],
      notInClause: ["请问"],
      needAfter: ["便宜", "划算", "实惠", "低", "好", "优惠", "值", "良心"], ending: .questionMark),
    // 九块九的东西能用几年？ — the price answers how long it lasts.
    RhetoricalPattern(
      shape: .dismissive,
      words: [
        "能用几年", "能穿几年", "能用几次", "能穿几次", "能用多久", "能穿多久", "能撑多久", "能用几天",
        "能穿几天", "能用一辈子", "能穿一辈子", "能用十年",
      ],
      needBefore: priceLeads + ["便宜货", "便宜的", "九块九", "几块", "十块", "地摊货", "块的"],
      notInClause: ["请问", "一般", "正常"]),
    // 还能指望什么做工 / 我还能为了几块钱骗您什么 — "what more could one expect" meaning "nothing"
    // (not 还能选什么颜色呢, which offers).
    RhetoricalPattern(
      shape: .dismissive, words: ["还能", "又能", "还会", "又会"], notInClause: ["请问", "吗"],
      needAfter: [
        "指望什么", "指望啥", "要求什么", "要求啥", "奢望什么", "奢望啥", "图什么", "图啥", "图您什么",
        "图你什么", "骗您什么", "骗你什么", "骗您啥", "骗你啥", "坑您什么", "坑你什么", "坑您啥",
        "坑你啥", "贪您什么", "贪你什么", "赚您什么", "赚你什么",
      ]),
    // 四十块包邮的四件套会是全棉的吗 — a price that answers the doubt (not 这款会是全棉的吗).
    RhetoricalPattern(
      shape: .denial, words: ["会是", "能是", "能买到", "买得到", "能买得到"],
      needBefore: ["块", "元", "毛钱"],
      notInClause: ["请问", "不知道", "是否", "会不会", "什么", "哪", "几", "多少"],
      needAfter: [
        "全棉", "纯棉", "全羊毛", "纯羊毛", "羊绒", "真丝", "桑蚕丝", "真皮", "头层", "实木", "纯铜",
        "纯银", "纯金", "正品", "原装", "大牌", "进口", "手工", "全新", "纯", "真",
      ],
      ending: .questionMark),
    // 您觉得物流会免费给送上楼吗 — an expectation the buyer is asked to see is unreasonable.
    RhetoricalPattern(
      shape: .denial, words: ["您觉得", "你觉得", "您认为", "你认为"],
      notInClause: ["请问", "要不要", "需不需要", "需要"],
      needAfter: [
        "会免费", "能免费", "肯免费", "愿意免费", "会白送", "能白送", "会白给", "会倒贴", "肯倒贴",
        "会亏本", "肯亏本", "愿意亏本", "会赔本", "会赔钱", "会亏钱", "会不要钱",
      ],
      ending: .maParticle),
    // 有必要每天问一遍物流吗 — the buyer's fuss weighed (not 有必要加固一下包装吗).
    RhetoricalPattern(
      shape: .dismissive, words: ["有必要"], notBefore: ["没", "是否"],
      notInClause: ["请问"],
      needAfter: [
        "每天", "天天", "一直", "老是", "总是", "反复", "一遍遍", "一遍一遍", "生气", "发火", "计较",
        "较真", "投诉", "差评", "闹", "为了", "为这", "为那", "为几", "为一点", "为个",
      ],
      ending: .maParticle),
    // 您这是买东西还是考我呢 — sarcasm in the shape of a choice question.
    RhetoricalPattern(
      shape: .talkingBack,
      words: [
        "还是考", "还是在考", "还是来考", "还是找茬", "还是来找茬", "还是在找茬", "还是逗", "还是在逗",
        "还是来逗", "还是为难", "还是在为难", "还是来为难", "还是找事", "还是来找事", "还是开玩笑",
        "还是在开玩笑", "还是刁难", "还是在刁难", "还是审", "还是在审", "还是耍", "还是在耍",
        "还是砸场子", "还是来砸场子", "还是捣乱", "还是来捣乱", "还是拿我",
      ],
      needBefore: ["您", "你"], notInClause: ["请问"]),
    // 都穿出去拍过照了，怎么退 — "how could it be returned" meaning "it cannot"
    // (not 您想怎么退呢？我帮您操作).
    RhetoricalPattern(
      shape: .denial,
      words: [
        "怎么退", "咋退", "怎么换", "咋换", "怎么给您退", "怎么给你退", "怎么给您换", "怎么给你换",
        "怎么能退", "怎么还能退", "怎么二次销售", "怎么再卖", "怎么卖",
      ],
      notInClause: [
        "请问", "想", "要", "打算", "准备", "的话", "如果", "吗", "都", "知道", "流程", "教", "方便",
      ],
      notInReply: [
        "申请", "点击", "订单", "流程", "步骤", "操作", "教您", "帮您", "给您发", "就行", "就可以",
        "可以", "告诉您", "地址", "运费险",
      ],
      needInSentence: ["都", "已经"]),
    // 颜色写那么大还能拍错？！ — marvelling at the buyer's mistake.
    RhetoricalPattern(
      shape: .blame, words: ["还能", "还会", "还可以"],
      notInClause: [
        "请问", "会不会", "是不是", "不会", "担心", "怕", "万一", "吗", "呢", "如果", "的话",
      ],
      needAfter: ["错", "弄混", "搞混", "看岔", "弄反", "搞反", "看反"], ending: .questionMark,
      notInReply: ["不会的", "放心", "帮您", "给您", "别担心", "不用担心", "我看看", "我查"]),
    // 您觉得我们会给您发假货吗 — asking the buyer to say "no" to what they fear.
    RhetoricalPattern(
      shape: .denial,
      words: [
        "您觉得我们会", "你觉得我们会", "您觉得我会", "你觉得我会", "您认为我们会", "你认为我们会",
        "您觉得咱会", "您觉得商家会", "你觉得商家会", "您觉得谁会", "你觉得谁会", "您觉得哪家",
        "你觉得哪家", "您觉得有人会", "你觉得有人会",
      ],
      notNext: ["帮", "为", "给您推荐", "怎么", "什么时候"], notInClause: ["请问", "几", "多少", "哪天"],
      ending: .maParticle),
    // 现在什么东西不涨价？ — "what does not" meaning "everything does".
    RhetoricalPattern(
      shape: .denial, words: ["什么东西不", "啥东西不", "现在什么不", "现在啥不", "什么不涨"],
      notInClause: ["请问", "您", "你", "能", "可以", "方便", "需要", "建议"], ending: .questionMark),
    // 谁稀罕那点运费 / 我还能说什么 / 您倒是说说哪里不好
    RhetoricalPattern(
      shape: .talkingBack,
      words: [
        "谁稀罕", "谁在乎", "谁在意", "我还能说什么", "我能说什么", "我们还能说什么", "还能说啥",
        "您倒是说说", "你倒是说说", "您倒说说", "你倒说说",
      ],
      notInClause: ["请问"]),
    RhetoricalPattern(
      shape: .blame, words: ["怎么就不能", "咋就不能", "怎么就不会", "怎么就不肯", "咋就不会"],
      notInClause: ["请问"], notInReply: checkOffers),
    // 这么便宜的价格还要什么包装 (not 您还要什么颜色呢)
    RhetoricalPattern(
      shape: .dismissive, words: ["还要什么", "还想要什么", "还要啥", "还想要啥", "还挑什么", "还挑啥"],
      needBefore: [
        "这么便宜", "这个价", "这价", "白送", "免费", "都送", "已经送", "送了", "包邮了", "打折了", "折了",
      ],
      notInClause: ["请问", "吗", "呢", "您还要", "你还要"]),
    // 这种小划痕您也好意思退
    RhetoricalPattern(
      shape: .blame, words: ["也好意思", "还好意思", "倒好意思"], notNext: ["麻烦", "请"],
      notInClause: ["请问", "不好意思"]),
    // 谁买衣服不先看尺码表 — "who does not" with the verb in between.
    RhetoricalPattern(
      shape: .talkingBack,
      words: [
        "谁买", "谁用", "谁穿", "谁网购", "谁上网买", "谁做生意", "谁开店", "谁养", "谁家买", "谁收到",
      ],
      notNext: ["的", "了"],
      notInClause: ["请问", "您", "你", "的话", "不管", "无论", "不论", "都", "是谁"],
      needAfter: ["不", "没"]),
    // 我们哪敢卖假货啊 / 去哪给您变出货来
    RhetoricalPattern(
      shape: .denial,
      words: [
        "哪敢", "哪里敢", "哪儿敢", "怎么敢", "咋敢", "变出来", "变出货", "变一个出来", "变一件出来",
        "变个出来", "变出一",
      ],
      notInClause: ["请问"]),
    // 您也不看看这是什么价 — a reproach with or without ？.
    RhetoricalPattern(
      shape: .didNotRead, words: ["也不看看", "也不想想", "也不瞧瞧", "都不看看", "也不问问", "也不量量"],
      notInClause: ["别的", "其他", "要不要", "请问"]),
    // 哪条规定说拆了封还能退的 — demanding the rule the buyer cannot name.
    RhetoricalPattern(
      shape: .talkingBack,
      words: [
        "哪条规定", "哪条法律", "哪条规矩", "哪条政策", "哪条条款", "哪个规定", "哪里规定",
        "哪儿规定", "哪规定", "什么规定说", "啥规定说", "哪本书", "哪条规则", "哪里写着", "哪儿写着",
        "哪写着", "哪里写了", "哪儿写了", "哪写了",
      ],
      notInClause: ["请问", "您说的", "你说的", "具体", "根据", "依据", "按照", "是哪"],
      needAfter: ["说", "写", "规定", "允许", "要求", "能", "可以", "不", "必须", "得", "了", "的"]),
    // 您自己量错了还怪我们 — turning the blame back without ？.
    RhetoricalPattern(
      shape: .blame,
      words: [
        "还怪", "还赖", "还来怪", "还来赖", "还埋怨", "还怨", "反倒怪", "倒怪", "反而怪", "反过来怪",
        "还要怪", "倒赖", "反倒赖", "反而赖",
      ],
      next: ["我", "咱", "商家", "卖家", "客服", "店", "快递", "别人", "人家", "平台", "仓库", "产品"],
      notInClause: ["请问", "不会", "不能"]),
    // 都用了一个月了才说过敏？ — "only now" after the buyer had the goods for long.
    RhetoricalPattern(
      shape: .blame,
      words: [
        "才说", "才来说", "才讲", "才提", "才反映", "才来问", "才来找", "才联系", "才想起", "才发现",
        "才告诉", "才来讲", "才申请",
      ],
      needBefore: ["都", "已经", "现在", "这会儿", "这时候", "到现在", "过了"],
      notInClause: ["请问", "我们", "我才", "咱"], ending: .questionMark),
    // 这都能弄坏?! 这样也能拍错？ — marvelling at the buyer's mistake.
    RhetoricalPattern(
      shape: .blame, words: ["都能", "也能", "都会", "也会", "都可以", "也可以"],
      needBefore: ["这", "那", "连", "这样", "这么"],
      notInClause: ["请问", "会不会", "是不是", "不会", "担心", "怕", "万一"],
      needAfter: [
        "坏", "错", "丢", "破", "断", "漏", "搞混", "弄混", "忘", "看岔", "弄脏", "弄丢", "搞丢", "搞砸",
        "扯", "摔", "洗缩", "烫",
      ],
      ending: .questionMark,
      notInReply: ["不会的", "放心", "帮您", "给您", "别担心", "不用担心"]),
    // 您这是在教我做生意吗 — sarcasm about what the buyer is doing.
    RhetoricalPattern(
      shape: .talkingBack,
      words: [
        "您这是在", "你这是在", "您这是要", "你这是要", "您这是想", "你这是想", "您是在", "你是在",
        "您是想", "你是想", "您是要", "你是要", "你们这是在", "您这不是在", "你这不是在", "您这是",
        "你这是",
      ],
      next: [
        "教", "怪", "威胁", "为难", "找茬", "找事", "开玩笑", "逗", "质疑", "命令", "考验", "刁难",
        "故意", "讹", "敲诈", "碰瓷", "吓唬", "挑刺", "抬杠", "教训", "指责", "审问", "骂", "白嫖",
        "薅羊毛", "闹", "拿我", "拿我们", "耍", "看不起",
      ],
      ending: .question),
    // 是觉得我们在骗人咯？ 我们会为了这点钱骗您吗？
    RhetoricalPattern(
      shape: .denial, words: ["骗", "坑", "故意"],
      notInClause: ["担心", "怕", "顾虑", "被骗", "被坑", "防"], ending: .tagged,
      needInSentence: ["我们", "我", "店", "商家", "卖家"]),
    RhetoricalPattern(
      shape: .blame, words: ["故意"], needBefore: second, notInClause: ["不是故意"],
      ending: .tagged),
    RhetoricalPattern(
      shape: .dismissive,
      words: [
        "现实吗", "现实么", "还能再低", "还能再便宜", "还能更便宜", "还能再少", "还能更低",
        "有道理吗", "讲道理吗",
      ],
      ending: .anything),
    // 我们是正规品牌的好吗 (not 咱换个浅一点的好不好, which proposes).
    RhetoricalPattern(
      shape: .impatience, words: ["的好吗", "的好不好", "的好伐", "的好么"],
      notInClause: proposals + ["给您", "帮您", "为您", "给你", "帮你"]),
    RhetoricalPattern(
      shape: .denial, words: ["你怎么能", "您怎么能", "你怎么可以", "您怎么可以", "你们怎么能"]),
    RhetoricalPattern(shape: .denial, words: ["岂"], notNext: ["止"]),
    // 我们会卖假货吗？ 这能是我们的问题吗？
    RhetoricalPattern(
      shape: .denial, words: ["假"], needBefore: ["会", "能", "可能"],
      notInClause: ["担心", "怕", "是不是", "请问", "是否", "不会"], ending: .maParticle),
    RhetoricalPattern(
      shape: .denial, words: ["能是", "会是"], needBefore: ["这", "那", "我们", "我"],
      notInClause: ["请问", "可能", "会不会", "是不是"], ending: .maParticle,
      notInReply: investigations),
    // 我们什么时候说过包邮了？ 我有说过包邮吗？
    RhetoricalPattern(
      shape: .denial,
      words: [
        "什么时候说过", "啥时候说过", "哪里说过", "哪儿说过", "哪说过", "几时说过", "什么时候答应",
        "啥时候答应", "什么时候承诺", "啥时候承诺", "什么时候讲过", "啥时候讲过", "什么时候保证",
        "啥时候保证", "哪里答应", "哪儿答应", "哪答应", "哪里承诺", "哪儿承诺",
      ]),
    RhetoricalPattern(
      shape: .denial, words: ["有说过", "有讲过", "有答应", "有承诺"], needBefore: ["我"],
      ending: .maParticle),
    // 您见过哪家店这个价包邮的？
    RhetoricalPattern(
      shape: .denial,
      words: [
        "见过哪", "见过谁家", "见过这么", "见过那么", "见过有", "还有哪家", "哪家店会", "哪家店能",
        "哪家会", "哪家能", "哪家店有", "找得到第二家", "找得到更",
      ],
      ending: .questionMark),
    RhetoricalPattern(
      shape: .denial, words: ["不会吧"], notBefore: ["应该", "一般", "肯定", "也"],
      notInReply: investigations),
    RhetoricalPattern(
      shape: .denial,
      words: [
        "能一样", "能比", "能有假", "能差", "能不好", "会有假", "会是假", "还能骗", "会骗", "能骗",
        "会坑", "能坑",
      ],
      notInClause: ["多少", "几", "请问"], ending: .question,
      notInReply: ["对比", "帮您比", "给您比", "帮您算", "给您算"]),
    RhetoricalPattern(
      shape: .denial, words: ["比吗", "比么", "比得了吗"], needBefore: ["能", "可以"],
      notInReply: ["对比", "帮您比", "给您比"]),
    RhetoricalPattern(
      shape: .denial, words: ["到哪里去", "到哪儿去", "到哪去"], notBefore: movedVerbs,
      ending: .question),

    // 您没看详情页吗？ 你不会自己看吗？ 您是不是没看尺码表啊？
    RhetoricalPattern(
      shape: .didNotRead, words: ["没", "没有"], next: readingVerbs, needBefore: second,
      ending: .questionMark),
    RhetoricalPattern(
      shape: .didNotRead, words: ["没看", "没有看", "没注意", "没仔细", "没认真", "没留意", "都不看"],
      ending: .maParticle),
    RhetoricalPattern(
      shape: .didNotRead, words: ["不会自己", "自己不会", "自己没", "自己不"], ending: .question),
    RhetoricalPattern(shape: .didNotRead, words: ["是不是不会", "是不是不懂", "是不是不识"]),
    // 您是不是没看尺码表啊？ (not 是不是没按到底呀, a guess at what went wrong)
    RhetoricalPattern(
      shape: .didNotRead, words: ["是不是没", "是不是没有"],
      next: readingVerbs + ["有看", "有仔细", "有认真", "有注意"]),
    RhetoricalPattern(
      shape: .didNotRead,
      words: [
        "看不懂", "听不懂", "看不明白", "听不明白", "看不出来", "不识字", "不懂吗", "不明白吗", "不知道吗", "不清楚吗", "不懂么",
      ],
      needBefore: second + ["都", "连", "还"], ending: .questionMark),

    // 不是说了七天无理由吗？ 这不就行了吗 不也一样吗 还不够便宜吗 能不贵吗
    RhetoricalPattern(
      shape: .negatedQuestion,
      words: ["不是说", "不是跟", "不是和", "不是告诉", "不是已经", "不是早", "不是都"],
      ending: .maParticle, crossClause: true),
    RhetoricalPattern(
      shape: .negatedQuestion,
      words: [
        "不是", "不就", "不也", "不都", "不还", "不正", "不早", "不挺", "不够", "不算", "不一直",
        "不照样", "不觉得", "不认为", "就不能", "都不能", "还不能", "不明摆着", "不很明显",
        "不很清楚",
      ],
      notBefore: ["要", "若", "倒", "可", "并"], ending: .maParticle),
    // 您不会用吗？我教您 asks before helping; 这都不会吗 reproaches.
    RhetoricalPattern(
      shape: .negatedQuestion, words: ["不会"], notBefore: ["要", "若", "倒", "可", "并"],
      ending: .maParticle, notInReply: helpOffers),
    // 您不会看一下详情页啊？ 您就不能多等两天吗？ — asking why the buyer did not do it themselves.
    RhetoricalPattern(
      shape: .didNotRead, words: ["你不会", "您不会"],
      next: readingVerbs + ["查", "问", "算", "量", "找", "搜", "翻", "点开", "对照"],
      ending: .questionMark, notInReply: helpOffers),
    RhetoricalPattern(
      shape: .negatedQuestion,
      words: ["您不能", "你不能", "您就不能", "你就不能", "您不可以", "你不可以", "您就不会", "你就不会"],
      next: [
        "等", "多等", "再等", "耐心", "理解", "体谅", "自己", "先看", "忍", "接受", "包容", "好好",
        "仔细", "看看", "早点", "提前", "别",
      ],
      notInClause: ["请问", "的话"], ending: .questionMark, notInReply: helpOffers),
    // 这还不够便宜？ 这都不够清楚？ — a bare ？ after 还不/都不 + what should satisfy.
    RhetoricalPattern(
      shape: .negatedQuestion, words: ["还不", "都不"],
      next: [
        "够清楚", "够明白", "够便宜", "够划算", "够优惠", "够实惠", "够好", "够快", "够详细", "够多",
        "清楚", "明白", "便宜", "划算", "简单", "明显", "实惠", "值", "满足", "知足",
      ],
      needBefore: ["这", "那", "都", "了"], ending: .questionMark),
    // 又不是我让您选的颜色 / 我们又没说过包邮 — a retort without ？ (not 又轻又不是很贵, 既…又不是).
    RhetoricalPattern(
      shape: .denial,
      words: [
        "又不是", "又没说", "又没让", "又没叫", "又没答应", "又没承诺", "又没逼", "又没有说",
        "又没讲",
      ],
      // 不贵，又不是很厚 lists one more quality.
      notNext: ["很", "特别", "非常"], notInSentence: ["又", "既"]),
    RhetoricalPattern(
      shape: .negatedQuestion, words: ["没说", "没告诉", "没跟", "没和", "没提醒"], needBefore: ["我"],
      ending: .maParticle),
    // 这样不好吗？ 这个价不划算吗？
    RhetoricalPattern(
      shape: .negatedQuestion,
      words: [
        "不好吗", "不行吗", "不可以吗", "不对吗", "不够吗", "不划算吗", "不值吗", "不便宜吗",
        "不合理吗", "不正常吗", "不公平吗", "不香吗", "不好看吗", "不实惠吗", "不好么", "不行么",
      ],
      needBefore: ["这", "那"]),
    RhetoricalPattern(
      shape: .disputing, words: ["怎么就"], next: disputedJudgements, needAfter: ["了"],
      ending: .questionMark),
    RhetoricalPattern(
      shape: .talkingBack,
      words: [
        "我问谁", "我找谁", "问我干嘛", "问我有什么用", "要我怎么样", "要我们怎么样", "想让我怎么样",
        "要我怎样", "用你说", "用您说", "用得着你", "用得着您", "跟您有关系吗", "关您什么事",
        "关您啥事", "关你什么事", "关你啥事", "能咋办", "还能咋样", "又能咋样", "那又咋样", "那又咋了",
        "说得过去吗", "像话吗", "像话么", "讲不讲道理", "讲不讲理",
      ]),
    RhetoricalPattern(
      shape: .denial, words: ["可能吗", "可能么"], notBefore: ["有", "是否", "有没有"]),
    RhetoricalPattern(
      shape: .dismissive, words: ["算什么", "算啥", "合理吗", "公平吗", "算哪门子"],
      needBefore: ["这", "那"],
      ending: .questionMark),
    RhetoricalPattern(shape: .dismissive, words: ["犯不上"], ending: .tagged),
    // 能不贵吗 (not 能不用充电器吗 or 会不舒服吗, which ask whether one can do without, or whether
    // it will be uncomfortable).
    RhetoricalPattern(
      shape: .negatedQuestion, words: ["能不"],
      notNext: [
        "能", "会", "用", "重新", "要", "放", "带", "加", "开", "去", "走", "寄", "发", "退", "换", "填",
        "买", "交", "付", "打", "穿", "吃", "装",
      ],
      ending: .maParticle),
    RhetoricalPattern(
      shape: .negatedQuestion, words: ["会不"],
      notNext: ["会", "舒服", "合适", "方便", "习惯", "喜欢", "满意", "清楚", "知道", "适应", "够"],
      notInClause: ["您", "你"], ending: .maParticle),
    // 进口的能不贵？ — 能不 + a quality, with ？ instead of 吗 (not 能不用充电器吗, 能不重新发).
    RhetoricalPattern(
      shape: .negatedQuestion, words: ["能不"],
      next: [
        "贵", "甜", "香", "好吃", "好看", "好用", "暖和", "舒服", "结实", "耐用", "新鲜", "便宜", "软",
        "保暖", "划算", "值", "火", "抢手", "贵点", "重", "大", "快", "好",
      ],
      notNext: ["重新", "好意思", "好好", "快递", "大于"], ending: .questionMark),
    // 我们何尝不想早点发货 — "when have we not" meaning "we do".
    RhetoricalPattern(shape: .denial, words: ["何尝", "何曾"]),
    RhetoricalPattern(
      shape: .negatedQuestion, words: ["还不"],
      notNext: ["能", "可以", "行", "太", "到", "会用", "确定", "想", "需要", "方便"],
      ending: .maParticle),
    RhetoricalPattern(
      shape: .negatedQuestion, words: ["不就"], notBefore: ["要", "再", "要么", "否则"],
      ending: .doneAlready),
    RhetoricalPattern(
      shape: .negatedQuestion,
      words: [
        "不是说过", "不是说了", "不是讲过", "不是讲了", "不是告诉过", "不是告诉您", "不是告诉你",
        "不是跟您说", "不是跟你说", "不是和您说", "不是提醒", "不是写了", "不是写着", "不是标了",
        "不是标着", "不是注明",
      ],
      notNext: ["错"]),
    RhetoricalPattern(
      shape: .negatedQuestion, words: ["还不是"],
      next: ["因为", "为了", "一样", "要", "得", "照样", "你", "您", "自己"]),

    // 怎么不早说？ 为什么不问清楚 凭什么 干嘛非要退 何必呢
    RhetoricalPattern(
      shape: .blame,
      words: [
        "怎么不", "怎么没", "怎么没有", "为什么不", "为什么没", "为什么没有",
        "为啥不", "为啥没", "为何不", "咋不", "咋没",
      ],
      next: blamedVerbs),
    RhetoricalPattern(shape: .blame, words: ["凭什么", "凭啥", "何必", "何苦", "何须", "何不", "何至于"]),
    RhetoricalPattern(
      shape: .blame,
      words: ["干嘛", "干吗", "干么", "干啥", "干什么", "图什么", "图啥", "图个啥", "图个什么"],
      notNext: ["用", "的", "工作"], notInClause: ["请问"]),
    RhetoricalPattern(
      shape: .blame, words: ["怎么还", "怎么又", "咋还", "咋又"],
      next: [
        "问", "不明白", "不懂", "不信", "不相信", "不放心", "不满意", "在问", "要问", "来问",
        "说", "嫌", "催", "闹", "不理解", "是这个问题", "纠结",
      ]),
    RhetoricalPattern(
      shape: .blame,
      words: [
        "你怎么这么", "您怎么这么", "你们怎么这么", "你怎么那么", "您怎么那么", "你怎么老",
        "您怎么老", "你怎么总", "您怎么总", "你咋这么", "您咋这么", "你咋那么", "您咋那么", "你咋老",
        "您咋老", "你咋总", "您咋总",
      ]),
    RhetoricalPattern(
      shape: .blame,
      words: ["怎么就您", "怎么就你", "怎么偏偏", "怎么光您", "怎么只有您", "怎么就只有您"]),
    // 别人收到都是好的，就您的有问题？
    RhetoricalPattern(
      shape: .blame, words: ["就您", "就你", "偏偏您", "偏偏你", "只有您", "只有你", "光您", "光你"],
      ending: .questionMark,
      needInSentence: [
        "别人", "人家", "其他人", "大家", "别的买家", "其他买家", "这么多人", "那么多人", "好多人",
        "很多人", "人人", "都说好", "都没问题", "都好好的", "别的顾客", "其他顾客", "别的亲", "其他亲",
      ]),
    RhetoricalPattern(
      shape: .blame, words: ["好意思吗", "好意思么", "好意思说", "好意思问"],
      notBefore: ["不"]),
    RhetoricalPattern(
      shape: .blame, words: ["怪我", "怪我们", "怪谁", "赖我", "赖我们", "怪商家", "怪卖家"],
      notBefore: ["不"], ending: .question),

    // 哪有色差？ 哪来的假货 （哪里…了 is judged in code: 哪里贵了？）
    RhetoricalPattern(
      shape: .disputing,
      words: [
        "哪有", "哪来的", "哪儿来的", "哪里来的", "何来", "哪来那么", "哪来这么", "哪来什么",
        "哪儿来那么", "哪儿来这么", "哪里来那么", "哪里来这么", "哪儿有什么", "哪里有什么",
      ],
      notBefore: ["不管", "无论", "不论"]),
    RhetoricalPattern(
      shape: .disputing, words: ["哪里有", "哪儿有"], next: ["这么", "那么", "什么"]),

    // 谁说不能退的？ 谁让您不选顺丰 我怎么知道
    RhetoricalPattern(
      shape: .talkingBack,
      words: [
        "谁说", "谁告诉", "谁让", "谁叫", "谁规定", "谁知道", "谁不", "谁敢", "谁还",
      ],
      notBefore: ["不管", "无论", "不论", "随便", "任"], notInClause: ["请问"]),
    // 谁没遇到过快递慢 / 谁还没踩过坑 — "who has not" meaning "everyone has".
    RhetoricalPattern(
      shape: .talkingBack, words: ["谁没", "谁还没", "谁家没"],
      notBefore: ["不管", "无论", "不论", "随便", "任"], notInClause: ["请问", "您", "你", "还有"],
      needAfter: ["过"]),
    // 谁跟您讲的包退？ 谁答应您送赠品了 — but 是哪位同事跟您说的呢？ asks who.
    RhetoricalPattern(
      shape: .talkingBack,
      words: [
        "谁跟您说", "谁跟你说", "谁和您说", "谁和你说", "谁给您说", "谁给你说", "谁跟您讲",
        "谁跟你讲", "谁和您讲", "谁和你讲", "谁答应", "谁承诺", "谁同意", "谁保证",
      ],
      notBefore: ["是", "不管", "无论", "不论", "随便", "任"], notInClause: ["请问", "哪位"]),
    RhetoricalPattern(
      shape: .talkingBack, words: ["谁能", "谁会"],
      next: ["想到", "保证", "料到", "知道", "想得到", "不", "嫌", "骗", "故意"],
      notBefore: ["不管", "无论", "不论", "随便", "任"]),
    RhetoricalPattern(
      shape: .talkingBack, words: ["谁的问题", "谁的责任", "谁的错", "谁的原因"], ending: .question),
    RhetoricalPattern(
      shape: .talkingBack,
      words: [
        "我怎么知道", "我们怎么知道", "我怎么会知道", "我们怎么会知道", "我们咋知道", "我哪知道", "我哪儿知道", "我哪里知道", "我咋知道", "鬼知道",
        "天知道",
        "关我什么事", "关我们什么事", "关我啥事", "关我们啥事", "跟我有什么关系", "跟我们有什么关系",
        "跟我有啥关系", "跟我们有啥关系", "和我有什么关系", "和我们有什么关系", "和我有啥关系",
        "什么叫", "啥叫", "你什么意思", "您什么意思", "你啥意思", "您啥意思", "这话什么意思",
        "这话啥意思", "这是什么意思啊", "这是啥意思啊",
      ]),
    // 我们这边哪晓得… 客服哪知道… (not 本来以为…，哪知道下雪了, which narrates)
    RhetoricalPattern(
      shape: .talkingBack,
      words: [
        "哪知道", "哪晓得", "哪里知道", "哪儿知道", "哪里晓得", "哪儿晓得", "哪清楚", "哪管得",
        "哪控制得",
      ],
      notBefore: ["从", "在", "去", "到"],
      needBefore: ["我", "咱", "商家", "卖家", "店", "客服", "谁"],
      notInClause: ["以为", "本来", "原本", "本想", "谁知"]),
    RhetoricalPattern(
      shape: .talkingBack, words: ["你以为", "您以为", "你们以为"], ending: .question),

    // 有必要吗？ 至于吗 用得着这么生气吗 有这么夸张吗
    RhetoricalPattern(
      shape: .dismissive, words: ["有必要", "有这个必要", "有那个必要"],
      next: ["吗", "么", "嘛", "这么", "那么", "为"]),
    RhetoricalPattern(shape: .dismissive, words: ["还嫌"], ending: .questionMark),
    RhetoricalPattern(
      shape: .dismissive, words: ["也值得", "还值得", "也至于", "也犯得着"], ending: .question),
    RhetoricalPattern(shape: .dismissive, words: ["至于"], ending: .maParticle),
    RhetoricalPattern(shape: .dismissive, words: ["不至于吧", "犯得着", "用得着"], ending: .anything),
    RhetoricalPattern(shape: .dismissive, words: ["犯不着", "用不着", "没必要"], ending: .tagged),
    RhetoricalPattern(
      shape: .dismissive,
      words: [
        "还叫", "也叫", "也算", "还算", "也能算", "也能叫", "还能算", "还能叫", "都能算", "都能叫",
        "也可以算", "也配叫", "也称得上",
      ],
      notNext: ["在", "进", "入"], needBefore: ["这", "那"], ending: .questionMark),
    // 这能算质量问题吗？ 这能叫贵？ (not 这个能算在满减里吗)
    RhetoricalPattern(
      shape: .dismissive, words: ["能算", "能叫", "算得上", "称得上", "谈得上"],
      notNext: ["在", "进", "入", "作", "是"], needBefore: ["这", "那"],
      notInClause: ["请问", "是否", "会不会"],
      needAfter: [
        "问题", "质量", "瑕疵", "破损", "贵", "色差", "毛病", "大事", "缺陷", "假", "坑", "骗",
      ],
      ending: .questionMark),
    // 这价还贵？ 都打五折了还嫌贵
    RhetoricalPattern(
      shape: .dismissive, words: ["还贵", "还算贵", "还叫贵", "还不便宜"],
      needBefore: ["这", "那", "都", "价", "了"], notInClause: ["请问", "会不会", "是不是"],
      ending: .questionMark, notInReply: ["不贵", "不会贵", "不算贵"]),
    RhetoricalPattern(
      shape: .dismissive, words: ["白送", "白给", "倒贴", "还少吗", "还少么", "还不多吗"],
      ending: .maParticle),
    RhetoricalPattern(shape: .dismissive, words: ["有这样", "有那样"], ending: .maParticle),
    RhetoricalPattern(
      shape: .dismissive, words: ["有这么", "有那么"], notBefore: ["没", "没有", "还"],
      ending: .maParticle),
    RhetoricalPattern(
      shape: .dismissive, words: ["有你这样", "有您这样", "有你这么", "有您这么"], ending: .question),

    // 还用问吗？ 要我说几遍 说了多少次了 还能怎么样 那又怎样 不然呢 你说呢
    RhetoricalPattern(
      shape: .impatience, words: ["还用", "那还用", "这还用"],
      next: [
        "说", "问", "讲", "解释", "想", "怀疑", "担心", "犹豫", "考虑", "我说", "我讲", "我教",
        "得着",
      ]),
    RhetoricalPattern(
      shape: .impatience, words: ["还需要", "还要", "还得"],
      next: [
        "说", "问", "讲", "解释", "强调", "重复", "我说", "我讲", "我解释", "我重复", "我教",
        "我告诉",
      ],
      ending: .questionMark),
    RhetoricalPattern(
      shape: .impatience,
      words: [
        "说了几", "说了多少", "说过几", "说过多少", "讲了几", "讲了多少", "讲过几", "讲过多少",
        "说几遍", "说几次", "讲几遍", "解释几遍", "解释多少", "重复几遍", "重复多少", "告诉您几",
        "告诉你几", "告诉您多少", "告诉你多少",
      ]),
    RhetoricalPattern(
      shape: .impatience,
      words: [
        "还能怎么样", "还能怎样", "还想怎么样", "还想怎样", "还要怎么样", "还要怎样", "能怎么办",
        "又能怎样", "又能怎么样", "又能怎么办", "那又怎样", "那又怎么样", "又怎么了", "那又如何",
        "要什么自行车", "早干嘛去了", "懂不懂", "明不明白", "会不会看", "有完没完",
        "您想怎么样", "你想怎么样", "还能咋地", "还能咋样", "还能咋办", "又能咋地", "又能咋样",
        "又能咋办", "能咋地", "还想咋地", "还想咋样", "那又咋地", "那又咋样", "还能怎么办", "你懂吗", "您懂吗", "你明白吗", "你知道吗", "吃干饭",
        "这还要问", "那还要问", "这还需要问", "这还用得着问", "这还要说", "那还要说",
      ]),
    // 您能不能看完说明再说？ 能不能别老催？ (not 能不能麻烦您发一下订单号, a request)
    RhetoricalPattern(
      shape: .impatience, words: ["能不能", "可不可以", "能否", "可以不可以"],
      notInClause: [
        "麻烦", "请", "帮", "我们", "我来", "给您", "再说一", "再说下", "再说说", "再说明",
      ],
      needAfter: [
        "再说", "再来问", "再来找", "再来说", "自己先", "自己看", "自己查", "自己量", "自己算", "别老", "别总", "别再", "别一直", "别催",
        "不要老", "不要总",
        "不要再", "不要一直", "不要催", "好好", "认真点", "仔细点", "看清楚", "搞清楚", "弄清楚",
        "想清楚", "想好再", "看完再", "讲点道理", "讲道理", "讲理", "讲讲道理",
      ]),
    // 那您说怎么办嘛 (not 您说怎么办都行 or 您说怎么办比较好呢)
    RhetoricalPattern(
      shape: .impatience,
      words: [
        "您说怎么办", "你说怎么办", "您说该怎么办", "你说该怎么办", "您说能怎么办", "你说能怎么办",
        "您说我能怎么办", "你说我能怎么办", "您说我们能怎么办", "你说我们能怎么办", "你让我怎么办",
        "您让我怎么办",
      ],
      notNext: ["比较", "合适", "都", "就", "我们就", "更", "好", "才"], ending: .question,
      notInReply: ["帮您", "给您退", "给您换", "给您补", "或者", "还是"]),
    // 我们像是那种人吗？ 图您什么呢？ 快递的事我们能做主吗？
    RhetoricalPattern(
      shape: .denial, words: ["像是那种", "像那种", "像是骗", "像骗", "像是坑", "像坑"],
      ending: .maParticle),
    RhetoricalPattern(
      shape: .denial, words: ["图您什么", "图你什么", "图您啥", "图你啥", "图您点什么", "图你点什么"]),
    RhetoricalPattern(
      shape: .denial,
      words: ["能做主", "能决定", "能控制", "能左右", "管得住", "能管得", "说了算"],
      needBefore: ["我", "咱"], ending: .maParticle),
    // 我们怎么能保证快递不丢？ (not 我们怎么能帮到您呢)
    RhetoricalPattern(
      shape: .denial, words: ["我怎么能", "我们怎么能", "我又怎么能", "我们又怎么能"],
      notNext: ["帮", "为", "让您", "让你", "更", "联系", "找到", "提供", "做得更", "改进"],
      ending: .question),
    // 这很难理解吗？ 有那么难懂吗
    RhetoricalPattern(
      shape: .dismissive, words: ["难理解", "难懂", "很难吗", "很复杂吗", "那么难", "这么难"],
      needBefore: ["这", "那", "有"], notInClause: ["请问", "会不会", "是不是"],
      ending: .maParticle, notInReply: ["不难", "很简单"]),
    // 您觉得这个价还能买到更好的吗？
    RhetoricalPattern(
      shape: .dismissive, words: ["还能买到", "还能找到", "能买到更", "能找到更", "还买得到"],
      notInClause: ["请问"], needAfter: ["更", "这么", "这样", "比这"], ending: .maParticle),
    // 说了没货就是没货，听不懂吗？ (not 哪里看不懂吗？我给您发视频)
    RhetoricalPattern(
      shape: .didNotRead,
      words: ["听不懂吗", "看不懂吗", "听不明白吗", "看不明白吗", "听不懂么", "看不懂么"],
      notInClause: ["哪", "是", "什么", "请问", "如果", "有", "还有"],
      notInReply: ["帮您", "给您发", "教您", "我给您", "我来"]),
    // 现在才说，让我们怎么开？
    RhetoricalPattern(
      shape: .impatience,
      words: ["让我怎么", "让我们怎么", "叫我怎么", "叫我们怎么", "要我怎么", "要我们怎么"],
      notNext: ["帮", "为", "处理", "配合", "称呼", "联系"]),
    // 您当我们是菜市场吗？ 您不会连订单都找不到吧？ 您仔细找过了吗？
    RhetoricalPattern(
      shape: .talkingBack, words: ["当我们是", "把我们当", "当我是", "把我当", "拿我们当", "拿我当"],
      ending: .tagged),
    RhetoricalPattern(
      shape: .didNotRead, words: ["连"], notNext: ["续", "衣", "锁", "接", "帽", "线", "忙"],
      needAfter: ["都不", "都没", "也不", "也没", "都找不", "都看不", "都分不", "都搞不"],
      ending: .tagged),
    RhetoricalPattern(
      shape: .didNotRead,
      words: ["仔细找", "仔细看", "认真看", "认真找", "好好找", "好好看", "仔细检查", "仔细读", "仔细查"],
      needBefore: second, needAfter: ["过", "了吗"], ending: .maParticle),
    RhetoricalPattern(
      shape: .blame, words: ["就怪", "就赖", "就说是", "就认定", "就断定", "就觉得是"],
      ending: .questionMark),
    RhetoricalPattern(
      shape: .blame, words: ["干嘛的", "干什么的", "干啥的"],
      notInClause: ["买", "用", "拿", "要", "请问", "您", "你"], ending: .questionMark),
    RhetoricalPattern(
      shape: .impatience,
      words: [
        "您明白吗", "您懂了吗", "明白了吗", "懂了吗", "听明白了吗", "听懂了吗", "看明白了吗",
        "看懂了吗", "还要怎么", "还想怎么", "还能怎么", "证据呢", "凭据呢", "证据在哪",
      ],
      notNext: ["帮", "为", "服务", "样帮", "处理"]),
    RhetoricalPattern(
      shape: .dismissive, words: ["有用吗", "有用么", "有用吧"],
      needBefore: ["催", "急", "闹", "吵", "骂", "投诉", "生气", "差评", "说"]),
    // 您下单前没算过吗？ 您不看评价的吗？
    RhetoricalPattern(
      shape: .blame,
      words: [
        "下单前", "下单之前", "拍之前", "拍下前", "买之前", "购买前", "付款前", "拍的时候", "买的时候",
        "下单的时候",
      ],
      notInClause: ["是不是", "会不会", "可能", "请问", "是否"], needAfter: ["没", "不"],
      ending: .questionMark),
    // 您不瞧瞧自己选的颜色？ (not 您不看看这款白色的吗, which offers)
    RhetoricalPattern(
      shape: .didNotRead,
      words: [
        "不看看", "不瞧瞧", "不想想", "不查查", "不问问", "不量量", "不先看看", "不自己看看",
        "不好好看看", "不仔细看看",
      ],
      needBefore: second,
      notInClause: [
        "别的", "其他", "其它", "新款", "同款", "这款", "那款", "我们家", "活动", "优惠", "推荐",
        "搭配", "要不要", "考虑",
      ],
      ending: .questionMark),
    RhetoricalPattern(
      shape: .didNotRead, words: ["不看", "不问", "不查", "不读", "不量", "不想想"],
      notNext: ["看", "一下", "了"], needBefore: second + ["都"], ending: .maParticle),
    // 我们能管得了吗？ 上哪儿买得到？ 有哪个商家愿意…？
    RhetoricalPattern(
      shape: .denial,
      words: ["管得了", "管得着", "控制得了", "决定得了", "做得了主", "左右得了"],
      ending: .questionMark),
    RhetoricalPattern(
      shape: .denial,
      words: [
        "上哪儿", "上哪里", "上哪去", "上哪找", "上哪买", "去哪儿找", "去哪找", "去哪里找", "去哪买",
        "去哪儿买", "去哪里买", "到哪找", "到哪儿找", "到哪里找", "到哪买", "到哪儿买", "到哪里买",
        "哪里找得到", "哪儿找得到", "哪找得到", "哪买得到", "哪儿买得到", "哪里买得到", "哪里还有这",
        "哪儿还有这", "哪还有这", "哪里还能买到", "哪儿还能买到", "哪还能买到", "有哪个", "有哪家",
        "有谁会", "有谁愿意", "有哪位",
      ],
      notInClause: ["请问"], ending: .questionMark),
    RhetoricalPattern(
      shape: .talkingBack, words: ["哪个"],
      needAfter: ["跟您说", "跟你说", "和您说", "说过", "答应", "告诉您", "告诉你", "承诺"],
      ending: .questionMark),
    // 您看了没有？ 看没看详情？
    RhetoricalPattern(
      shape: .didNotRead,
      words: ["看了没", "看过没", "看没看", "读了没", "看到没", "看见没", "看没看到", "注意到没"],
      needBefore: second + ["到底", "究竟"]),
    RhetoricalPattern(
      shape: .impatience, words: ["不然呢", "所以呢", "那又怎样", "你说呢", "你觉得呢"],
      notInClause: ["请问"]),
    RhetoricalPattern(
      shape: .impatience, words: ["您说呢", "您觉得呢", "你说是不是", "您说是不是"],
      ending: .standalone, afterComplaint: true),
    // 您说呢？正品肯定贵啊 — followed by an assertion it needs no complaint to be a retort.
    RhetoricalPattern(
      shape: .impatience, words: ["您说呢", "您说是不是", "你说是不是", "您说对不对", "你说对不对"],
      ending: .standalone, needLater: assertedAfter + ["肯定", "就是"]),
    RhetoricalPattern(
      shape: .impatience, words: ["您觉得呢", "您看呢"], ending: .standalone,
      needLater: assertedAfter),
    // 用不用我念给您听？ — sarcasm dressed as an offer (not 要不要我把地址念给您听一下).
    RhetoricalPattern(
      shape: .impatience,
      words: ["我念给您听", "我念给你听", "我读给您听", "我读给你听", "我一个字一个字"],
      needBefore: ["用不用", "要不要", "需不需要", "需要", "用"]),
    // 能有什么问题，放心用就是了 / 新买的会有什么毛病 (not 会有什么影响吗？, 万一有什么问题…)
    RhetoricalPattern(
      shape: .denial, words: ["能有什么", "能有啥", "能出什么", "能出啥"], next: deniedTroubles,
      notInClause: openTroubleQuestions),
    // 会有… may also be a question the seller asks and answers: 会有什么影响呢？其实不影响使用.
    RhetoricalPattern(
      shape: .denial, words: ["会有什么", "会有啥", "会出什么", "会出啥"], next: deniedTroubles,
      notInClause: openTroubleQuestions,
      notInReply: ["其实", "不影响", "不会的", "一般", "答案", "主要是", "原因"]),
    RhetoricalPattern(
      shape: .impatience,
      words: [
        "发什么火", "生什么气", "着什么急", "闹什么脾气", "发什么脾气", "较什么真", "嚷什么",
        "急什么", "急啥", "怕什么", "怕啥", "慌什么", "催什么", "吵什么", "闹什么", "嫌什么",
        "计较什么", "纠结什么", "犹豫什么", "着急什么", "还担心什么", "还怕什么", "还怀疑什么",
        "还嫌什么", "还想要什么", "还要求什么", "还指望什么", "还奢望什么", "还图什么", "慌啥", "催啥",
        "吵啥", "闹啥", "嫌啥", "计较啥", "纠结啥", "犹豫啥", "着啥急", "生啥气", "发啥火", "还担心啥",
        "还怕啥", "还怀疑啥", "还嫌啥", "还想要啥", "还指望啥", "还图啥",
      ],
      notBefore: ["不用", "别"]),
    RhetoricalPattern(
      shape: .impatience, words: ["你确定", "您确定"], ending: .questionMark, afterComplaint: true),
    // 这下满意了吧？ 还问？ 差几块钱也计较？
    RhetoricalPattern(
      shape: .impatience,
      words: ["满意了吧", "行了吧", "够了吧", "总该明白", "总该懂", "该明白了吧", "该懂了吧", "总行了吧"],
      ending: .question),
    RhetoricalPattern(
      shape: .impatience, words: ["还问", "又问", "还要问", "还说", "还挑", "还计较", "也计较", "还较真"],
      ending: .questionMark),
    RhetoricalPattern(
      shape: .impatience,
      words: [
        "第一次网购", "第一次上网买", "第一天网购", "头一回网购", "头一次网购", "没网购过", "没长眼",
        "眼睛在哪", "眼睛长哪", "眼睛呢", "有意思吗", "有意思么", "有意义吗",
        "真的假的",
      ]),
    RhetoricalPattern(
      shape: .denial, words: ["不是吧"], notBefore: ["应该", "一般", "肯定", "也", "应该也"]),
    RhetoricalPattern(
      shape: .blame, words: ["能怪", "可以怪", "怪得了", "怪得着", "赖得着"], ending: .question),
  ]
}
