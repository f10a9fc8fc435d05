import Foundation
import KefuScenario
import KefuText

/// The learned correction of the step reading (八步接待): for each step, integer weights over the
/// rules' own verdicts and the character 1–3-grams of the reply and of the buyer's messages,
/// trained offline on labelled shop text by `Tools/eval-rubric/train_steps.py` into
/// `Model/step_model.weights` and embedded as the tables read from it (`Parts`, checked equal by
/// StepModelTests). A step is shown when its bias plus the weights of the features
/// present (each counted once) is above zero; a gram may also weigh differently where the rules
/// showed the step (its `+` weight, added only then). It only adds or removes steps of one reply, so the
/// card still quotes the reply that earned each step. Integer sums: the same input always gives
/// the same verdict. It is on: on two untouched samples of real shop text it read the steps better
/// than the rules alone, and it keeps the hand-written sets (Tools/eval-rubric/README.md).
/// `KEFU_STEP_MODEL=0` judges with the rules alone (to compare, or to retrain it).
public struct StepModel: Sendable {
  /// The grams are found as a trie walk over character codes. Each character that occurs in a
  /// gram feature has a small code (1...; 0 for every other character and for the blanks that
  /// end a gram); a gram of one character is looked up in a dense row per kind of gram, and a
  /// longer one by its shorter start's node and its last character's code, in one flat
  /// open-addressing table of 8-byte edges. A node is a feature (its number below
  /// `featureCount`) or only the start of a longer one (numbered from `featureCount` up): a gram
  /// that is neither has no node, and no longer gram from that character is looked up.
  /// Character → its code and, beside it, the node of its 1-gram of the first kind (the reply's,
  /// looked up for every character of every reply), hashed: `(value + 1) << 43 | code << 31 |
  /// (node + 1)`, node + 1 = 0 when there is none; 0 marks an empty slot.
  private let codeSlots: [UInt64]
  private let codeMask: Int
  /// How many codes there are (0 included): a kind's 1-gram row is `codeCount` wide.
  private let codeCount: Int
  /// The node of each kind's 1-gram: `firstNode[kind * codeCount + code]`, or -1.
  private let firstNode: [Int32]
  /// Edges: `(node << codeBits | code) << 32 | child`, 0 marking an empty slot (a code is
  /// never 0, so neither is a key).
  private let edges: [UInt64]
  private let edgeMask: Int
  private let codeBits: UInt32
  /// Nodes below this are features (node number = feature number).
  private let featureCount: Int32
  /// Weights, two vectors per feature side by side (`2 f` and `2 f + 1`, one load apart): the
  /// weights always added, and the `+` weights, added only in the lanes of the steps the rules
  /// show; lanes in `Step.allCases` order. `Int32` lanes: the file's weights are checked at load
  /// so that no sum of them can overflow.
  private let vectors: [SIMD8<Int32>]
  private let bias: SIMD8<Int32>
  /// The feature number of each step's "the rules showed it" feature (`s` + step id), or -1: the
  /// rules' verdicts are looked up once here, not per reply.
  private let stepFeatures: [Int32]

  static let steps = Step.allCases
  /// The kinds of gram feature, by the letter that starts them in the file; a kind's number is
  /// its index here (see `FeatureKey`).
  static let gramKinds: [UInt8] = [UInt8(ascii: "r"), UInt8(ascii: "b")]
  /// The reply's grams (the first kind: its 1-grams' nodes sit beside the codes) and the
  /// buyer's.
  static let replyGrams = 0
  static let buyerGrams = 1
  /// How many characters a gram feature has at most.
  static let longestGram = 3

  /// The embedded model: its tables as the matcher uses them, decoded once (nothing is parsed
  /// or hashed per weight at start-up).
  public static let standard: StepModel = {
    do { return try StepModel(parts: Parts(encoded: EmbeddedStepModel.tables)) } catch {
      preconditionFailure("embedded step model: \(error)")
    }
  }()

  /// The embedded model, or none (the rules alone) when `KEFU_STEP_MODEL=0`.
  public static let active: StepModel? =
    ProcessInfo.processInfo.environment["KEFU_STEP_MODEL"] == "0" ? nil : standard

  public struct FormatError: Error, CustomStringConvertible {
    public let line: Int
    public let message: String
    public var description: String { "第 \(line) 行：\(message)" }
  }

