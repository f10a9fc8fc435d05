import KefuScenario
import KefuText

/// 八步接待流程: which of the eight reception steps a reply shows (several may), judged from the
/// reply's wording and, for objection handling, from what the buyer just said. Over a session
/// the grade checks the order: greet in the first reply, confirm before farewell, and after
/// farewell nothing but shipping notes.
public struct ReceptionFlowRule: Rule {
  public init() {}

  // MARK: Description

  public var description: RuleDescription {
    RuleDescription(
      id: "reception_flow", name: "八步接待流程",
      explanation: """
        接待从开口打招呼到安排发货，分成八个步骤，JSON 里用英文编号：greet（进门问好）、inquire（接待咨询，\
        主动了解买家要什么）、recommend（推荐产品）、objection（处理异议）、close（促成交易）、confirm（确认订单）、\
        farewell（礼貌告别）、ship（下单发货）。每条回复可以同时体现几步：在推荐之前真心问买家的需要和喜好\
        （二选一、是不是、平时怎么用）是接待咨询，问的必须是买家本人的需要——问订单细节（发票、收件人、\
        是不是重复拍了）是确认订单，自问自答（为什么这么脆？因为…）和说自己的事都不算；介绍商品的功能和好处、给尺码颜色建议、列出可选的版本、\
        缺货时推荐替代品、关联推荐是推荐产品；安抚、道歉并给出补救（补发、补偿、换货）、守住价格或说明\
        贵在哪里、提出折中方案、让步、拒绝议价、出示质检报告、解释瑕疵是处理异议，回应买家的犹豫、怀疑、\
        砍价或抱怨也算（买家报个价问卖不卖、行不行，如「80块卖不卖」「便宜点90行吗」，和「太贵了」一样是砍价），买家投诉后追问原因（是不是用了非原装充电器、您是怎么安装的、拍个照片看看）\
        也是处理异议而不是接待咨询；催单、限时、打折、国补、库存不多、下单即送、优惠券、催付款、\
        问买家下单了没有是促成交易；把订单细节读给买家核对、请买家核对、请买家再发一遍地址才是确认订单；\
        问买家在哪个城市、哪天送、改地址、自提、运费是下单发货；「有问题随时找我」放在回复末尾收尾，\
        或者这条回复不再推销时，算告别，开场时（在的，有需要随时叫我）不算；商品的卖点和好处若是用来\
        回答买家的疑虑，记作处理异议；回答买家的提问（是纯棉的吗？——是纯棉的）只是回答，不算推荐，\
        同一句话主动说出来才算推荐，买家请您推荐时（有什么推荐的）也算推荐；\
        为了推荐而先问需要（为了帮您选得更合适，请问房间多大）只算接待咨询，买家答了以后客服点出的那一款\
        （那就这款吧）仍是替买家挑的，算推荐；买家担心什么时，教买家怎样避免（建议先在耳后试用两天）\
        算处理异议；买家请客服改尺码、改地址时回一句「改好了」不是催单；\
        「还有什么可以帮您的吗」在开场算问好，生意谈完之后算告别（单看一句话时，带「还有」的算告别）；\
        已知买家说了什么时，只回一个「在」字不算问好；为了受理问题向买家要订单号、联系方式，\
        或者问买家要买多少，是接待咨询；要照片、视频也是接待咨询，但买家已经说了商品出了毛病或嫌商品不好\
        （起球了、漏了、什么破质量）以后再要照片，是在查看毛病，只算处理异议，怎么措辞都一样；单看一句「这款是纯棉的」这样的事实、或两款的比较，当作回答；说出哪一款更好、拿几件更划算，才是替买家挑，算推荐产品（买家把几样并排问哪个好时，只说到其中一样——「灰色吧」——也是替买家挑）；告诉买家拍几件、现在付款、下单时备注，算促成交易。\
        凑单、搭配时给的价格优惠只算关联推荐，不另算促成交易。反问句从不算接待咨询，也从不算处理异议：\
        用反问回应投诉、怀疑或砍价（怎么可能是假货、能不贵吗）是没有处理好，反问句规则另外扣分；\
        打发买家的服务禁语（不议价，爱买不买）同样让回复不算处理异议（只是说得生硬的「没办法」「不知道」旁边给了理由的，仍算），服务禁语规则另外扣分；\
        夸商品的反问（能不好吃吗）记作推荐产品；只剩不耐烦、没有内容的反问（还要我说几遍？）哪一步都不算。整场对话要按合理的顺序走：\
        第一条回复先问好，告别之前先核对订单，告别之后只再说发货、物流的事（买家告别后又来问，回答他的问题不算接着推销）。漏掉的步骤会少得分，\
        顺序不对记为违规。\
        上面的词语和判断读出的步骤，最后还会经过一个小的校正模型：它用真实店铺对话里由两位老师分别\
        标注、意见一致的回复训练而成（看回复和买家消息里的字词组合），只能给一条回复增减步骤，\
        同样的对话永远得到同样的结果；反问句、带服务禁语的回复它也不能算作处理异议，对话第一条回复里的问好它也不能去掉。想只看规则本身的判断（比如对照），\
        运行前设环境变量 `KEFU_STEP_MODEL=0`。
        """,
      triggers: [
        RuleExample("亲，您好，欢迎光临～", step: .greet),
        RuleExample("亲，您好，欢迎光临，这款现货充足哦", step: .greet),
        RuleExample("在的呢，有什么可以帮到您？", step: .greet),
        RuleExample("亲，您平时穿什么码呢？", step: .inquire),
        RuleExample("方便说一下您的身高体重吗？我帮您看看尺码", step: .inquire),
        RuleExample("这件是送人还是自己穿呀？", step: .inquire),
        RuleExample("亲，麻烦简单描述一下遇到的情况", step: .inquire),
        RuleExample("您请说，我在听", step: .inquire),
        RuleExample("亲，按您的身高体重，M码会比较合身", step: .recommend),
        RuleExample("这款面料透气不闷，夏天穿很舒服，推荐您入手哦", step: .recommend),
        RuleExample(
          "亲，不合身的话支持七天无理由退换，运费险也有的，您放心",
          buyer: ["嗯……我再考虑考虑吧"], step: .objection),
        RuleExample(
          "亲，不合身的话支持七天无理由退换，运费险也有的，您放心",
          buyer: ["还是有点拿不准，怕买回来不合身"], step: .objection),
        RuleExample("亲，这已经是活动价了，利润真的很薄，您理解一下哦", buyer: ["能便宜点吗"], step: .objection),
        RuleExample("价格确实是实在价，质量上您完全可以对比哦", buyer: ["有点贵啊"], step: .objection),
        RuleExample("算下来每天只要几毛钱，用一整年都没问题的～", step: .objection),
        // Asking politely how it happened takes the complaint up (blaming the buyer does not).
        RuleExample("亲，请问您平时是怎么洗的呢？手洗还是机洗呀", buyer: ["毛衣才洗两次就起毛了"], step: .objection),
        RuleExample(
          "不用寄回的，发错的那个您留着用，新的今天就给您发出", buyer: ["还要我寄回去吗 太麻烦了"],
          step: .objection),
        RuleExample("亲，您是担心尺码还是质量呢？", buyer: ["嗯……我再考虑考虑吧"], step: .objection),
        RuleExample(
          "非常抱歉让您久等了，我马上帮您催一下", buyer: ["怎么还没发货啊"], step: .objection),
        RuleExample(
          "亲，实在抱歉，拍个照片给我，坏几个赔几个", buyer: ["收到的橘子坏了好几个"], step: .objection),
        RuleExample(
          "亲，建议先在手腕内侧试用两天，没有发红再用在脸上", buyer: ["我皮肤敏感，怕用了过敏"],
          step: .objection),
        RuleExample("今天下单还能赶上活动价，库存也不多了哦", step: .close),
        RuleExample("喜欢的话可以直接拍下，我马上给您备注", step: .close),
        RuleExample(
          "跟您核对一下订单：碎花连衣裙M码，收件人王女士，电话13812345678，寄到杭州市西湖区文三路8号",
          step: .confirm),
        RuleExample("您拍的是白色L码对吧？", step: .confirm),
        RuleExample(
          "亲，地址是杭州市西湖区文三路8号，收件人王女士，电话13812345678，M码白色，没问题我就安排发货了",
          step: .confirm),
        RuleExample("好的亲，今天下单今天发货，感谢您的支持", step: .ship),
        RuleExample("好的亲，今天下单今天发货，感谢您的支持", step: .farewell),
        RuleExample("好的亲，今天下单今天发货，感谢您的支持", step: .close),
        RuleExample("已经给您发顺丰了，单号稍后同步给您～", step: .ship),
        RuleExample("感谢亲的惠顾，祝您购物愉快，有问题随时联系我哦", step: .farewell),
        RuleExample("这款有现货，今天就能发", mark: "这款有现货，今天就能发"),
        RuleExample("您平时喜欢穿宽松一点的还是修身一点的呀？", step: .inquire),
        RuleExample("您家客厅大概多少平米呀", step: .inquire),
        RuleExample("请问是自己喝还是送礼呢", step: .inquire),
        RuleExample("想问下您对面料有什么要求吗？", step: .inquire),
        RuleExample("按您说的腰围，拿XL码会更舒服一些", step: .recommend),
        RuleExample("平时穿39的话这款选39就行，不偏码", step: .recommend),
        RuleExample("这款保温杯真的很保暖，放一晚上水还是热的", step: .recommend),
        RuleExample("这款电动牙刷一次充电能用一个月", step: .recommend),
        RuleExample("黑色卖完了，藏青色也很耐看，您考虑下吗", step: .recommend),
        RuleExample("手机膜要不要也来一张？", step: .recommend),
        RuleExample("给您带来不便真的很抱歉，我们重新给您寄一件", step: .objection),
        // A count read back with 是吧 for a yes, as with 对吧.
        RuleExample("三盒绿茶是吧", step: .confirm),
        // An after-sales procedure offered or carried out meets the trouble.
        RuleExample("签收以后也可以申请售后换货的", step: .objection),
        RuleExample("这单已经给您退款了，原路退回", step: .objection),
        // A procedure with a condition, the seller doing it for the buyer: still met.
        RuleExample("已经帮您申请退货了，审核通过以后才会安排师傅取件", step: .objection),
        // An address pasted alone (masked in chat logs) points the buyer at the order's address.
        RuleExample("[地址x]", step: .confirm),
        RuleExample("这款拍两件送一包纸巾，今天拍下就发", step: .close),
        RuleExample("您的要求是什么风格呢？我给您推荐这款燕麦色的", step: .recommend),
        RuleExample("给您带来不便真的很抱歉，我们重新给您寄一件", step: .ship),
        RuleExample("价格真的没法再低了，我们已经是成本价在卖", step: .objection),
        RuleExample("实在不好意思，发错货了，我们马上给您换", step: .objection),
        RuleExample("您是不是用了烘干机？真丝不能高温烘的", step: .objection),
        RuleExample("现在下单还送同款发圈一个", step: .close),
        RuleExample("亲，您的订单还没付款哦，库存不多了", step: .close),
        RuleExample("黑色40码一双，寄到南京市鼓楼区中山路，没问题吧？", step: .confirm),
        RuleExample("麻烦您核对一下收货地址是否正确", step: .confirm),
        RuleExample("期待您的好评哦", step: .farewell),
        RuleExample("感谢您的理解", step: .farewell),
        RuleExample("好的亲，后续有问题随时联系我们", step: .farewell),
        RuleExample("江浙沪包邮，其他地区加五块运费", step: .ship),
        RuleExample("好的，已经帮您改好地址了", step: .ship),
        RuleExample("您下单时留的地址已经帮您改好了", step: .ship),
        // A rhetorical boast about the product still recommends it.
        RuleExample("能不香吗，都是刚出锅的", step: .recommend),
        RuleExample("这瓶挺好喝的呀", step: .recommend),
        RuleExample("包裹签收了吗？", step: .inquire),
        RuleExample("一般四天左右哦", step: .ship),
        RuleExample("小号适合一岁以内的宝宝", step: .recommend),
        RuleExample("帮您问下仓库，您是要大号还是小号？", step: .inquire),
        RuleExample("默认走百世，您看行吗", step: .ship),
        // Context: a fact volunteered recommends; a needs question only inquires; 还有…帮您 closes.
        RuleExample("这件卫衣是加绒的哦", buyer: ["想买件卫衣"], step: .recommend),
        RuleExample("收藏一下小店再截个图给我，我帮您申请多送两包小样", buyer: ["太贵了，便宜点吧"], step: .objection),
        // The buyer's case details asked for, to take it up, find out their situation.
        RuleExample("麻烦把订单号发我一下", step: .inquire),
        RuleExample("为了帮您挑得更准，请问宝宝现在多重呢", buyer: ["想给宝宝买个睡袋"], step: .inquire),
        RuleExample("还有别的需要帮您的吗", step: .farewell, earlier: ["好的，已经给您备注了"]),
        RuleExample("请问还有其他问题吗", step: .farewell),
        RuleExample("还有什么可以帮您", buyer: ["好的，我拍好了"], step: .farewell, earlier: ["亲，今天拍今天发"]),
        RuleExample("还有什么可以帮您", buyer: ["在吗"], step: .greet),
        RuleExample("这款抱枕是加厚的", buyer: ["有没有适合办公室午睡的推荐"], step: .recommend),
        // Looking into a complaint.
        RuleExample("您是不是把它放在暖气旁边了呢？塑料受热会变形", step: .objection),
        RuleExample("会不会是网络信号不好呀？", step: .objection),
        RuleExample("价格是贵一些，不过用料是全铜的", step: .objection),
        RuleExample("要不这样，运费我们来出，您看行吗", step: .objection),
        RuleExample("那好吧，给您便宜五块", step: .objection),
        RuleExample("本店不讲价哦", step: .objection),
        RuleExample("我们可以提供检测报告给您看", step: .objection),
        RuleExample("抱歉抱歉，马上给您重新补一个", step: .objection),
        // Questions about the parcel, the order, the payment.
        RuleExample("您在哪个城市呀？我帮您估一下到货时间", step: .ship),
        RuleExample("跟您确认一下，三盒都要原味的吗？", step: .confirm),
        RuleExample("您能把手机号再说一遍吗？", step: .confirm),
        RuleExample("收件地址是您家里吧？", step: .confirm),
        RuleExample("您拍下了吗？", step: .close),
        RuleExample("这个价格您看行吗", step: .close),
        // Promotions, read-backs, shipping, openers, plain product facts.
        RuleExample("店庆期间全场七折", step: .close),
        RuleExample("优惠今晚截止哦", step: .close),
        RuleExample("订单收到了，蓝色保温杯两个，明天就发哦", step: .confirm),
        RuleExample("收货地址已经帮您换好了", step: .ship),
        RuleExample("支持门店自提哦", step: .ship),
        RuleExample("亲，已发了哦", step: .ship),
        RuleExample("在呀", step: .greet),
        RuleExample("hi～今天我来接待您", step: .greet),
        RuleExample("让您久等啦", step: .greet),
        RuleExample("这款吹风机是新出的，负离子护发", step: .recommend),
        RuleExample("这双鞋断码了，换个类似的款式您看看", step: .recommend),
        RuleExample("大号小号我们都有货，您看要哪个？", step: .recommend),
        RuleExample("三口之家的话5L正好", step: .recommend),
        RuleExample("这款收纳盒很多人会一起买，要看看吗", step: .recommend),
        // Needs asked in other shapes; questions about the order itself confirm it.
        RuleExample("想问下您家里是地暖还是暖气片，我帮您挑", step: .inquire),
        RuleExample("猫咪多大了呀", step: .inquire),
        RuleExample("收货人是您自己吗，还是寄给家人的？", step: .confirm),
        RuleExample("这张发票需要写单位抬头吗？", step: .confirm),
        RuleExample("是不是运输途中磕到了呢？您把插头再插紧试试", step: .objection),
        // Advice for the buyer's case, substitutes, a question answered at once.
        RuleExample("露营用的话可以选轻一点的款", step: .recommend),
        RuleExample("宿舍用的话这个小锅就够了", step: .recommend),
        RuleExample("原味的卖完了，这瓶海盐味的也很好喝", step: .recommend),
        RuleExample("为什么这款枕头睡着不累？因为里面是记忆棉", step: .recommend),
        RuleExample("可以先拍个试用装试试", step: .recommend),
        // Live-stream pushes, price cuts, gifts with the order.
        RuleExample("家人们三二一上链接", step: .close),
        RuleExample("手慢无哦宝子们", step: .close),
        RuleExample("新客下单立减10元", step: .close),
        RuleExample("这款洗衣凝珠今天只要39", step: .close),
        RuleExample("拍书包送一个笔袋", step: .close),
        // Read-backs in other words.
        RuleExample("您备注的「要礼盒包装」我们记下了", step: .confirm),
        RuleExample(
          "这边看到您改了收货地址，新地址是苏州市工业园区星湖街，没错的话就按这个发", step: .confirm),
        RuleExample("您的订单：蓝牙耳机一副，白色，明天发韵达", step: .confirm),
        // Closings in more words; the open door at the end of a reply.
        RuleExample("谢谢宝子的反馈", step: .farewell),
        RuleExample("欢迎下次再来哦", step: .farewell),
        RuleExample("这款保温杯今天有活动，有其他问题随时问我哦", step: .farewell),
        RuleExample("宝贝用得还习惯吗？有什么问题随时找我们", step: .farewell),
        RuleExample("您的包裹已签收，满意的话给个五星哦", step: .farewell),
        // Terse dispatch notes, installation, what is made up later.
        RuleExample("发了宝子", step: .ship),
        RuleExample("先发两箱，剩下的下周补上", step: .ship),
        RuleExample("空调是师傅上门安装，不另收费", step: .ship),
        RuleExample("久等啦，刚才在忙，您说", step: .greet),
        // Other wordings: fillers after 在, tag questions, choices, size advice, a variant named,
        // time-limited prices, a price changed, read-backs, the open door and terse thanks.
        RuleExample("在哒亲", step: .greet),
        RuleExample("来啦来啦，您说", step: .greet),
        RuleExample("您能喝甜的不", step: .inquire),
        RuleExample("您家客厅多大，量过没有", step: .inquire),
        RuleExample("您是要送朋友的还是自己用的", step: .inquire),
        RuleExample("按平时的码数拍就可以", step: .recommend),
        RuleExample("两个颜色都是今年的热门", step: .recommend),
        RuleExample("不想要黑色的话还有杏色", step: .recommend),
        RuleExample("这款面料不起球，冬天穿很暖和", step: .recommend),
        RuleExample("这个价只有今天，明天就恢复", step: .close),
        RuleExample("专属价我已经改好了，您直接付款吧", step: .close),
        RuleExample("宝子下单了还没付呢", step: .close),
        RuleExample("收货地址没变的话就还寄老地方", step: .confirm),
        RuleExample("好啦，有事随时喊我", step: .farewell),
        RuleExample("谢啦亲", step: .farewell),
        RuleExample("收件地址是滨江那个小区吗？", step: .confirm),
        RuleExample("易碎品我们给您加固包装，多套一层泡沫", step: .ship),
        // Real-text families (round 2): delivery estimates, postage terms, order-placing and
        // coupon instructions, prices held with a reason, the case asked about, a bare pointer.
        RuleExample("预计明天上午可以到", step: .ship),
        RuleExample("满99就包邮哦", step: .ship),
        RuleExample("您拍下后跟我说一声，我给您改价", step: .close),
        RuleExample("先领券再下单更便宜哦", step: .close),
        RuleExample("这批过两天就涨价了", step: .close),
        RuleExample("已经是亏本冲销量的价格了", step: .objection),
        RuleExample("这个价格真的优惠不了了", step: .objection),
        RuleExample("给您最低价了，再送您个小挂件", buyer: ["能再优惠点吗"], step: .objection),
        RuleExample("差价我这边给您返一下", step: .objection),
        RuleExample("请问是什么原因要退呢", step: .inquire),
        RuleExample("麻烦留一下手机号", step: .inquire),
        RuleExample("是这个吗？", step: .confirm),
        RuleExample("您太客气了，这都是我应该做的", step: .farewell),
        RuleExample("您可以看下这款，容量更大", step: .recommend),
        RuleExample("第二款哦", buyer: ["给老人用选择哪个"], step: .recommend),
        // Real-text families (round 4): the case taken up, prices conceded or explained, the
        // seller's own pick, how to place the order, the case and the need asked for.
        RuleExample("已经为您升级专员处理，专员会尽快联系您", step: .objection),
        RuleExample("退款会原路返回，一般三天到账", step: .objection),
        RuleExample("这批是厂家涨价了，我们也是没办法", step: .objection),
        RuleExample("实在抱歉，因为这两天单子多，发得慢了些", step: .objection),
        RuleExample("那给您九十五一盒吧", buyer: ["一百太贵了"], step: .objection),
        // A price named for a yes (80块卖不卖) bargains like 太贵了: the merits said to it hold
        // the price.
        RuleExample("这款是纯羊毛的，穿着很舒服", buyer: ["80块卖不卖"], step: .objection),
        // The price held as already low (本来就很优惠); a unit price conceded (给您80一箱).
        RuleExample("亲，这款本来就很优惠的", step: .objection),
        RuleExample("那给您60一盒，您看可以吗", buyer: ["能再少点吗"], step: .objection),
        // An apology for a stock-out or a late dispatch names the trouble.
        RuleExample("实在抱歉，这款暂时缺货，要晚两天才能发", step: .objection),
        // An apology naming a flood of orders or owning a slip names the trouble too.
        RuleExample("不好意思亲，最近订单量大，我们按顺序尽快发", step: .objection),
        RuleExample("实在抱歉，少放了赠品是我们的疏忽", step: .objection),
        RuleExample("抱歉给您带来不便，已经帮您补发了，您看还有别的需要我帮忙的吗", step: .objection),
        // The price said to go up soon urges the order.
        RuleExample("现在下单是活动价，明天就要恢复原价啦", step: .close),
        // The price edited, then the address put to the buyer: the edit was the price.
        RuleExample("好的，改好了亲，您核对下收货人和地址", step: .close),
        // What the buyer ordered, named and closed with 的, read back.
        RuleExample("这款有无纺布和纯棉两种，亲拍的纯棉的", step: .confirm),
        RuleExample("新生儿的话建议亲选棉柔的", step: .recommend),
        RuleExample("我个人更喜欢原味的", step: .recommend),
        RuleExample("这是一款静音的小风扇，放卧室正好", step: .recommend),
        RuleExample("您先提交订单别付款，我这边给您改好价", step: .close),
        RuleExample("辛苦您提供下购买的手机号", step: .inquire),
        RuleExample("您是需要换成电子发票吗", step: .inquire),
        RuleExample("您那边已经取消了吗", step: .inquire),
        RuleExample("亲要什么颜色我给您备注", step: .inquire),
        RuleExample("您稍等，麻烦先把链接发一下", step: .inquire),
        RuleExample("这单吗？", step: .confirm),
        RuleExample("亲，是这款吗？", step: .confirm),
        RuleExample("亲，您只拍了一只杯子哦", step: .confirm),
        RuleExample("收件电话不变吧", step: .confirm),
        // The item or order pointed at for a yes, even run on without punctuation; the
        // quantity the buyer wants read back for a yes.
        RuleExample("是这款吗亲这款是保温杯不是焖烧杯哦", step: .confirm),
        RuleExample("亲，要换的是这个吧", step: .confirm),
        RuleExample("20261206这款吗这款是加厚的", step: .confirm),
        RuleExample("您要四盒吗？", step: .confirm),
        RuleExample("亲是要拍3罐核桃吗", step: .confirm),
        // An order detail read out under its label.
        RuleExample("收货地址：南京市鼓楼区中山路18号", step: .confirm),
        RuleExample("发票抬头 个人", step: .confirm),
        // A look put to the buyer at an item just named.
        RuleExample("这款是加厚的，尺寸也大，亲可以看下", step: .recommend),
        RuleExample("预计是后天送到哦", step: .ship),
        // The order's number alone, pointed at the buyer to check; a question on the way out.
        RuleExample("订单编号：202612060001", step: .confirm),
        RuleExample("那今天先聊到这，后面有疑问随时提问哦", step: .farewell),
        RuleExample("亲，您说的是那款蓝色的保温杯吗？", step: .inquire),
        RuleExample("满200减20的话，亲可以分2个订单来拍", step: .close),
        RuleExample("要礼盒装吗", step: .inquire),
        // The buyer's wish for the courier asked: the need found out, the delivery too.
        RuleExample("我们默认发中通，您看发哪个快递您收着方便？", step: .inquire),
        RuleExample("我们默认发中通，您看发哪个快递您收着方便？", step: .ship),
        // A pack size advised.
        RuleExample("您可以买3斤装的，比单买划算", step: .recommend),
        // The greeting, then a word that starts with 好's neighbour (评价, 的确): still a greeting.
        RuleExample("您好评价里提到的漏液我们已经转给仓库了", step: .greet),
        RuleExample("您好的确是偏小半码，建议拍大一码", step: .greet),
        // Postage terms: items put together with ones that ship free.
        RuleExample("亲，这件和包邮产品凑在一单就免运费哦", step: .ship),
        // The price held in the shop's own words, after a bid.
        RuleExample("亲 这价到底了哦 抹不了呢", buyer: ["零头去掉吧，算三百"], step: .objection),
        RuleExample("再少老板会骂的，亲", buyer: ["再少十块行不行"], step: .objection),
        // A blessing for the buyer's family ends the talk too.
        RuleExample("钱两天内原路退回，有事随时找我，祝叔叔早日康复", step: .farewell),
        // A choice with 您 left out, and a short what-question with more said after it.
        RuleExample("在的亲 是要单人的还是双人的", step: .inquire),
        RuleExample("亲您用的什么车 我帮您查下适配", step: .inquire),
        RuleExample("亲鞋码发下哈", step: .inquire),
        // Proof offered for a doubt; a photo asked for after the buyer's complaint.
        RuleExample("亲，这款有3C认证，扫码就能验真哦", buyer: ["你嘴上说没用 有什么能证明吗"], step: .objection),
        RuleExample("您先拍张照片发我，我这边登记一下", buyer: ["买的绿萝今天才到，叶子全蔫了"], step: .objection),
      ],
      passes: [
        // 是的…还是: 还是 goes on (still), no choice put.
        RuleExample("是的亲，现在还是满减价", step: .inquire),
        // A choice about the fault the buyer reported looks into it, finds out no need.
        RuleExample("哪儿漏水了呀？是水箱还是管子那边", step: .inquire),
        RuleExample("您先拍张照片发我，我这边登记一下", buyer: ["买的绿萝今天才到，叶子全蔫了"], step: .inquire),
        // A gift box that comes with the item: no shipping said.
        RuleExample("这款本身就是礼盒包装，送人很体面", step: .ship),
        // A bare 真的不行 after a bid refuses, holds nothing with a reason or a gift.
        RuleExample("真的不行哦亲", buyer: ["再少十块行不行"], step: .objection),
        // 好评 / 好的 after 您/亲: no greeting.
        RuleExample("麻烦您好评后截个图给我哦", step: .greet),
        RuleExample("亲好的，马上给您安排", step: .greet),
        // The city asked only to reckon the delivery; a courier's rule, not the buyer's wish.
        RuleExample("您是哪个城市的呀？我算下几天能到", step: .inquire),
        RuleExample("快递要求本人签收吗？", step: .inquire),
        // A count of packs after a bare 拍, not a pick.
        RuleExample("拍2袋装的立减5元哦", step: .recommend),
        // 装 packing the items (装一箱, 装在一起), no pack size advised.
        RuleExample("亲可以拍两件装一个箱子发，运费一样", step: .recommend),
        RuleExample("您可以拍4个装在一起寄", step: .recommend),
        // Goods that ship free compared or sold out: no postage terms stated.
        RuleExample("这款跟包邮的产品质量一样的，亲放心", step: .ship),
        RuleExample("亲，其他包邮商品暂时卖完了", step: .ship),
        // A bare run of digits is as often an item's number; the opener's 随时提问 invites.
        RuleExample("202612060001", step: .confirm),
        RuleExample("订单号发我一下哦", step: .confirm),
        RuleExample("在的亲，有疑问可以随时提问哦", step: .farewell),
        RuleExample("您说的是对的，这款确实偏小一码", step: .inquire),
        RuleExample("这个账号有风险，建议您换个账号哦", step: .close),
        // 请您 asks the buyer to wait; the seller's own 核实 checks nothing with them.
        RuleExample("稍等一下，这边正在帮您核实订单信息", step: .confirm),
        RuleExample("这款吗？", step: .inquire),
        // Real-text families (round 2): service advice, quantities, bare kinds, a plea to wait,
        // 您好 calling the buyer back mid-reply.
        RuleExample("建议您申请售后，按页面提示填写就可以", step: .recommend),
        RuleExample("拍2份就有赠品哦", step: .recommend),
        RuleExample("纯棉的有两款呢", step: .recommend),
        RuleExample("这款非纯棉", step: .recommend),
        RuleExample("已经是亏本冲销量的价格了", step: .recommend),
        RuleExample("请您耐心等待一下哦", step: .objection),
        // A big order supposed or asked about, not a delay apologised for.
        RuleExample("不好意思，单子比较多的话我们可以开一张发票", step: .objection),
        RuleExample("抱歉问一下，您的订单量大概多少呢？", step: .objection),
        // 配送 / 送不到 today: delivery, not a gift for ordering now.
        RuleExample("包裹今天下午就安排给您配送哦", step: .close),
        RuleExample("亲，今天这边实在送不过去了", step: .close),
        // A step the buyer is spared: nothing urged.
        RuleExample("亲不用重新拍，收货地址我这边帮您改好", step: .close),
        // Sorry for the trouble on the way out: the courtesy of the close.
        RuleExample("真抱歉添麻烦了亲，别的还有需要我帮忙的吗？", step: .objection),
        RuleExample("好的我查一下，您好，请问还在线吗", step: .greet),
        RuleExample("亲，按您的身高体重，M码会比较合身", step: .inquire),
        RuleExample("亲，按您的身高体重，M码会比较合身", step: .objection),
        RuleExample("亲，您好，欢迎光临，这款现货充足哦", step: .recommend),
        RuleExample("好的，您考虑好了随时找我哦", buyer: ["我再考虑考虑吧"], step: .objection),
        RuleExample("非常抱歉让您久等了，我马上帮您看看", buyer: ["这条裙子有货吗"], step: .objection),
        RuleExample("亲，这款有现货的哦", step: .ship),
        RuleExample("我帮您确认一下库存哦", step: .confirm),
        RuleExample("麻烦留一下收件人、电话和地址哦", step: .confirm),
        RuleExample("亲，您收到货有任何问题可以随时联系我们哦", step: .ship),
        RuleExample("我帮您问问仓库还有没有货", step: .ship),
        RuleExample("亲，拍下后48小时内发货哦", step: .close),
        RuleExample("亲，在的，请问有什么可以帮您？", step: .objection),
        RuleExample("这款不合身的人很少，M码就可以", step: .objection),
        RuleExample("亲，您好，欢迎光临～"),
        RuleExample("好的，马上为您安排发货", earlier: ["亲，您好，在的哦"]),
        RuleExample("您好", step: .inquire),
        RuleExample("好的", step: .farewell),
        RuleExample("您好呀，需要什么尽管说", step: .inquire),
        RuleExample("这个茶几是实木的，茶几腿可以拆", step: .inquire),
        RuleExample("我帮您问问仓库还有没有货", step: .inquire),
        RuleExample("不管您拍多少件都是一个价", step: .inquire),
        RuleExample("您看这款可以吗？", step: .inquire),
        RuleExample("这件卫衣是加绒的哦", step: .recommend),
        // A gift for following the shop is a promotion, not a concession (a complaint changes that).
        RuleExample("收藏一下小店再截个图给我，我帮您申请多送两包小样", step: .objection),
        RuleExample("难道您没看详情页吗？", buyer: ["怎么不含电池"], step: .inquire),
        // A retort handles no objection, whatever the buyer said.
        RuleExample("难道您没看详情页吗？", buyer: ["怎么不含电池"], step: .objection),
        RuleExample("你自己不会看说明书吗？都写着呢", buyer: ["这个怎么一直不亮"], step: .objection),
        // Nor does a brush-off (服务禁语), with a reason or without.
        RuleExample("不议价，爱买不买", buyer: ["两条能便宜点吗"], step: .objection),
        RuleExample("我们规定不退，纯棉的都这样", buyer: ["洗了一次就缩水了"], step: .objection),
        RuleExample("那是您自己洗坏的，这个我们不负责", buyer: ["才洗一次就变形了"], step: .objection),
        RuleExample("按规定是要先寄回来才能退的", buyer: ["我要退款，东西我不寄了"], step: .objection),
        // Nor is a retort that echoes the buyer's worry an inquiry.
        RuleExample("哪里沉呀 才两斤多", buyer: ["这个电饭煲看着好沉 多重"], step: .inquire),
        RuleExample("都打到这个价了还嫌贵？", buyer: ["能便宜点吗"], step: .objection),
        // A size named for a yes is no price offered.
        RuleExample("这款是纯羊毛的，穿着很舒服", buyer: ["42码可以吗"], step: .objection),
        RuleExample("我们家本来就是优惠活动多，您可以关注一下", step: .objection),
        // A tier of quantity, not a rise to come; a price change refused urges nothing.
        RuleExample("超过限购的部分以后按原价算", step: .close),
        RuleExample("这边不能改价的呢", step: .close),
        // Politeness for a moment of the buyer's time is no trouble apologised for.
        RuleExample("不好意思耽误您一点时间，我再确认一下地址", step: .objection),
        RuleExample("您拍的这个很好吃的", step: .confirm),
        // The after-sales number given is no promise.
        RuleExample("售后服务电话是4001234567，您打过去预约", step: .objection),
        // An answer to the buyer's question is an answer, not a recommendation.
        RuleExample("是纯棉的", buyer: ["这条毛巾是纯棉的吗？"], step: .recommend),
        RuleExample("这款是加厚的哦", buyer: ["有加厚的吗"], step: .recommend),
        RuleExample("为了帮您挑得更准，请问宝宝现在多重呢", buyer: ["想给宝宝买个睡袋"], step: .recommend),
        RuleExample("还有什么可以帮您", buyer: ["在吗"], step: .farewell),
        RuleExample("还有别的需要帮您的吗", step: .greet, earlier: ["好的，已经给您备注了"]),
        RuleExample("在", buyer: ["这双鞋有42码吗"], step: .greet),
        RuleExample("亲，方便说一下宝宝的身高吗？我帮您推荐尺码", step: .recommend),
        RuleExample("这款的尺码表在详情页，您可以看一下", step: .recommend),
        RuleExample("这款搭配建议：配牛仔裤或者半身裙都行", step: .recommend),
        RuleExample("期待您的好评哦", step: .recommend),
        RuleExample("这款好评率很高，回头客特别多", step: .farewell),
        RuleExample("不好意思让您久等了，这款有货的", step: .objection),
        RuleExample("这款没有M码了，我们可以帮您换成L码吗", step: .inquire),
        RuleExample("我帮您确认一下订单状态", step: .confirm),
        RuleExample("收到货记得确认收货哦", step: .confirm),
        // A look at a day's sale or at nothing named: no item put forward.
        RuleExample("月底有活动，到时您可以看下", step: .recommend),
        RuleExample("您明天也可以看下", step: .recommend),
        // Asked to wait while the seller looks it up: no trouble named, no objection met.
        RuleExample("稍等哈，我这就去查一下，麻烦耐心等一会儿", step: .objection),
        // The procedure refused, its period stated or the buyer asked about it: nothing met.
        RuleExample("这件拆开包装以后就不支持退货了", step: .objection),
        RuleExample("您的订单已经超过价保的时间了", step: .objection),
        RuleExample("手机类的价保周期是十五天", step: .objection),
        RuleExample("请问您这边申请过售后了吗", step: .objection),
        // What the buyer has to do first, or who pays when nothing is wrong: a rule told.
        RuleExample("这个得等订单完成以后才能申请售后哦", step: .objection),
        RuleExample("麻烦您需要先确认收货，再点申请退货", step: .objection),
        RuleExample("如果不是质量问题，退回的运费要您自己出哦", step: .objection),
        RuleExample("非质量问题寄回的邮费由买家承担", step: .objection),
        // A deal's terms said with what is not given urge nothing.
        RuleExample("买两份才送纸巾，买一份不送哦", step: .close),
        RuleExample("拍3罐送一个勺子，单买1罐没有赠品", step: .close),
        // A pick promised once the needs question is answered: nothing picked yet.
        RuleExample("您是自己穿还是送人呢？尺码颜色也说一下，好为您更贴心地推荐", step: .recommend),
        RuleExample("宝宝多大了呀，这边给您推荐适合宝宝的款式哦", step: .recommend),
        // More offered, a count asked for or a count proposed: no read-back of the order.
        RuleExample("还要两盒吗？", step: .confirm),
        RuleExample("您是说赠品也能自己挑是吧", step: .confirm),
        RuleExample("您要几盒呀？", step: .confirm),
        RuleExample("拍两件可以吗？", step: .confirm),
        RuleExample("这款吧，颜色更耐看", step: .confirm),
        RuleExample("这款吗有货的今天能发", step: .confirm),
        RuleExample("您要2斤装的吗？", step: .confirm),
        RuleExample("收货地址改好了，明天发", step: .confirm),
        RuleExample("订单号 发我一下", step: .confirm),
        RuleExample("您是混油皮吧，我记一下", step: .confirm),
        RuleExample("今天全场包邮哦", step: .ship),
        RuleExample("满99减10，凑单的话可以包邮", step: .ship),
        RuleExample("麻烦把订单号发我一下", step: .ship),
        RuleExample("这款有运费险的", step: .ship),
        RuleExample("亲，这款只有一个颜色哦", earlier: ["亲，您好"]),
        // A brush-off shows no step; a rhetorical question never inquires.
        RuleExample("这个问题我都回答几遍了？", step: .objection),
        RuleExample("物流慢跟我们有什么关系？", step: .ship),
        RuleExample("都打八折了还嫌贵？", step: .close),
        RuleExample("都打八折了还嫌贵？", step: .inquire),
        // Questions that are not about a complaint, and greetings that are not.
        RuleExample("您是不是把它放在暖气旁边了呢？塑料受热会变形", step: .inquire),
        RuleExample("您想要带烘干功能的吗？", step: .objection),
        RuleExample("这个颜色您看合不合适？", step: .objection),
        RuleExample("这款是不是您之前看过的那款呢？我帮您查一下", step: .objection),
        RuleExample("您在哪个城市呀？我帮您估一下到货时间", step: .inquire),
        RuleExample("跟您确认一下，三盒都要原味的吗？", step: .inquire),
        RuleExample("我查好了再回复您好吗？", step: .greet),
        RuleExample("您下单时备注的是晚上送，没错吧？", step: .ship),
        // A change or a remark promised for after the order: nothing is sent yet.
        RuleExample("等您付款后再帮您把收货地址改成公司的", step: .ship),
        // A parcel number asked for, a postage coupon: nothing sent.
        RuleExample("辛苦提供下运单号，我去跟仓库核实", step: .ship),
        RuleExample("这张运费券下单时可以直接用", step: .ship),
        RuleExample("这款精华坚持涂十天左右会有变化", step: .ship),
        RuleExample("我们会尽快帮您安排退款", step: .ship),
        RuleExample("您下单时备注的是晚上送，没错吧？", step: .close),
        RuleExample("这两款面料不一样，您更喜欢哪种呢？", step: .recommend),
        // Questions that find out nothing about the buyer.
        RuleExample("这个怎么充电呢？插上电源就行", step: .inquire),
        RuleExample("我们先给您换一个新的，好不好？", step: .inquire),
        RuleExample("这张发票需要写单位抬头吗？", step: .inquire),
        RuleExample("收货人是您自己吗，还是寄给家人的？", step: .inquire),
        RuleExample("是不是运输途中磕到了呢？您把插头再插紧试试", step: .inquire),
        RuleExample("为什么这款枕头睡着不累？因为里面是记忆棉", step: .inquire),
        // Advice promised, a goodbye, a fact answering a doubt, a saving on a coupon.
        RuleExample("我帮您看看这款能不能装下", step: .recommend),
        RuleExample("欢迎回购哦", step: .recommend),
        RuleExample("理解您的顾虑，这款是纯棉的，不会起球", step: .recommend),
        RuleExample("领了券再拍更划算", step: .recommend),
        // Quality vouched for answers a doubt; bare praise, nothing else, answers a question.
        RuleExample("这批货品质也很不错", step: .recommend),
        RuleExample("都挺好喝的呀", step: .recommend),
        RuleExample("这款是新品哦，月底才发货", step: .recommend),
        RuleExample("您慢慢挑，找到适合的再拍", step: .recommend),
        RuleExample("是的，适合敏感肌", step: .recommend),
        // The seller's errand to someone else asks the buyer nothing.
        RuleExample("我帮您问下仓库还有没有货", step: .inquire),
        RuleExample("可以先拍个试用装试试", step: .close),
        RuleExample("配一条同色的围巾，一起买立减十元", step: .close),
        RuleExample("四点前拍下当天发货", step: .close),
        // The open door mid-reply or in an opener; thanks for waiting opens nothing.
        RuleExample("有问题随时找我们，这款很百搭", step: .farewell),
        RuleExample("在的亲，有需要随时叫我", step: .farewell),
        RuleExample("谢谢您耐心等待，补寄的单号稍后发您", step: .farewell),
        // Couriers and packing mentioned, not arranged.
        RuleExample("麻烦您拍个开箱视频，我们好找快递索赔", step: .ship),
        RuleExample("您的包裹已签收，满意的话给个五星哦", step: .ship),
        RuleExample("放心，不会给您发临期的", step: .ship),
        RuleExample("久等啦，刚才在打包，您说", step: .ship),
        // Indefinites, staff introduced, a status report, a courier changed, 体重发我.
        RuleExample("喜欢哪款拍哪款就行", step: .inquire),
        RuleExample("售后客服小周为您服务", step: .objection),
        RuleExample("已经补发了，单号稍后给您", step: .objection),
        RuleExample("这款面料不起球，冬天穿很暖和", step: .objection),
        RuleExample("给您换成中通好吗，不加钱", step: .objection),
        RuleExample("身高体重发我一下哦", step: .objection),
        RuleExample("能接受下周一发货吗？这批还在路上", step: .close),
        RuleExample("收件地址是哪个城市呀？", step: .confirm),
        RuleExample("您穿着合身就好", step: .recommend),
        RuleExample("这款我们从来都不", step: .inquire),
        // Round 4: a verification code sent, the shop receiving a return, an expiry date, a
        // coupon's terms explained, the order that cannot be placed yet, a complaint named in
        // an intent question, the seller providing, the link named in a question.
        RuleExample("验证码已经发送到您的手机了", step: .ship),
        RuleExample("商家收到商品后会给您检测", step: .ship),
        RuleExample("瓶身上印着截止日期", step: .close),
        RuleExample("这张优惠券满两百才能用哦", step: .close),
        RuleExample("现在拍不了，要等到货", step: .close),
        RuleExample("您是想退货还是换货呢？", step: .inquire),
        RuleExample("我们会为您提供上门服务", step: .inquire),
        RuleExample("请问是哪位亲拍的这个链接？", step: .inquire),
        RuleExample("那您想要什么价呢？", step: .inquire),
        RuleExample("这款已经打八折了", step: .close),
        RuleExample("优惠券每人只能领一张哦", step: .close),
        RuleExample("价格真的不能再低了，送您个小挂件可以吗", step: .close),
      ],
      cost: 3, patienceCost: 0,
      summary: "每条回复体现了八步接待中的哪几步，整场是否按合理顺序")
  }

