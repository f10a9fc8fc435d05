import KefuScenario
import KefuText

/// 关联销售: the seller offers something more on top of what the buyer came for — a matching
/// item, a bundle, a deal that needs a second item — or names one of the scenario's addons.
///
/// Not an upsell: offering a different item instead of the one asked about (a substitution),
/// helping choose a size or colour, styling advice with what the buyer already owns, and a gift
/// that comes with the order (买就送…) since it asks for no extra purchase.
public struct UpsellRule: Rule {
  public init() {}

  // MARK: Data

  static let offer = Lexicon("upsell-offer")
  static let deal = Lexicon("upsell-deal")
  static let notDeal = Lexicon("upsell-not-deal")
  static let included = Lexicon("upsell-included")
  static let addOn = Lexicon("upsell-add-on")
  static let pairing = Lexicon("upsell-pairing")
  static let item = Lexicon("upsell-item")
  static let classifier = ScalarSet(named: "classifier")
  static let counts = ScalarSet(named: "counts")
  static let offerVerbs = ScalarSet(named: "offer-verbs")
  static let buyVerbs = ScalarSet(named: "buy-verbs")
  static let shopGoods = Lexicon("upsell-shop-goods")
  static let invite = Lexicon("upsell-invite")
  static let bought = Lexicon("upsell-bought")
  static let buyerOfIt = Lexicon("upsell-buyer-of-it")
  static let notExtra = Lexicon("upsell-not-extra")
  static let purchased = Lexicon("upsell-purchased")
  static let own = Lexicon("upsell-own")
  static let substitution = Lexicon("upsell-substitution")
  static let negation = Lexicon("upsell-negation")

  // MARK: Description