  /// Reads the weights file: `[step]` sections of `bias\tN` and `feature\tN` lines.
  public init(_ text: String) throws {
    try self.init(parts: Parts(text: text))
  }

  /// The model from its tables (read from the weights file, or decoded from the embedded form).
  init(parts: Parts) throws {
    // Every feature present at once, plus the bias, must still fit an Int32 lane.
    let reach = parts.reach
    for step in 0..<8 where reach[step] >= Int64(Int32.max) {
      throw FormatError(line: 1, message: "权重之和过大（步骤 \(Self.steps[step].rawValue)）")
    }
    var size = 16
    while size < 2 * parts.codes.count { size <<= 1 }
    var codeSlots = [UInt64](repeating: 0, count: size)
    for (i, v) in parts.codes.enumerated() {
      let key = UInt64(v) + 1
      let node = parts.firstNode[i + 1]  // the first kind's row
      var j = Self.slot(key, size - 1)
      while codeSlots[j] != 0 { j = (j + 1) & (size - 1) }
      codeSlots[j] = key << 43 | UInt64(i + 1) << 31 | UInt64(UInt32(bitPattern: node + 1))
    }
    size = 16
    // At most a quarter full (8-byte edges, 128 KiB for round 13's model): a probe nearly always
    // ends at its first slot, and found or not is then a select, not a mispredicted branch
    // (cachegrind: the sums' mispredicted branches -25 %, against two thirds full).
    while size < 4 * parts.edges.count { size <<= 1 }
    var edges = [UInt64](repeating: 0, count: size)
    for e in parts.edges {
      var j = Self.slot(e >> 32, size - 1)
      while edges[j] != 0 { j = (j + 1) & (size - 1) }
      edges[j] = e
    }
    self.codeSlots = codeSlots
    self.codeMask = codeSlots.count - 1
    self.codeCount = parts.codes.count + 1
    self.firstNode = parts.firstNode
    self.edges = edges
    self.edgeMask = edges.count - 1
    self.codeBits = parts.codeBits
    self.featureCount = Int32(parts.vectors.count)
    var paired = [SIMD8<Int32>](repeating: .zero, count: 2 * parts.vectors.count)
    for (f, v) in parts.vectors.enumerated() {
      paired[2 * f] = v
      paired[2 * f + 1] = parts.onVectors[f]
    }
    self.vectors = paired
    self.bias = parts.bias
    self.stepFeatures = parts.stepFeatures
  }

  /// The model's tables before the two hash tables are laid out: what the weights file says, in
  /// the matcher's terms, and what is embedded (`encoded`). The hash tables are rebuilt from
  /// these in a few million instructions; reading the text costs much more (every feature parsed
  /// and hashed into a dictionary, then the trie built).
  struct Parts: Equatable {
    /// The character of each code from 1 on (its Unicode value).
    var codes: [UInt32]
    var codeBits: UInt32
    /// The node of each kind's 1-gram, `firstNode[kind * (codes.count + 1) + code]`, or -1.
    var firstNode: [Int32]
    /// `(node << codeBits | code) << 32 | child`, in the order they are laid out.
    var edges: [UInt64]
    /// A feature's weights (feature number = index).
    var vectors: [SIMD8<Int32>]
    /// A feature's `+` weights, counted only for the steps the rules show (as many as `vectors`;
    /// zero for the rules' own features).
    var onVectors: [SIMD8<Int32>]
    var bias: SIMD8<Int32>
    var stepFeatures: [Int32]
    /// Per step, the sum of the magnitudes of the bias and of every weight: what a reply's total
    /// could reach at most (summed while the weights are read, not over the vectors again).
    var reach: SIMD8<Int64>