  // MARK: Judging

  /// The steps a reply shows, in the flow's order (see `ReceptionFlowCues.swift` for the cues).
  public static func steps(_ reply: Reply, buyer: [String]) -> [Step] {
    steps(reply, context: StepContext(buyer: buyer))
  }

  /// The steps a reply shows, read in its conversation (see `StepContext`).
  public static func steps(_ reply: Reply, context: consuming StepContext) -> [Step] {
    // The learned correction (Model/StepModel.swift); KEFU_STEP_MODEL=0 leaves the rules alone.
    steps(reply, context: context, model: StepModel.active)
  }

  /// The steps a reply shows, the rules' reading corrected by `model` when there is one.
  /// (`context` is taken, not borrowed: the reading keeps it, and a context built for the call
  /// moves in without a retain and a release of each of its arrays.)
  public static func steps(_ reply: Reply, context: consuming StepContext, model: StepModel?)
    -> [Step]
  {
    guard !reply.scalars.isEmpty else { return [] }
    var reading = StepReading(reply, context: context)
    let rules = reading.steps()
    guard let model else { return rules.inFlowOrder }
    var corrected = model.correct(
      reply: reply.scalars, buyer: reading.context.normalizedBuyer, rules: rules)
    // Nor may it give a retort or a brush-off the objection step the rules refuse it.
    if reading.refusesObjection { corrected.remove(.objection) }
    // Nor make a photo of the fault the buyer reported a needs question: it learned from lines
    // with no complaint in sight, where a photo asked for receives the case (照片发一下 after
    // 起球了 is read one way whatever its wording).
    if !rules.contains(.inquire) && reading.asksPhotoOfReportedFault() {
      corrected.remove(.inquire)
    }
    // Nor take the greeting from the opening reply of a known conversation: it learned from
    // lines whose place in the talk it never saw (您好 mid-talk greets nobody), and here the
    // place is known — a greeting that opens the talk is the step, however the reply goes on.
    let context = reading.context
    if rules.contains(.greet) && context.known && !context.sellerSpokeBefore {
      corrected.insert(.greet)
    }
    return corrected.inFlowOrder
  }

