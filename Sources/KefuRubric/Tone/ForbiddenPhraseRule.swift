import KefuScenario

/// 服务禁语: curt, blaming or dismissive phrases a shop does not let its service staff say.
/// Each phrase found is listed as written (`forbidden` in `check --jsonl`).
///
/// Polite look-alikes are spared: 「不知道您…」 as a lead-in to a question, 「如有不清楚的地方」,
/// and 没办法 / 不清楚 after an apology or a word of understanding in the same reply (理解您的心情:
/// a soft refusal, not a brush-off) or followed by the seller's own look-up (我帮您问一下).
public struct ForbiddenPhraseRule: Rule {
  public init() {}

  // MARK: Data

  static let banned = Lexicon("forbidden")
  static let spared = Lexicon("forbidden-spared")
  static let apology = Lexicon("forbidden-apology")
  static let followUp = Lexicon("forbidden-follow-up")
  /// How far (in scalars) after 不清楚 / 没办法 the seller's own look-up may start.
  static let followUpReach = 15
  static let softenable = WordBook.standard.set("softenable")
  /// Blunt but not dismissive (没办法, 不清楚): a reason beside them still meets the doubt.
  static let mildRefusal = WordBook.standard.set("mild-refusal")

  // MARK: Description

  public var description: RuleDescription {
    RuleDescription(
      id: "forbidden_phrase", name: "服务禁语",
      explanation: """
        客服代表店铺说话，生硬、推责、打发人的话一出口，买家就会觉得不被尊重，轻则流失，重则投诉、差评。\
        「不知道」「没办法」「你自己看」「爱买不买」「我们规定」「不可能」「你听不懂吗」这一类话都是服务禁语。\
        不清楚就说「我帮您查一下」，做不到就先道歉再说明原因、给出替代办法。\
        礼貌的说法不算：例如用「不知道您…」引出一个问题，先道歉、先体谅买家（理解您的心情）再说「实在没办法」，\
        或者说完「不清楚」马上说「我帮您问一下」。
        """,
      triggers: [
        RuleExample("不知道，你自己看详情页", mark: "不知道"),
        RuleExample("这个我也没办法", mark: "我也没办法"),
        RuleExample("爱买不买", mark: "爱买不买"),
        RuleExample("那是你的问题，跟我们没关系", mark: "那是你的问题"),
        // Blame put back on the buyer politely worded is still blame (您, not 你).
        RuleExample("鞋子响那是您自己穿的问题哦", mark: "自己穿的问题"),
        RuleExample("亲，这不是我们的问题呢", mark: "不是我们的问题"),
        RuleExample("我们规定不能改价", mark: "我们规定"),
        RuleExample("嫌贵那你去别家看看吧", mark: "去别家看看吧"),
        RuleExample("发什么快递我哪知道，等通知", mark: "我哪知道"),
        RuleExample("包邮？不可能的", mark: "不可能"),
        RuleExample("都说了没有货了，你听不懂吗", mark: "都说了"),
        RuleExample("不清楚，问快递去", mark: "不清楚"),
        RuleExample("我也不清楚，您自己问一下快递吧", mark: "也不清楚"),
        RuleExample("这个我们不清楚，您可以让快递客服帮您查一下", mark: "不清楚"),
        RuleExample("不归我管，你找售后", mark: "不归我管"),
        RuleExample("嫌贵就别买了", mark: "嫌贵就别买"),
        RuleExample("你到底买不买？", mark: "你到底买不买"),
        RuleExample("没办法，就这个价", mark: "没办法"),
        RuleExample("亲亲，我们这边规定是不能改地址的", mark: "这边规定"),
        RuleExample("这个我也不太清楚", mark: "不太清楚"),
        RuleExample("嫌贵您就去隔壁买吧", mark: "去隔壁买吧"),
        RuleExample("掉色这也不能怪我们啊", mark: "不能怪我们"),
        RuleExample("你先寄回来再说吧", mark: "寄回来再说吧"),
      ],
      passes: [
        RuleExample("这不是您的问题，是我们发错了，马上给您补发"),
        RuleExample("不知道您平时穿什么码呢？"),
        RuleExample("亲，不知道您是自己穿还是送人呀"),
        RuleExample("如有不清楚的地方，随时问我哦"),
        RuleExample("非常抱歉，这个价格实在没办法再低了，请您理解"),
        RuleExample("理解您的心情，这款已经是活动价了，实在没办法再便宜，不过内胆有五年质保"),
        RuleExample("这个我帮您问一下仓库，稍等哦"),
        RuleExample("亲，不用去别家比了，这已经是活动最低价哦"),
        RuleExample("亲，不用去隔壁比了，这款我们是厂家直供的价"),
        RuleExample("快递放在隔壁驿站了，您去隔壁驿站取一下就行"),
        RuleExample("亲，不用去隔壁买了，我们这款是厂家直供的"),
        RuleExample("电池没有配，您可以去隔壁买两节五号的装上"),
        RuleExample("亲不着急，东西收到再说吧，满意了再确认收货"),
        RuleExample("不是的亲，您自己没按错，是我们说明书没写清楚"),
        RuleExample("这款面料不可能起球的，您放心"),
        RuleExample("亲，您好，欢迎光临～"),
        RuleExample("关于物流，我马上帮您查清楚"),
        RuleExample("运输途中的事我这边不清楚，我帮您问一下快递公司，稍等哦"),
      ],
      tip: "别再说「{said}」这样的服务禁语{where}：{better}。", tipOrder: 10,
      cost: 10, patienceCost: 2, offendsBuyer: true,
      summary: "生硬、推责、打发人的服务禁语")
  }

