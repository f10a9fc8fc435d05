import Foundation

/// Where a session gets the time. Real play uses the monotonic clock; tests and `--script` use a
/// manual clock that only moves when told, so "replied after 7.2 s" takes no real time.
public protocol SessionClock: AnyObject {
  /// Milliseconds since an arbitrary, fixed origin; never goes backwards.
  var nowMilliseconds: Int { get }
}

/// The system's monotonic clock (unaffected by changes to the wall clock).
public final class MonotonicClock: SessionClock {
  public init() {}
  public var nowMilliseconds: Int {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
  }
}

/// A clock that moves only when advanced. Time is kept in whole milliseconds so that a reply at
/// 6.000 s is on time and one at 6.001 s is slow, with no floating-point drift.
public final class ManualClock: SessionClock {
  public private(set) var nowMilliseconds: Int

  public init(milliseconds: Int = 0) { self.nowMilliseconds = milliseconds }

  public func advance(milliseconds: Int) { nowMilliseconds += max(0, milliseconds) }

  /// Advances by seconds, rounded to the millisecond.
  public func advance(seconds: Double) { advance(milliseconds: Int((seconds * 1000).rounded())) }

  /// Moves to an absolute time (never backwards).
  public func set(milliseconds: Int) { nowMilliseconds = max(nowMilliseconds, milliseconds) }
}