  /// Whether the reply checks order details with the buyer: details read back with a check
  /// (…对吗, 没错吧, 跟您核对一下), a request that the buyer check them, or the details
  /// themselves read back in full.
  public static func isConfirming(_ reply: Reply) -> Bool {
    // Asked by four rules per reply: read once.
    if let memo = reply.shared.confirming { return memo }
    let confirming = readsAsConfirming(reply)
    reply.shared.confirming = confirming
    return confirming
  }

  /// The longest item named between 亲拍的 and the clause's closing 的 (亲拍的纯棉的).
  static let namedItemReach = 8

  /// 亲拍的纯棉的 / 您拍的茶杯是59的 / 亲拍的这款是两斤装的: a clause that is only what the buyer
  /// ordered, named and closed with 的 — the order read back. Not 您拍的时候… or 和您拍的东西一起
  /// 发货的 (read-back-not), nor a clause that asks which.
  static func namesOrderedItem(_ reply: Reply, questionWords: ArraySlice<PhraseHit>) -> Bool {
    let phrases = reply.words.flowCues
    guard reply.contains(phrases.orderNamed) else { return false }
    let s = reply.scalars
    let cues = reply.words.stepCues
    for hit in reply.hits(phrases.orderNamed) {
      let (start, end) = ScalarText.clause(s, hit.start, hit.end)
      if questionWords.contains(where: { $0.start >= start && $0.end <= end }) { continue }
      var e = end
      while e > hit.end && (s[e - 1].properties.isWhitespace || cues.bareFillers.contains(s[e - 1]))
      {
        e -= 1
      }
      guard e - 1 > hit.end, cues.de.contains(s[e - 1]), e - 1 - hit.end <= namedItemReach else {
        continue
      }
      if !ScalarSearch.containsAny(s, cues.readBackNot, from: hit.end, to: e - 1) { return true }
    }
    return false
  }

