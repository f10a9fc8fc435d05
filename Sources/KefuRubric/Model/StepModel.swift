import Foundation
import KefuScenario
import KefuText

/// The learned correction of the step reading (八步接待): for each step, integer weights over the
/// rules' own verdicts and the character 1–3-grams of the reply and of the buyer's messages,
/// trained offline on labelled shop text by `Tools/eval-rubric/train_steps.py` and embedded from
/// `Model/step_model.weights`. A step is shown when its bias plus the weights of the features
/// present (each counted once) is above zero. It only adds or removes steps of one reply, so the
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
  /// Weights, one vector per feature, its lanes in `Step.allCases` order. `Int32` lanes: the
  /// file's weights are checked at load so that no sum of them can overflow.
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

  /// The embedded model.
  public static let standard: StepModel = {
    do { return try StepModel(EmbeddedStepModel.text) } catch {
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
    var index: [FeatureKey: Int32] = [:]
    var table: [Int32] = []
    var bias = [Int32](repeating: 0, count: Self.steps.count)
    var current: Int?
    // Read as UTF-8 bytes: the file's own syntax is ASCII, and splitting a `String` compares
    // whole characters (most of the start-up time of `kefu check` went there). Lines and
    // columns are found by index, not split into arrays.
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
        current = Self.steps.firstIndex(of: step)
        continue
      }
      // Exactly one tab: the feature, then the weight.
      let tab = line.firstIndex(of: UInt8(ascii: "\t"))
      guard let step = current, let tab, line.lastIndex(of: UInt8(ascii: "\t")) == tab,
        let weight = Self.integer(line[(tab + 1)...])
      else {
        throw FormatError(line: n + 1, message: "应为「特征<TAB>整数」，且在某个 [步骤] 之下")
      }
      let feature = line[..<tab]
      if feature.elementsEqual("bias".utf8) {
        bias[step] = weight
        continue
      }
      guard let key = Self.key(feature) else {
        throw FormatError(line: n + 1, message: "特征应以 r、b 或 s 开头，之后至多 3 个字")
      }
      let number: Int32
      if let known = index[key] {
        number = known
      } else {
        number = Int32(table.count / Self.steps.count)
        index[key] = number
        table.append(contentsOf: repeatElement(0, count: Self.steps.count))
      }
      table[Int(number) * Self.steps.count + step] = weight
    }
    precondition(Self.steps.count == 8, "a feature's weights are one SIMD8 vector: eight steps")
    // Every feature present at once, plus the bias, must still fit an Int32 lane.
    for step in 0..<8 {
      var reach = Int64(bias[step]).magnitude
      for f in 0..<(table.count / 8) { reach += Int64(table[f * 8 + step]).magnitude }
      guard reach < UInt64(Int32.max) else {
        throw FormatError(line: 1, message: "权重之和过大（步骤 \(Self.steps[step].rawValue)）")
      }
    }
    let featureCount = table.count / 8
    let trie = GramTrie(features: index, featureCount: featureCount, kinds: Self.gramKinds.count)
    guard let trie else {
      throw FormatError(line: 1, message: "特征太多：至多 \(GramTrie.limits)")
    }
    self.codeSlots = trie.codeSlots
    self.codeMask = trie.codeSlots.count - 1
    self.codeCount = trie.codeCount
    self.firstNode = trie.firstNode
    self.edges = trie.edges
    self.edgeMask = trie.edges.count - 1
    self.codeBits = trie.codeBits
    self.featureCount = Int32(featureCount)
    self.vectors = (0..<featureCount).map { f in SIMD8<Int32>(table[(f * 8)..<(f * 8 + 8)]) }
    self.bias = SIMD8<Int32>(bias)
    self.stepFeatures = Self.steps.indices.map { index[Self.stepKey($0)] ?? -1 }
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

  /// The model's arrays as pointers for the length of one reply's sums, and the bits marking
  /// the features already counted in them.
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
    let seen: UnsafeMutableBufferPointer<UInt64>

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

    @inline(__always)
    func count(_ f: Int32, into sum: inout SIMD8<Int32>) {
      let word = Int(f) >> 6
      let bit: UInt64 = 1 << UInt64(f & 63)
      if seen[word] & bit != 0 { return }
      seen[word] |= bit
      sum &+= vectors[Int(f)]
    }

    /// Adds to `sum` the weights of the features among `scalars`' 1–3-grams of kind `kind` that
    /// `seen` has not marked yet, and marks them: each feature counts once per reply, however
    /// often it occurs.
    @inline(__always)
    func add(_ scalars: [Unicode.Scalar], kind: Int, to sum: inout SIMD8<Int32>) {
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
    var sum = SIMD8<Int32>()
    let steps = Self.steps  // fetched once, not at each step of the loop below
    codeSlots.withUnsafeBufferPointer { codeSlots in
      firstNode.withUnsafeBufferPointer { firstNode in
        edges.withUnsafeBufferPointer { edges in
          vectors.withUnsafeBufferPointer { vectors in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: vectors.count / 64 + 1) {
              seen in
              seen.initialize(repeating: 0)
              let table = Table(
                codeSlots: codeSlots, codeMask: codeMask, codeCount: codeCount,
                firstNode: firstNode, edges: edges, edgeMask: edgeMask, codeBits: codeBits,
                featureCount: featureCount, vectors: vectors, seen: seen)
              table.add(reply, kind: Self.replyGrams, to: &sum)
              for message in buyer { table.add(message, kind: Self.buyerGrams, to: &sum) }
              for (i, f) in stepFeatures.enumerated() where f >= 0 && rules.contains(steps[i]) {
                table.count(f, into: &sum)
              }
            }
          }
        }
      }
    }
    return sum &+ bias
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

