import KefuScenario

/// A set of reception steps as a bit mask: what the step reading collects per reply, without a
/// hash table (a `Set<Step>` cost a hash and an allocation per insert on every reply).
struct StepSet: ExpressibleByArrayLiteral, Equatable {
  private(set) var bits: UInt16 = 0

  init() {}
  init(arrayLiteral steps: Step...) {
    for step in steps { insert(step) }
  }

  @inline(__always)
  private static func bit(_ step: Step) -> UInt16 { 1 << UInt16(step.ordinal) }

  @inline(__always) var isEmpty: Bool { bits == 0 }
  @inline(__always) var count: Int { bits.nonzeroBitCount }
  @inline(__always) func contains(_ step: Step) -> Bool { bits & Self.bit(step) != 0 }
  @inline(__always) mutating func insert(_ step: Step) { bits |= Self.bit(step) }
  @inline(__always) mutating func remove(_ step: Step) { bits &= ~Self.bit(step) }
  @inline(__always) func isDisjoint(with other: StepSet) -> Bool { bits & other.bits == 0 }
  @inline(__always) func isSubset(of other: StepSet) -> Bool { bits & ~other.bits == 0 }

  /// The members in the flow's order (greet first).
  var inFlowOrder: [Step] {
    var out: [Step] = []
    out.reserveCapacity(count)
    for step in Self.all where contains(step) { out.append(step) }
    return out
  }

  /// `Step.allCases` once: the synthesized property builds a new array at every call.
  private static let all = Step.allCases
}

/// A set of small non-negative integers (clause indices of one reply): a bit mask for the first
/// 64, a short list beyond. Iterates in increasing order.
struct ClauseSet: ExpressibleByArrayLiteral, Sequence, Equatable {
  private var low: UInt64 = 0
  /// Members of 64 and above, sorted, no duplicates (replies rarely have that many clauses).
  private var high: [Int] = []

  init() {}
  init(arrayLiteral members: Int...) {
    for k in members { insert(k) }
  }

  @inline(__always) var isEmpty: Bool { low == 0 && high.isEmpty }

  @inline(__always)
  func contains(_ k: Int) -> Bool {
    if k < 64 { return k >= 0 && low & (1 << UInt64(k)) != 0 }
    return high.contains(k)
  }

  @inline(__always)
  mutating func insert(_ k: Int) {
    if k < 64 {
      low |= 1 << UInt64(k)
      return
    }
    guard !high.contains(k) else { return }
    let at = high.firstIndex { $0 > k } ?? high.count
    high.insert(k, at: at)
  }

  func union(_ other: ClauseSet) -> ClauseSet {
    var out = self
    out.low |= other.low
    for k in other.high { out.insert(k) }
    return out
  }

  func subtracting(_ other: ClauseSet) -> ClauseSet {
    var out = self
    out.low &= ~other.low
    if !other.high.isEmpty { out.high.removeAll { other.high.contains($0) } }
    return out
  }

  struct Iterator: IteratorProtocol {
    var low: UInt64
    var high: [Int]
    var position = 0
    mutating func next() -> Int? {
      if low != 0 {
        let k = low.trailingZeroBitCount
        low &= low - 1
        return k
      }
      guard position < high.count else { return nil }
      position += 1
      return high[position - 1]
    }
  }

  func makeIterator() -> Iterator { Iterator(low: low, high: high) }
}