  /// Whether two items are joined with a plus (`item-joiners`: 刀+磨刀器, 雨靴x1+袜子): a 汉字 or
  /// a digit before it, a 汉字 after it.
  static func joinsItems(_ s: [Unicode.Scalar], _ cues: StepCues) -> Bool {
    var i = 1
    while i + 1 < s.count {
      if cues.itemJoiners.contains(s[i]) && ScalarText.isHan(s[i + 1])
        && (ScalarText.isHan(s[i - 1]) || ScalarText.isDigit(s[i - 1]))
      {
        return true
      }
      i += 1
    }
    return false
  }

  /// How many items are listed with their count (台灯白色x1): a 汉字, a times mark, digits,
  /// then a space, a mark or the end (not 保温杯×1加杯刷, a set described). Items written with a
  /// measure word instead (奶粉2罐 奶嘴2个, `counted-items`) count when there are two or more
  /// (not 满2件, 第2个: `count-not-heads`).
  static func itemisedCounts(_ reply: Reply) -> Int {
    let s = reply.scalars
    let cues = reply.words.stepCues
    let marks = cues.timesMarks
    var n = 0
    var counted = 0
    var i = 1
    while i + 1 < s.count {
      if marks.contains(s[i]) && ScalarText.isHan(s[i - 1]) && ScalarText.isDigit(s[i + 1]) {
        var j = i + 1
        while j < s.count && ScalarText.isDigit(s[j]) { j += 1 }
        if j == s.count || !(ScalarText.isHan(s[j]) || s[j].properties.isAlphabetic) { n += 1 }
        i = j
        continue
      }
      if ScalarText.isDigit(s[i]) && ScalarText.isHan(s[i - 1])
        && !cues.countNotHeads.contains(s[i - 1])
      {
        var j = i + 1
        while j < s.count && ScalarText.isDigit(s[j]) { j += 1 }
        if j < s.count && cues.countedItems.contains(s[j])
          && (j + 1 == s.count || Punctuation.of(s[j + 1]).contains(.clause))
        {
          counted += 1
        }
        i = j
        continue
      }
      i += 1
    }
    return counted >= 2 ? n + counted : n
  }

