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
///
/// Built once per rubric (`RubricWords.flowCues`, like `StepCues`) and held by each reading, so
/// the per-reply path reads stored properties rather than a lazily initialised static (a
/// `swift_once` call) at each use.
final class ReceptionFlowCues: Sendable {

  // MARK: 进门问好

  let greet = Lexicon("greet")

  // MARK: Questions (接待咨询 and what a question is about)

  let questionWord = Lexicon("question-word")
  let roughly = Lexicon("roughly")
  let needTopic = Lexicon("need-topic")
  let buyerAddress = Lexicon("buyer-address")
  let askWord = Lexicon("ask-word")
  let selfAnswer = Lexicon("self-answer")
  let tellMe = Lexicon("tell-me")
  let notNeedsQuestion = Lexicon("not-needs-question")
  let complaintTopic = Lexicon("complaint-topic")
  let problem = Lexicon("problem")
  let yourIssue = Lexicon("your-issue")
  let orderQuestion = Lexicon("order-question")
  let askPrefix = Lexicon("ask-prefix")
  let shipTopic = Lexicon("ship-topic")
  let receivedCheck = Lexicon("received-check")
  let closeTopic = Lexicon("close-topic")
  let priceWord = Lexicon("price-word")
  let acceptance = Lexicon("acceptance")
  let recheck = Lexicon("recheck")

  // MARK: 推荐产品

  let recommend = Lexicon("recommend")
  let weakAdvice = Lexicon("weak-advice")
  let lookAtService = Lexicon("look-at-service")
  let praise = Lexicon("praise")
  let intensifier = Lexicon("intensifier")
  let feature = Lexicon("feature")
  let soldOut = Lexicon("sold-out")
  let alternative = Lexicon("alternative")
  let options = Lexicon("options")
  let whichOne = Lexicon("which-one")

  // MARK: 处理异议

  let objection = Lexicon("objection")
  let apology = Lexicon("apology")
  let troubleOrFix = Lexicon("trouble-or-fix")
  let brushOff = Lexicon("brush-off")
  let waitApology = Lexicon("wait-apology")
  let objectionAnswer = Lexicon("objection-answer")
  let buyerObjection = Lexicon("buyer-objection")
  let buyerObjectionSpared = Lexicon("buyer-objection-spared")

  // MARK: 促成交易

  let close = Lexicon("close")
  let priceCut = Lexicon("price-cut")
  let orderNow = Lexicon("order-now")

  // MARK: 确认订单

  let checkTag = Lexicon("check-tag")
  let checkVerb = Lexicon("check-verb")
  let checkWithBuyer = Lexicon("check-with-buyer")
  let checkLater = Lexicon("check-later")
  let checkAsked = ScalarSet(named: "check-asked")
  let receipt = Lexicon("receipt")
  let checkOwn = Lexicon("check-own")
  let confirmTopic = Lexicon("confirm-topic")
  let orderSeen = Lexicon("order-seen")
  let noteSeen = Lexicon("note-seen")
  let seenIt = Lexicon("seen-it")
  let confirmDirect = Lexicon("confirm-direct")
  let orderReadBack = Lexicon("order-read-back")
  let orderNamed = Lexicon("order-named")

  // MARK: 礼貌告别

  let farewell = Lexicon("farewell")
  let thanks = Lexicon("thanks")
  let thanksFor = Lexicon("thanks-for")
  let openDoor = Lexicon("open-door")

  // MARK: 下单发货

  let ship = Lexicon("ship")
  let notShip = Lexicon("not-ship")
  let promotion = Lexicon("promotion")

}
