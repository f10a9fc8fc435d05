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

  /// Greetings and the opening offer of help.
  static let greet = Lexicon(
    "greet",
    [
      "您好", "你好", "亲好", "欢迎光临", "欢迎来到", "欢迎您", "欢迎进店", "欢迎回来", "很高兴为您服务",
      "很高兴为你服务", "很高兴为您效劳", "有什么可以帮", "有什么能帮", "有什么可以为您", "有什么需要帮",
      "请问有什么需要", "在的", "在呢", "我在", "由我来接待", "由我接待", "为您接待", "我来接待", "早上好", "上午好", "中午好", "下午好",
      "晚上好", "hello", "欢迎回家", "来了来了", "来啦来啦", "来了亲",
      "哈喽", "嗨",
    ])

  // MARK: Questions (接待咨询 and what a question is about)

  /// Words that make a clause a question even without ？ when a particle (呢/呀/啊) closes it.
  static let questionWord = Lexicon(
    "question-word",
    [
      "什么", "哪", "多少", "几", "怎么", "怎样", "如何", "为什么", "是否", "是不是", "有没有", "要不要", "能不能",
      "可不可以", "会不会", "多大", "多高", "多重", "多久", "多长", "谁", "行不行", "好不好", "对不对", "合不合适",
      "喜不喜欢", "需不需要", "用不用", "方不方便", "还是",
    ])
  /// What needs-finding asks about; with 方便说/告诉我 it makes a request an inquiry too.
  static let needTopic = Lexicon(
    "need-topic",
    [
      "身高", "体重", "多高", "多重", "几斤", "平时穿", "穿什么码", "穿多大", "尺码", "码数", "腰围", "胸围",
      "肩宽", "脚长", "脚背", "脚宽", "鞋码", "预算", "价位", "场合", "用途", "送人", "送给", "自己穿", "自己用",
      "给谁", "买给", "喜欢", "什么颜色", "风格", "款式", "肤质", "油皮", "干皮", "敏感肌", "过敏", "发质", "年龄", "几岁",
      "月龄", "几个月", "孩子", "宝宝", "长辈", "老人", "需求", "要求", "在意", "看重", "想要", "想找", "想买",
      "需要什么", "其他需要", "别的需要", "还需要", "什么样的", "面积", "平米", "房间", "户型", "几室", "卧室",
      "客厅", "口味", "口感", "机型", "型号", "平时", "主要", "经常", "打算", "几口人", "家里人", "习惯用",
      "偏好", "用来", "用于", "尺寸", "需要了解", "想了解", "想看", "想订", "想选", "想挑", "看中", "看上", "多大了",
      "多大的", "多宽", "多长", "宽度", "长度", "高度", "位置", "空间", "是给", "用过", "之前用", "之前吃", "吃的是",
      "用的是", "穿的是", "牌子", "合眼缘", "中意", "心仪", "看着顺眼", "还有啥", "还要啥", "还有什么需要", "还有别的需要", "要问的", "想问的",
    ])
  /// Addressing the buyer: a question put to them may find out needs.
  static let buyerAddress = Lexicon(
    "buyer-address",
    ["您", "你", "亲", "宝子", "宝宝们", "家人", "姐妹", "小姐姐", "哥哥", "朋友", "主子", "家里", "您家", "你家"])
  /// The seller asking (我想问一下…): the buyer is still the topic.
  static let askWord = Lexicon("ask-word", ["问", "请教", "了解"])
  /// A question answered at once by the seller (为什么…？因为…; 这个怎么用呢？您先…): 设问.
  static let selfAnswer = Lexicon(
    "self-answer", ["因为", "那是因为", "答案是"])
  /// A request for the buyer's details rather than a question (方便说一下您的身高体重).
  static let tellMe = Lexicon(
    "tell-me", ["方便说", "方便告诉", "告诉我", "说一下", "说下", "跟我说说", "发一下您的", "麻烦说", "报下", "报一下", "报个"])
  /// Questions that are not needs-finding: a proposal awaiting yes/no, a request for an order
  /// number or a picture, an after-sales check-in.
  static let notNeedsQuestion = Lexicon(
    "not-needs-question",
    [
      "可以吗", "好吗", "行吗", "行不行", "可不可以", "好不好", "成吗", "真的吗", "真的假的", "还习惯吗",
      "用着还好吗", "用得还好吗", "介意吗", "您看需要", "满意吗", "合不合适", "合适吗", "这样怎么样", "您看怎么样",
      "麻烦", "发我", "发给我", "考虑", "订单", "我们可以", "我可以", "我们帮", "我帮", "我给", "截图", "截个图", "收到货",
      "在我们店", "在我们家买", "在本店", "是吗",
      "对吗", "对吧", "没错吧", "没错吗", "对不对", "是否正确", "有没有问题",
    ])
  /// A question about one of these handles a complaint or a doubt (是不是拍错了, 想要什么价).
  static let complaintTopic = Lexicon(
    "complaint-topic",
    [
      "拍错", "选错", "选成", "填错", "写错", "用了", "烘干机", "烘过", "烘了", "暴晒", "高温", "水洗", "洗了", "洗过", "洗的",
      "掉毛", "不满意",
      "不合适", "不适合",
      "什么问题", "价格", "价钱", "什么价", "这个价", "这价", "贵", "便宜", "质量", "破", "坏", "漏", "色差", "起球", "缩水",
      "掉色",
      "担心", "顾虑", "退", "换货", "假货", "假的", "犹豫", "纠结", "少了", "缺了",
    ])
  /// A problem being looked into: a guessed cause (会不会是…), how the buyer used the item, a
  /// fault, a request for a photo of it. A question in a reply that looks into a problem handles
  /// the complaint (处理异议), it does not find out needs.
  static let problem = Lexicon(
    "problem",
    [
      "会不会是", "是不是因为", "是不是用", "是不是没", "是不是被", "是不是放", "是不是洗", "怎么安装", "怎么装的",
      "怎么用的", "怎么洗的", "怎么使用的", "怎么操作的", "怎么保存的", "怎么放的", "怎么充的", "拍个照", "拍张照",
      "拍照", "拍个视频", "拍一下照片", "照片", "视频", "用不了", "不能用", "打不开", "开不了", "不工作", "没反应",
      "不出水", "不亮", "的问题", "问题我", "出问题", "有问题", "什么问题", "不正常", "正常吗", "非原装", "原装的",
      "坏了", "破了", "漏了", "少零件", "少配件", "缺零件", "发错", "少发", "漏发", "错发", "怎么会缺",
      "怎么会少", "怎么会坏", "怎么会漏", "缺一个", "少一个", "少了一", "缺了一", "贴错", "弄错", "搞错", "装错",
      "寄错", "标错", "颠", "松了", "接触不良", "没电", "卡住", "受潮", "磕", "再试试", "重启", "拧紧",
      "插紧", "补发",
    ])
  /// A question about the order's own details checks the order (确认订单): the invoice, who
  /// receives it, a duplicate order, a field left blank.
  static let orderQuestion = Lexicon(
    "order-question",
    [
      "发票", "抬头", "税号", "收件人", "收货人", "本人", "重复拍", "拍重", "重复下单", "两单", "拍了两", "哪位亲拍",
      "哪位拍", "谁拍的", "谁下的", "哪位下的", "没填", "填全", "漏填", "地址那", "写的是", "填的是", "留的是", "特意", "这么拍的",
      "故意拍", "是故意",
    ])
  /// 请问/想问下…: a question even without ？ or a particle.
  static let askPrefix = Lexicon("ask-prefix", ["请问", "想问", "问一下", "问下", "方便问"])
  /// A question about one of these is a shipping note (是您本人签收的吗).
  static let shipTopic = Lexicon(
    "ship-topic",
    [
      "地址", "签收", "快递", "物流", "包裹", "发货", "到货了", "到货时间", "收到了", "没收到", "派送", "驿站",
      "城市", "送还是", "哪天送", "几点送", "什么时候送", "有人收", "送货", "配送", "能到", "自提",
    ])
  /// After-sale receipt checks (宝贝收到了吗): before a review request, a follow-up.
  static let receivedCheck = Lexicon("received-check", ["收到了", "到了吗", "签收了"])
  /// A question about one of these nudges the order (价格可以接受吗, 是有什么顾虑还没付款).
  static let closeTopic = Lexicon(
    "close-topic", ["付款", "接受", "改价", "下单了", "拍了吗", "拍下了", "拍好了", "下好单"])
  /// The price put to the buyer for acceptance (这个价格您还满意吗) nudges the order too.
  static let priceWord = Lexicon("price-word", ["价格", "价钱", "这个价", "这价"])
  static let acceptance = Lexicon("acceptance", ["满意", "接受", "可以吗", "行吗", "合适吗", "能行"])
  /// Asking the buyer to send or say the order's details again checks them (确认订单).
  static let recheck = Lexicon(
    "recheck", ["再发我一遍", "再发一遍", "再发一下", "再说一遍", "再确认", "再核对", "再对一下", "再核实"])

  // MARK: 推荐产品

  /// Recommending on their own: advice, a pick, a seller's praise of an item.
  static let recommend = Lexicon(
    "recommend",
    [
      "推荐", "建议您", "建议选", "建议拍", "建议拿", "建议买", "建议入", "建议穿", "建议换", "建议用", "建议试",
      "建议一起", "适合您", "适合你", "很适合", "比较适合", "更适合", "最适合", "合身", "正合适", "刚好合适",
      "挺合适", "会合适", "就合适", "码就可以", "码就行", "码正好", "码刚好", "码合适", "穿着刚好", "大一码",
      "小一码", "大一号", "小一号", "选这款", "拍这款", "这款更", "这一款更", "性价比", "卖得很好", "卖得最好", "热销",
      "爆款", "人气", "受欢迎", "回购", "好评如潮", "好评率", "都说好", "您可以试试", "可以考虑", "首选", "主推",
      "上身效果", "新品", "新款上市", "上新", "欢迎选购", "可以看看", "可以看一下", "您看看",
      "很合适", "蛮合适", "特别合适", "非常合适", "刚刚好", "卖爆", "卖疯", "断货王", "销量", "最好先",
      "最好配", "最好垫", "最好搭", "最好加", "最好再", "最好选", "最好买", "最好用", "比较合适", "最合适", "更合适",
      "挺适合", "就够了", "够用了", "足够用", "闭眼入这", "放心入", "值得入手", "值得买", "那得选", "就得选", "就选",
      "选这", "拿这", "入这款", "入这双", "入这个", "招牌", "镇店", "店长推荐", "力荐", "必买", "必入", "回头客",
      "口碑", "卖得特别好", "卖得超好", "卖得好", "卖得火", "很火", "火爆", "抢手", "更划算", "更实惠", "先拍小",
      "拍小样", "拍个小样", "试用装",
      "正常拿", "正常拍", "正常选", "正常码", "按平时", "拿平时", "拍平时", "不偏大", "不偏小", "就是这款",
      "就是这个型号", "型号对得上", "对得上", "二选一", "热门", "升级成", "升级到", "就够", "就足够",
    ])
  /// Weak advice (可以拍, 可以换成): recommending only when an option follows (可以拍41).
  static let weakAdvice = Lexicon(
    "weak-advice", ["可以拍", "可以选", "可以拿", "可以换成", "可以换", "可以买", "换个", "换一个", "拍", "选", "拿"])
  /// After 可以看看: the buyer is sent to look at a service page, not at an item.
  static let lookAtService = Lexicon(
    "look-at-service",
    ["物流", "订单", "详情", "尺码表", "快递", "单号", "截图", "照片", "记录", "评价", "说明"])
  /// A seller's praise of an item, counted after an intensifier (特别香, 真的超级好穿).
  static let praise = Lexicon(
    "praise",
    [
      "好看", "好穿", "好用", "好吃", "好闻", "好喝", "香", "舒服", "舒适", "暖和", "保暖", "透气", "亲肤", "柔软",
      "软糯", "轻便", "耐穿", "耐用", "实用", "日常", "清新", "显瘦", "显白", "百搭", "洋气", "时尚", "高级",
      "有质感", "精致", "好搭", "耐看", "甜", "鲜", "嫩", "清爽", "耐脏", "结实", "大气", "协调", "脆",
      "下饭", "好养", "省电", "静音", "安静", "方便", "牢固", "贴合", "服帖", "保湿", "滋润", "温和", "护眼", "耐摔",
      "防摔", "出片", "上镜", "显气质", "有档次", "上档次", "透亮", "解腻",
    ])
  /// Intensifiers that make a praise word the seller's pitch.
  static let intensifier = Lexicon(
    "intensifier",
    ["很", "特别", "超", "非常", "真的", "也很", "比较", "更", "最", "挺", "蛮", "十分", "相当", "超级", "巨"])
  /// A feature stated with a number or a boast (续航有八个小时).
  static let feature = Lexicon(
    "feature",
    [
      "续航", "待机", "充一次", "一次充电", "能用一", "降噪", "大容量", "防水", "加厚", "加绒", "新米", "今年的新", "现磨",
      "原产地", "新出的", "今年新", "最新款", "升级版", "升级款", "采用", "带自动", "可调", "可以调", "支持无线",
      "支持快充", "支持蓝牙", "更轻", "更薄", "适配", "兼容", "现炒", "现做", "现烤", "现摘", "刚摘", "新鲜到货",
      "当天现", "纯棉", "不锈钢", "食品级", "涂层", "工厂直发", "厂家直发", "产地直发", "源头", "满电", "充电的",
      "能亮", "防摔款", "防滑", "防漏", "可坐可躺", "可折叠", "单手", "一键", "认证", "无添加", "零添加", "没有甲醛",
      "无甲醛", "大卡", "低卡", "低糖", "无糖", "专门做的", "专为", "手工", "纯手工", "没有添加", "不含添加",
    ])
  /// Gone from stock: an alternative named alongside is a substitute recommended.
  static let soldOut = Lexicon(
    "sold-out", ["没货", "没有货", "缺货", "断货", "断码", "卖完", "售罄", "卖光", "下架", "停产", "没了"])
  /// …the alternative offered in its place.
  static let alternative = Lexicon(
    "alternative",
    [
      "这款", "那款", "这个", "换个", "换一款", "相近", "类似", "差不多", "升级", "同价位", "其他款", "别的款", "这根",
      "这条", "这件", "这双", "这瓶", "这台", "这支", "这只", "这把", "这套", "这束", "这盒", "同系列", "同品牌",
      "同一个", "另一款", "那个",
    ])
  /// Options laid out for the buyer to choose from (两个版本…您看要哪个): recommending.
  static let options = Lexicon(
    "options", ["两个版本", "两种", "两款", "几款", "几种", "都有货", "都有的", "都有现货", "版本"])
  static let whichOne = Lexicon("which-one", ["哪一", "哪个", "哪款", "哪种", "哪本", "哪件"])

  // MARK: 处理异议

  /// Reassurance and guarantees, holding or explaining the price, remedies, defects explained.
  static let objection = Lexicon(
    "objection",
    [
      "放心", "无理由", "退换", "退货", "换货", "运费险", "包退", "包换", "假一赔", "正品", "质量保证", "品质保证",
      "保证质量", "质量绝对", "售后", "理解您", "能理解", "明白您", "您的顾虑", "您的担心", "不用担心", "别担心",
      "顾虑", "最低价", "最低了", "底价", "活动价", "最优惠", "一分钱一分货", "一分价钱一分货", "利润", "成本",
      "平均下来", "算下来", "每天只要", "相当于每天", "帮您申请", "申请一下", "老板", "权限", "不满意", "包您满意",
      "可以退", "再退", "无忧", "保障", "不能少", "不能再少", "不能再便宜", "没办法再便宜", "便宜不了", "让不了",
      "小本经营", "还要贵", "实在价", "补发", "补偿", "重新发", "重发", "退款", "退差价", "差价我们", "差价退", "包赔", "赔偿",
      "给您换", "帮您换", "免费换", "调换", "运费我们", "我们承担", "我们来出", "记录了", "反馈给", "帮您催",
      "催一下", "催促", "别急", "别着急", "不要着急", "耐心等", "正常现象", "正常的现象", "屏幕显示", "实物拍摄",
      "实拍", "当月生产", "是正常的", "属于正常", "都是正常", "专柜", "验货", "质保", "保修", "官方授权", "不会起球", "不起球", "不会缩水",
      "不缩水",
      "不会变形", "不变形", "不会掉色", "不掉色", "不褪色", "临期", "过期", "假货", "破损", "漏液", "质量问题",
      "色差", "掉毛", "晾一", "散散味", "先试穿", "贵一点", "贵一些", "贵点", "稍贵", "略贵", "确实贵",
      "贵是贵", "价格确实", "价格是高", "价格稍高", "价格略高", "不然这样", "这样吧", "您看这样", "要不这样",
      "这样好不好", "这样行不行", "那好吧", "便宜点", "便宜一点", "便宜些", "给您便宜", "给您退", "退您", "退一半",
      "不议价", "不还价", "不讲价", "不砍价", "不二价", "谢绝议价", "质检", "检测报告", "防伪", "授权书", "进货凭证",
      "溯源", "价保", "差额", "原路退回", "杀熟", "统一价", "一口价", "都是这个价", "控价", "改不了", "做不了主",
      "没法改",
    ])
  /// An apology…
  static let apology = Lexicon("apology", ["抱歉", "对不起", "不好意思", "歉意", "请见谅", "见谅"])
  /// …for a problem caused, or with a remedy (an apology for the wait alone is not).
  static let troubleOrFix = Lexicon(
    "trouble-or-fix",
    [
      "添麻烦", "带来不便", "带来不好", "不好的体验", "给您造成", "处理", "解决", "补救", "负责", "跟进", "查",
      "重新", "这就给您", "马上给您", "立刻给您",
    ])
  /// Brushing the buyer off (还要我说几遍, 跟我们有什么关系): a rhetorical reply saying this
  /// handles nothing.
  static let brushOff = Lexicon(
    "brush-off",
    [
      "说几遍", "多少遍", "几遍了", "三遍", "听不懂", "还要我教", "还用我教", "有什么关系", "关我什么事", "关我们什么事",
      "还想怎么样", "想怎么样", "怎么办嘛", "这么说话", "能怪谁", "还问什么", "问什么问",
    ])
  /// An apology for the wait, which handles nothing.
  static let waitApology = Lexicon(
    "wait-apology", ["久等", "回复慢", "回复晚", "刚才在", "刚刚在", "晚回", "在忙", "等久", "久候", "等太久", "等半天"])
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

  // MARK: 促成交易

  /// Nudging the buyer to order now: urgency, a coupon, a nudge to pay.
  static let close = Lexicon(
    "close",
    [
      "现在下单", "现在拍", "现在买", "现在购买", "今天下单", "今天拍", "尽快拍", "尽快下单", "早点拍", "抓紧", "赶紧",
      "库存不多", "库存紧张", "仅剩", "只剩", "最后几件", "最后一件", "最后三件", "最后两件", "快没了", "恢复原价",
      "活动截止", "活动今天", "活动最后", "就结束", "限时", "限量", "数量有限", "错过", "喜欢的话", "确定要的话",
      "直接拍", "放心拍", "可以拍下", "拍下吧", "拍下哦", "拍下就好", "下单吧", "下单哦", "给您留", "帮您留",
      "可以拍了", "拍吧", "优惠券", "领券", "改价", "还没付款", "没付款", "未付款", "记得付款", "尽快付款",
      "付款哦", "去付款", "全场包邮", "可以先拍", "截止", "最后一天", "国补", "国家补贴", "政府补贴", "全场",
      "特价", "秒杀", "现在付款", "今天付款", "马上付款", "拍下就", "拍下即", "开张", "开业", "手慢无", "手快有",
      "先到先得", "拼手速", "上链接", "开抢", "抢购", "秒没", "拍完就", "就下架", "即将下架", "最后1", "最后2", "最后3",
      "最后4", "最后5", "最后6", "最后7", "最后8", "最后9", "最后十", "首单", "直接付款", "直接下单", "付款就行",
      "拍就行", "冲就完事", "冲鸭", "冲冲冲",
      "只有今", "仅今", "就今天", "就今晚", "只限今", "仅限今", "今晚截止", "今天截止", "前一百", "前100", "前五十", "前50",
      "前二十", "前20", "付款吧", "付了吧", "没付", "付完", "后台改", "补货到了", "补到货了", "补货啦", "拍哪个", "拍哪款",
    ])
  /// A price cut: it closes, unless it only sweetens a cross-sell (一起买立减二十).
  static let priceCut = Lexicon("price-cut", ["立减", "直降", "券后", "打折", "只要"])
  /// A gift (送…) tied to ordering now is a sweetener that closes (现在购买还送一个收纳袋).
  static let orderNow = Lexicon(
    "order-now", ["现在", "今天", "下单", "购买", "拍下", "买就", "买一", "下单就", "付款就", "拍"])

  // MARK: 确认订单

  /// Asking the buyer whether details read back are right.
  static let checkTag = Lexicon(
    "check-tag",
    [
      "对吗", "对吧", "是吗", "没错吧", "没错吗", "对不对", "是否正确", "有没有问题", "没问题吧", "确认无误", "无误",
      "错吧", "错吗", "没错的话", "没问题的话", "对的话", "无误的话", "没变的话", "不变的话", "没改的话", "按上次的",
    ])
  /// A checking verb: with details read back, or addressed to the buyer, it confirms.
  static let checkVerb = Lexicon(
    "check-verb", ["核对", "核实", "确认一下", "确认下", "确认好", "请确认", "请您确认", "对一下", "看一下是否"])
  /// Who the check is for: the buyer (跟您核对) — not the seller's own check (我帮您确认库存).
  static let checkWithBuyer = Lexicon(
    "check-with-buyer",
    [
      "跟您", "和您", "给您核对", "向您", "请您", "麻烦您", "麻烦核对", "麻烦确认", "请核对", "请确认",
    ])
  /// 确认收货 is the buyer's receipt, not an order check.
  static let receipt = Lexicon("receipt", ["确认收货", "确认收到"])
  /// The order's details being talked about.
  static let confirmTopic = Lexicon(
    "confirm-topic",
    [
      "订单", "地址", "收件", "收货", "信息", "电话", "手机", "规格", "尺码", "颜色", "款式", "型号", "数量", "拍的",
      "拍下的", "下单的", "下单时", "备注的", "备注了",
    ])
  /// The seller has the order in front of them: what follows is read back (订单收到啦，红色…一床).
  static let orderSeen = Lexicon(
    "order-seen",
    ["订单我看到", "订单看到了", "订单收到", "订单已收到", "收到您的订单", "看到您的订单", "看到您拍的", "看到您下单的"])
  /// The buyer's note acknowledged (您备注的…我们看到了): a read-back of the order.
  static let noteSeen = Lexicon(
    "note-seen", ["备注的", "备注了", "备注我们", "留言的", "留言我们"])
  static let seenIt = Lexicon("seen-it", ["看到了", "收到了", "记下了", "记住了", "已记录", "注意到了"])
  /// Phrases that confirm an order on their own.
  static let confirmDirect = Lexicon(
    "confirm-direct",
    [
      "您拍的是", "您拍下的是", "您下单的是", "您购买的是", "您买的是", "收货信息是", "收件信息是", "订单拍的是",
      "订单上是", "订单显示", "您的订单:", "订单信息:", "订单如下", "地址写的是", "地址填的是", "地址留的是", "新的是",
      "新地址是", "改成了", "新地址了:", "新地址:", "地址改成了", "已改为", "改为:",
    ])

  // MARK: 礼貌告别

  /// Goodbyes and wishes.
  static let farewell = Lexicon(
    "farewell",
    [
      "感谢惠顾", "感谢光临", "谢谢光临", "谢谢惠顾", "欢迎再来", "欢迎下次", "欢迎再次", "下次再来", "期待再次",
      "期待您", "祝您", "祝你", "购物愉快", "生活愉快", "生活幸福", "天天开心", "再见", "拜拜", "不打扰您",
      "就不打扰", "合作愉快", "好评", "五星", "晒图", "晒单", "评价一下", "给个评价", "欢迎回购", "期待回购", "再次光临",
      "欢迎常来", "常来", "下次见", "回头见", "慢走", "晚安", "回见", "欢迎再", "常回来",
    ])
  /// Thanks: farewell when for support or understanding, or when nothing else is said.
  static let thanks = Lexicon("thanks", ["谢谢", "感谢", "多谢", "不客气", "不用谢", "谢啦", "谢了", "谢谢啦", "感恩"])
  /// What thanks are for when they close a conversation.
  static let thanksFor = Lexicon(
    "thanks-for",
    [
      "支持", "理解", "光临", "惠顾", "信任", "配合", "喜欢", "关注", "认可", "反馈", "建议", "体谅",
      "包容", "捧场", "光顾", "厚爱", "回购", "选择", "购买", "咨询",
    ])
  /// The open door; farewell when the reply does nothing else.
  static let openDoor = Lexicon(
    "open-door",
    [
      "随时联系", "随时找我", "随时来找", "随时问", "随时咨询", "随时滴", "随时戳", "随时叫我", "有问题随时", "有需要随时",
      "有需要叫我", "再来找我", "再联系我", "随时找", "直接找我", "有事找我", "有事随时", "有事联系", "有啥问题随时", "随时喊",
    ])

  // MARK: 下单发货

  /// Shipping and hand-over to the warehouse.
  static let ship = Lexicon(
    "ship",
    [
      "发货", "发出", "寄出", "发走", "发快递", "快递", "物流", "单号", "运单", "顺丰", "中通", "圆通", "韵达", "申通",
      "极兔", "邮政", "ems", "京东快递", "转仓库", "通知仓库", "仓库安排", "仓库发", "打包", "揽收", "天到货",
      "就能到货", "会到货", "送达", "几天到", "隔天到", "明天到", "后天到", "就到了", "当天发", "今天发", "明天发",
      "隔天发", "就发", "马上发", "立即发", "尽快发", "优先发", "小时内发", "备注", "安排发", "签收", "包邮",
      "补运费", "邮费", "运费差价", "冷链", "包裹", "加急", "随单", "补发", "补寄", "重新寄", "给您寄", "寄过去", "一起发", "改地址",
      "地址改", "改好地址", "已发", "能发", "自提", "送货", "配送", "送上门", "运费", "能到", "单独寄", "补上", "给您补",
      "会上门", "上门安装", "包安装", "免费安装", "预约安装", "两天到", "三天到", "天就到", "天内到", "天左右到", "晚到", "晚两天",
      "晚一天", "给您发", "先发", "包个邮", "包邮费", "礼盒包装", "打木架", "木架", "加固包装", "气泡膜", "泡沫箱", "撕掉价签", "价签撕",
      "把价签",
    ])
  /// Where a shipping word is about something else: the order number asked for, the return
  /// insurance, the buyer's review.
  static let notShip = Lexicon(
    "not-ship",
    [
      "订单号", "运费险", "好评", "备注一下您的", "已发给您链接", "退货运费", "运费我们", "运费您", "运费由", "运费就",
      "刚刚在打包", "刚在打包", "刚才在打包", "跟快递", "找快递", "向快递", "快递索赔", "发货视频", "发货监控", "发货照片",
      "已签收", "包裹已", "运费都", "运费给您退", "退运费", "退您运费", "补偿", "补差价", "不会给您发", "不给您发", "给您发一下", "给您发个",
      "给您发链接", "给您发图",
      "给您发照片", "给您发视频", "给您发红包", "给您发优惠券", "给您发券", "给您发消息", "先发一下", "先发个", "先发图",
      "先发照片",
    ])
  /// 包邮 as a promotion (今天全场包邮) closes; as part of a bundle deal it sells more.
  static let promotion = Lexicon("promotion", ["今天", "全场", "活动", "限时", "现在", "凑", "满", "一起"])

  public var lexicons: [Lexicon] {
    [
      Self.greet, Self.questionWord, Self.needTopic, Self.buyerAddress, Self.askWord,
      Self.selfAnswer, Self.tellMe, Self.notNeedsQuestion,
      Self.complaintTopic, Self.problem, Self.orderQuestion, Self.askPrefix, Self.shipTopic,
      Self.receivedCheck, Self.closeTopic, Self.priceWord,
      Self.acceptance, Self.recheck, Self.recommend, Self.weakAdvice, Self.lookAtService,
      Self.praise, Self.intensifier, Self.feature, Self.soldOut, Self.alternative, Self.options,
      Self.whichOne, Self.objection, Self.apology, Self.troubleOrFix, Self.waitApology,
      Self.brushOff, Self.objectionAnswer, Self.buyerObjection, Self.close, Self.orderNow,
      Self.priceCut, Self.checkTag, Self.checkVerb, Self.checkWithBuyer, Self.receipt,
      Self.confirmTopic,
      Self.orderSeen, Self.noteSeen, Self.seenIt, Self.confirmDirect, Self.farewell,
      Self.thanks, Self.thanksFor, Self.openDoor, Self.ship, Self.notShip, Self.promotion,
    ]
  }
}