  private static func readsAsConfirming(_ reply: Reply) -> Bool {
    let phrases = reply.words.flowCues
    // 台灯白色x1 桌垫x1 默认地址: the order listed back, item by item.
    // (One scan counts the items, usually none; the words beside them are looked for after.)
    let itemised = itemisedCounts(reply)
    if itemised > 0,
      !ScalarSearch.containsAny(reply.scalars, reply.words.stepCues.itemisedNot),
      itemised >= 2 || ScalarSearch.containsAny(reply.scalars, reply.words.stepCues.addressScalars)
    {
      return true
    }
    // 三件衬衫+领带 默认地址: the items joined with a plus, and the address beside them — the
    // order listed back as tersely (not 套餐 or a gift: itemised-not).
    if joinsItems(reply.scalars, reply.words.stepCues),
      ScalarSearch.containsAny(reply.scalars, reply.words.stepCues.addressScalars),
      !ScalarSearch.containsAny(reply.scalars, reply.words.stepCues.itemisedNot)
    {
      return true
    }
    // 您拍的是加厚款的 / 亲只拍了一包: what the buyer ordered, read back to them.
    // Not when its clause asks which (您拍的是哪个颜色) or retorts (你拍的是什么都不看吗).
    // (Most replies name neither: the question words are then not taken, a retain and a
    // release of the reply's hits.)
    if reply.contains(phrases.orderReadBack) || reply.contains(phrases.orderNamed) {
      let questionWords = reply.hits(phrases.questionWord)
      for hit in reply.hits(phrases.orderReadBack) {
        let (start, end) = ScalarText.clause(reply.scalars, hit.start, hit.end)
        if !questionWords.contains(where: { $0.start >= start && $0.end <= end }) { return true }
      }
      if namesOrderedItem(reply, questionWords: questionWords) { return true }
    }
    let tagged = reply.contains(phrases.checkTag)
    let direct = reply.contains(phrases.confirmDirect)
    let topic = reply.contains(phrases.confirmTopic)
    // 订单收到啦，红色电热毯一床…: the order in hand, read back.
    let seen = reply.contains(phrases.orderSeen)
    let verbs = checkVerbs(reply)
    let checking = !verbs.isEmpty
    // Most replies name no check and no order word: no need to look for details.
    guard tagged || direct || topic || checking || seen || reply.contains(phrases.noteSeen) else {
      return OrderConfirmationRule.readsBackDetails(reply)
    }
    let details = OrderConfirmationRule.detailKinds(reply)
    if seen && details >= 1 { return true }
    // 您备注的「不要放辣椒包」我们看到了: the buyer's own note read back.
    if reply.contains(phrases.noteSeen) && reply.contains(phrases.seenIt) { return true }
    if direct && (details >= 1 || tagged) { return true }
    if tagged && (details >= 1 || topic) { return true }
    // 请您核对一下收件人 / 跟您核对: the check put to the buyer, next to its verb — not 请您
    // 稍等，正在为您核实 (the seller looking into it) with a topic word somewhere else.
    if checking && (details >= 1 || (topic && checksWithBuyer(reply, verbs: verbs))) {
      return true
    }
    if details >= 2 && topic { return true }
    return OrderConfirmationRule.readsBackDetails(reply)
  }

