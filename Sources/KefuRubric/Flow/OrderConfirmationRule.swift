import KefuScenario
import KefuText

/// 核对订单信息: when the seller confirms an order (the `confirm` step), the confirmation should
/// name the recipient, the phone number, the address and the item (with size or colour).
/// A reply that confirms nothing passes; a confirmation that leaves some out triggers.
public struct OrderConfirmationRule: Rule {
  public init() {}

  // MARK: Data

  static let recipient = Lexicon("order-recipient")
  static let phone = Lexicon("order-phone")
  static let address = Lexicon("order-address")
  static let item = Lexicon("order-item")
  static let defaultAddress = Lexicon("order-default-address")
  static let refundWords = Lexicon("refund-read-back")
  static let refundOrder = Lexicon("refund-order")
  static let refundAmount = Lexicon("refund-amount")

  // MARK: Description

  public var description: RuleDescription {
    RuleDescription(
      id: "order_confirmation", name: "核对订单信息",
      explanation: """
        很多售后纠纷都出在买家拍错、填错，而客服又没有核对。买家下单后，客服要把订单信息和买家对一遍：\
        收件人、联系电话、收货地址，还有商品本身（款式、尺码、颜色、数量）。一条核对订单的回复漏了其中任何一项，\
        就会被指出缺了什么；没有在核对订单的回复不受这条规则约束。核对订单指把订单细节读给买家\
        （颜色尺码、数量、地址、电话、收件人）并请买家确认，或者请买家核对这些信息；\
        客服自己去「确认库存」「核实物流」、提醒买家「确认收货」都不是核对订单。\
        答应以后再核对（拍好后我帮您核对一下地址、等您拍下我再跟您核对、发货前会再跟您核对一遍）还不是核对：\
        回复里没念出任何订单细节，核对的话又紧跟在「拍好后」「下单后」「稍后」这类说以后的词后面（同一句里）时，\
        这条规则不指出漏项，等真正核对的那条回复再看说没说全；接待流程里这样的答应仍记作确认订单\
        （两位老师标注真实店铺回复时都把它标成了确认订单）。请买家自己核对（拍好以后请您核对一下收件地址）\
        是请买家现在就看，照常要说全。\
        买家用账号里的默认地址时，「寄到您的默认地址，对吗」就核对了收件人、电话和地址（默认地址连着这三项），\
        只要再说清商品。买家要退款、退货时，念给买家核对的是退款：说清是哪一单（订单或订单号）、退回哪件商品、\
        退多少钱，不问收件人和电话，漏了其中一项才指出。
        """,
      triggers: [
        RuleExample("跟您核对一下地址：杭州市西湖区文三路8号，对吗？", mark: "跟您核对一下地址：杭州市西湖区文三路8号，对吗？"),
        RuleExample("您拍的是白色L码对吧？", mark: "您拍的是白色L码对吧？"),
        RuleExample("和您确认下订单信息：收件人李先生，电话13900001111", mark: "和您确认下订单信息：收件人李先生，电话13900001111"),
        RuleExample("确认一下收货地址是上海市浦东新区张江路100号，收件人陈小姐", mark: "确认一下收货地址是上海市浦东新区张江路100号，收件人陈小姐"),
        RuleExample("黑色40码一双，寄到南京市鼓楼区中山路，没问题吧？", mark: "黑色40码一双，寄到南京市鼓楼区中山路，没问题吧？"),
        RuleExample("麻烦您核对一下收货地址是否正确", mark: "麻烦您核对一下收货地址是否正确"),
        RuleExample(
          "核对一下哦：奶白色保温杯一个，寄到成都市武侯区天府大道99号，13912345678",
          mark: "核对一下哦：奶白色保温杯一个，寄到成都市武侯区天府大道99号，13912345678"),
        // A request that the buyer check once the order is in is still a check asked for now.
        RuleExample("拍好以后请您核对一下收件地址哦", mark: "拍好以后请您核对一下收件地址哦"),
        // Checked and then paid: put to the buyer, so a check asked for now.
        RuleExample("请您核对后再付款哦，黑色40码一双", mark: "请您核对后再付款哦，黑色40码一双"),
        // The default address stands for recipient, phone and address; the item is still read.
        RuleExample("好的亲，寄到您的默认地址，对吗？", mark: "好的亲，寄到您的默认地址，对吗？"),
      ],
      passes: [
        RuleExample(
          "跟您核对一下订单：碎花连衣裙M码，收件人王女士，电话13812345678，寄到杭州市西湖区文三路8号"),
        RuleExample("亲，确认下您的订单信息哦：米色L码一件；收货人赵先生；手机138****5678；北京市朝阳区建国路1号"),
        RuleExample("亲，按您的身高体重，M码会比较合身"),
        RuleExample("好的亲，今天下单今天发货，感谢您的支持"),
        RuleExample("我帮您确认一下订单状态"),
        // A check promised for later: nothing read back yet, the read-back is judged when it comes.
        RuleExample("好的亲，拍好后我帮您核对一下地址"),
        RuleExample("等您拍下我再跟您核对一下订单信息"),
        RuleExample("亲拍好跟我说一声，帮您核对地址哈"),
        RuleExample("核对一下哦：奶白色保温杯一个，王海燕 13912345678，寄到成都市武侯区天府大道99号"),
        RuleExample("发货前我们会再跟您核对一遍收货地址"),
        RuleExample("跟您核对一下：空气炸锅一台，收件人周女士，电话13900002222，寄到南京市玄武区北京东路1号"),
        RuleExample("亲，跟您核对一下：保温杯两个，寄到您的默认地址，对吗？"),
        RuleExample("我这边核实一下仓库库存"),
        RuleExample("稍等一下，这边正在帮您核实订单信息"),
        RuleExample("收到货记得确认收货哦"),
        RuleExample("不是本人签收的话，可以联系快递员核实一下"),
        // The seller checks a photo, then acts: no order read back (一张 is the photo).
        RuleExample("麻烦您拍一张包裹里发货单的照片，我们核实后马上给您补发"),
        RuleExample(""),
      ],
      tip: "核对订单要齐全{where}：{parts}都要说到。", tipOrder: 130,
      cost: 4, patienceCost: 0,
      summary: "核对订单时要说全商品、收件人、电话和地址")
  }

