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
  /// Feature key → feature number, as a flat open-addressing table built once (keys are never
  /// 0, which marks an empty slot): the reply's n-grams are looked up without hashing a
  /// dictionary key. The table also holds every shorter start of a 2- or 3-gram feature, as
  /// `prefixOnly`: a gram that is neither a feature nor such a start cannot grow into one, so
  /// the longer grams from that character are not looked up.
  private let entries: [Entry]
  private let mask: Int
  /// A key and its feature number side by side: a lookup reads one cache line, not two.
  struct Entry {
    var key: UInt64
    var number: Int32
  }
  private static let prefixOnly: Int32 = -1
  /// Weights, one vector per feature, its lanes in `Step.allCases` order. `Int32` lanes: the
  /// file's weights are checked at load so that no sum of them can overflow.
  private let vectors: [SIMD8<Int32>]
  private let bias: SIMD8<Int32>
  /// The feature number of each step's "the rules showed it" feature (`s` + step id), or -1: the
  /// rules' verdicts are looked up once here, not per reply.
  private let stepFeatures: [Int32]

  static let steps = Step.allCases

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
    var index: [UInt64: Int32] = [:]
    var table: [Int32] = []
    var bias = [Int32](repeating: 0, count: Self.steps.count)
    var current: Int?
    // Read as UTF-8 bytes: the file's own syntax is ASCII, and splitting a `String` compares
    // whole characters (most of the start-up time of `kefu check` went there).
    let lines = Array(text.utf8).split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for (n, line) in lines.enumerated() {
      if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
      if line.first == UInt8(ascii: "[") && line.last == UInt8(ascii: "]") {
        let name = String(decoding: line.dropFirst().dropLast(), as: UTF8.self)
        guard let step = Step(rawValue: name) else {
          throw FormatError(line: n + 1, message: "不认识的步骤「\(name)」")
        }
        current = Self.steps.firstIndex(of: step)
        continue
      }
      let cols = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
      guard let step = current, cols.count == 2,
        let weight = Int32(String(decoding: cols[1], as: UTF8.self))
      else {
        throw FormatError(line: n + 1, message: "应为「特征<TAB>整数」，且在某个 [步骤] 之下")
      }
      if cols[0].elementsEqual("bias".utf8) {
        bias[step] = weight
        continue
      }
      guard let key = Self.key(String(decoding: cols[0], as: UTF8.self)) else {
        throw FormatError(line: n + 1, message: "特征应以 r、b 或 s 开头，之后至多 3 个字")
      }
      let feature: Int32
      if let known = index[key] {
        feature = known
      } else {
        feature = Int32(table.count / Self.steps.count)
        index[key] = feature
        table.append(contentsOf: [Int32](repeating: 0, count: Self.steps.count))
      }
      table[Int(feature) * Self.steps.count + step] = weight
    }
    var entries = index
    let stepKeys = Set(Self.steps.indices.map(Self.stepKey))
    for key in index.keys where !stepKeys.contains(key) {
      for prefix in Self.prefixes(key) where entries[prefix] == nil {
        entries[prefix] = Self.prefixOnly
      }
    }
    var size = 16
    while size < 2 * entries.count { size <<= 1 }
    var slots = [Entry](repeating: Entry(key: 0, number: Self.prefixOnly), count: size)
    for (key, feature) in entries {
      var i = Self.slot(key, size - 1)
      while slots[i].key != 0 { i = (i + 1) & (size - 1) }
      slots[i] = Entry(key: key, number: feature)
    }
    self.entries = slots
    self.mask = size - 1
    precondition(Self.steps.count == 8, "a feature's weights are one SIMD8 vector: eight steps")
    // Every feature present at once, plus the bias, must still fit an Int32 lane.
    for step in 0..<8 {
      var reach = Int64(bias[step]).magnitude
      for f in 0..<(table.count / 8) { reach += Int64(table[f * 8 + step]).magnitude }
      guard reach < UInt64(Int32.max) else {
        throw FormatError(line: 1, message: "权重之和过大（步骤 \(Self.steps[step].rawValue)）")
      }
    }
    self.vectors = (0..<(table.count / 8)).map { f in
      SIMD8<Int32>((0..<8).map { table[f * 8 + $0] })
    }
    self.bias = SIMD8<Int32>(bias)
    self.stepFeatures = Self.steps.indices.map { index[Self.stepKey($0)] ?? -1 }
  }

  /// The keys of a gram key's shorter starts (a 3-gram's 1- and 2-gram, a 2-gram's 1-gram).
  static func prefixes(_ key: UInt64) -> [UInt64] {
    // Character k (0-based) sits at bits 42 - 21k (see `gramKey`); 21 bits each.
    let character: UInt64 = (1 << 21) - 1
    var out: [UInt64] = []
    if key & (character << 21) != 0 { out.append(key & ~(character << 21) & ~character) }
    if key & character != 0 { out.append(key & ~character) }
    return out
  }

  /// The key of a feature as written in the file: `r`/`b` and up to three characters, or `s` and
  /// a step id.
  static func key(_ feature: String) -> UInt64? {
    guard let kind = feature.unicodeScalars.first else { return nil }
    let rest = Array(feature.unicodeScalars.dropFirst())
    switch kind {
    case "s":
      guard let step = Step(rawValue: String(String.UnicodeScalarView(rest))),
        let i = steps.firstIndex(of: step)
      else { return nil }
      return stepKey(i)
    case "r", "b":
      guard (1...3).contains(rest.count) else { return nil }
      return gramKey(kind == "r" ? 0 : 1, rest[...])
    default: return nil
    }
  }

  @inline(__always)
  static func gramKey(_ kind: UInt64, _ gram: ArraySlice<Unicode.Scalar>) -> UInt64 {
    var key = kind << 63
    var shift: UInt64 = 42
    for s in gram {
      key |= UInt64(s.value + 1) << shift
      shift &-= 21
    }
    return key
  }

  static func stepKey(_ i: Int) -> UInt64 { (1 << 62) | UInt64(i) }

  @inline(__always)
  static func slot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: ((key ^ key >> 29) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
  }

  /// The feature number of a key, or nil.
  @inline(__always)
  private func feature(
    _ key: UInt64, _ entries: UnsafeBufferPointer<Entry>
  ) -> Int32? {
    var i = Self.slot(key, mask)
    while true {
      let k = entries[i].key
      if k == key { return entries[i].number }
      if k == 0 { return nil }
      i = (i + 1) & mask
    }
  }

  /// Characters that end an n-gram: an n-gram never spans a space or a line break.
  @inline(__always)
  static func isGap(_ s: Unicode.Scalar) -> Bool {
    s == " " || s == "\t" || s == "\n" || s == "\r"
  }

  /// Adds to `sum` the weights of the features among `scalars`' 1–3-grams that `seen` has not
  /// marked yet, and marks them: each feature counts once per reply, however often it occurs.
  @inline(__always)
  private func add(
    _ scalars: [Unicode.Scalar], kind: UInt64, to sum: inout SIMD8<Int32>, _ table: Table
  ) {
    scalars.withUnsafeBufferPointer { s in
      let count = s.count
      var i = 0
      while i < count {
        if Self.isGap(s[i]) {
          i += 1
          continue
        }
        // The key of s[i..<i+n] grows by one character at a time (see `gramKey`).
        var key = kind << 63
        var shift: UInt64 = 42
        var n = 1
        while n <= 3 && i + n <= count && !Self.isGap(s[i + n - 1]) {
          key |= UInt64(s[i + n - 1].value + 1) << shift
          shift &-= 21
          // Neither a feature nor the start of one: no longer gram from here is either.
          guard let f = feature(key, table.entries) else { break }
          if f != Self.prefixOnly { table.count(f, into: &sum) }
          n += 1
        }
        i += 1
      }
    }
  }

  /// The model's arrays as pointers for the length of one reply's sums, and the bits marking
  /// the features already counted in them.
  private struct Table {
    let entries: UnsafeBufferPointer<Entry>
    let vectors: UnsafeBufferPointer<SIMD8<Int32>>
    let seen: UnsafeMutableBufferPointer<UInt64>

    @inline(__always)
    func count(_ f: Int32, into sum: inout SIMD8<Int32>) {
      let word = Int(f) >> 6
      let bit: UInt64 = 1 << UInt64(f & 63)
      if seen[word] & bit != 0 { return }
      seen[word] |= bit
      sum &+= vectors[Int(f)]
    }
  }

  /// Each step's total (bias plus the weights of the features present, each counted once) as
  /// one vector, in `Step.allCases` order. `reply` and `buyer` are normalised text (NFKC, Latin
  /// lower case). Nothing is allocated per reply: the features are added as they are found.
  func sums(reply: [Unicode.Scalar], buyer: [[Unicode.Scalar]], rules: StepSet) -> SIMD8<Int32> {
    var sum = SIMD8<Int32>()
    let steps = Self.steps  // fetched once, not at each step of the loop below
    entries.withUnsafeBufferPointer { entries in
      vectors.withUnsafeBufferPointer { vectors in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: vectors.count / 64 + 1) {
          seen in
          seen.initialize(repeating: 0)
          let table = Table(entries: entries, vectors: vectors, seen: seen)
          add(reply, kind: 0, to: &sum, table)
          for message in buyer { add(message, kind: 1, to: &sum, table) }
          for (i, f) in stepFeatures.enumerated() where f >= 0 && rules.contains(steps[i]) {
            table.count(f, into: &sum)
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
