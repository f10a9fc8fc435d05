import KefuScenario
import KefuText

/// The rubric as text for people: the `kefu rules` listing, one rule in full, and the Markdown
/// document `docs/rubric.md` is generated from. Built from the rules' descriptions and
/// `RubricSettings.standard`, so the documentation cannot drift from the code.
public enum RubricDocument {
  /// `kefu rules`: id, Chinese name and one-line summary per rule, aligned by display width.
  public static func listing(_ rules: [Rule] = RuleRegistry.all) -> String {
    let ids = rules.map { $0.description.id }
    let names = rules.map { $0.description.name }
    let idWidth = ids.map { DisplayWidth.of($0) }.max() ?? 0
    let nameWidth = names.map { DisplayWidth.of($0) }.max() ?? 0
    var out = ""
    for rule in rules {
      let d = rule.description
      out += DisplayWidth.padded(d.id, to: idWidth + 2)
      out += DisplayWidth.padded(d.name, to: nameWidth + 2)
      out += d.oneLine + "\n"
    }
    out += "\n用 kefu rules ID 查看一条规则的说明、数值和示例；kefu rules --markdown 输出全部文档。\n"
    return out
  }

  /// `kefu rules ID`: the rule's explanation, numbers, phrase lists and examples.
  public static func detail(_ rule: Rule, settings: RubricSettings = .standard) -> String {
    let d = rule.description
    var out = "\(d.id)  \(d.name)\n\n"
    out += d.explanation + "\n\n"
    out += "数值（可用 --rubric 文件修改）：\n"
    for (key, value, meaning) in numbers(d, settings: settings) {
      out += "  \(key): \(value)    # \(meaning)\n"
    }
    let families = WordBook.standard.applying(settings.wordEdits).families(of: d.id)
    if !families.isEmpty {
      out += "\n词语（可用 --rubric 文件增删词组的词）：\n"
      for family in families {
        out += "  [\(family.name)] \(kindName(family.kind))"
        out += family.note.isEmpty ? "\n" : "  \(family.note)\n"
        out += "    " + wordsLine(family) + "\n"
      }
    }
    out += "\n会触发：\n"
    for e in d.triggers { out += "  ✗ " + example(e, trigger: true) + "\n" }
    out += "\n不会触发：\n"
    for e in d.passes { out += "  ✓ " + example(e, trigger: false) + "\n" }
    return out
  }

  /// The rule's numbers: its own keys, then its cost in points and in patience.
  static func numbers(_ d: RuleDescription, settings: RubricSettings) -> [(String, String, String)]
  {
    var out: [(String, String, String)] = []
    let names = d.settingKeys + ["cost_" + d.id, "patience_" + d.id]
    for name in names {
      guard let key = RubricSettings.keys.first(where: { $0.name == name }) else { continue }
      out.append((name, settings.text(of: key), key.meaning))
    }
    return out
  }

  static func kindName(_ kind: WordFamily.Kind) -> String {
    switch kind {
    case .phrases: return "词组"
    case .list: return "词表"
    case .characters: return "字类"
    case .pattern: return "句式"
    }
  }

  /// A family's words on one line: phrases separated by 、, characters run together.
  static func wordsLine(_ family: WordFamily) -> String {
    switch family.kind {
    case .characters: return family.words.joined()
    case .phrases, .list: return family.words.joined(separator: "、")
    case .pattern:
      return family.fields.map { $0.key + "：" + $0.words.joined(separator: "、") }.joined(
        separator: "；")
    }
  }

  /// An example on one line: the reply in 「」 and what it depends on.
  static func example(_ e: RuleExample, trigger: Bool) -> String {
    var notes: [String] = []
    if !e.earlier.isEmpty {
      notes.append("之前客服已发：" + e.earlier.map { "「\($0)」" }.joined(separator: "、"))
    }
    if !e.buyer.isEmpty {
      notes.append("买家刚说：" + e.buyer.map { "「\($0)」" }.joined(separator: "、"))
    }
    if let s = e.seconds { notes.append("用时 \(JSONValue.formatSeconds(s)) 秒") }
    if !e.addons.isEmpty {
      notes.append("剧本 addon：" + e.addons.map { $0.joined(separator: "/") }.joined(separator: "、"))
    }
    if let product = e.product { notes.append("本对话商品：\(product)") }
    for chat in e.otherChats {
      var said = "另一对话 \(chat.buyer) 号顾客"
      if let product = chat.product { said += "，商品：\(product)" }
      if !chat.addons.isEmpty {
        said += "，addon：" + chat.addons.map { $0.joined(separator: "/") }.joined(separator: "、")
      }
      if !chat.buyerMessages.isEmpty {
        said += "，说过：" + chat.buyerMessages.map { "「\($0)」" }.joined(separator: "")
      }
      notes.append(said)
    }
    if let step = e.step {
      notes.append((trigger ? "体现" : "不算") + "「\(step.chineseName)」\(step.rawValue)")
    }
    let text = e.text.isEmpty ? "（空回复）" : "「\(e.text)」"
    return notes.isEmpty ? text : text + "（" + notes.joined(separator: "；") + "）"
  }