  // MARK: Judging

  /// Whether the reply reads back the order's details: three of item, recipient, phone and
  /// address, with an actual phone number or at least two address parts (市、区、路…) in it.
  /// The families `readsBackDetails` reads, in one static: each `static let` read is a
  /// `swift_once` call.
  private static let details = (address: address, recipient: recipient, item: item, phone: phone)

  static func readsBackDetails(_ reply: Reply) -> Bool {
    let (address, recipient, item, phone) = details
    let addressParts = reply.hits(address).count
    // Cheap parts first: without three of them there is no read-back, whatever the digits.
    var possible = (addressParts > 0 ? 1 : 0) + (reply.contains(recipient) ? 1 : 0)
    possible += (reply.contains(item) ? 1 : 0) + 1
    guard possible >= 3 else { return false }
    let phoneNumber = ScalarText.phoneNumber(reply.scalars) != nil
    guard phoneNumber || addressParts >= 2 else { return false }
    var parts = 0
    if reply.contains(recipient) { parts += 1 }
    if phoneNumber || reply.contains(phone) { parts += 1 }
    if addressParts > 0 { parts += 1 }
    if reply.contains(item) { parts += 1 }
    return parts >= 3
  }

  /// How many kinds of concrete order detail the reply states: a colour (黑色), a size (42码,
  /// L码), a quantity (一件, 两袋), an address (two parts of 省市区路…), a phone number (or its
  /// tail: 尾号3356, 138开头), a recipient (收件人, 王女士).
  static func detailKinds(_ reply: Reply) -> Int {
    let s = reply.scalars
    // The character classes fetched once, not at every scalar (a static is a call each time).
    let (colourHeads, measures) = (Self.colourHeads, Self.measures)
    let (numerals, notQuantity) = (Self.numerals, Self.notQuantity)
    let (colourChar, sizeMarks) = (Self.colourChar, Self.sizeMarks)
    var colour = false
    var size = false
    var quantity = false
    var i = 0
    while i < s.count {
      let x = s[i]
      if colourChar.contains(x) && i > 0 && colourHeads.contains(s[i - 1]) { colour = true }
      if ScalarText.isDigit(x) {
        var k = i
        while k < s.count && ScalarText.isDigit(s[k]) { k += 1 }
        if k < s.count && sizeMarks.contains(s[k]) { size = true }
        if k < s.count && measures.contains(s[k]) { quantity = true }
        i = k
        continue
      }
      if ScalarText.isLatin(x) {
        var k = i
        while k < s.count && (ScalarText.isLatin(s[k]) || ScalarText.isDigit(s[k])) { k += 1 }
        if k - i <= 4 && sizeLetters.contains(asciiWord(s[i..<k])) { size = true }
        i = k
        continue
      }
      if numerals.contains(x) && i + 1 < s.count && measures.contains(s[i + 1])
        && (i == 0 || !notQuantity.contains(s[i - 1]))
        && !(i > 0 && photoVerbs.contains(s[i - 1]) && photoMeasure.contains(s[i + 1]))
      {
        quantity = true
      }
      i += 1
    }
    var kinds = (colour ? 1 : 0) + (size ? 1 : 0) + (quantity ? 1 : 0)
    if reply.hits(address).count >= 2 { kinds += 1 }
    if ScalarText.phoneNumber(s) != nil || ScalarText.firstOf(phoneTail, in: s[...]) != nil {
      kinds += 1
    }
    if reply.contains(recipient) { kinds += 1 }
    return kinds
  }

