import Foundation

extension Persona {
  /// The eight buyer personalities of seed 004, as data. The numbers are what the engine uses:
  /// `patience` is the default budget, `slowCost` and `rudeCost` what a slow or offending reply
  /// costs; docs/personas.md explains each choice.
  public static let builtIn: [Persona] = [
    Persona(
      id: "decisive", name: "外向果断", aliases: ["果断型", "外向型", "外向果断型", "果断"],
      patience: 3, slowCost: 2, rudeCost: 1, bargains: false, needsObjectionHandled: false,
      portrait: "自信、有主见，拿定主意就立刻下单，不爱听人指手画脚；等回复是最让他烦的事。",
      advice: "回得快，顺着他的想法说，别和他争；推荐时先听他要什么，再用一两句话对上他的目标。"),
    Persona(
      id: "easygoing", name: "随和", aliases: ["随和型", "好说话"],
      patience: 4, slowCost: 1, rudeCost: 1, bargains: false, needsObjectionHandled: false,
      portrait: "性格开朗、好相处，不太会拒绝人，也容易被说动，对卖家的防备心不重。",
      advice: "耐心、真诚地多聊几句，替他把关尺码和搭配；他容易被说服，更不能趁机乱推。"),
    Persona(
      id: "indecisive", name: "优柔寡断", aliases: ["犹豫型", "优柔寡断型", "犹豫"],
      patience: 3, slowCost: 1, rudeCost: 1, bargains: false, needsObjectionHandled: true,
      portrait: "听完介绍还是拿不定主意，总担心买错、不合身，迟迟不肯拍下。",
      advice: "别催，从几个角度讲清商品的好处，拿尺码表、退换政策这类实据打消他的顾虑，再轻推一把。"),
    Persona(
      id: "bargainer", name: "小气", aliases: ["爱砍价", "砍价型", "小气型", "爱砍价型"],
      patience: 3, slowCost: 1, rudeCost: 1, bargains: true, needsObjectionHandled: true,
      portrait: "总觉得贵，一开口就要便宜，喜欢占点小便宜，赠品和优惠最能打动他。",
      advice: "先热情地拉近关系、夸夸他的眼光；讲价别秒回也别一口回绝，说明价格的底气，"
        + "再用赠品、满减让他觉得赚到了。"),
    Persona(
      id: "steady", name: "稳重", aliases: ["稳重型", "精明型"],
      patience: 4, slowCost: 1, rudeCost: 1, bargains: false, needsObjectionHandled: true,
      portrait: "精明细致，问得多、想得周全，决定得慢；一旦信任了你，说话会很坦率。",
      advice: "把材质、尺寸、售后这些细节讲准讲全，让他自己说服自己；别夸大，别催促。"),
    Persona(
      id: "blunt", name: "心直口快", aliases: ["心直口快型", "直爽型", "直爽"],
      patience: 3, slowCost: 2, rudeCost: 2, bargains: false, needsObjectionHandled: false,
      portrait: "想要什么直接说，不要就直接拒绝，决定了绝不拖泥带水；被冒犯时反应也最大。",
      advice: "回复要快、语气要亲切，顺着他的话说重点，不必面面俱到；千万别反问、别顶嘴。"),
    Persona(
      id: "unhurried", name: "慢性子", aliases: ["慢性子型", "慢热型", "慢热"],
      patience: 5, slowCost: 0, rudeCost: 1, bargains: false, needsObjectionHandled: false,
      portrait: "不紧不慢，一个问题要问好几遍，自己也不在乎多等一会儿。",
      advice: "跟着他的节奏来，问几遍就耐心答几遍，别显得不耐烦；他不怪你慢，但会记得你的态度。"),
    Persona(
      id: "picky", name: "挑剔", aliases: ["挑剔型", "多疑型", "难缠型"],
      patience: 3, slowCost: 1, rudeCost: 2, bargains: false, needsObjectionHandled: true,
      portrait: "总怀疑卖家言过其实，处处挑毛病，对介绍半信半疑。",
      advice: "别反感，更别带着情绪反驳；先认真听完他的意见，再用事实和保障回应，把挑剔变成信任。"),
  ]
}