  /// The whole rubric as Markdown: every rule, then the grade formula and the settings.
  /// `docs/rubric.md` is exactly this text.
  public static func markdown(_ rules: [Rule] = RuleRegistry.all) -> String {
    let s = RubricSettings.standard
    func v(_ name: String) -> String {
      guard let key = RubricSettings.keys.first(where: { $0.name == name }) else { return "?" }
      return s.text(of: key)
    }
    var out = """
      # 评分规则（rubric）

      > 本文件由 `kefu rules --markdown` 生成（规则说明、示例、评分公式和默认数值都来自代码），
      > 请勿手工修改；改了规则后运行 `swift run kefu rules --markdown > docs/rubric.md`。
      > 测试会检查它与程序输出一致。

      每条客服回复都按下面的规则检查。规则的 id 是稳定的英文名，用在剧本（`when rule ID`）、
      JSON 和 CSV 里；示例就是规则的测试：「会触发」的必须触发，「不会触发」的必须不触发。

      | id | 中文 | 检查什么 |
      |---|---|---|

      """
    for rule in rules {
      let d = rule.description
      out += "| `\(d.id)` | \(d.name) | \(d.oneLine) |\n"
    }
    for rule in rules {
      let d = rule.description
      out += "\n## `\(d.id)` \(d.name)\n\n"
      out += d.explanation + "\n\n"
      let nums = numbers(d, settings: s)
      if !nums.isEmpty {
        out += "数值：" + nums.map { "`\($0.0)` = \($0.1)（\($0.2)）" }.joined(separator: "；") + "。\n\n"
      }
      let families = WordBook.standard.families(of: d.id)
      if !families.isEmpty {
        out += "词语（`Sources/KefuRubric/Words/\(d.id).words`）：\n\n"
        for family in families {
          out += "- `\(family.name)`（\(kindName(family.kind))）"
          out += family.note.isEmpty ? "：" : "：\(family.note)<br>"
          out += wordsLine(family) + "\n"
        }
        out += "\n"
      }
      out += "会触发：\n\n"
      for e in d.triggers { out += "- " + example(e, trigger: true) + "\n" }
      out += "\n不会触发：\n\n"
      for e in d.passes { out += "- " + example(e, trigger: false) + "\n" }
    }
    out += """

      ## 评分公式

      一场对话的分数满分 100，由下面几部分相加（括号里是默认值，都能用评分标准文件修改）：

      - **接待步骤**：八步里每体现一步得 `weight_step`（\(v("weight_step"))）分。又问一遍买家已经给过的信息（`asked_again`）的回复，不算接待咨询。
      - **回复速度**：`weight_response`（\(v("weight_response"))）× 按时回复的比例；没有计时的对话（如纯文本聊天记录）给满分。
      - **关联销售**：至少有一条回复做了关联销售，得 `weight_upsell`（\(v("weight_upsell"))）分。
      - **结果**：成交 `weight_deal`（\(v("weight_deal"))），未完成 `weight_unfinished`（\(v("weight_unfinished"))），流失 `weight_lost`（\(v("weight_lost"))）。
      - **扣分**：每条违反某规则的回复扣 `cost_<规则 id>` 分；同一条规则一场最多扣 `cost_cap_per_rule`（\(v("cost_cap_per_rule"))）分。

      没有推荐或关联销售机会的课（见下文「不评等级」）不要求这两件事：关联销售的分数直接给满，
      接待步骤按推荐以外的七步来算，每体现一步得 `weight_step` × 8/6 分，做到其中六步就是满分 8 × `weight_step`
      （这类课很少七步都用得上：寄错了货没有什么要促成的，买家一开口就把情况说全了也不必再问）。
      好好完成一节售后课，不会因为课里本来就不该推销而少得分。成绩单上「推荐产品」和「关联销售」写「本课不要求」，\
      步骤数按七步算（如「八步接待流程（5/7，做到 6 步即得满分）」）；还差的步骤多于一步时，建议里点出差的是哪几步。

      **售后对话**：在这样的课上，买家是来办售后的——一开口就说订单出了问题（碎了、少发、什么质量，\
      `after-sales-opening` 词表），或者头两轮就要退款（`refund-asked` 词表：我要退款、能七天无理由退吗）——\
      连「促成交易」也不要求：没有东西要卖，也没有要催的单。接待步骤按其余六步来算\
      （进门问好、接待咨询、处理异议、确认订单、礼貌告别、下单发货），做到其中 `after_sales_steps`（\(v("after_sales_steps"))）步\
      就是满分 8 × `weight_step`，每步 8 × `weight_step` ÷ `after_sales_steps`。老师期待的售后接待是：问好并道歉（进门问好）、\
      安抚并给出办法（补发、换新、退款、上门取件，都算处理异议；退款多久到账、原路退回也算）、说清什么时候补发（下单发货）、礼貌告别；\
      要照片、查订单（接待咨询）和核对地址或退款金额（确认订单）视情况而定，做到了同样算数。\
      成绩单上「促成交易」也写「本课不要求」，步骤数按六步算（如「八步接待流程（4/6，做到 4 步即得满分）」）；\
      做到的不到 `after_sales_steps` 步时，建议里点出差的是哪几步。\
      向来办售后的买家推新品、推搭配的商品（被读成推荐产品或关联销售的回复；换货时建议换成别的尺码、颜色或款式，\
      比如「这款建议换L码」，是在办售后，不算；劝买家把东西留下、给点补偿或让买家将就——`keep-offer` 词表：\
      要不您留着，我给您返10元——是折中方案，算处理异议，也不算，除非同一条回复还推了加购商品或别的商品，\
      如「店里新款正在打折，您可以看看」，`keep-offer-not` 词表），每条扣 \
      `cost_after_sales_selling`（\(v("cost_after_sales_selling"))）分，一场最多扣 `cost_cap_per_rule` 分；\
      成绩单写「本课不要求（有 2 句回复仍在推荐或推销商品，扣 10 分）」，建议里也会提醒。\
      买家在成交之后才问「不喜欢能退吗」（那我先拍一件……不喜欢能退的吧）是在问这次购买，不算来办售后。

      总分限制在 0～100 之间并四舍五入。回复不超过 `short_session_replies`（\(v("short_session_replies"))）条的对话太短，
      最高只给 `short_session_cap`（\(v("short_session_cap"))）分；一条回复都没有是 0 分。

      整场才看得出的违规也计入：流程顺序（告别之后才核对订单、告别之后又推销）记为 `reception_flow`，
      超过 `exclamation_session_share` 比例的回复带感叹号记为 `exclamation_overuse`。

      **等级**：

      等级按课程里的三等客服来评，看的是销售行为：

      - 一等客服：推荐之前先询问过买家的需求（`inquire` 出现在第一次 `recommend` 之前），做了推荐，
        并且至少有 `tier1_min_upsell`（\(v("tier1_min_upsell"))）条回复做了关联销售——发现隐性需求，做关联销售。
      - 二等客服：针对买家说出的需要做了推荐（`recommend`）。看的是**第一次推荐**对不对得上买家的话：在它之前问过买家的需要
        （`inquire`）、回应过买家的顾虑（`objection`，同一条回复里回应也算），或者买家自己说出了需要、请客服出主意、在挑在比
        （`need-stated`、`buyer-advice-words`、`buyer-choice-words` 词表：平时穿42、送我妈、哪款好、有什么区别、我要大的）。
      - 三等客服：只回答了买家的问题，卖的只是买家本来就要买的；只顾推销的也是三等——买家问了「多少斤」，
        回复只说「爆款，赶紧拍」，在那之前既没问过需要、也没回应过买家的顾虑，买家也没说过想要什么，这样的推荐不是针对买家的需要，
        之后再问、再回应顾虑也改不了「先推销」。报尺码也一样：买家说「给孩子穿，不知道拍多大」，客服没问脚长就说「直接拍28码」，
        这个尺码是猜的，不是「推荐得准」——要等买家说出定尺码的依据（`size-facts` 词表里的词带一个数字：脚长16厘米、平时穿27、
        身高160），或者客服先问过，报出的尺码（28码、3号）才算按需要推荐。
        这样的三等还要扣分：每条推荐或推销商品的回复（读成推荐产品或关联销售的）扣 `cost_unasked_selling`
        （\(v("cost_unasked_selling"))）分，一场最多扣 `cost_cap_per_rule` 分，成绩单写
        「等级：三等客服（\(Grade.unheardNote)，2 句推销扣 10 分）」。先问清需要再推荐的学生不受影响。

      什么算推荐，要结合买家的话来看：回答买家的提问（「是纯棉的吗？」——「是纯棉的」）只是回答，同一句话
      主动说出来才算推荐；为了推荐而先问需要（「为了帮您选得更合适，请问房间多大」）只算询问需求；
      反问句从不算处理异议。

      **表现封顶**：整场有反问句、服务禁语，或者买家流失，等级最高二等客服。成绩单写明原因，例如
      「等级：二等客服（销售：一等；因反问句记为二等）」；销售本来就是二等时也写出来：
      「等级：二等客服（销售：二等；有反问句，销售做到一等也只记二等）」。

      **不评等级**：场景里没有推荐或关联销售的机会（售后、问好、核对订单、守价这类课），成绩单写「等级：不评」
      并说明原因，JSON 里 `"tier":null`，导出的表格里等级一格留空。场景文件用 `sales: 无` 写明；没写时，
      场景有 `addon:` 或者有 `when upsell`、`when step recommend`、`when step inquire` 分支就评等级，否则不评。

      **建议**：成绩单给出一到两条具体建议，按重要程度从违规（服务禁语、账号安全、反问句、超时）
      到缺少的步骤（问好、推荐、询问需求、关联销售、核对订单）依次挑选。建议里的例句贴合这节课：\
      「推荐之前先问问需求」举的问题按商品名里的词选（穿戴的问尺码，护肤的问肤质，奶粉奶瓶问宝宝多大，\
      锅刀碗问几口人做饭，吃的问自己吃还是送人，数码问在什么场合用，首饰问自己戴还是送人，床品问床多大，\
      词表见上文 `baby-products` 等；都不是时问「主要在什么地方用、给谁用」）。售后的对话（买家一开口就说订单出了问题，\
      或者在没有推荐机会的课上买家头两轮就要退款）不会被建议以「欢迎光临」开场，也不会被建议「成交后核对订单」，\
      而是退款之前核对哪一单、退回的商品和金额（换货核对换成的商品和地址，补发核对地址）；\
      第一条回复道了歉却没问好时，建议在道歉前面加一句「亲，您好，」。买家流失了、而买家走之前的那条回复没有违反任何规则时（规则的建议说不出原因），\
      建议点出买家当时说的话，例如「买家在你第 4 句回复之后走了，走之前说的是「再便宜二十块行不行」：下次先正面回应这句话……」。

      **版本**：成绩和记录都带 `rubric_version`。使用默认数值时是 `1`；用评分标准文件改了任何数值时是
      `1+custom-` 加 8 位哈希（由全部设置算出，数值相同则版本相同）。

      ## 评分标准文件（`--rubric FILE`）

      纯文本，每行 `键: 值`（全角冒号也可以），`#` 后是注释，空行忽略。值是数字，也可以写分数 `1/3`，
      `limit` 还可以写 `8s` 或 `8秒`。不认识的键、重复的键、不是数字或超出范围的值都会报错并指出 `文件:行号`。

      ```
      # 期末考核：时限放宽到 8 秒，成交更重要
      limit: 8s
      weight_deal: 40
      ```

      评分标准文件还能增删某个词组（见下文「词语文件」）的词：`+词组名: 词 | 词` 加词，`-词组名: 词 | 词`
      删词（全角 `＋` `－` `：` 也可以）。加的词排在词组最后；删的词必须在词组里。词表和字类不能这样改。
      改了词语，`rubric_version` 同样变成 `1+custom-…`。`kefu rules ID --rubric FILE` 显示改过以后的词。

      ```
      # 本店常用的招呼语也算问好；「嗨」在本店不算
      +greet: 哈罗亲 | 亲亲来啦
      -greet: 嗨
      ```

      | 键 | 默认值 | 含义 |
      |---|---|---|

      """
    for key in RubricSettings.keys {
      out += "| `\(key.name)` | \(s.text(of: key)) | \(key.meaning) |\n"
    }
    out += """

      ## 词语文件

      规则认的词都写在 `Sources/KefuRubric/Words/` 下的纯文本文件里，一条规则一个文件（`规则id.words`），
      编译时嵌进程序，所以程序单独一个文件就能用。上面每条规则下列出的「词语」就来自这些文件；
      `kefu rules ID` 也会列出来。代码只按名字用一组词，从不写死某个词：单独比较的一个字（比如否定字
      「不」「没」、句末的「吗」）也写成字类，两个字的搭配（还是、刚好）写成词表。这样改了词语文件，判断就跟着改，
      代码里不会留下漏改的另一份。接待流程和反问句检测的判断代码由测试检查，不许出现带汉字的字面量，没有例外：
      反问句检测在代码里判断的几种说法（都第三次了、…不成、怎么着）和句末语气词也是字类、词表。它为了速度
      先筛一遍（一条回复里没有问号、引号、句式的词，也没有这些说法要用的字，就不再细看），预筛的字不是另写的，
      是程序第一次用到时从词语文件里的句式和这些字类、词表算出来的（只算一次），所以改了词语文件，预筛也跟着改。

      ```
      # 井号开头的行是注释
      [greet]
      说明：问候和开场的招呼（这组词做什么用，一行或几行）
      您好 | 你好 | 欢迎光临
      在的
      [greet-fillers] 字类
      说明：「在」后面的语气字
      的呢哦呀
      ```

      - `[名字]` 开始一个**词组**：回复里出现其中任何一个词，规则就看得到（一次扫描找全部词组）。
        名字用小写字母、数字和 `-`，全部文件里不能重名。
      - `[名字] 词表`：规则的代码或反问句的句式按名字用到的一组词，不单独在回复里查找。
      - `[名字] 字类`：一组单字，规则用它看某个位置上的字（比如句末的语气词），一行写下所有字即可。
      - `[名字] 句式`：反问句的一种说法（只在 `rhetorical_question.words` 里）。一个「词」（锚点，几种写法
        任选其一）加上几条条件，全部满足才算反问；句式从上到下依次试。条件一行一条，写法
        `条件：词 | 词`，词多时换行接着写；`@名字` 代表一个词表。条件有：`类型`（难道、否定加吗、
        怪买家没看、责怪、否认、反驳、顶撞、不当回事、不耐烦，决定提示语）、`词`、`后面接`、`后面不接`、
        `前面不是`、`前面要有`、`后面要有`、`分句里没有`、`句中要有`、`句中前面没有`、`整条回复没有`、
        `后文要有`、`结尾`（不限、吗、问句、问号、就行了、单独成句、带吧）、`可跨分句：是`、`买家刚抱怨：是`。
        每个条件的确切含义写在 `rhetorical_question.words` 开头的注释里。
      - `说明：` 开头的行说这组词是做什么用的；其余的行是词，一行一个，或者用 `|` 隔开写在一行。
        词按回复的写法比较：全角半角、大小写都不影响。

      **加一个词**：在对应文件的词组里加上它，然后运行
      `swift Tools/embed-words/main.swift` 更新嵌入程序的副本
      （`Sources/KefuRubric/Matching/EmbeddedWords.swift`，测试会检查两者一致），再运行
      `swift run kefu rules --markdown > docs/rubric.md` 更新本文档。不改程序、只在某次考核里加词，
      用评分标准文件的 `+词组名:` 行。

      **加一条规则**：写一个文件（比如 `Sources/KefuRubric/Tone/新规则.swift`），里面的 `description`
      写齐 id、中文名、说明、默认扣分 `cost` 和耐心 `patienceCost`、成绩单建议 `tip`（`{where}` 会换成
      「（第 N 条）」）和它在建议里的先后 `tipOrder`、会触发和不会触发的例句（会触发的例句用 `mark:`
      写出发现落在哪段文字上），以及 `judge` 判断；再在 `RuleRegistry.all` 里加一行。评分标准文件的
      `cost_<id>`/`patience_<id>`、成绩单建议和本文档都由此生成；规则用到的词写进
      `Sources/KefuRubric/Words/<id>.words`。少写了哪一项，测试会指出来。

      """
    return out
  }
}
