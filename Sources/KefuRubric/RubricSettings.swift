import Foundation
import KefuText

/// Every number of the rubric in one place: the response-time limit, rule thresholds, the grade's
/// weights, what each broken rule costs in points and in the buyer's patience, and the tier
/// conditions. `RubricSettings.standard` holds the documented defaults; a rubric file
/// (`--rubric FILE`, plain `key: value` lines) overrides any of them.
public struct RubricSettings: Equatable {
  // MARK: Rules

  /// 黄金六秒: seconds allowed for a reply when the scenario sets no `limit:`.
  public var limitSeconds: Double = ReplyLimit.standardSeconds
  /// How many earlier seller replies `repeated_reply` and `asked_again` look back over.
  public var historyWindow = 30
  /// Exclamation marks one reply may carry before it is overuse.
  public var exclamationMaxPerReply = 1
  /// A session overuses exclamation marks when more than this share of replies carry one…
  public var exclamationSessionShare: Double = 1.0 / 3.0
  /// …and it has at least this many replies.
  public var exclamationSessionMinReplies = 3
  /// A reply of at most this many characters (punctuation aside) with no warm word is curt.
  public var curtReplyMaxChars = 3
  /// Replies shorter than this (punctuation aside) are never called repeated.
  public var repeatMinChars = 5
  /// Two replies at least this similar (character pairs, Dice coefficient) are near-identical.
  public var repeatSimilarity: Double = 0.85

  // MARK: Grade

  /// Points for each of the eight reception steps the session shows.
  public var weightStep: Double = 5
  /// Points for answering in time, scaled by the share of replies within the limit.
  public var weightResponse: Double = 20
  /// Points for at least one cross-sell.
  public var weightUpsell: Double = 10
  /// Points for the outcome.
  public var weightDeal: Double = 30
  public var weightUnfinished: Double = 15
  public var weightLost: Double = 0
  /// Sessions with at most this many replies are capped…
  public var shortSessionReplies = 2
  /// …at this score.
  public var shortSessionCap: Double = 40
  /// The most points one rule can cost in a session, however often it is broken.
  public var costCapPerRule: Double = 20
  /// In an after-sales talk (a lesson without a chance to sell, the buyer came about a fault),
  /// this many of the six asked steps earn the whole steps term.
  public var afterSalesSteps = 4
  /// In an after-sales talk, the points each reply that still pushed a product (推荐产品 or
  /// 关联销售) costs; together at most `costCapPerRule`.
  public var costAfterSalesSelling: Double = 5
  /// In a lesson with a chance to sell, when the first recommendation was for no need the buyer
  /// said (三等 for it: pushed before asking, a size guessed), the points each reply that pushed a
  /// product (推荐产品 or 关联销售) costs; together at most `costCapPerRule`.
  public var costUnaskedSelling: Double = 5
  /// Points each broken rule costs, per reply that breaks it (by rule id).
  public var costs: [String: Double] = RubricSettings.defaultCosts
  /// What breaking a rule costs the buyer's patience in play (by rule id).
  public var patience: [String: Int] = RubricSettings.defaultPatience
  /// 一等客服 needs at least this many cross-selling replies…
  public var tier1MinUpsell = 1
  /// …and (1) an inquire step strictly before the first recommendation, (0) not required.
  public var tier1NeedsInquiryFirst = 1

  // MARK: Words

  /// Words added to or removed from the rubric's phrase families (`+greet: 哈喽呀` lines).
  public var wordEdits: [WordBook.Edit] = []

  public init() {}

  /// The documented defaults.
  public static let standard = RubricSettings()

  /// Each registered rule's default cost in points, from its description.
  public static let defaultCosts: [String: Double] = Dictionary(
    uniqueKeysWithValues: RuleRegistry.descriptions.map { ($0.id, $0.cost) })
  /// Each registered rule's default cost in patience, from its description.
  public static let defaultPatience: [String: Int] = Dictionary(
    uniqueKeysWithValues: RuleRegistry.descriptions.map { ($0.id, $0.patienceCost) })