  public var description: RuleDescription {
    RuleDescription(
      id: "upsell", name: "关联销售",
      explanation: """
        一等客服不只卖出买家点名要的东西，还能看出买家没说出口的需要，顺势推荐能配在一起用的商品，\
        这就是关联销售：搭配的单品、组合套装、凑单满减、第二件优惠，或者推荐剧本里列出的 addon\
        （要不要、配一个、一起拍，或报出它的价钱，或在说到它之前劝买家换上、试试——可以换防滑的鞋垫、\
        试试我们的护膝；只是说到它——鞋垫没放平、内胆有质保、鞋垫可以用清水洗——不算）。\
        买家问的那件没货、改推另一件，是替换而不是关联销售；帮买家挑尺码、挑颜色也不算；\
        教买家用自己已有的衣物来搭配、或者下单就送的小赠品，都不要求多买一件，同样不算；\
        只说「满减」活动而没有劝买家再加一件，也不算。不一定要说「搭配」：再配一张膜、顺便备一个、\
        加一袋、配您刚买的那件、一起用效果更好，都是关联销售；「没有搭配的裤子卖」这样的否定不算。\
        关联销售是加分项，不扣分。
        """,
      triggers: [
        RuleExample("这款裙子搭配我们的小白鞋很好看，一起买还能减10元哦"),
        RuleExample("亲，再带一条同色系的腰带会更出效果哦～"),
        RuleExample("店里满199减30，您再凑一件小外套就很划算啦"),
        RuleExample("第二件半价哦，可以给家人也带一件"),
        RuleExample("这款手机配个钢化膜更放心，一起拍能包邮的"),
        RuleExample("我们有连衣裙加开衫的组合优惠，比单买省20元"),
        RuleExample("顺便带一瓶护理液吧，隐形眼镜用着更舒服"),
        RuleExample("防晒开衫和这条裙子很配，要不要看看呢", addons: [["防晒针织开衫", "开衫"]]),
        RuleExample("您可以再看看我们家的针织开衫，早晚凉的时候披着刚好"),
        RuleExample("亲，细腰带只要19元，系上更显腰身哦", addons: [["同色系细腰带", "腰带"]]),
        RuleExample("鞋垫也可以带一副，跑长距离脚不累", addons: [["运动鞋垫", "鞋垫"]]),
        // 可以配 / 建议配 the addon in its own sentence, after a pick in the one before.
        RuleExample("推荐这款轻的。晚上骑车的话，建议配上我们的尾灯，更安全", addons: [["自行车尾灯", "尾灯"]]),
        RuleExample("拿大号的就行；经常出汗的话建议配一对防滑手套", addons: [["防滑手套", "手套"]]),
        // 要带个…不: one more piece put to the buyer as a question.
        RuleExample("好的亲 黑色有的 今天发 要带个收纳袋不 15一个"),
        // Urged to switch to or try the lesson's addon: another item than the one bought.
        RuleExample("跑长距离的话可以换我们的运动鞋垫，缓震好很多", addons: [["运动鞋垫", "鞋垫"]]),
        RuleExample("亲，可以试试我们家的护膝，爬山不伤膝盖", addons: [["登山护膝", "护膝"]]),
        RuleExample("买两件打九折，您可以挑个别的颜色"),
        RuleExample("这款有套装，上衣和裤子一起更划算"),
        RuleExample("加9.9元可以换购同款发圈哦"),
        RuleExample("亲，我们家的帽子也在做活动，要不要看看"),
        RuleExample("亲，要不要考虑一下我们家的保温杯，冬天刚好用"),
        RuleExample("您要是喜欢可以两件一起拍，我给您改价包邮"),
        RuleExample("买了奶粉的话可以加一罐我们的米粉，宝宝辅食刚好用"),
        RuleExample("买了这台咖啡机的，记得加个除垢剂"),
        RuleExample("宝子拍了这双运动鞋，同色的袜子也上架了"),
        RuleExample("同款的发圈加两块钱换购哦"),
        RuleExample("选好了猫砂盆的话，猫砂也顺手拿一袋"),
        RuleExample("手机膜要不要也来一张？"),
        RuleExample("这件毛衣配您上周买的那条半裙正好，要不要一起看看"),
        RuleExample("滤网是耗材，建议顺便备两片"),
        RuleExample("您再挑一件满三百，就能换购半价的围巾"),
        RuleExample("这款精华和同系列的面霜一起用吸收更好"),
        RuleExample("满99减10，您再加一双袜子就够了"),
        RuleExample("买了投影仪的话，幕布也可以考虑一下"),
        RuleExample("一包十块，再搭一盒坚果，三个人一起吃正好"),
        RuleExample("挂烫机下面最好配个熨衣板，我们店里有卖的"),
        RuleExample("再加个保护套吧，防摔"),
        RuleExample("洗面奶和爽肤水可以给您凑成一套"),
        RuleExample("加5元换购一个收纳袋"),
        RuleExample("宝宝的奶瓶买了的话，奶瓶刷也可以一起看看"),
        RuleExample("买了剃须刀的话刀头建议一起囤两个"),
        RuleExample("买粉底的姐妹可以看看同色号的散粉"),
        RuleExample("拍了炒锅的家人再加9块就能带走锅铲"),
        RuleExample("还差8块包邮，可以带一包我们家的牛肉干"),
        RuleExample("用券要满六十，您可以再买些小商品跟这单一起发"),
        RuleExample("这个不参加活动，您可以顺带一些其他产品领一张店铺券"),
        // A second piece at a discount sells only when it is another item.
        RuleExample("买了这款面膜的话，同系列的爽肤水第二件七折"),
        RuleExample("这款第二件半价，配上洗面奶的套餐价更划算哦"),
      ],
      passes: [
        RuleExample("大号的盆够两只猫一起用，也不容易满"),
        RuleExample("这一盒六块，三个人一起吃刚好"),
        RuleExample("礼盒里随机赠送两个杯垫"),
        RuleExample("拍一发二，第二件不要钱"),
        // The same item again at a discount: more of the same.
        RuleExample("这款第二件半价，活动到月底"),
        RuleExample("这款保温杯第二件半价，送人也合适"),
        RuleExample("确认一下：茶具一套，配四个杯子，青瓷色"),
        RuleExample("这款没货了，您看看那款，版型也差不多的"),
        RuleExample("亲，白色断码了，换成米色您看可以吗"),
        RuleExample("按您的身高体重，M码会比较合身"),
        RuleExample("这条裙子有蓝色和粉色，粉色更显白哦"),
        RuleExample("这条裙子很好搭配，配您自己的小白鞋就很好看"),
        RuleExample("下单就送运费险和小礼品哦"),
        RuleExample("这条裙子很配您的气质呢"),
        RuleExample("亲，您可以先收藏加购，等活动再买"),
        RuleExample("亲，这款卖完了，要不要看看我们家的另一款？"),
        RuleExample("您买这么多，送您一个小收纳袋哦"),
        RuleExample("亲，这款是单独卖的，不含腰带哦", addons: [["同色系细腰带", "腰带"]]),
        RuleExample("店里的衣服都是现货哦"),
        RuleExample("两件颜色都很好看，看您更喜欢哪个"),
        RuleExample("亲，我们是正品，七天无理由退换"),
        RuleExample("好的，今天下单今天发货"),
        RuleExample("和您一起核对一下地址哦"),
        RuleExample("这件裙子本身自带腰带哦", addons: [["同色系细腰带", "腰带"]]),
        RuleExample("129已经是活动价了，今天下单送您一个杯套", addons: [["硅胶杯套", "杯套"]]),
        // A scenario's addon named, not offered: a gift, a part in a complaint, a fact.
        RuleExample("今天拍送洗衣袋哦", addons: [["网眼洗衣袋", "洗衣袋"]]),
        RuleExample("可能是鞋垫没放平，我们直接给您换一双新的", addons: [["运动鞋垫", "鞋垫"]]),
        RuleExample("内胆有五年质保，您放心用", addons: [["备用内胆", "内胆"]]),
        RuleExample("鞋垫可以用清水直接洗", addons: [["运动鞋垫", "鞋垫"]]),
        RuleExample("尾灯可以配原装的充电线，不用另买", addons: [["自行车尾灯", "尾灯"]]),
        // 要带…, no question: which listing to take.
        RuleExample("单个的选这个，要带盒子就选整套的那个链接"),
        // With no lesson addon, switching is a substitute.
        RuleExample("跑长距离的话可以换我们的运动鞋垫，缓震好很多"),
        // An addon given with the order, under its short name too.
        RuleExample("今天拍下还送运动鞋垫哦", addons: [["运动鞋垫", "鞋垫"]]),
        RuleExample(""),
        RuleExample("这件裙子没有搭配的腰带，是单品哦"),
        RuleExample("这件外套可以搭您衣柜里的白T"),
        RuleExample("下单送您一个收纳袋"),
        RuleExample("店铺满99减10，您直接拍就行"),
        RuleExample("赠品随单发出，不用单独拍一个"),
        RuleExample("亲，要不要看看我们的新款呢？"),
        RuleExample("您可以看看我们的详情页，尺码都写了"),
        RuleExample("这款没有M码了，同系列的另一款有"),
        RuleExample("看到您加购了两件还没付款哦"),
        RuleExample("一盒绿茶加一盒红茶，没错吧？"),
        RuleExample("我们没有配套的支架卖哦"),
        RuleExample("这款是单卖的，没有套装"),
        RuleExample("充电线不需要另外买，盒子里有"),
        RuleExample("满二送一指的是同一款哦"),
        RuleExample("您是要拍两单还是重复拍了？"),
        RuleExample("现在买两盒送一包试吃装哦"),
        RuleExample("买三个的话最低给您算150"),
        RuleExample("赠品要和正装一起拍下，我给您改价"),
        RuleExample("亲，喜欢的话先收藏，然后加购哦"),
        RuleExample("可以先囤一些，过几天会涨价"),
        RuleExample("想买的话可以看看我们的详情页"),
      ],
      cost: 0, patienceCost: 0,
      summary: "在买家要买的东西之外，推荐搭配的商品或组合优惠（加分项）")
  }

