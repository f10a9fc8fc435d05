import KefuText

/// The cues of the eight reception steps: phrase lists (data a teacher can read and extend) and
/// the frames that combine them. A step is rarely one keyword; it is a kind of move:
///
/// - a genuine question to the buyer is needs-finding (接待咨询) unless it is a greeting formula,
///   a proposal (…可以吗), a request for an order number, a check of details, or about a complaint
///   (处理异议), the parcel (下单发货) or the payment (促成交易);
/// - advice on size, colour or model (建议拿L码, 可以拍41), praise of a product (这款特别香), an
///   alternative when something is gone, and a cross-sell offer are recommending (推荐产品);
/// - reassurance, an apology for a problem, a remedy (补发, 补偿, 帮您换), holding the price and
///   explaining a defect away are objection handling (处理异议);
/// - urgency, a sweetener tied to ordering now (现在下单还送…), a coupon, a nudge to pay close;
/// - a read-back of the order's details with a check (…没错吧) or a request to check them confirms;
/// - goodbyes, wishes, thanks for support, review requests say farewell — and the open door
///   (有问题随时找我) only when the reply sells nothing else, i.e. when it closes the talk;
/// - courier, dispatch, delivery, postage and reshipping are shipping notes.
extension ReceptionFlowRule {
  // MARK: 进门问好

  static let greet = Lexicon("greet")

  // MARK: Questions (接待咨询 and what a question is about)

  static let questionWord = Lexicon("question-word")
  static let needTopic = Lexicon("need-topic")
  static let buyerAddress = Lexicon("buyer-address")
  static let askWord = Lexicon("ask-word")
  static let selfAnswer = Lexicon("self-answer")
  static let tellMe = Lexicon("tell-me")
  static let notNeedsQuestion = Lexicon("not-needs-question")
  static let complaintTopic = Lexicon("complaint-topic")
  static let problem = Lexicon("problem")
  static let orderQuestion = Lexicon("order-question")
  static let askPrefix = Lexicon("ask-prefix")
  static let shipTopic = Lexicon("ship-topic")
  static let receivedCheck = Lexicon("received-check")
  static let closeTopic = Lexicon("close-topic")
  static let priceWord = Lexicon("price-word")
  static let acceptance = Lexicon("acceptance")
  static let recheck = Lexicon("recheck")

  // MARK: 推荐产品

  static let recommend = Lexicon("recommend")
  static let weakAdvice = Lexicon("weak-advice")
  static let lookAtService = Lexicon("look-at-service")
  static let praise = Lexicon("praise")
  static let intensifier = Lexicon("intensifier")
  static let feature = Lexicon("feature")
  static let soldOut = Lexicon("sold-out")
  static let alternative = Lexicon("alternative")
  static let options = Lexicon("options")
  static let whichOne = Lexicon("which-one")

  // MARK: 处理异议

  static let objection = Lexicon("objection")
  static let apology = Lexicon("apology")
  static let troubleOrFix = Lexicon("trouble-or-fix")
  static let brushOff = Lexicon("brush-off")
  static let waitApology = Lexicon("wait-apology")
  static let objectionAnswer = Lexicon("objection-answer")
  static let buyerObjection = Lexicon("buyer-objection")

  // MARK: 促成交易

  static let close = Lexicon("close")
  static let priceCut = Lexicon("price-cut")
  static let orderNow = Lexicon("order-now")

  // MARK: 确认订单

  static let checkTag = Lexicon("check-tag")
  static let checkVerb = Lexicon("check-verb")
  static let checkWithBuyer = Lexicon("check-with-buyer")
  static let receipt = Lexicon("receipt")
  static let confirmTopic = Lexicon("confirm-topic")
  static let orderSeen = Lexicon("order-seen")
  static let noteSeen = Lexicon("note-seen")
  static let seenIt = Lexicon("seen-it")
  static let confirmDirect = Lexicon("confirm-direct")

  // MARK: 礼貌告别

  static let farewell = Lexicon("farewell")
  static let thanks = Lexicon("thanks")
  static let thanksFor = Lexicon("thanks-for")
  static let openDoor = Lexicon("open-door")

  // MARK: 下单发货

  static let ship = Lexicon("ship")
  static let notShip = Lexicon("not-ship")
  static let promotion = Lexicon("promotion")

}