/// The gram features as a trie over character codes (see `StepModel`), built once from the
/// features read from the file.
private struct GramTrie {
  var codeSlots: [UInt64] = []
  var codeCount = 1
  var firstNode: [Int32] = []
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
    var codes: [UInt32: Int32] = [:]
    for gram in grams {
      for v in (0..<gram.length).map({ scalar(gram.key, $0) }) where codes[v] == nil {
        if let s = Unicode.Scalar(v), StepModel.isGap(s) { continue }
        codes[v] = Int32(codeCount)
        codeCount += 1
      }
    }
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
          guard let code = codes[scalar(gram.key, n - 1)] else { continue grams }
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
    var size = 16
    while size < 2 * codes.count { size <<= 1 }
    codeSlots = [UInt64](repeating: 0, count: size)
    for (v, code) in codes.sorted(by: { $0.value < $1.value }) {
      let key = UInt64(v) + 1
      let node = firstNode[Int(code)]  // the first kind's row
      var i = StepModel.slot(key, size - 1)
      while codeSlots[i] != 0 { i = (i + 1) & (size - 1) }
      codeSlots[i] = key << 43 | UInt64(UInt32(code)) << 31 | UInt64(UInt32(node + 1))
    }
    size = 16
    // At most a quarter full (8-byte edges, 128 KiB for today's model): a probe nearly always
    // ends at its first slot, and found or not is then a select, not a mispredicted branch
    // (cachegrind: the sums' mispredicted branches -25 %, against two thirds full).
    while size < 4 * edgeList.count { size <<= 1 }
    edges = [UInt64](repeating: 0, count: size)
    for e in edgeList.sorted(by: { ($0.parent, $0.code) < ($1.parent, $1.code) }) {
      let key = UInt64(UInt32(e.parent) << codeBits | UInt32(e.code))
      var i = StepModel.slot(key, size - 1)
      while edges[i] != 0 { i = (i + 1) & (size - 1) }
      edges[i] = key << 32 | UInt64(UInt32(e.child))
    }
  }
}