    /// The tables of a weights file.
    init(text: String) throws {
      var index: [FeatureKey: Int32] = [:]
      var table: [Int32] = []
      var onTable: [Int32] = []
      var bias = [Int32](repeating: 0, count: StepModel.steps.count)
      var current: Int?
      // Read as UTF-8 bytes: the file's own syntax is ASCII, and splitting a `String` compares
      // whole characters. Lines and columns are found by index, not split into arrays.
      let bytes = Array(text.utf8)
      var lineStart = 0
      var n = -1
      while lineStart <= bytes.count {
        n += 1
        let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let line = bytes[lineStart..<lineEnd]
        lineStart = lineEnd + 1
        if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
        if line.first == UInt8(ascii: "[") && line.last == UInt8(ascii: "]") {
          let name = String(decoding: line.dropFirst().dropLast(), as: UTF8.self)
          guard let step = Step(rawValue: name) else {
            throw FormatError(line: n + 1, message: "不认识的步骤「\(name)」")
          }
          current = StepModel.steps.firstIndex(of: step)
          continue
        }
        // Exactly one tab: the feature, then the weight.
        let tab = line.firstIndex(of: UInt8(ascii: "\t"))
        guard let step = current, let tab, line.lastIndex(of: UInt8(ascii: "\t")) == tab,
          let weight = StepModel.integer(line[(tab + 1)...])
        else {
          throw FormatError(line: n + 1, message: "应为「特征<TAB>整数」，且在某个 [步骤] 之下")
        }
        var feature = line[..<tab]
        if feature.elementsEqual("bias".utf8) {
          bias[step] = weight
          continue
        }
        // `+` and a gram: its weight where the rules show the step.
        let on = feature.first == UInt8(ascii: "+")
        if on { feature = feature.dropFirst() }
        guard let key = StepModel.key(feature), !on || key.kind != FeatureKey.step else {
          throw FormatError(
            line: n + 1, message: "特征应以 r、b 或 s 开头（r、b 前可加 +），之后至多 3 个字")
        }
        let number: Int32
        if let known = index[key] {
          number = known
        } else {
          number = Int32(table.count / StepModel.steps.count)
          index[key] = number
          table.append(contentsOf: repeatElement(0, count: StepModel.steps.count))
          onTable.append(contentsOf: repeatElement(0, count: StepModel.steps.count))
        }
        if on {
          onTable[Int(number) * StepModel.steps.count + step] = weight
        } else {
          table[Int(number) * StepModel.steps.count + step] = weight
        }
      }
      precondition(
        StepModel.steps.count == 8, "a feature's weights are one SIMD8 vector: eight steps")
      let featureCount = table.count / 8
      let trie = GramTrie(
        features: index, featureCount: featureCount, kinds: StepModel.gramKinds.count)
      guard let trie else {
        throw FormatError(line: 1, message: "特征太多：至多 \(GramTrie.limits)")
      }
      self.codes = trie.codes
      self.codeBits = trie.codeBits
      self.firstNode = trie.firstNode
      self.edges = trie.edges
      self.vectors = (0..<featureCount).map { f in SIMD8<Int32>(table[(f * 8)..<(f * 8 + 8)]) }
      self.onVectors = (0..<featureCount).map { f in
        SIMD8<Int32>(onTable[(f * 8)..<(f * 8 + 8)])
      }
      var reach = SIMD8<Int64>()
      for (i, w) in zip(table.indices, zip(table, onTable)) {
        reach[i % 8] += Int64(w.0.magnitude) + Int64(w.1.magnitude)
      }
      for lane in 0..<8 { reach[lane] += Int64(bias[lane].magnitude) }
      self.reach = reach
      self.bias = SIMD8<Int32>(bias)
      self.stepFeatures = StepModel.steps.indices.map { index[StepModel.stepKey($0)] ?? -1 }
    }
  }