  /// How far (in scalars) before a check verb the buyer it is put to may stand (请您再核对).
  static let checkWithBuyerReach = 3

  /// The reply's check verbs (核对, 确认…), less those inside a receipt word (确认收货: the buyer
  /// confirming delivery, not an order checked) and the seller's own check before doing
  /// something else (核实后安排换货), unless that is put to the buyer (请您核对后再付款).
  static func checkVerbs(_ reply: Reply) -> [PhraseHit] {
    let phrases = reply.words.flowCues
    let verbs = reply.hits(phrases.checkVerb)
    guard !verbs.isEmpty else { return [] }
    let receipts = reply.hits(phrases.receipt)
    let own = reply.hits(phrases.checkOwn)
    return verbs.filter { verb in
      !receipts.contains { $0.start <= verb.start && verb.start < $0.end }
        && !(own.contains { $0.start == verb.start } && !checksWithBuyer(reply, verbs: [verb]))
    }
  }

  /// Whether a check verb (of `checkVerbs`) is put to the buyer: a check-with-buyer phrase ends
  /// just before it or holds it (麻烦您核对, 跟您确认一下, 帮您核对).
  static func checksWithBuyer(_ reply: Reply, verbs: [PhraseHit]) -> Bool {
    let withBuyer = reply.hits(reply.words.flowCues.checkWithBuyer)
    guard !withBuyer.isEmpty else { return false }
    return verbs.contains { verb in
      withBuyer.contains { $0.start <= verb.start && verb.start - $0.end <= checkWithBuyerReach }
    }
  }