  /// Points a broken rule costs per reply.
  public func cost(_ rule: String) -> Double { costs[rule] ?? 0 }
  /// Patience a broken rule costs in play.
  public func patienceCost(_ rule: String) -> Int { patience[rule] ?? 0 }
  /// The limit for a session: the scenario's `limit:` when it has one, else the rubric's.
  public func limit(scenario: Double?) -> Double {
    ReplyLimit.resolve(scenario: scenario, rubric: limitSeconds)
  }

  // MARK: Keys

  /// One overridable number: its key in a rubric file, what it means, how to read and write it.
  public struct Key {
    public let name: String
    /// Chinese, one line.
    public let meaning: String
    let get: (RubricSettings) -> Double
    let set: (inout RubricSettings, Double) -> Void
    /// Whole numbers only.
    let integer: Bool
    let minimum: Double
    let maximum: Double
  }

  private static func key(
    _ name: String, _ meaning: String, _ path: WritableKeyPath<RubricSettings, Double>,
    min: Double = 0, max: Double = 1000
  ) -> Key {
    Key(
      name: name, meaning: meaning, get: { $0[keyPath: path] }, set: { $0[keyPath: path] = $1 },
      integer: false, minimum: min, maximum: max)
  }

  private static func key(
    _ name: String, _ meaning: String, _ path: WritableKeyPath<RubricSettings, Int>,
    min: Double = 0, max: Double = 1000
  ) -> Key {
    Key(
      name: name, meaning: meaning, get: { Double($0[keyPath: path]) },
      set: { $0[keyPath: path] = Int($1) }, integer: true, minimum: min, maximum: max)
  }

  /// Every key a rubric file may set, in the order they are documented.
  public static let keys: [Key] = {
    var keys: [Key] = [
      key(
        "limit", "回复时限（秒），剧本没有写 limit: 时使用", \.limitSeconds,
        min: ReplyLimit.minSeconds, max: ReplyLimit.maxSeconds),
      key("history_window", "重复回复、重复询问往回看的客服回复条数", \.historyWindow, min: 1),
      key("exclamation_max_per_reply", "一条回复最多可用的感叹号个数", \.exclamationMaxPerReply),
      key(
        "exclamation_session_share", "带感叹号的回复超过这个比例即整场滥用", \.exclamationSessionShare,
        max: 1),
      key(
        "exclamation_session_min_replies", "整场比例从多少条回复起才判断",
        \.exclamationSessionMinReplies),
      key("curt_reply_max_chars", "不超过这么多字、又没有任何亲切用语的回复算生硬", \.curtReplyMaxChars),
      key("repeat_min_chars", "短于这么多字的回复不算重复回复", \.repeatMinChars),
      key("repeat_similarity", "两条回复相似度达到这个值即算几乎相同", \.repeatSimilarity, max: 1),
      key("weight_step", "每覆盖一个接待步骤得分", \.weightStep),
      key("weight_response", "按时回复满分（按按时回复的比例折算）", \.weightResponse),
      key("weight_upsell", "做过关联销售得分", \.weightUpsell),
      key("weight_deal", "成交得分", \.weightDeal),
      key("weight_unfinished", "未完成得分", \.weightUnfinished),
      key("weight_lost", "流失得分", \.weightLost),
      key("short_session_replies", "回复不超过这么多条的对话封顶", \.shortSessionReplies),
      key("short_session_cap", "过短对话的最高分", \.shortSessionCap, max: 100),
      key("cost_cap_per_rule", "同一条规则在一场对话里最多扣的分", \.costCapPerRule),
      key(
        "after_sales_steps", "售后对话（不评等级的课上买家来办售后）做到推荐和促成交易以外六步里的几步，接待步骤分就给满",
        \.afterSalesSteps, min: 1, max: 6),
      key(
        "cost_after_sales_selling", "售后对话里每条仍在推荐或推销商品的回复扣的分（一场最多扣 cost_cap_per_rule）",
        \.costAfterSalesSelling, max: 100),
      key(
        "cost_unasked_selling",
        "有推荐机会的课上，第一次推荐前没弄清买家的需要（只顾推销、猜尺码，等级三等）时，每条推荐或推销商品的回复扣的分（一场最多扣 cost_cap_per_rule）",
        \.costUnaskedSelling, max: 100),
      key("tier1_min_upsell", "一等客服至少要有几条关联销售回复", \.tier1MinUpsell),
      key(
        "tier1_needs_inquiry_first", "一等客服是否必须先询问需求再推荐（1 是，0 否）", \.tier1NeedsInquiryFirst, max: 1),
    ]
    for id in RubricSettings.ruleIDs {
      keys.append(
        Key(
          name: "cost_" + id, meaning: "违反 \(id) 每条回复扣的分",
          get: { $0.costs[id] ?? 0 }, set: { $0.costs[id] = $1 }, integer: false, minimum: 0,
          maximum: 100))
    }
    for id in RubricSettings.ruleIDs {
      keys.append(
        Key(
          name: "patience_" + id, meaning: "违反 \(id) 消耗买家的耐心",
          get: { Double($0.patience[id] ?? 0) }, set: { $0.patience[id] = Int($1) }, integer: true,
          minimum: 0, maximum: 100))
    }
    return keys
  }()