  /// A decimal integer written in ASCII (an optional sign, then digits), as `Int32(_:)` reads it.
  static func integer(_ bytes: ArraySlice<UInt8>) -> Int32? {
    var rest = bytes[...]
    var negative = false
    if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
      negative = sign == UInt8(ascii: "-")
      rest = rest.dropFirst()
    }
    guard !rest.isEmpty else { return nil }
    var value: Int64 = 0
    for b in rest {
      guard b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int64(b - UInt8(ascii: "0"))
      if value > Int64(Int32.max) + 1 { return nil }
    }
    return Int32(exactly: negative ? -value : value)
  }

  /// The key of a feature as written in the file: a kind's letter (`r`, `b`) and up to three
  /// characters, or `s` and a step id.
  static func key(_ feature: ArraySlice<UInt8>) -> FeatureKey? {
    guard let kind = feature.first else { return nil }
    let rest = feature.dropFirst()
    if kind == UInt8(ascii: "s") {
      guard let step = Step(rawValue: String(decoding: rest, as: UTF8.self)),
        let i = steps.firstIndex(of: step)
      else { return nil }
      return stepKey(i)
    }
    guard let k = gramKinds.firstIndex(of: kind) else { return nil }
    // The characters decoded straight into the key, no array between.
    var key: UInt64 = 0
    var count = 0
    var decoder = UTF8()
    var bytes = rest.makeIterator()
    loop: while true {
      let scalar: Unicode.Scalar
      switch decoder.decode(&bytes) {
      case .scalarValue(let s): scalar = s
      case .emptyInput: break loop
      case .error: scalar = "\u{FFFD}"
      }
      count += 1
      guard count <= longestGram else { return nil }
      key |= UInt64(scalar.value + 1) << UInt64(63 - 21 * count)
    }
    guard count >= 1 else { return nil }
    return FeatureKey(kind: UInt8(k), body: key)
  }

  static func stepKey(_ i: Int) -> FeatureKey { FeatureKey(kind: FeatureKey.step, body: UInt64(i)) }

  /// A feature as read from the file: a gram's kind (its index in `gramKinds`) and characters,
  /// character k (0-based) at bits 42 - 21k of `body`, each as its value + 1 (0: no
  /// character); or `step` and the step's number.
  struct FeatureKey: Hashable {
    var kind: UInt8
    var body: UInt64
    static let step = UInt8.max
  }

  @inline(__always)
  static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  /// Characters that end an n-gram: an n-gram never spans a space or a line break.
  @inline(__always)
  static func isGap(_ s: Unicode.Scalar) -> Bool {
    s == " " || s == "\t" || s == "\n" || s == "\r"
  }

  /// The model's arrays as pointers for the length of one reply's sums, and the marks of the
  /// features already counted in them: `stamps[f] == epoch` when feature `f` was counted in
  /// this reply's sums (a new epoch per reply, so nothing sized by the model is cleared).
  private struct Table {
    let codeSlots: UnsafeBufferPointer<UInt64>
    let codeMask: Int
    let codeCount: Int
    let firstNode: UnsafeBufferPointer<Int32>
    let edges: UnsafeBufferPointer<UInt64>
    let edgeMask: Int
    let codeBits: UInt32
    let featureCount: Int32
    let vectors: UnsafeBufferPointer<SIMD8<Int32>>
    let stamps: UnsafeMutablePointer<UInt32>
    let epoch: UInt32

    /// A character's code and first-kind node, `code << 31 | (node + 1)` (0: in no gram
    /// feature, or a blank).
    @inline(__always)
    func code(_ s: Unicode.Scalar) -> UInt64 {
      if StepModel.isGap(s) { return 0 }
      let want = UInt64(s.value &+ 1)
      var i = StepModel.slot(want, codeMask)
      while true {
        let e = codeSlots[i]
        if e == 0 { return 0 }
        if e >> 43 == want { return e & (1 << 43 - 1) }
        i = (i + 1) & codeMask
      }
    }

    /// The node of the gram `node`'s gram followed by the character of `code`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ code: Int32) -> Int32 {
      let key = UInt64(UInt32(node) << codeBits | UInt32(code))
      var i = StepModel.slot(key, edgeMask)
      var e = edges[i]
      // The table is at most a quarter full: the first slot nearly always settles it, so the
      // loop is nearly never taken and found or not is a select, not a branch.
      while e != 0 && e >> 32 != key {
        i = (i + 1) & edgeMask
        e = edges[i]
      }
      return e == 0 ? -1 : Int32(truncatingIfNeeded: e)
    }

    /// Adds feature `f`'s weights to `sum`, unless this reply counted it already: the weights
    /// always added to `sum.all`, its `+` weights to `sum.on`.
    @inline(__always)
    func count(_ f: Int32, into sum: inout Sum) {
      if stamps[Int(f)] == epoch { return }
      stamps[Int(f)] = epoch
      sum.all &+= vectors[2 * Int(f)]
      sum.on &+= vectors[2 * Int(f) + 1]
    }

    /// Adds to `sum` the weights of the features among `scalars`' 1–3-grams of kind `kind` that
    /// this reply has not marked yet, and marks them: each feature counts once per reply, however
    /// often it occurs.
    @inline(__always)
    func add(_ scalars: [Unicode.Scalar], kind: Int, to sum: inout Sum) {
      scalars.withUnsafeBufferPointer { s in
        let count = s.count
        // Each character's code, once (it is read by up to three grams); two zeros after the
        // last end every gram there.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count + 2) { codes in
          for i in 0..<count { codes[i] = code(s[i]) }
          codes[count] = 0
          codes[count + 1] = 0
          let row = kind * codeCount
          for i in 0..<count {
            let c = codes[i]
            if c == 0 { continue }
            var node =
              kind == StepModel.replyGrams
              ? Int32(truncatingIfNeeded: c & 0x7FFF_FFFF) &- 1 : firstNode[row + Int(c >> 31)]
            var n = 1
            while node >= 0 {
              if node < featureCount { self.count(node, into: &sum) }
              if n == StepModel.longestGram { break }
              let next = codes[i + n]
              if next == 0 { break }
              node = child(node, Int32(truncatingIfNeeded: next >> 31))
              n += 1
            }
          }
        }
      }
    }
  }

  /// Each step's total (bias plus the weights of the features present, each counted once) as
  /// one vector, in `Step.allCases` order. `reply` and `buyer` are normalised text (NFKC, Latin
  /// lower case). Nothing is allocated per reply: the features are added as they are found.
  func sums(reply: [Unicode.Scalar], buyer: [[Unicode.Scalar]], rules: StepSet) -> SIMD8<Int32> {
    var sum = Sum()
    // The lanes of the steps the rules show: where the `+` weights count.
    var shown = SIMD8<Int32>()
    let steps = Self.steps  // fetched once, not at each step of the loop below
    codeSlots.withUnsafeBufferPointer { codeSlots in
      firstNode.withUnsafeBufferPointer { firstNode in
        edges.withUnsafeBufferPointer { edges in
          vectors.withUnsafeBufferPointer { vectors in
            let (stamps, epoch) = Stamps.next(count: Int(featureCount))
            let table = Table(
              codeSlots: codeSlots, codeMask: codeMask, codeCount: codeCount,
              firstNode: firstNode, edges: edges, edgeMask: edgeMask, codeBits: codeBits,
              featureCount: featureCount, vectors: vectors, stamps: stamps, epoch: epoch)
            table.add(reply, kind: Self.replyGrams, to: &sum)
            for message in buyer { table.add(message, kind: Self.buyerGrams, to: &sum) }
            for (i, f) in stepFeatures.enumerated() where rules.contains(steps[i]) {
              shown[i] = -1
              if f >= 0 { table.count(f, into: &sum) }
            }
          }
        }
      }
    }
    return sum.all &+ (sum.on & shown) &+ bias
  }

  /// A reply's sums so far: the weights always added, and the `+` weights (kept apart until
  /// the rules' steps pick their lanes).
  struct Sum {
    var all = SIMD8<Int32>()
    var on = SIMD8<Int32>()
  }

  /// Each step's total, in `Step.allCases` order (see `sums`).
  public func totals(reply: [Unicode.Scalar], buyer: [[Unicode.Scalar]], rules: [Step]) -> [Int] {
    var set = StepSet()
    for step in rules { set.insert(step) }
    let sum = sums(reply: reply, buyer: buyer, rules: set)
    return (0..<8).map { Int(sum[$0]) }
  }

  /// The steps after correction: those whose total is above zero. `buyer` is the buyer's
  /// messages normalised (`StepContext.normalizedBuyer`).
  func correct(reply: [Unicode.Scalar], buyer: [[Unicode.Scalar]], rules: StepSet) -> StepSet {
    let sum = sums(reply: reply, buyer: buyer, rules: rules)
    var out = StepSet()
    for (i, step) in Self.steps.enumerated() where sum[i] > 0 { out.insert(step) }
    return out
  }
}

