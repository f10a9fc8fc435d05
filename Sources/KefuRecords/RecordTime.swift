import Foundation

/// A wall-clock instant with the UTC offset it was read in, as a record stores `started_at`:
/// `2026-11-23T14:05:09+08:00`. Whole seconds; formatted and parsed by arithmetic (no
/// DateFormatter), so ten thousand records format fast and the same on every machine.
public struct RecordTime: Equatable, Hashable, Comparable {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var secondsSince1970: Int64
  /// The local offset from UTC in seconds (`+08:00` is 28800).
  public var utcOffsetSeconds: Int

  public init(secondsSince1970: Int64, utcOffsetSeconds: Int) {
    self.secondsSince1970 = secondsSince1970
    self.utcOffsetSeconds = utcOffsetSeconds
  }

  /// The instant `date` at the machine's offset as the C library reads TZ, the one `date` and
  /// the desktop clock show. Foundation's `TimeZone.current` reads a POSIX TZ its own way:
  /// `CST-8` (China time on many lab machines) came out as UTC, `UTC-14` and `GMT-8` with the
  /// sign turned.
  public init(date: Date) {
    let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
    self.secondsSince1970 = seconds
    tzset()  // TZ as it is now (localtime_r need not read it again)
    var t = time_t(seconds)
    var parts = tm()
    let offset =
      localtime_r(&t, &parts) != nil
      ? Int(parts.tm_gmtoff) : TimeZone.current.secondsFromGMT(for: date)
    // A record carries whole minutes within ±14 hours (`parse`); a TZ past that (`<+24>-24`)
    // is taken as UTC rather than writing a record every later command would refuse.
    let minutes = offset - offset % 60
    self.utcOffsetSeconds = abs(minutes) <= 14 * 3600 ? minutes : 0
  }

  public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSince1970)) }

  /// Orders by the instant, whatever the offsets.
  public static func < (a: RecordTime, b: RecordTime) -> Bool {
    a.secondsSince1970 < b.secondsSince1970
  }

  /// `2026-11-23T14:05:09+08:00`.
  public var iso8601: String {
    let f = local
    let sign = utcOffsetSeconds < 0 ? "-" : "+"
    let off = abs(utcOffsetSeconds) / 60
    return "\(f.date)T\(f.time)\(sign)\(Self.two(off / 60)):\(Self.two(off % 60))"
  }

  /// `2026-11-23 14:05:09`, local time as Excel and WPS read it.
  public var spreadsheet: String {
    let f = local
    return "\(f.date) \(f.time)"
  }

  /// `20261123-140509`, local time, for file names.
  public var compact: String {
    let c = Self.civil(secondsSince1970 + Int64(utcOffsetSeconds))
    return "\(Self.four(c.y))\(Self.two(c.m))\(Self.two(c.d))-"
      + "\(Self.two(c.hh))\(Self.two(c.mm))\(Self.two(c.ss))"
  }

  /// `20261123T060509Z`, UTC, for session ids.
  public var compactUTC: String {
    let c = Self.civil(secondsSince1970)
    return "\(Self.four(c.y))\(Self.two(c.m))\(Self.two(c.d))T"
      + "\(Self.two(c.hh))\(Self.two(c.mm))\(Self.two(c.ss))Z"
  }

  private var local: (date: String, time: String) {
    let c = Self.civil(secondsSince1970 + Int64(utcOffsetSeconds))
    return (
      "\(Self.four(c.y))-\(Self.two(c.m))-\(Self.two(c.d))",
      "\(Self.two(c.hh)):\(Self.two(c.mm)):\(Self.two(c.ss))"
    )
  }

  /// Parses ISO 8601 with an offset (`…+08:00`, `…+0800`, `…Z`); fractions of a second are
  /// dropped. Nil when it is not one.
  public static func parse(_ text: String) -> RecordTime? {
    let s = Array(text.utf8)
    guard s.count >= 20, s[4] == 0x2D, s[7] == 0x2D, s[10] == 0x54 || s[10] == 0x20,
      s[13] == 0x3A, s[16] == 0x3A,
      let y = number(s, 0, 4), let mo = number(s, 5, 2), let d = number(s, 8, 2),
      let h = number(s, 11, 2), let mi = number(s, 14, 2), let sec = number(s, 17, 2),
      (1...12).contains(mo), (1...daysIn(month: mo, year: y)).contains(d), h < 24, mi < 60,
      sec < 61
    else { return nil }
    var i = 19
    if i < s.count && s[i] == 0x2E {  // fraction
      i += 1
      while i < s.count && s[i] >= 0x30 && s[i] <= 0x39 { i += 1 }
    }
    guard i < s.count else { return nil }
    var offset = 0
    if s[i] == 0x5A && i + 1 == s.count {
      offset = 0
    } else if s[i] == 0x2B || s[i] == 0x2D {
      let rest = Array(s[(i + 1)...])
      let oh: Int
      let om: Int
      if rest.count == 5 && rest[2] == 0x3A, let a = number(rest, 0, 2), let b = number(rest, 3, 2)
      {
        (oh, om) = (a, b)
      } else if rest.count == 4, let a = number(rest, 0, 2), let b = number(rest, 2, 2) {
        (oh, om) = (a, b)
      } else {
        return nil
      }
      guard oh <= 14, om < 60 else { return nil }
      offset = (oh * 3600 + om * 60) * (s[i] == 0x2D ? -1 : 1)
    } else {
      return nil
    }
    let local = localSeconds(year: y, month: mo, day: d, hour: h, minute: mi, second: sec)
    return RecordTime(secondsSince1970: local - Int64(offset), utcOffsetSeconds: offset)
  }

  /// Seconds since 1970 of a civil date-time read as if it were UTC.
  static func localSeconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)
    -> Int64
  {
    Int64(daysFromCivil(year, month, day)) * 86400 + Int64(hour * 3600 + minute * 60 + second)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Howard Hinnant's days-from-civil and civil-from-days algorithms.
  static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (m + 9) % 12
    let doy = (153 * mp + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func civil(_ seconds: Int64) -> (y: Int, m: Int, d: Int, hh: Int, mm: Int, ss: Int) {
    var days = Int(seconds / 86400)
    var rem = Int(seconds % 86400)
    if rem < 0 {
      rem += 86400
      days -= 1
    }
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    return (y, m, d, rem / 3600, rem % 3600 / 60, rem % 60)
  }

  static func number(_ s: [UInt8], _ start: Int, _ count: Int) -> Int? {
    guard start + count <= s.count else { return nil }
    var v = 0
    for i in start..<(start + count) {
      let c = s[i]
      guard c >= 0x30 && c <= 0x39 else { return nil }
      v = v * 10 + Int(c - 0x30)
    }
    return v
  }

  static func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
  static func four(_ v: Int) -> String {
    let s = String(v)
    return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
  }
}