  /// A run of ASCII letters and digits as a string, made from its bytes (a string built scalar
  /// by scalar costs some thousands of instructions; this is a small string on the stack).
  static func asciiWord(_ run: ArraySlice<Unicode.Scalar>) -> String {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: run.count) { bytes in
      for (j, scalar) in run.enumerated() { bytes[j] = UInt8(truncatingIfNeeded: scalar.value) }
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  static let colourHeads = ScalarSet(named: "colour-heads")
  static let measures = ScalarSet(named: "measures")
  static let numerals = ScalarSet(named: "order-numerals")
  static let notQuantity = ScalarSet(named: "not-quantity")
  static let colourChar = ScalarSet(named: "colour-char")
  /// 拍一张 / 发两张: photos asked for, not a quantity ordered (`photo-verbs`, `photo-measure`).
  static let photoVerbs = ScalarSet(named: "photo-verbs")
  static let photoMeasure = ScalarSet(named: "photo-measure")
  static let sizeMarks = ScalarSet(named: "size-marks")
  static let sizeLetters = WordBook.standard.set("size-letters")
  static let phoneTail = WordBook.standard.normalizedScalars("phone-tail")

  /// Whether a quantity stands in the text: a number or numeral before a measure (一台, 2件).
  static func statesQuantity(_ s: [Unicode.Scalar]) -> Bool {
    guard s.count >= 2 else { return false }
    for i in 1..<s.count where measures.contains(s[i]) {
      let x = s[i - 1]
      if ScalarText.isDigit(x) { return true }
      if numerals.contains(x) && (i < 2 || !notQuantity.contains(s[i - 2])) { return true }
    }
    return false
  }

  /// Whether a name stands right before the phone number (李建国 13800001111, 张敏，138…): two
  /// to four 汉字 after a sentence cut or the start, then at most a comma or a space.
  static func namesBeforePhone(_ s: [Unicode.Scalar], phone: (Int, Int)) -> Bool {
    var end = phone.0
    while end > 0 && (s[end - 1] == " " || s[end - 1] == ",") { end -= 1 }
    var start = end
    while start > 0 && ScalarText.isHan(s[start - 1]) && end - start < 5 { start -= 1 }
    // (跟您核对一下：李明，135…: a colon before the name opens the read-back.)
    let boundary =
      start == 0 || Punctuation.of(s[start - 1]).contains(.near) || s[start - 1] == " "
      || s[start - 1] == ":"
    return (2...4).contains(end - start) && boundary
  }

  static let itemPart = "商品（款式、尺码或颜色）"

  /// The parts of an order a confirming reply leaves out, by Chinese name.
  static func missing(_ reply: Reply, product: String?) -> [String] {
    var missing: [String] = []
    let phoneNumber = ScalarText.phoneNumber(reply.scalars)
    // 寄到您的默认地址: the account's address entry, recipient and phone with it.
    let byDefault = reply.contains(defaultAddress)
    if !byDefault && !reply.contains(recipient)
      && !(phoneNumber.map { namesBeforePhone(reply.scalars, phone: $0) } ?? false)
    {
      missing.append("收件人")
    }
    if !byDefault && !reply.contains(phone) && phoneNumber == nil {
      missing.append("电话")
    }
    if !reply.contains(address) { missing.append("地址") }
    // 电饭煲一台 / 两盒: a product named with its quantity is the item.
    if !reply.contains(item) && !statesQuantity(reply.scalars) {
      missing.append(itemPart)
    }
    return missing
  }

  /// The start of the finding's message on a refund read-back (the card's tip then asks for
  /// the order, the item and the sum, as the after-sales tip does).
  static let refundFinding = "核对退款时漏了："
  /// What a full check names, for the card's tip: a delivery's, a refund's.
  static let orderParts = "商品、收件人、电话、地址"
  static let refundParts = "是哪一单、退回哪件商品、退多少钱"

  /// Whether the reply reads back a refund to a buyer who asked for their money back: the buyer
  /// asked for a refund or a return (`StepContext.asksRefund`, not an exchange) and the reply
  /// speaks of it (`refund-read-back`: 退的是、退款), reading back no recipient, no phone and
  /// no address (寄到杭州市…: a delivery read-back that mentions 七天无理由退货 after the buyer
  /// asked 不合适能退吗 is still checked as a delivery; 原路退回 is one address word, not two).
  static func readsBackRefund(_ reply: Reply, context: ReplyContext) -> Bool {
    guard reply.contains(refundWords), !reply.contains(recipient), !reply.contains(phone),
      reply.hits(address).count < 2, ScalarText.phoneNumber(reply.scalars) == nil
    else { return false }
    let buyer = context.history.lazy.filter { $0.role == .buyer }.map(\.text)
    return StepContext.asksRefund(context.buyerMessages + buyer)
  }

  /// The parts of a refund a read-back leaves out: the order (订单, 单号, or the order number as a
  /// run of eight digits or more), the item (as an order's item: 沙发套一件) and the sum (158元,
  /// 全款).
  static func refundMissing(_ reply: Reply) -> [String] {
    var missing: [String] = []
    if !reply.contains(refundOrder) && !hasDigitRun(reply.scalars, atLeast: 8) {
      missing.append("哪一单")
    }
    if !reply.contains(item) && !statesQuantity(reply.scalars) { missing.append("退回的商品") }
    if !reply.contains(refundAmount) { missing.append("退款金额") }
    return missing
  }

  /// Whether `s` holds `n` digits or more in a row.
  static func hasDigitRun(_ s: [Unicode.Scalar], atLeast n: Int) -> Bool {
    var run = 0
    for x in s {
      run = ScalarText.isDigit(x) ? run + 1 : 0
      if run >= n { return true }
    }
    return false
  }

  /// The buyer's opening messages when they raise a fault in an order already placed (碎了、发错了、
  /// 要退款): what is sent now replaces an order already checked. Nil otherwise.
  static func afterSalesOpening(_ context: ReplyContext) -> [String]? {
    let opening =
      context.history.isEmpty
      ? context.buyerMessages : context.history.prefix { $0.role == .buyer }.map(\.text)
    return StepContext.raisesAfterSales(opening) ? opening : nil
  }

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    guard ReceptionFlowRule.isConfirming(reply) else { return }
    // 拍好后我帮您核对一下地址: a check promised, nothing read back yet; the read-back is judged.
    if ReceptionFlowRule.onlyPromisesCheck(reply) {
      judgement.promisesCheck = true
      return
    }
    // 先核对商品…拍好后我再帮您核对一遍: the full check is promised; nothing is missing yet.
    if ReceptionFlowRule.promisesLaterCheck(reply) { return }
    // 退的是订单…里的沙发套一件，退款158元: a refund is checked by its order, item and sum.
    if Self.readsBackRefund(reply, context: context) {
      let missing = Self.refundMissing(reply)
      guard !missing.isEmpty else { return }
      judgement.findings.append(
        reply.wholeFinding(
          "order_confirmation", Self.refundFinding + missing.joined(separator: "、"),
          suggestion: "退款前一次核对齐全：是哪一单、退回哪件商品、退多少钱，请买家确认无误"))
      return
    }
    var missing = OrderConfirmationRule.missing(reply, product: context.product)
    // 新的明天给您发出，地址还是下单那个对吗: a buyer who came with a fault in their order is
    // sent a replacement for the item they bought, to the recipient and phone they gave; where
    // it goes is all there is to check.
    // An exchange (拍错了，想换成150的) sends another item: that is checked too.
    if let opening = OrderConfirmationRule.afterSalesOpening(context) {
      let kept = StepContext.opensExchange(opening) ? ["地址", Self.itemPart] : ["地址"]
      missing = missing.filter(kept.contains)
    }
    guard !missing.isEmpty else { return }
    judgement.findings.append(
      reply.wholeFinding(
        "order_confirmation", "核对订单时漏了：" + missing.joined(separator: "、"),
        suggestion: "一次核对齐全：商品和尺码颜色、收件人、电话、收货地址，请买家确认无误"))
  }
}