/// Each thread's marks of the features counted in the reply it is summing (see
/// `StepModel.Table`): one `UInt32` per feature, kept from reply to reply, and the epoch, which
/// moves on at each reply, so a mark equal to it was set in this reply. Only when the epoch wraps
/// (every 4 billion replies on a thread) or a larger model comes are the marks cleared. Per thread
/// (the checker's workers sum at once), freed when the thread ends.
private enum Stamps {
  /// The buffer: word 0 the epoch, word 1 how many marks follow, then the marks.
  static let key: pthread_key_t = {
    var key = pthread_key_t()
    let made = pthread_key_create(&key) { free($0) }
    precondition(made == 0, "pthread_key_create: \(made)")
    return key
  }()

  /// This thread's marks, room for `count` features, and the new epoch.
  @inline(__always)
  static func next(count: Int) -> (UnsafeMutablePointer<UInt32>, UInt32) {
    if let raw = pthread_getspecific(key) {
      let words = raw.assumingMemoryBound(to: UInt32.self)
      if Int(words[1]) >= count {
        var epoch = words[0] &+ 1
        if epoch == 0 {
          (words + 2).update(repeating: 0, count: Int(words[1]))
          epoch = 1
        }
        words[0] = epoch
        return (words + 2, epoch)
      }
      free(raw)
    }
    guard let raw = calloc(count + 2, MemoryLayout<UInt32>.stride) else {
      preconditionFailure("out of memory for the step model's marks")
    }
    let words = raw.assumingMemoryBound(to: UInt32.self)
    words[0] = 1
    words[1] = UInt32(count)
    pthread_setspecific(key, raw)
    return (words + 2, 1)
  }
}