  // MARK: Judging

  /// An upsell is a merit, not a fault: the rule "fires" when the reply cross-sells.
  public func fires(_ judgement: ReplyJudgement) -> Bool { judgement.upsell }

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    guard !reply.scalars.isEmpty else { return }
    if UpsellRule.offersLessonAddon(reply, context.addons) {
      judgement.upsell = true
    } else if UpsellRule.offerSpan(reply) != nil {
      let buyer = context.buyerMessages.map(TextNormalizer.scalars)
      judgement.upsell = !UpsellRule.offersBuyersCount(reply, buyer: buyer)
    }
  }

  /// 两件一起拍每件减30元 to a buyer who said 我要买两件: the offer is the count the buyer named
  /// (a number and a measure word, 两件 / 2件, just before the offer or within it) — more of
  /// what they came for, priced, not an extra purchase. The deal may still answer a bargain.
  static func offersBuyersCount(_ reply: Reply, buyer: [[Unicode.Scalar]]) -> Bool {
    guard !buyer.isEmpty, let span = offerSpan(reply) else { return false }
    let s = reply.scalars
    var i = max(0, span.start - 4)
    while i + 1 < min(s.count, span.end) {
      defer { i += 1 }
      guard let n = countValue(s[i]), classifier.contains(s[i + 1]),
        i == 0 || countValue(s[i - 1]) == nil
      else { continue }
      let measure = s[i + 1]
      if buyer.contains(where: { b in
        b.indices.dropLast().contains {
          b[$0 + 1] == measure && countValue(b[$0]) == n
            && ($0 == 0 || countValue(b[$0 - 1]) == nil)
        }
      }) {
        return true
      }
    }
    return false
  }

  /// 一 to 九 in order (`count-numerals`), and 两 (`count-two`).
  static let countNumerals = ScalarSet(named: "count-numerals").values
  static let countTwo = ScalarSet(named: "count-two")

  /// The value of a one-character count (2, 两, 二), or nil.
  static func countValue(_ c: Unicode.Scalar) -> Int? {
    if ScalarText.isDigit(c) { return Int(c.value) - 0x30 }
    if let k = countNumerals.firstIndex(of: c.value) { return k + 1 }
    return countTwo.contains(c) ? 2 : nil
  }

  /// Whether the reply offers one of the lesson's addons: named, not in a read-back of the order
  /// (保温杯一个加杯套，寄到…对吗: sold before, checked now).
  static func offersLessonAddon(_ reply: Reply, _ addons: [[String]]) -> Bool {
    !addons.isEmpty && addonSpan(reply, addons: addons) != nil
      && !ReceptionFlowRule.isConfirming(reply)
  }

  /// What kind of extra purchase a reply offers.
  public enum Offer: Equatable {
    /// Another, complementary item (推荐产品 as well).
    case item
    /// A deal that needs more of the same or a higher spend (促成交易 as well).
    case deal
  }

  /// The extra purchase the reply offers, or nil (an item when it offers both).
  public static func offer(_ reply: Reply) -> Offer? {
    guard let span = offerSpan(reply) else { return nil }
    return span.item ? .item : .deal
  }

  /// Whether the reply offers another item (推荐产品) and whether through a deal (促成交易):
  /// 满199送帆布袋，再带一包坚果就够了 does both.
  public static func offers(_ reply: Reply) -> (item: Bool, deal: Bool) {
    guard let span = offerSpan(reply) else { return (false, false) }
    // An item named is the offer (套餐价更便宜 only sweetens it); a deal alone closes.
    return (span.item, !span.item)
  }

  /// Where the reply offers an extra purchase (normalised offsets), whether it names another
  /// item and whether it offers a deal, or nil.
  static func offerSpan(_ reply: Reply) -> OfferSpan? {
    // Asked by the steps and by this rule: read once per reply.
    if case .answered(let span) = reply.shared.offerSpan { return span }
    let span = findOfferSpan(reply)
    reply.shared.offerSpan = .answered(span)
    return span
  }

  /// An offer of an extra purchase: where it is, whether it names another item, whether a deal.
  typealias OfferSpan = (start: Int, end: Int, item: Bool, deal: Bool)

  /// The families `findOfferSpan` asks about first, in one static: each `static let` read is a
  /// `swift_once` call, and most replies stop after these.
  private static let firstAsked = (
    offer: offer, deal: deal, pairing: pairing, purchased: purchased, invite: invite,
    otherGoods: otherGoods, addOn: addOn, bought: bought
  )

  private static func findOfferSpan(_ reply: Reply) -> OfferSpan? {
    let s = reply.scalars
    // Most replies offer nothing: no offer word, and no 加一/带一… piece to look at.
    let first = firstAsked
    let words =
      reply.contains(first.offer) || reply.contains(first.deal) || reply.contains(first.pairing)
      || reply.contains(first.purchased) || reply.contains(first.invite)
      || reply.contains(first.otherGoods)
      || (reply.contains(first.addOn) && reply.contains(first.bought))
    if !words && !s.contains(where: spendMark.contains)
      && extraPiece(s, negated: { _ in false }) == nil
    {
      return nil
    }
    // 要不要 is an offer, not a negation.
    let offerNot = offerNotBefore
    let negations = reply.hits(negation).filter {
      $0.start == 0 || !offerNot.contains(s[$0.start - 1])
    }
    /// A negation just before offset `at` (没有搭配的…, 不用单独拍).
    func negated(_ at: Int) -> Bool {
      negations.contains { $0.end <= at && at - $0.end <= 1 }
    }
    let substitutes = reply.contains(substitution)
    let items = reply.hits(item)
    let owned = reply.hits(own)
    // "搭配/配…" followed by a concrete item that is not the buyer's own.
    // 搭配 alone may be styling advice (搭配建议：配牛仔裤); it sells when the shop offers the item.
    let shopSignal =
      reply.contains(shopGoods) || reply.contains(invite) || reply.contains(offer)
      || reply.contains(deal)
    /// An item named within a few characters before `at` (同系列的防晒第二件七折), not the one
    /// at hand (这款保温杯第二件半价).
    func itemJustBefore(_ at: Int) -> Bool {
      items.contains { $0.end <= at && at - $0.end <= 12 && !isItemAtHand($0.start) }
    }
    /// Whether the item at `start` is the one at hand: 这款 or the like a few 汉字 before it.
    func isItemAtHand(_ start: Int) -> Bool {
      var from = start
      while from > 0 && start - from < 6 && ScalarText.isHan(s[from - 1]) { from -= 1 }
      return ScalarText.firstOf(thisItem, in: s[from..<start]) != nil
    }
    /// The extra item named after a deal (…这款护手霜, 一个护眼灯泡).
    func itemAfter(_ end: Int) -> Bool {
      items.contains { $0.start >= end } || ScalarText.firstOf(thisOne, in: s[end...]) != nil
        || countedPiece(s, from: end)
    }
    var dealSpan: (Int, Int)? = nil
    var tradesUp = false
    for hit in reply.hits(deal) where !negated(hit.start) {
      // 买二送一 / 买三个最低284 / 买3的倍数更优惠: more of the same, with a gift or a price —
      // a deal on a second item only when a discount follows (买两件打九折, 买二第二件半价).
      if reply.word(hit, isIn: buyMoreOfIt) && !discountFollows(s, from: hit.end) { continue }
      // 第二件半价 / 第二件0元: the same item once more at a discount, more of the same — an
      // extra purchase only when another item is named with it (同系列的防晒第二件七折).
      if reply.word(hit, isIn: secondPiece) && !itemJustBefore(hit.start) && !itemAfter(hit.end) {
        continue
      }
      dealSpan = (hit.start, hit.end)
      tradesUp = reply.word(hit, isIn: tradeUp)
      break
    }
    if let threshold = spendThreshold(s), dealSpan == nil,
      s[threshold.1...].contains(where: moreAfterSpend.contains)
    {
      dealSpan = threshold
    }
    // 第二件半价指的是同一款哦: the deal explained, not pushed.
    if reply.contains(notDeal) { dealSpan = nil }
    let dealt = dealSpan != nil
    // 配件包是随机附赠的: what comes in the box, offered by nobody.
    let comesWith = reply.contains(included)
    for hit in reply.hits(pairing) where !negated(hit.start) && !comesWith {
      if !shopSignal && reply.word(hit, isIn: loosePairing) {
        continue
      }
      let window = hit.end + 12
      guard let thing = items.first(where: { $0.start >= hit.end && $0.start < window }) else {
        continue
      }
      if owned.contains(where: { $0.start >= hit.start && $0.start < thing.start }) { continue }
      return (hit.start, thing.end, true, dealt)
    }
    // 这条裤子配您刚买的那件白衬衫: the item on sale as an extra to what was bought.
    for hit in reply.hits(purchased) {
      let from = max(0, hit.start - 2)
      if s[from..<hit.start].contains(where: pairHeads.contains) {
        return (from, hit.end, true, dealt)
      }
    }
    if !substitutes {
      // Bundles, "take one more", use-together offers.
      for hit in reply.hits(offer) where !negated(hit.start) {
        // 看到您加购了这款: the buyer's cart, not an offer.
        if reply.word(hit, isIn: addToCart) && buyersCart(s, hit) { continue }
        // 收藏这款然后加购: following the shop; 加购洗手液只能买一瓶: a rule of the offer told.
        if reply.word(hit, isIn: addToCart)
          && (ScalarText.firstOf(favourite, in: s[..<hit.start]) != nil
            || ScalarText.firstOf(ruleTold, in: s[hit.end..<min(s.count, hit.end + 8)]) != nil)
        {
          continue
        }
        // 两只一起用 / 三个人一起吃: who will use the one item, nothing more offered.
        if reply.word(hit, isIn: sharedUse) && usersBefore(s, hit.start) { continue }
        // 和所需商品一起拍下 / 加入购物车一起拍下: how to place one order (a gift claimed, postage
        // saved), nothing more offered — unless a price for the pair follows (一起拍只要19).
        if reply.word(hit, isIn: orderTogether) && hit.end < s.count
          && placeOrderAfter.contains(s[hit.end])
        {
          continue
        }
        return (hit.start, hit.end, true, dealt)
      }
      // 加一袋 / 建议一起备一个 / 可以在店里单独拍一个 / 要不要带一包.
      if !comesWith, let extra = extraPiece(s, negated: negated), !readBack(s, at: extra.0) {
        // 还差12块包邮，可以带一包我们家的猫条: the deal names what to add.
        let named = !dealt || reply.contains(shopGoods) || items.contains { $0.start >= extra.1 }
        return (extra.0, extra.1, named, dealt)
      }
      // 顺带一些其他产品 / 再买些小商品 / 挑选点宝贝: other goods, unnamed, taken on top.
      for hit in reply.hits(otherGoods) where someMore(s, before: hit.start) {
        if negated(max(0, hit.start - 4)) || negated(max(0, hit.start - 3)) { continue }
        return (max(0, hit.start - 4), hit.end, true, dealt)
      }
      // 买了咖啡机的话，…也可以考虑一下: what goes with the purchase.
      let buyers = reply.hits(buyerOfIt)
      for hit in reply.hits(bought) where !negated(hit.start) {
        // 买了咖啡机的话 / 买口红的宝子 (a bare 买 needs the buyer named: 想买的话 is no purchase).
        let bare = reply.word(hit, isIn: bareBuy)
        guard
          buyers.contains(where: {
            $0.start >= hit.end && $0.start <= hit.end + 10
              && !(bare && reply.word($0, isIn: ifSo))
          })
        else {
          continue
        }
        if let i = reply.hits(invite).first(where: { $0.start > hit.end }) {
          return (hit.start, i.end, true, dealt)
        }
      }
      // 拍了这套牙刷的，牙膏加5块钱带走 / 宝子拍了这件连衣裙，同款的发夹也上架了: added on top.
      for hit in reply.hits(bought) where !negated(hit.start) && !reply.word(hit, isIn: bareBuy) {
        let framed =
          hit.start <= 6
          || buyers.contains(where: { $0.start >= hit.end && $0.start <= hit.end + 10 })
          || boughtClauseEnds(s, after: hit.end)
        guard framed, !comesWith else { continue }
        if let a = reply.hits(addOn).first(where: { $0.start > hit.end + 2 }) {
          return (hit.start, a.end, true, dealt)
        }
      }
      // "我们家的帽子也在做活动，要不要看看": the shop's other goods, offered as well.
      let goods = reply.hits(shopGoods)
      let notExtras = reply.hits(notExtra)
      for hit in reply.hits(invite) {
        for g in goods where abs(g.start - hit.start) <= 16 {
          if notExtras.contains(where: { $0.start >= g.end && $0.start <= g.end + 2 }) { continue }
          if reply.word(g, isIn: ourGoods)
            && !items.contains(where: { $0.start >= g.end && $0.start <= g.end + 4 })
          {
            continue
          }
          return (min(g.start, hit.start), max(g.end, hit.end), true, dealt)
        }
      }
    }
    if let d = dealSpan {
      // 再凑26块就能满减了，这款护手霜… / 加9.9换购一个护眼灯泡: the deal names the extra item;
      // 同系列精华水加一块钱换购: the item named just before the trade-up.
      let named = itemAfter(d.1) || (tradesUp && itemJustBefore(d.0))
      return (d.0, d.1, named, true)
    }
    return nil
  }

  /// 拍了这套牙刷的，: the purchase named as a whole clause (…的 then a break).
  static func boughtClauseEnds(_ s: [Unicode.Scalar], after: Int) -> Bool {
    var i = after
    while i + 1 < s.count && i < after + 10 {
      if boughtDe.contains(s[i]) && Clauses.isSeparator(s, i + 1) { return true }
      if Clauses.isSeparator(s, i) { return false }
      i += 1
    }
    return false
  }

  /// 核对一下规格：床单1.8米，配两个枕套: a piece read back after a colon, nothing offered
  /// (no 再/另外/也 before it, no question after it).
  static func readBack(_ s: [Unicode.Scalar], at: Int) -> Bool {
    guard s[..<at].contains(":") else { return false }
    let before = String(String.UnicodeScalarView(s[max(0, at - 4)..<at]))
    if readBackExtra.contains(where: { before.contains($0) }) { return false }
    return !s[at...].contains(where: readBackAsks.contains)
  }

  /// 您加购了 / 加购的: the buyer put it in the cart.
  static func buyersCart(_ s: [Unicode.Scalar], _ hit: PhraseHit) -> Bool {
    let before = s[max(0, hit.start - 2)..<hit.start]
    if before.contains(where: cartYou.contains) { return true }
    return hit.end < s.count && cartAfter.contains(s[hit.end])
  }

  /// 一个 / 两包 after offset `from`: a piece of something named (not 一件小东西, 一件别的).
  static func countedPiece(_ s: [Unicode.Scalar], from: Int) -> Bool {
    var i = from
    while i + 1 < s.count {
      if counts.contains(s[i]) && classifier.contains(s[i + 1]) {
        let next = i + 2 < s.count ? s[i + 2] : " "
        if !vagueThing.contains(next) { return true }
      }
      i += 1
    }
    return false
  }
  static let vagueThing = ScalarSet(named: "vague-thing")

  /// 加一袋 / 备两片 / 带一包 — or 拍一个, 挑一件 after 再/顺便/一起/单独/另外/也: one more of
  /// something, whatever it is called.
  static func extraPiece(_ s: [Unicode.Scalar], negated: (Int) -> Bool) -> (Int, Int)? {
    guard s.count >= 3 else { return nil }
    // 再配把水果刀 / 再带个笔袋: the 一 left out after 再 and an offer verb other than 加
    // (再加个备注 adds no goods).
    for i in 1..<(s.count - 2)
    where classifier.contains(s[i + 1]) && offerVerbs.contains(s[i])
      && !addVerb.contains(s[i]) && againMark.contains(s[i - 1])
      && ScalarText.isHan(s[i + 2]) && !vagueThing.contains(s[i + 2]) && !negated(i - 1)
    {
      return (i - 1, i + 2)
    }
    // 要带根线不 / 要配个盒子吗: the same piece put to the buyer as a question, the clause ending
    // in 不/吗 (not 要带盒子就选整套的那个, which tells the buyer which listing to pick).
    for i in 1..<(s.count - 2)
    where classifier.contains(s[i + 1]) && offerVerbs.contains(s[i]) && askMark.contains(s[i - 1])
      && ScalarText.isHan(s[i + 2]) && !vagueThing.contains(s[i + 2]) && !negated(i - 1)
    {
      let (_, b) = ScalarText.span(s, i, i + 2, cut: .clause)
      if b > i + 2 && askTail.contains(s[b - 1]) { return (i - 1, i + 2) }
    }
    for i in 0..<(s.count - 2)
    where counts.contains(s[i + 1]) && classifier.contains(s[i + 2]) {
      let verb = s[i]
      var offered = offerVerbs.contains(verb)
      if !offered && buyVerbs.contains(verb) {
        let from = max(0, i - 4)
        let before = String(String.UnicodeScalarView(s[from..<i]))
        offered = buyMore.contains { before.contains($0) }
      }
      guard offered else { continue }
      // 一箱纯牛奶加一箱酸奶: an order read back as a list, not an offer.
      if addVerb.contains(verb) && countedPiece(Array(s[max(0, i - 8)..<i]), from: 0) { continue }
      let start = max(0, i - 2)
      if negated(i) || negated(start) { continue }
      return (i, i + 3)
    }
    return nil
  }

  /// "满199减30" / "满2件打8折": a deal that needs the buyer to spend or take more.
  static func spendThreshold(_ scalars: [Unicode.Scalar]) -> (Int, Int)? {
    let (spend, dealAfter) = (spendMark, dealAfterSpend)
    var i = 0
    while i < scalars.count {
      guard spend.contains(scalars[i]) else {
        i += 1
        continue
      }
      var k = i + 1
      while k < scalars.count && ScalarText.isDigit(scalars[k]) { k += 1 }
      guard k > i + 1 else {
        i += 1
        continue
      }
      let end = min(scalars.count, k + 3)
      for j in k..<end where dealAfter.contains(scalars[j]) {
        return (i, j + 1)
      }
      i = k
    }
    return nil
  }

  /// 带一些 / 买些 / 挑选点 just before offset `at`: a take verb and an indefinite amount.
  static func someMore(_ s: [Unicode.Scalar], before at: Int) -> Bool {
    for q in someAmount where q.count <= at {
      let from = at - q.count
      guard Array(s[from..<at]) == q, from > 0 else { continue }
      if takeVerbs.contains(s[from - 1]) { return true }
    }
    return false
  }
  static let someAmount = WordBook.standard.normalizedScalars("some-amount")
  static let takeVerbs = ScalarSet(named: "take-verbs")
  static let otherGoods = Lexicon("upsell-other-goods")

  /// 买二送一 / 买三个最低…: a discount after it (折, 减, 半价) makes it a deal on a second item.
  static func discountFollows(_ s: [Unicode.Scalar], from: Int) -> Bool {
    let window = s[from..<min(s.count, from + 8)]
    if let gift = window.firstIndex(where: giftMarks.contains) {
      return ScalarText.firstOf(discountCue, in: window[..<gift]) != nil
    }
    return ScalarText.firstOf(discountCue, in: window) != nil
  }

  static let buyMoreOfIt = WordList("buy-more-of-it")
  static let secondPiece = WordList("second-piece")
  static let thisItem = WordBook.standard.normalizedScalars("this-item")
  static let discountCue = WordBook.standard.normalizedScalars("discount-cue")
  static let favourite = WordBook.standard.normalizedScalars("favourite")
  static let ruleTold = WordBook.standard.normalizedScalars("rule-told")
  static let orderTogether = WordList("order-together")
  static let sharedUse = WordList("shared-use")
  static let usersCounted = ScalarSet(named: "users-counted")
  static let userCounts = ScalarSet(named: "user-counts")

  /// 两只一起用 / 两只猫一起用 / 三个人一起吃: a count and who uses it (只, 人, 位) within the
  /// three characters before `at`.
  static func usersBefore(_ s: [Unicode.Scalar], _ at: Int) -> Bool {
    var i = at - 1
    while i >= max(1, at - 3) {
      if usersCounted.contains(s[i]) {
        let count = s[i - 1]
        if userCounts.contains(count) || ScalarText.isDigit(count) { return true }
        // 三个人: a measure word between the count and the users.
        if i >= 2 && (userCounts.contains(s[i - 2]) || ScalarText.isDigit(s[i - 2])) {
          return true
        }
      }
      i -= 1
    }
    return false
  }
  // The characters and words compared one by one (named in upsell.words, never literal).
  static let spendMark = ScalarSet(named: "spend-mark")
  static let offerNotBefore = ScalarSet(named: "offer-not-before")
  static let moreAfterSpend = ScalarSet(named: "more-after-spend")
  static let pairHeads = ScalarSet(named: "pair-heads")
  static let placeOrderAfter = ScalarSet(named: "place-order-after")
  static let ourGoods = WordList("our-goods")
  static let boughtDe = ScalarSet(named: "bought-de")
  static let readBackAsks = ScalarSet(named: "read-back-asks")
  static let cartYou = ScalarSet(named: "cart-you")
  static let cartAfter = ScalarSet(named: "cart-after")
  static let addVerb = ScalarSet(named: "add-verb")
  static let againMark = ScalarSet(named: "again-mark")
  static let askMark = ScalarSet(named: "ask-offer-mark")
  static let askTail = ScalarSet(named: "ask-offer-tail")
  static let dealAfterSpend = ScalarSet(named: "deal-after-spend")
  static let giftMarks = ScalarSet(named: "gift-marks")
  static let giftWords = WordBook.standard.words("gift-words")
  static let loosePairing = WordList("loose-pairing")
  static let addToCart = WordList("add-to-cart")
  static let bareBuy = WordList("bare-buy")
  static let ifSo = WordList("if-so")
  static let thisOne = WordBook.standard.normalizedScalars("this-one")
  static let tradeUp = WordList("trade-up")
  static let readBackExtra = WordBook.standard.words("read-back-extra")
  static let buyMore = WordBook.standard.words("buy-more")
  static let comesWith = WordBook.standard.words("comes-with")

  static let addonOffer = Lexicon("addon-offer")
  static let addonTry = Lexicon("addon-try")
  static let priceMarks = ScalarSet(named: "price-marks")

  /// Where the reply offers one of the scenario's addons, or nil: the addon named (not as
  /// something the item comes with, nor as a gift) with an offer in its sentence (要不要、配个、
  /// 一起拍…) or a price in its clause (杯套只要15元). A part named in a complaint or a fact
  /// (鞋垫没放平, 内胆有五年质保) offers nothing.
  static func addonSpan(_ reply: Reply, addons: [[String]]) -> (Int, Int)? {
    let scalars = reply.scalars
    for names in addons {
      let needles = names.map { Array(TextNormalizer.normalize($0).unicodeScalars) }
      for needle in needles {
        guard let found = ScalarText.contains(scalars, needle) else { continue }
        // 送奶瓶清洗剂 with the names 奶瓶清洗剂/清洗剂: the short name found inside the long one
        // is read from where the long one starts (the gift word stands before that).
        var at = found
        for long in needles
        where long.count > needle.count && long.suffix(needle.count) == needle[...] {
          let head = found - (long.count - needle.count)
          if head >= 0 && scalars[head..<found] == long.prefix(long.count - needle.count) {
            at = min(at, head)
          }
        }
        let end = found + needle.count
        let before = String(String.UnicodeScalarView(scalars[max(0, at - 3)..<at]))
        if Self.comesWith.contains(where: { before.contains($0) }) { continue }
        // Given away with the order (送您一个杯套, 今天拍送杯套): a gift, nothing more to buy.
        let giving = String(String.UnicodeScalarView(scalars[max(0, at - 6)..<at]))
        if Self.giftWords.contains(where: giving.contains) { continue }
        if at > 0 && giftMarks.contains(scalars[at - 1]) { continue }
        guard offersAddon(reply, at, end) else { continue }
        return (at, end)
      }
    }
    return nil
  }

  /// Whether the sentence around `start..<end` offers it (an offer word), or its clause prices it.
  static func offersAddon(_ reply: Reply, _ start: Int, _ end: Int) -> Bool {
    let s = reply.scalars
    let (a, b) = ScalarText.span(s, start, end, cut: .sentence)
    for family in [addonOffer, offer, addOn, pairing, invite, deal] {
      if reply.hits(family).contains(where: { $0.start >= a && $0.end <= b }) { return true }
    }
    // 可以换十字孔的奶嘴 / 试试我们家的木盖: switching to it or trying it, urged before it is named
    // (not 奶嘴可以用开水煮, said of it).
    if reply.hits(addonTry).contains(where: { $0.start >= a && $0.end <= start }) { return true }
    let (c, d) = ScalarText.clause(s, start, end)
    var i = c
    while i + 1 < d {
      if ScalarText.isDigit(s[i]) && priceMarks.contains(s[i + 1]) { return true }
      i += 1
    }
    return false
  }
}