  /// How far (in scalars) a check verb may stand after the cue of the order still to come and
  /// still be promised by it (您拍下就行，回头我这边帮您核对: ten between).
  static let promiseReach = 12

  /// Whether the reply only promises to check the order once it is placed (拍好后我帮您核对一下
  /// 地址, 等您拍下我再核对, 稍后跟您核对): every check verb follows a cue of what is still to
  /// come (`check-later`) in the same sentence, with no request to the buyer between (请, 麻烦),
  /// and nothing of the order is read back. It still reads as confirm (the labellers mark such
  /// promises 确认订单), but 核对订单信息 waits for the real read-back to count what is missing.
  public static func onlyPromisesCheck(_ reply: Reply) -> Bool {
    let phrases = reply.words.flowCues
    let later = reply.hits(phrases.checkLater)
    guard !later.isEmpty else { return false }
    let verbs = checkVerbs(reply)
    guard !verbs.isEmpty else { return false }
    if reply.contains(phrases.checkTag) || reply.contains(phrases.confirmDirect)
      || reply.contains(phrases.orderSeen) || reply.contains(phrases.orderReadBack)
      || reply.contains(phrases.noteSeen)
    {
      return false
    }
    // 核对收货地址 / 核对收件人: words that name what will be checked (confirm-topic) are no
    // address parts or recipient read back; anything else of the order's details is.
    let topics = reply.hits(phrases.confirmTopic)
    func named(_ hit: PhraseHit) -> Bool {
      !topics.contains { $0.start < hit.end && hit.start < $0.end }
    }
    let addressHits = reply.hits(OrderConfirmationRule.address)
    var topicOnly = 0
    if addressHits.count >= 2 && addressHits.filter(named).count < 2 { topicOnly += 1 }
    if reply.contains(OrderConfirmationRule.recipient)
      && !reply.hits(OrderConfirmationRule.recipient).contains(where: named)
    {
      topicOnly += 1
    }
    guard OrderConfirmationRule.detailKinds(reply) == topicOnly else { return false }
    return verbs.allSatisfy { promised($0, later: later, in: reply) }
  }

