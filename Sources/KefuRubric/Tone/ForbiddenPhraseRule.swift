import KefuScenario

/// 服务禁语: curt, blaming or dismissive phrases a shop does not let its service staff say.
/// Each phrase found is listed as written (`forbidden` in `check --jsonl`).
///
/// Polite look-alikes are spared: 「不知道您…」 as a lead-in to a question, 「如有不清楚的地方」,
/// and 没办法 / 不清楚 after an apology or a word of understanding in the same reply (理解您的心情:
/// a soft refusal, not a brush-off) or followed by the seller's own look-up (我帮您问一下).
/// 没法 / 没办法 stating what no one in the shop controls (没法控制, 没法指定) is a fact, and a
/// price held by the item's worth to the buyer (用十几年, 平均下来…) persuades: neither is flagged.
public struct ForbiddenPhraseRule: Rule {
  public init() {}

  // MARK: Data

  static let banned = Lexicon("forbidden")
  static let spared = Lexicon("forbidden-spared")
  static let apology = Lexicon("forbidden-apology")
  static let granted = Lexicon("forbidden-granted")
  static let followUp = Lexicon("forbidden-follow-up")
  static let offer = Lexicon("forbidden-offer")
  /// Right after 没法 / 没办法: what no one in the shop controls or can tell (没法控制, 没法指定).
  static let limit = Lexicon("forbidden-limit")
  /// The price held by the item's worth to the buyer (用十几年, 平均下来一年才…).
  static let worth = Lexicon("forbidden-worth")
  /// What must stand between 没办法 and an offer for the offer not to be what is refused.
  static let offerBreaks = ScalarSet(named: "offer-breaks")
  /// 跟我们…有什么关系: the two halves, and what between them makes it an invitation.
  static let us = Lexicon("forbidden-us")
  static let unrelated = Lexicon("forbidden-unrelated")
  static let notBetween = ScalarSet(named: "unrelated-not-between")
  /// How many scalars may stand between 跟我们 and 有什么关系.
  static let unrelatedReach = 6
  /// How far (in scalars) after 不清楚 / 没办法 the seller's own look-up may start (a look-up
  /// before it does not soften it: 帮您查了，没办法，就这样).
  static let followUpReach = 15
  static let softenable = WordBook.standard.set("softenable")
  /// Blunt but not dismissive (没办法, 不清楚): a reason beside them still meets the doubt.
  static let mildRefusal = WordBook.standard.set("mild-refusal")
  /// Pushing the buyer's matter away or blaming it on them (找快递, 是你自己选的): such a reply
  /// counts for no step of handling, asking, closing or shipping.
  static let pushOff = WordBook.standard.set("push-off")

  // MARK: Description