  // MARK: Judging

  /// The banned phrases in a reply (normalised offsets), longest match kept, polite ones spared.
  static func matches(_ reply: Reply) -> [(start: Int, end: Int, phrase: String)] {
    let bannedHits = reply.hits(banned)
    guard !bannedHits.isEmpty else { return [] }
    let sparedHits = reply.hits(spared)
    let apologies = reply.hits(apology)
    let followUps = reply.hits(followUp)
    var kept: [(start: Int, end: Int, phrase: String)] = []
    for hit in bannedHits {
      let phrase = reply.word(hit)
      // 不用去隔壁买了: a polite form that starts the phrase or holds it.
      if sparedHits.contains(where: { $0.start <= hit.start && $0.end > hit.start }) { continue }
      if softenable.contains(phrase)
        && (apologies.contains(where: { $0.end <= hit.start })
          || followUps.contains(where: {
            $0.start >= hit.end && $0.start - hit.end <= Self.followUpReach
          }))
      {
        continue
      }
      // Keep the longest of overlapping matches.
      if let last = kept.last, last.end > hit.start {
        if hit.end - hit.start > last.end - last.start && hit.start <= last.start {
          kept[kept.count - 1] = (hit.start, hit.end, phrase)
        } else if hit.start >= last.start && hit.end <= last.end {
          continue
        } else if hit.end - hit.start > last.end - last.start {
          kept[kept.count - 1] = (hit.start, hit.end, phrase)
        }
        continue
      }
      kept.append((hit.start, hit.end, phrase))
    }
    return kept
  }

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    for m in ForbiddenPhraseRule.matches(reply) {
      let written = reply.original(m.start, m.end)
      judgement.forbidden.append(written)
      judgement.findings.append(
        reply.finding(
          "forbidden_phrase", m.start, m.end, "「\(written)」是服务禁语，听起来在推脱或打发买家",
          suggestion: ForbiddenPhraseRule.better(m.phrase)))
    }
  }

  /// Which way of saying it instead a banned phrase gets, by family (`better-*`).
  static let betterWays: [(words: Set<String>, advice: String)] = [
    ("better-check", "换成「我帮您查一下，马上回复您」"),
    ("better-remedy", "先致歉，再说明原因并给出能做到的办法，如「很抱歉，这个做不到，不过可以帮您…」"),
    ("better-reason", "说明原因而不是搬出规定，如「为了保障您的权益，店里是这样安排的…」"),
    ("better-alternative", "用「这个目前做不到，我可以帮您…」代替直接否定"),
  ].map { (WordBook.standard.set($0.0), $0.1) }

  /// How to say it instead.
  static func better(_ phrase: String) -> String {
    betterWays.first { $0.words.contains(phrase) }?.advice
      ?? "换成尊重买家的说法，站在买家一边说明情况，如「亲，我来帮您看看怎么处理」"
  }
}