  /// The rule ids the cost and patience keys are written for (the registry's, in its order).
  static var ruleIDs: [String] { RuleRegistry.ids }

  /// The value of a key as a rubric file would write it.
  public func text(of key: Key) -> String {
    RubricSettings.format(key.get(self), integer: key.integer)
  }

  public static func format(_ value: Double, integer: Bool) -> String {
    if integer || value == value.rounded() { return String(Int(value)) }
    let decimal = String(value)
    guard decimal.count > 6 else { return decimal }
    // 0.3333333333333333 reads better as 1/3 (and parses back to the same number).
    for d in 2...12 {
      let n = (value * Double(d)).rounded()
      if Double(Int(n)) / Double(d) == value { return "\(Int(n))/\(d)" }
    }
    return decimal
  }

  // MARK: Version

  /// The rubric version a grade and a record carry: `1` for the defaults, `1+custom-<hash>` when
  /// any number differs (the hash of every key and value, so equal settings share a version).
  public var version: String {
    if self == .standard { return Rubric.version }
    var canonical = ""
    for key in RubricSettings.keys { canonical += key.name + "=" + text(of: key) + "\n" }
    for edit in wordEdits {
      canonical += (edit.add ? "+" : "-") + edit.family + "=" + edit.words.joined(separator: "|")
      canonical += "\n"
    }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in canonical.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    let padded = String(repeating: "0", count: 16 - hex.count) + hex
    return Rubric.version + "+custom-" + padded.prefix(8)
  }

  // MARK: Rubric files

  /// Reads a rubric file: `key: value` lines (full-width `：` too), `#` comments, blank lines.
  /// Unknown keys, repeated keys and bad values are errors with `file:line`.
  public static func load(path: String) throws -> RubricSettings {
    let text: String
    do {
      text = try TextFile.read(path)
    } catch let error as TextFileError {
      throw RubricFileError(message: error.message)
    }
    return try parse(text, path: path)
  }