/// The gram features as a trie over character codes (see `StepModel`), built once from the
/// features read from the file: the codes, each kind's 1-gram nodes and the edges, before the
/// model lays out its hash tables.
private struct GramTrie {
  /// The character of each code from 1 on.
  var codes: [UInt32] = []
  var firstNode: [Int32] = []
  /// `(parent << codeBits | code) << 32 | child`, sorted.
  var edges: [UInt64] = []
  var codeBits: UInt32 = 1

  /// What the 32-bit edge keys allow.
  static let limits = "4095 个不同的字、约一百万个特征"

  /// `features`: each feature's key (a gram's, or a step's, skipped here) and
  /// number. Nil when the features do not fit the edges' 32-bit keys.
  init?(features: [StepModel.FeatureKey: Int32], featureCount: Int, kinds: Int) {
    // The grams, in feature order (the same tables for the same file).
    // (A gram's characters stay in its key, 21 bits each: see `StepModel.FeatureKey`.)
    var grams: [(kind: Int, key: UInt64, length: Int, node: Int32)] = []
    let character: UInt64 = (1 << 21) - 1
    func scalar(_ key: UInt64, _ k: Int) -> UInt32 {
      UInt32((key >> UInt64(42 - 21 * k)) & character) - 1
    }
    for (feature, number) in features.sorted(by: { $0.value < $1.value })
    where feature.kind != StepModel.FeatureKey.step {
      let key = feature.body
      var length = 0
      while length < StepModel.longestGram
        && (key >> UInt64(42 - 21 * length)) & character != 0
      {
        length += 1
      }
      grams.append((Int(feature.kind), key, length, number))
    }
    // Codes, in order of first use; a blank gets none (no gram spans one, so a feature holding
    // one is never found, as before).
    var codeOf: [UInt32: Int32] = [:]
    for gram in grams {
      for v in (0..<gram.length).map({ scalar(gram.key, $0) }) where codeOf[v] == nil {
        if let s = Unicode.Scalar(v), StepModel.isGap(s) { continue }
        codes.append(v)
        codeOf[v] = Int32(codes.count)
      }
    }
    let codeCount = codes.count + 1
    while (1 << codeBits) < codeCount { codeBits += 1 }
    guard codeBits <= 12 else { return nil }
    // Nodes: every feature is its own node; each shorter start that is no feature gets one.
    // A node's path is its kind and its characters' codes, 16 bits each.
    var nodes: [UInt64: Int32] = [:]
    var next = Int32(featureCount)
    var edgeList: [(parent: Int32, code: Int32, child: Int32)] = []
    firstNode = [Int32](repeating: -1, count: kinds * codeCount)
    // Shortest grams first: a start that is itself a feature has its node (its feature number)
    // before any longer gram asks for it.
    for length in 1...StepModel.longestGram {
      grams: for gram in grams where gram.length == length {
        var path = UInt64(gram.kind) << 48
        var parent: Int32 = -1
        for n in 1...length {
          // A gram holding a blank has no code for it: no node, never found (as no gram spans
          // a blank).
          guard let code = codeOf[scalar(gram.key, n - 1)] else { continue grams }
          path |= UInt64(code) << UInt64(48 - 16 * n)
          if let known = nodes[path] {
            parent = known
            continue
          }
          let number: Int32
          if n == length {
            number = gram.node
          } else {
            number = next
            next += 1
          }
          nodes[path] = number
          if n == 1 {
            firstNode[gram.kind * codeCount + Int(code)] = number
          } else {
            edgeList.append((parent, code, number))
          }
          parent = number
        }
      }
    }
    guard Int(next) < 1 << (32 - codeBits) else { return nil }
    edges = edgeList.map { e in
      UInt64(UInt32(e.parent) << codeBits | UInt32(e.code)) << 32 | UInt64(UInt32(e.child))
    }.sorted()
  }
}