  public var description: RuleDescription {
    RuleDescription(
      id: "forbidden_phrase", name: "服务禁语",
      explanation: """
        客服代表店铺说话，生硬、推责、打发人的话一出口，买家就会觉得不被尊重，轻则流失，重则投诉、差评。\
        「不知道」「没办法」「你自己看」「爱买不买」「我们规定」「不可能」「你听不懂吗」这一类话都是服务禁语。\
        不清楚就说「我帮您查一下」，做不到就先道歉再说明原因、给出替代办法。\
        礼貌的说法不算：例如用「不知道您…」引出一个问题，先道歉、先体谅买家（理解您的心情）再说「实在没办法」，\
        说完「没办法」再道歉或给出能做到的办法（不过今天拍下送您…、可以给您退一部分作为补偿），\
        先让了价再说再多没办法（每件给您少十块，再多就没办法了），\
        或者说完「不清楚」马上说「我帮您问一下」。只有一句「没办法」「没法」、没有这些的，仍是服务禁语。\
        讲店里也掌控不了、说不准的实情（快递路上走几天我们没法控制、赠品随机配没法指定）不算；\
        守价时讲明商品值这个价（能用十几年，平均下来一年才二十几块，真的没法再少了）也不算，\
        只推说店里的难处（成本涨了、小本生意）的「没办法」仍算。\
        把问题推给买家（是您自己洗的问题、我们不负责、跟我们…有什么关系）、推给别人（问平台去、运费的事找快递、\
        我又不是财务）和搬出规定（按规定要寄回）也是；推开或怪买家的回复不算处理异议、接待咨询、促成交易或下单发货。
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
        // A look-up named before the refusal does not soften what follows it.
        RuleExample("我帮您查过了，没办法，规矩就是这样", mark: "没办法"),
        // 没法 is 没办法 said shorter; bare, it refuses the same way.
        RuleExample("亲，这款真的没法再便宜了", mark: "没法"),
        // The discount itself refused (没办法给您优惠): no concession was made.
        RuleExample("这个价没办法给您优惠了", mark: "没办法"),
        // What cannot be done is no offer: 送您 here is what is refused.
        RuleExample("赠品这次没办法送您了", mark: "没办法"),
        // Only the shop's own trouble as the reason: still put off, not persuaded.
        RuleExample("进价涨了，这个价真的没法再少了", mark: "没法"),
        // What cannot be done for the buyer, with words between: a refusal, not a fact.
        RuleExample("口味这个没法给您挑哦", mark: "没法"),
        // Not knowing, said as 没法确定: as blunt as 不清楚.
        RuleExample("几号到我这边没办法确定哦", mark: "没办法"),
        // Blame put back on the buyer, and the rules put in front of them.
        RuleExample("洗坏了那是您自己洗的问题哦", mark: "自己洗的问题"),
        RuleExample("结块了那是你自己没泡好", mark: "自己没泡好"),
        RuleExample("是您自己没看说明书吧，上面写了要先充满电", mark: "是您自己没看"),
        RuleExample("开线这种事我们不负责的", mark: "我们不负责"),
        RuleExample("按规定退货是要寄回来的", mark: "按规定"),
        RuleExample("宝宝长湿疹跟我们纸尿裤有什么关系", mark: "跟我们纸尿裤有什么关系"),
        // Pushed away to someone else, or blamed on the buyer.
        RuleExample("退款多久到账得问平台去", mark: "问平台去"),
        RuleExample("退货运费的事找快递，我们管不了", mark: "的事找快递"),
        RuleExample("多久到账看银行的，我又不是银行的人", mark: "我又不是"),
        RuleExample("尺码是你自己选的，换货邮费你出", mark: "是你自己选的"),
        RuleExample("摔不摔就看你们家长怎么带了", mark: "你们家长怎么"),
        RuleExample("小店从来没发错过货", mark: "从来没发错"),
        RuleExample("标签都写了，这都不会选", mark: "这都不会选"),
        RuleExample("几号能到我也说不准", mark: "我也说不准"),
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
        RuleExample("我先帮您问问仓库，今天这款没法加急，我看看明天能不能先发"),
        // A refusal that offers what can be done, grants the buyer's point first, or apologises
        // after it is a polite refusal.
        RuleExample("这款已经是底价了，实在没法再少，不过今天下单可以送您两个挂钩"),
        RuleExample("不寄回的话没办法全额退哦，可以退您40块钱当补偿，您看行吗"),
        RuleExample("没办法多送呢，您看送您两包试吃可以吗"),
        RuleExample("价格确实比塑料的贵一些，没办法再少了，这款能用很多年"),
        RuleExample("这个尺寸没法单独定做哦，实在抱歉"),
        RuleExample("付款后才能改地址，不然没法给您改哦"),
        // What no one in the shop controls or can tell: a fact stated, not the buyer refused.
        RuleExample("快递路上走几天我们没法控制呢，一般三天左右能到"),
        RuleExample("小样是仓库随机配的，没法指定口味哦"),
        RuleExample("这单已经退款了，没法重拍了，重新下一单就好"),
        RuleExample("每颗核桃大小天生不一样，没办法估算一斤有几颗"),
        // The price held by the item's worth to the buyer.
        RuleExample("这口锅能用十几年，平均下来一年才二十几块，真的没法再少啦"),
        // A discount already given, and no more on top of it: a concession, not a brush-off.
        RuleExample("三个一起拍可以每个给您少五块哈，这是最低了，再多就没办法了哦"),
        RuleExample("亲，两盒的话每件减十元，再少就没法了呢"),
        RuleExample("有运费险的，您申请退货时选上门取件就行"),
        RuleExample("快递到了您没看到的话，我帮您问一下快递员放哪了"),
        RuleExample("有什么问题跟我们说没关系的，我们都会处理"),
        RuleExample("这批面料是按规定的标准检测过的"),
        RuleExample("是不是您自己没装好呀？您拍个视频我帮您看看"),
        RuleExample("不是您自己没冲好，是这批奶粉结块了，马上给您换"),
        RuleExample("不是您自己没看仔细，是我们页面写得太小了"),
      ],
      tip: "别再说「{said}」这样的服务禁语{where}：{better}。", tipOrder: 10,
      cost: 10, patienceCost: 2, offendsBuyer: true,
      summary: "生硬、推责、打发人的服务禁语")
  }

  // MARK: Judging

  /// The banned phrases in a reply (normalised offsets), longest match kept, polite ones spared.
  static func matches(_ reply: Reply) -> [(start: Int, end: Int, phrase: String)] {
    let bannedHits = reply.hits(banned)
    guard !bannedHits.isEmpty else { return unrelatedSpans(reply) }
    let sparedHits = reply.hits(spared)
    let apologies = reply.hits(apology)
    let followUps = reply.hits(followUp)
    var kept: [(start: Int, end: Int, phrase: String)] = []
    let s = reply.scalars
    for hit in bannedHits {
      let phrase = reply.word(hit)
      // 不用去隔壁买了: a polite form that starts the phrase or holds it.
      if sparedHits.contains(where: { $0.start <= hit.start && $0.end > hit.start }) { continue }
      // 抱歉，实在没办法 / 这个没法加急，真抱歉 / 价格确实贵一些…没法再少 / 不清楚，我帮您问问 /
      // 没办法再少了，不过拍下送您…: a refusal softened, not a brush-off.
      if softenable.contains(phrase)
        && (apologies.contains(where: { $0.end <= hit.start || $0.start >= hit.end })
          || reply.hits(granted).contains(where: { $0.end <= hit.start })
          || followUps.contains(where: {
            $0.start >= hit.end && $0.start - hit.end <= Self.followUpReach
          })
          || reply.hits(offer).contains(where: { Self.apart(s, hit, $0) })
          || reply.contains(worth))
      {
        continue
      }
      // 快递时效我们没法控制 / 赠品是随机配的，没法指定: a fact stated, not the buyer refused.
      if softenable.contains(phrase) && reply.hits(limit).contains(where: { $0.start == hit.end }) {
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
    let spans = unrelatedSpans(reply).filter { span in
      !kept.contains(where: { $0.start < span.end && span.start < $0.end })
    }
    if !spans.isEmpty {
      kept += spans
      kept.sort { $0.start < $1.start }
    }
    return kept
  }

  /// Whether an offer stands apart from the refusal: a clause cut or a particle (呢 哦 了…)
  /// between them. 赠品加不了了，没办法多给呢，可以送您两包试吃 offers; in 没办法送您 the offer is what is
  /// refused.
  static func apart(_ s: [Unicode.Scalar], _ refusal: PhraseHit, _ offer: PhraseHit) -> Bool {
    let (from, to) =
      offer.start >= refusal.end
      ? (refusal.end, offer.start)
      : offer.end <= refusal.start ? (offer.end, refusal.start) : (0, 0)
    guard to > from else { return false }
    return (from..<to).contains { offerBreaks.contains(s[$0]) || Clauses.isSeparator(s, $0) }
  }

  /// 跟我们奶粉有什么关系 / 和我们店里没关系: blame put away with words between the halves (the
  /// halves side by side, 跟我们没关系, are a banned phrase of their own). Not when reported (不是
  /// 说跟我们没关系), asked (…有关系吗) or an invitation (有问题跟我们说没关系的).
  static func unrelatedSpans(_ reply: Reply) -> [(start: Int, end: Int, phrase: String)] {
    guard reply.contains(us), reply.contains(unrelated) else { return [] }
    let s = reply.scalars
    var out: [(start: Int, end: Int, phrase: String)] = []
    for head in reply.hits(us) {
      if head.start >= 1 && s[head.start - 1] == "说" { continue }
      if head.start >= 2 && s[head.start - 2] == "不" && s[head.start - 1] == "是" { continue }
      guard
        let tail = reply.hits(unrelated).first(where: {
          $0.start > head.end && $0.start - head.end <= unrelatedReach
        })
      else { continue }
      if (head.end..<tail.start).contains(where: {
        notBetween.contains(s[$0]) || Clauses.isSeparator(s, $0)
      }) {
        continue
      }
      if tail.end < s.count && (s[tail.end] == "吗" || s[tail.end] == "么") { continue }
      let phrase = String(String.UnicodeScalarView(s[head.start..<tail.end]))
      out.append((head.start, tail.end, phrase))
    }
    return out
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
