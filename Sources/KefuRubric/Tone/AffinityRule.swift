import KefuScenario

/// 亲和力: replies should sound warm — 您 rather than 你, soft particles (哦、呢、哈、嗯嗯、呀、啦),
/// 亲, thanks, emoticons. Two things trigger a finding: addressing the buyer as 你, and a reply
/// with no warm word at all (a bare 「好的。」「有。」「没有」 is the worst case: curt).
public struct AffinityRule: Rule {
  public init() {}

  // MARK: Data

  static let warm = Lexicon("affinity-warm")
  static let youSpared = Lexicon("affinity-you-spared")
  /// The character that addresses the buyer too casually (a 字类 of affinity.words).
  static let casualYou = ScalarSet(named: "casual-you")
  /// What `judge` reads, in one static: each `static let` read is a `swift_once` call.
  private static let judged = (youSpared: youSpared, casualYou: casualYou, warm: warm)

  // MARK: Description

  public var description: RuleDescription {
    RuleDescription(
      id: "affinity", name: "亲和力",
      explanation: """
        网上聊天看不到表情、听不到语气，干巴巴的文字很容易让买家觉得冷淡。称呼买家用「您」不用「你」，\
        多说「您」少说「我」；句尾加上「哦」「呢」「哈」「呀」「嗯嗯」这样的语气词，开头叫一声「亲」，\
        再配一个友好的表情，买家会觉得被热情接待；说到买家的家人时称「叔叔」「阿姨」、送上祝福，也是亲切的。两种情况会被指出：用「你」称呼买家；整条回复没有一个亲切的字眼\
        （像「好的。」「有。」「没有」这样只有一两个字的回复最生硬；只回一个「哦」「嗯嗯」，语气词再软也是敷衍）。
        """,
      triggers: [
        RuleExample("好的。", mark: "好的。"),
        RuleExample("嗯嗯", mark: "嗯嗯"),
        RuleExample("哦", mark: "哦"),
        RuleExample("有。", mark: "有。"),
        RuleExample("没有", mark: "没有"),
        RuleExample("嗯", mark: "嗯"),
        RuleExample("你要什么颜色", mark: "你"),
        RuleExample("你先拍下，我改价", mark: "你"),
        RuleExample("现货，今天发。", mark: "现货，今天发。"),
        RuleExample("不行", mark: "不行"),
        RuleExample("给他戴大号的，镜腿长不夹脸", mark: "给他戴大号的，镜腿长不夹脸"),
      ],
      passes: [
        RuleExample("好的呢！"),
        RuleExample("😊"),
        RuleExample("亲，有的哦～"),
        RuleExample("嗯嗯，今天就能发出"),
        RuleExample("您好，欢迎光临"),
        RuleExample("这款是现货呢，放心拍"),
        RuleExample("好的，谢谢您"),
        RuleExample("你好呀，欢迎光临～"),
        RuleExample("收到😊马上安排"),
        // The buyer's family named kindly (叔叔, 阿姨) and wished well: warm too.
        RuleExample("给叔叔戴大号的，镜腿长不夹脸"),
        RuleExample("退款原路返回，一到三天到账，祝阿姨生日快乐"),
        RuleExample(""),
      ],
      tip: "让语气亲切些{where}：称呼用「您」，句尾加「哦」「呢」，别只回一两个字。", tipOrder: 100,
      cost: 2, patienceCost: 0,
      summary: "用「您」不用「你」，多用语气词，别只回冷冰冰的一两个字", settingKeys: ["curt_reply_max_chars"])
  }

  static let bareParticles = ScalarSet(named: "bare-particles")

  // MARK: Judging

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    let scalars = reply.scalars
    guard !scalars.isEmpty else { return }
    let (youSpared, casualYou, warm) = AffinityRule.judged
    // 你 addressing the buyer.
    let spared = reply.hits(youSpared)
    for (i, s) in scalars.enumerated() where casualYou.contains(s) {
      if spared.contains(where: { $0.start <= i && $0.end > i }) { continue }
      judgement.findings.append(
        reply.finding(
          "affinity", i, i + 1, "称呼买家用「你」显得生分",
          suggestion: "把「你」换成「您」，例如「您要什么颜色呢？」"))
      break
    }
    // 哦 / 嗯嗯 alone: a warm particle with nothing said, the curtest reply of all.
    let particles = AffinityRule.bareParticles
    let onlyParticles =
      scalars.contains(where: particles.contains)
      && !scalars.contains { ScalarText.isContent($0) && !particles.contains($0) }
    guard onlyParticles || !reply.contains(warm) else { return }
    // (Counted only as far as the limit: the count decides nothing beyond it.)
    var content = 0
    for s in scalars where ScalarText.isContent(s) {
      content += 1
      if content > settings.curtReplyMaxChars { break }
    }
    if onlyParticles {
      judgement.findings.append(
        reply.wholeFinding(
          "affinity", "只回了个语气词，什么也没说，买家会觉得被敷衍",
          suggestion: "把意思说出来，如「好的亲，已经帮您记下了哦～」"))
    } else if content <= settings.curtReplyMaxChars {
      judgement.findings.append(
        reply.wholeFinding(
          "affinity", "回复只有短短几个字，又没有语气词，买家会觉得被敷衍",
          suggestion: "多说半句，加上称呼和语气词，如「好的亲，马上为您安排哦～」"))
    } else {
      judgement.findings.append(
        reply.wholeFinding(
          "affinity", "整条回复没有一个亲切的字眼，读起来冷冰冰的",
          suggestion: "开头叫一声「亲」，称呼用「您」，句尾加「哦」「呢」之类的语气词"))
    }
  }
}
