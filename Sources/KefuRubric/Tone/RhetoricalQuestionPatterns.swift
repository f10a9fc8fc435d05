/// The shapes of 反问句 that `rhetorical_question` knows, as data a teacher can read and extend.
///
/// Each pattern is an anchor word (several spellings allowed) plus a few conditions: what must or
/// must not stand right after or before it, and how its clause must end. The detector splits a
/// reply into sentences (at ？！。；… and line breaks) and clauses (at ，、：and spaces) and looks
/// for the anchors in each clause; quoted text (「」“”《》【】) is skipped, so a product name such as
/// 《难道不香》 is never judged.
///
/// The shapes themselves are data: the 句式 of `Words/rhetorical_question.words`, in a small
/// pattern language documented there and in docs/rubric.md. To add a shape: add a 句式 block,
/// then a triggering and a passing example to the rule's examples.

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
      return "用否定词反问（不是…吗、不就…嘛），表面在问，实际在说「这还用问」，买家会觉得被指责"
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
      return "亲，我们的商品都有保障，您有什么顾虑跟我说，我给您详细说明"
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

/// The lexicon: the standard words' lists, read where the detector is built
/// (`RhetoricalQuestionDetector.init()`); nothing is kept process-wide.
enum RhetoricalPatterns {
  static var blamedVerbs: [String] { WordBook.standard.words("blamed-verbs") }

  static var readingVerbs: [String] { WordBook.standard.words("reading-verbs") }

  static var disputedJudgements: [String] { WordBook.standard.words("disputed-judgements") }

  static var conditionalWords: [String] { WordBook.standard.words("conditional-words") }

  static var conditionClose: [String] { WordBook.standard.words("condition-close") }

  static var politeEndings: [String] { WordBook.standard.words("polite-endings") }

  static var complaintWords: [String] { WordBook.standard.words("complaint-words") }

  static var second: [String] { WordBook.standard.words("second") }

  static var incredulous: [String] { WordBook.standard.words("incredulous") }
  static var incredulousAlso: [String] { WordBook.standard.words("incredulous-also") }
  static var trivialisingLeads: [String] { WordBook.standard.words("trivialising-leads") }
  static var offeredNext: [String] { WordBook.standard.words("offered-next") }

  static var stillAfterWhich: [String] { WordBook.standard.words("still-after-which") }
  static var againVerbs: [String] { WordBook.standard.words("again-verbs") }
  static var concessions: [String] { WordBook.standard.words("concessions") }

  static var questionWords: [String] { WordBook.standard.words("question-words") }

  static var trivialisedThings: [String] { WordBook.standard.words("trivialised-things") }

  static var pointlessThings: [String] { WordBook.standard.words("pointless-things") }

  static var assertionWords: [String] { WordBook.standard.words("assertion-words") }

  static var genuineOpenings: [String] { WordBook.standard.words("genuine-openings") }

  static var tellingVerbs: [String] { WordBook.standard.words("telling-verbs") }
  static var repeatCounts: [String] { WordBook.standard.words("repeat-counts") }

  static var checkOffers: [String] { WordBook.standard.words("check-offers") }

  static var movedVerbs: [String] { WordBook.standard.words("moved-verbs") }

  static var proposals: [String] { WordBook.standard.words("proposals") }

  static var tryOffers: [String] { WordBook.standard.words("try-offers") }

  static var helpOffers: [String] { WordBook.standard.words("help-offers") }

  static var fixOffers: [String] { WordBook.standard.words("fix-offers") }

  static var pressingDegrees: [String] { WordBook.standard.words("pressing-degrees") }
  static var pressedFacts: [String] { WordBook.standard.words("pressed-facts") }
  static var recallWords: [String] { WordBook.standard.words("recall-words") }
  static var recallBenefits: [String] { WordBook.standard.words("recall-benefits") }

  static var deniedTroubles: [String] { WordBook.standard.words("denied-troubles") }
  static var openTroubleQuestions: [String] { WordBook.standard.words("open-trouble-questions") }

  static var assertedAfter: [String] { WordBook.standard.words("asserted-after") }

  static var investigations: [String] { WordBook.standard.words("investigations") }

  static var universalWhich: [String] { WordBook.standard.words("universal-which") }
  static var whichOnes: [String] { WordBook.standard.words("which-ones") }
  static var priceLeads: [String] { WordBook.standard.words("price-leads") }

  /// Every pattern, roughly from the strongest cue to the weakest: the 句式 of
  /// rhetorical_question.words, in the file's order. The first one that fits a sentence is
  /// reported. Built anew at each call (a detector keeps its own; see
  /// `RhetoricalQuestionDetector.init`).
  static func all() -> [RhetoricalPattern] {
    WordBook.standard.families.filter { $0.kind == .pattern }
      .map { family in
        do {
          return try RhetoricalPattern(family, book: .standard)
        } catch {
          preconditionFailure("rhetorical_question.words [\(family.name)]: \(error)")
        }
      }
  }
}

extension RhetoricalShape {
  /// The shape's name in the words file (类型：…).
  var chineseName: String {
    switch self {
    case .nandao: return "难道"
    case .negatedQuestion: return "否定加吗"
    case .didNotRead: return "怪买家没看"
    case .blame: return "责怪"
    case .denial: return "否认"
    case .disputing: return "反驳"
    case .talkingBack: return "顶撞"
    case .dismissive: return "不当回事"
    case .impatience: return "不耐烦"
    }
  }
}

extension RhetoricalEnding: CaseIterable {
  /// The ending's name in the words file (结尾：…).
  var chineseName: String {
    switch self {
    case .anything: return "不限"
    case .maParticle: return "吗"
    case .question: return "问句"
    case .questionMark: return "问号"
    case .doneAlready: return "就行了"
    case .standalone: return "单独成句"
    case .tagged: return "带吧"
    }
  }
}

/// A 句式 that cannot be read: what is wrong, Chinese.
struct PatternError: Error, CustomStringConvertible {
  var description: String
}

extension RhetoricalPattern {
  /// A shape from its 句式 in a words file.
  init(_ family: WordFamily, book: WordBook) throws {
    let one = { (key: String) -> String? in
      let words = family.field(key, in: book)
      return words.isEmpty ? nil : words[0]
    }
    guard let shapeName = one("类型"),
      let shape = RhetoricalShape.allCases.first(where: { $0.chineseName == shapeName })
    else {
      throw PatternError(
        description: "「类型」要写其中之一："
          + RhetoricalShape.allCases.map(\.chineseName).joined(separator: "、"))
    }
    self.init(shape: shape, words: family.field("词", in: book))
    guard !words.isEmpty else { throw PatternError(description: "句式没有「词」") }
    next = family.field("后面接", in: book)
    notNext = family.field("后面不接", in: book)
    notBefore = family.field("前面不是", in: book)
    needBefore = family.field("前面要有", in: book)
    notInClause = family.field("分句里没有", in: book)
    needAfter = family.field("后面要有", in: book)
    if let name = one("结尾") {
      guard let ending = RhetoricalEnding.allCases.first(where: { $0.chineseName == name }) else {
        throw PatternError(
          description: "「结尾」要写其中之一："
            + RhetoricalEnding.allCases.map(\.chineseName).joined(separator: "、"))
      }
      self.ending = ending
    }
    crossClause = one("可跨分句") == "是"
    afterComplaint = one("买家刚抱怨") == "是"
    notInReply = family.field("整条回复没有", in: book)
    needInSentence = family.field("句中要有", in: book)
    notInSentence = family.field("句中前面没有", in: book)
    needLater = family.field("后文要有", in: book)
  }
}