  /// Whether some check verb of the reply is promised for later (拍好后我再帮您核对一遍), whatever
  /// else it reads back now: the full check is still to come, so what this read-back leaves out
  /// is not yet missing.
  /// The seller must be the one to check (我, 这边, 帮您): 下单后您自己再核对一下地址 leaves it to
  /// the buyer, and what was left out is still missing.
  public static func promisesLaterCheck(_ reply: Reply) -> Bool {
    let later = reply.hits(reply.words.flowCues.checkLater)
    guard !later.isEmpty else { return false }
    let s = reply.scalars
    return checkVerbs(reply).contains { verb in
      guard promised(verb, later: later, in: reply),
        let cue = later.last(where: { $0.end <= verb.start })
      else { return false }
      return ScalarSearch.containsAny(s, checkDoers, from: cue.start, to: verb.start)
        && !ScalarSearch.containsAny(s, checkByBuyer, from: cue.start, to: verb.start)
    }
  }

  static let checkDoers = ScalarSearch.scalars(WordBook.standard.words("check-doer"))
  static let checkByBuyer = ScalarSearch.scalars(WordBook.standard.words("check-by-buyer"))

  /// Whether a check-later cue stands before `verb`, close and in its sentence, with no request
  /// to the buyer between (请, 麻烦).
  private static func promised(_ verb: PhraseHit, later: ArraySlice<PhraseHit>, in reply: Reply)
    -> Bool
  {
    let s = reply.scalars
    let asked = reply.words.flowCues.checkAsked
    return later.contains { cue in
      guard cue.end <= verb.start && verb.start - cue.end <= promiseReach else { return false }
      for i in cue.end..<verb.start
      where Punctuation.of(s[i]).contains(.sentence) || asked.contains(s[i]) {
        return false
      }
      return true
    }
  }

  /// Whether the buyer's messages hesitate, doubt, bargain or complain. A word held by a
  /// spared phrase (便宜那款分量足吗) only names an item.
  static func buyerObjects(_ normalizedBuyer: [[Unicode.Scalar]], words: RubricWords) -> Bool {
    let objection = words.flowCues.buyerObjection.slot
    let spared = words.flowCues.buyerObjectionSpared.slot
    return normalizedBuyer.contains { message in
      let hits = words.index.scan(message)
      return hits.contains { hit in
        hit.lexicon == objection
          && !hits.contains {
            $0.lexicon == spared && $0.start <= hit.start && hit.end <= $0.end
          }
      }
    }
  }

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    // The step context from the fields it reads (`StepContext(context)` copied the whole
    // context, a retain and a release of each of its arrays per reply).
    let history = context.history
    let spokeBefore = history.contains { $0.role == .seller }
    judgement.steps = ReceptionFlowRule.steps(
      reply,
      context: StepContext(
        buyer: context.buyerMessages, sellerSpokeBefore: spokeBefore, history: history))
    // The lesson's addon offered (再配把水果刀, 加笔袋只要29元): 关联推荐 is 推荐产品, whatever
    // the general reading made of the words around it.
    if !judgement.steps.contains(.recommend), UpsellRule.offersLessonAddon(reply, context.addons) {
      judgement.steps = Step.allCases.filter { $0 == .recommend || judgement.steps.contains($0) }
    }
    let first = !spokeBefore
    if first && !reply.scalars.isEmpty && !judgement.steps.contains(.greet) {
      judgement.findings.append(
        reply.wholeFinding(
          "reception_flow", "第一条回复没有问好，买家进门先要被招呼到",
          suggestion: reply.contains(Self.apology)
            // The apology stays; a greeting goes before it.
            ? "在道歉前面加一句「亲，您好，」，如「亲，您好，实在抱歉让您费心了」"
            : "开头加一句问候，如" + Self.greetingExample(buyer: context.buyerMessages)))
    }
  }

  /// The phrases of an apology (抱歉, 对不起, 不好意思).
  static let apology = Lexicon("apology")
  static let apologyList = StepContext.wordList("apology")

  /// Whether `reply` apologises (the `apology` phrases, in its normalised text).
  static func apologises(_ reply: String) -> Bool {
    apologyList.occurs(in: TextNormalizer.scalars(reply))
  }

  /// The greeting for a buyer who comes with a problem with their order: greeted and apologised
  /// to, not welcomed in.
  public static let apologyGreeting = "「亲，您好，给您添麻烦了，我马上帮您看看～」"

  /// A greeting to open with, fit for the buyer's first words: a buyer who comes with a problem
  /// with their order is not welcomed in, but greeted and apologised to.
  public static func greetingExample(buyer: [String]) -> String {
    StepContext.raisesAfterSales(buyer) ? apologyGreeting : "「亲，您好，欢迎光临～」"
  }

  /// Order problems over a session (beyond the first reply's greeting, which `judge` reports):
  /// farewell before the order was confirmed, and selling after saying goodbye.
  public static func orderViolations(_ turns: [Turn]) -> [Violation] {
    var out: [Violation] = []
    guard let farewellIndex = turns.firstIndex(where: { $0.judgement.steps.contains(.farewell) })
    else { return out }
    // A goodbye said again with the check or after it (祝您比赛顺利 mid-talk, then 核对…感谢支持)
    // ends the talk in the right order: only a check after the last goodbye is out of order.
    let lastFarewell = turns.lastIndex { $0.judgement.steps.contains(.farewell) } ?? farewellIndex
    if let confirmIndex = turns.firstIndex(where: { $0.judgement.steps.contains(.confirm) }),
      confirmIndex > lastFarewell
    {
      out.append(
        Violation(
          rule: "reception_flow", reply: confirmIndex + 1, text: turns[confirmIndex].reply,
          message: "告别之后才核对订单，应先核对再告别"))
    }
    let selling: Set<Step> = [.greet, .inquire, .recommend, .objection, .close]
    // 那今天拍啥时候发？— 四点前拍下当天发出: a question the buyer asked after the goodbye is
    // answered, not sold to; only putting something new to them (a pick, a question) is selling.
    let answering: Set<Step> = [.objection, .close]
    for i in (farewellIndex + 1)..<turns.count
    where turns[i].judgement.steps.contains(where: {
      selling.contains($0)
        && !(answering.contains($0)
          && turns[i].buyerMessages.contains(where: StepContext.asksSomething))
    }) {
      out.append(
        Violation(
          rule: "reception_flow", reply: i + 1, text: turns[i].reply,
          message: "已经告别了，之后只宜说发货、物流的事"))
      break
    }
    return out
  }
}

extension Lexicon {
  /// Whether a phrase of this family occurs in `text` (normalised first), in a rubric's words.
  public func occurs(in text: String, words: RubricWords) -> Bool {
    words.index.scan(NormalizedText(text).scalars).contains { $0.lexicon == slot }
  }
}