extension StepModel.Parts {
  /// The first word of the embedded form ("KSM1", little-endian), then its version.
  static let magic: UInt32 = 0x314D_534B
  static let version: UInt32 = 2
  /// Characters per line of the embedded base64 (a multiple of 4).
  static let lineLength = 96

  /// The tables as 32-bit little-endian words in base64, in lines of `lineLength`: the header
  /// (magic, version, code bits, codes, 1-gram rows, edges, features, nonzero weights, nonzero
  /// `+` weights), the bias, the rules' step features, the codes' characters, the 1-gram rows,
  /// the edges (low word first), each feature's mask of nonzero lanes (four a word) and those
  /// lanes' weights, then the same two for the `+` weights.
  /// The weights are sparse (most features weigh on one or two steps), so this is about a
  /// quarter of the dense vectors.
  var encoded: String {
    var words: [UInt32] = [
      Self.magic, Self.version, codeBits, UInt32(codes.count), UInt32(firstNode.count),
      UInt32(edges.count), UInt32(vectors.count),
    ]
    func sparse(_ vectors: [SIMD8<Int32>]) -> (masks: [UInt32], values: [UInt32]) {
      var masks = [UInt32](repeating: 0, count: (vectors.count + 3) / 4)
      var values: [UInt32] = []
      for (f, v) in vectors.enumerated() {
        for lane in 0..<8 where v[lane] != 0 {
          masks[f / 4] |= 1 << UInt32(8 * (f % 4) + lane)
          values.append(UInt32(bitPattern: v[lane]))
        }
      }
      return (masks, values)
    }
    let (masks, values) = sparse(vectors)
    let (onMasks, onValues) = sparse(onVectors)
    words += [UInt32(values.count), UInt32(onValues.count)]
    words += (0..<8).map { UInt32(bitPattern: bias[$0]) }
    words += stepFeatures.map { UInt32(bitPattern: $0) }
    words += codes
    words += firstNode.map { UInt32(bitPattern: $0) }
    for e in edges { words += [UInt32(truncatingIfNeeded: e), UInt32(e >> 32)] }
    words += masks
    words += values
    words += onMasks
    words += onValues
    // Whole groups of three bytes: no padding characters.
    while words.count % 3 != 0 { words.append(0) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(words.count * 4)
    for w in words { withUnsafeBytes(of: w.littleEndian) { bytes += $0 } }
    let alphabet = Array(Self.alphabet.utf8)
    var out: [UInt8] = []
    for i in stride(from: 0, to: bytes.count, by: 3) {
      let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
      for shift in [18, 12, 6, 0] { out.append(alphabet[Int((v >> UInt32(shift)) & 63)]) }
      if (i / 3 + 1) % (Self.lineLength / 4) == 0 { out.append(UInt8(ascii: "\n")) }
    }
    if out.last != UInt8(ascii: "\n") { out.append(UInt8(ascii: "\n")) }
    return String(decoding: out, as: UTF8.self)
  }

  static let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

  struct DecodingError: Error, CustomStringConvertible {
    let message: String
    var description: String { "内嵌的模型数据有误：\(message)" }
  }

  /// Decodes `encoded` (line breaks between groups of four characters are skipped).
  init(encoded text: String) throws {
    var text = text
    let words: [UInt32] = try text.withUTF8 { src in
      // Each character's six bits; 64 a line break (skipped), 255 anything else.
      var table = [UInt8](repeating: 255, count: 256)
      for (i, c) in Self.alphabet.utf8.enumerated() { table[Int(c)] = UInt8(i) }
      table[Int(UInt8(ascii: "\n"))] = 64
      let capacity = src.count / 16 * 3 + 3
      var bad = false
      let words = [UInt32](unsafeUninitializedCapacity: capacity) { out, count in
        let bytes = UnsafeMutableRawBufferPointer(out)
        var n = 0
        var group: UInt32 = 0
        var have = 0
        for c in src {
          let v = table[Int(c)]
          if v == 64 { continue }
          if v == 255 {
            bad = true
            break
          }
          group = group << 6 | UInt32(v)
          have += 1
          if have == 4 {
            guard n + 3 <= bytes.count else {
              bad = true
              break
            }
            bytes[n] = UInt8(truncatingIfNeeded: group >> 16)
            bytes[n + 1] = UInt8(truncatingIfNeeded: group >> 8)
            bytes[n + 2] = UInt8(truncatingIfNeeded: group)
            n += 3
            group = 0
            have = 0
          }
        }
        if have != 0 || n % 4 != 0 { bad = true }
        count = n / 4
        for i in 0..<count { out[i] = UInt32(littleEndian: out[i]) }
      }
      if bad { throw DecodingError(message: "不是按 4 字节字写成的 base64") }
      return words
    }
    var at = 0
    func take(_ count: Int) throws -> ArraySlice<UInt32> {
      guard count >= 0, count <= words.count - at else {
        throw DecodingError(message: "数据不完整")
      }
      defer { at += count }
      return words[at..<(at + count)]
    }
    let header = try take(9)
    guard header[0] == Self.magic, header[1] == Self.version else {
      throw DecodingError(message: "格式或版本不对")
    }
    let codeBits = header[2]
    let (codeCount, rows, edgeCount) = (Int(header[3]), Int(header[4]), Int(header[5]))
    let (featureCount, valueCount, onCount) = (Int(header[6]), Int(header[7]), Int(header[8]))
    let bias = try take(8).map { Int32(bitPattern: $0) }
    let stepFeatures = try take(8).map { Int32(bitPattern: $0) }
    let codes = Array(try take(codeCount))
    let firstNode = try take(rows).map { Int32(bitPattern: $0) }
    let edgeWords = try take(2 * edgeCount)
    let masks = try take((featureCount + 3) / 4)
    let values = try take(valueCount)
    let onMasks = try take((featureCount + 3) / 4)
    let onValues = try take(onCount)
    guard words.count - at < 3, codeBits <= 12, 1 << codeBits >= codeCount + 1,
      rows == StepModel.gramKinds.count * (codeCount + 1),
      stepFeatures.allSatisfy({ $0 >= -1 && Int($0) < featureCount })
    else { throw DecodingError(message: "表的大小不一致") }
    // The nodes reached (1-grams, edges' children) and the edges' parents: below 2^(32 - bits).
    let nodeLimit = Int64(1) << (32 - Int64(codeBits))
    guard firstNode.allSatisfy({ $0 >= -1 && Int64($0) < nodeLimit }) else {
      throw DecodingError(message: "节点超出范围")
    }
    var edges = [UInt64](repeating: 0, count: edgeCount)
    for i in 0..<edgeCount {
      let low = edgeWords[edgeWords.startIndex + 2 * i]
      let high = edgeWords[edgeWords.startIndex + 2 * i + 1]
      guard Int64(low) < nodeLimit, high & ((1 << codeBits) - 1) != 0 else {
        throw DecodingError(message: "边有误")
      }
      edges[i] = UInt64(high) << 32 | UInt64(low)
    }
    var reach = SIMD8<Int64>()
    for lane in 0..<8 { reach[lane] = Int64(bias[lane].magnitude) }
    func dense(_ masks: ArraySlice<UInt32>, _ values: ArraySlice<UInt32>) throws -> [SIMD8<Int32>] {
      var vectors = [SIMD8<Int32>](repeating: .zero, count: featureCount)
      var next = values.startIndex
      for f in 0..<featureCount {
        let mask = (masks[masks.startIndex + f / 4] >> UInt32(8 * (f % 4))) & 0xFF
        if mask == 0 { continue }
        guard values.endIndex - next >= mask.nonzeroBitCount else {
          throw DecodingError(message: "权重数不对")
        }
        for lane in 0..<8 where mask & (1 << UInt32(lane)) != 0 {
          let w = Int32(bitPattern: values[next])
          vectors[f][lane] = w
          reach[lane] &+= Int64(w.magnitude)
          next += 1
        }
      }
      guard next == values.endIndex else { throw DecodingError(message: "权重数不对") }
      return vectors
    }
    let vectors = try dense(masks, values)
    let onVectors = try dense(onMasks, onValues)
    // The rules' own features have no `+` weights (the file cannot give them one).
    guard stepFeatures.allSatisfy({ $0 < 0 || onVectors[Int($0)] == .zero }) else {
      throw DecodingError(message: "规则步骤特征不应有 + 权重")
    }
    self.codes = codes
    self.codeBits = codeBits
    self.firstNode = firstNode
    self.edges = edges
    self.vectors = vectors
    self.onVectors = onVectors
    self.reach = reach
    self.bias = SIMD8<Int32>(bias)
    self.stepFeatures = stepFeatures
  }
}