  /// Parses rubric-file text (see `load(path:)`); `path` names it in errors.
  public static func parse(_ text: String, path: String) throws -> RubricSettings {
    var settings = RubricSettings.standard
    var seen: [String: Int] = [:]
    let byName = Dictionary(uniqueKeysWithValues: keys.map { ($0.name, $0) })
    var lineNumber = 0
    for textLine in TextFile.lines(text) {
      lineNumber += 1
      var line = textLine
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty { continue }
      if trimmed.hasPrefix("+") || trimmed.hasPrefix("-") || trimmed.hasPrefix("＋")
        || trimmed.hasPrefix("－")
      {
        settings.wordEdits.append(try wordEdit(trimmed, at: "\(path):\(lineNumber)"))
        continue
      }
      guard let colon = trimmed.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
        throw RubricFileError(
          message: "\(path):\(lineNumber): 应为「键: 值」，这一行没有冒号：\(trimmed)")
      }
      let name = trimmed[..<colon].trimmingCharacters(in: .whitespaces)
      let valueText = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      guard let key = byName[name] else {
        var message = "\(path):\(lineNumber): 不认识的设置「\(name)」"
        if let guess = Suggestion.closest(to: name, in: keys.map(\.name), maxDistance: 4) {
          message += "，是不是想写 \(guess)？"
        }
        throw RubricFileError(message: message + "（kefu rules 的文档列出全部设置）")
      }
      if let first = seen[name] {
        throw RubricFileError(message: "\(path):\(lineNumber): 「\(name)」重复设置（第 \(first) 行已设过）")
      }
      seen[name] = lineNumber
      guard let value = parseNumber(valueText, seconds: name == "limit") else {
        throw RubricFileError(
          message: "\(path):\(lineNumber): 「\(name)」的值「\(valueText)」不是数字")
      }
      if key.integer && value != value.rounded() {
        throw RubricFileError(message: "\(path):\(lineNumber): 「\(name)」要写整数，写的是「\(valueText)」")
      }
      guard value >= key.minimum && value <= key.maximum else {
        throw RubricFileError(
          message:
            "\(path):\(lineNumber): 「\(name)」的值 \(valueText) 超出范围（\(format(key.minimum, integer: false))～\(format(key.maximum, integer: false))）"
        )
      }
      key.set(&settings, value)
    }
    return settings
  }

  /// A word line: `+family: 词一 | 词二` adds words to a phrase family, `-family: 词` removes them.
  static func wordEdit(_ line: String, at place: String) throws -> WordBook.Edit {
    let add = line.hasPrefix("+") || line.hasPrefix("＋")
    let rest = line.dropFirst()
    guard let colon = rest.firstIndex(where: { $0 == ":" || $0 == "：" }) else {
      throw RubricFileError(message: "\(place): 应为「+词组名: 词 | 词」，这一行没有冒号：\(line)")
    }
    let name = rest[..<colon].trimmingCharacters(in: .whitespaces)
    let words = WordBook.phrases(String(rest[rest.index(after: colon)...]))
    let book = WordBook.standard
    guard let family = book.family(name) else {
      var message = "\(place): 没有叫「\(name)」的词组"
      let names = book.families.filter { $0.kind == .phrases }.map(\.name)
      if let guess = Suggestion.closest(to: name, in: names, maxDistance: 4) {
        message += "，是不是想写 \(guess)？"
      }
      throw RubricFileError(message: message + "（kefu rules ID 列出每条规则的词组）")
    }
    guard family.kind == .phrases else {
      throw RubricFileError(
        message: "\(place): 「\(name)」是\(family.kind == .list ? "词表" : "字类")，rubric 文件只能增删词组的词")
    }
    guard !words.isEmpty else {
      throw RubricFileError(message: "\(place): 「\(name)」后面没有写词")
    }
    if !add {
      let present = Set(family.words.map { TextNormalizer.normalize($0) })
      for word in words where !present.contains(TextNormalizer.normalize(word)) {
        throw RubricFileError(message: "\(place): 「\(word)」不在词组「\(name)」里，无法删除")
      }
    }
    return WordBook.Edit(family: name, add: add, words: words)
  }

  /// A number: `6`, `6.5`, a fraction `1/3`; seconds are read as a scenario's `limit:` is
  /// (`ReplyLimit.parseSeconds`: `6`, `6.5s`, `6秒`…).
  static func parseNumber(_ text: String, seconds: Bool) -> Double? {
    if seconds { return ReplyLimit.parseSeconds(text) }
    let t = TextNormalizer.normalize(text)
    if let slash = t.firstIndex(of: "/") {
      guard let a = Double(t[..<slash]), let b = Double(t[t.index(after: slash)...]), b != 0
      else { return nil }
      return a / b
    }
    guard let v = Double(t), v.isFinite else { return nil }
    return v
  }
}

/// A rubric file that could not be read or parsed; the message starts with `file:line`.
public struct RubricFileError: Error, Equatable {
  public var message: String
  public init(message: String) { self.message = message }
}
