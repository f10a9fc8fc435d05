import KefuTerminal
import KefuText

/// A small model of a terminal screen, enough of VT100 to follow what kefu writes: printing with
/// automatic wrapping (DECAWM, with the pending wrap at the right edge) or without, CR, LF with
/// scrolling, cursor up/right/position, erase to the end of the screen or line, clear. Colours and
/// other modes are ignored. How wide it draws a character is its own `width`, so a test can play a
/// terminal that draws an emoji wider than kefu counts it.
final class ScreenModel {
  let columns: Int
  let rows: Int
  let width: (Character) -> Int
  /// Cells by row; "" is the right half of a wide character.
  private(set) var cells: [[String]]
  private(set) var row = 0
  private(set) var column = 0
  private(set) var autowrap = true
  /// Rows scrolled off the top.
  private(set) var scrolledOff: [String] = []

  init(columns: Int, rows: Int, width: @escaping (Character) -> Int) {
    self.columns = columns
    self.rows = rows
    self.width = width
    cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
  }

  /// Draws each code point by its own width, as tmux 3.3a does with a skin tone (👍🏻 four
  /// columns) and xterm with a ZWJ family (six).
  static func perCodePoint(_ c: Character) -> Int {
    c.unicodeScalars.reduce(0) { $0 + DisplayWidth.of($1) }
  }

  /// The rows as text, trailing spaces dropped.
  var lines: [String] {
    cells.map { cellsRow in
      var s = cellsRow.joined()
      while s.hasSuffix(" ") { s.removeLast() }
      return s
    }
  }

  func feed(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    var i = 0
    var printable = String.UnicodeScalarView()
    func flush() {
      for ch in String(printable) { put(ch) }
      printable = String.UnicodeScalarView()
    }
    while i < scalars.count {
      let s = scalars[i]
      switch s.value {
      case 0x1B:
        flush()
        i = escape(scalars, from: i)
        continue
      case 0x0D:
        flush()
        column = 0
      case 0x0A:
        flush()
        lineFeed()
        column = min(column, columns - 1)
      case 0x07:
        flush()
      default:
        printable.append(s)
      }
      i += 1
    }
    flush()
  }

  /// Handles the sequence at `start` (ESC), returns the index after it.
  private func escape(_ s: [Unicode.Scalar], from start: Int) -> Int {
    guard start + 1 < s.count, s[start + 1] == "[" else { return start + 2 }
    var i = start + 2
    var params = ""
    while i < s.count, !(0x40...0x7E).contains(s[i].value) {
      params.unicodeScalars.append(s[i])
      i += 1
    }
    guard i < s.count else { return i }
    let final = s[i]
    let numbers = params.split(separator: ";").map { Int($0.filter(\.isNumber)) ?? 0 }
    let n = max(1, numbers.first ?? 1)
    switch final {
    case "A":
      row = max(0, row - n)
      column = min(column, columns - 1)
    case "C": column = min(columns - 1, column + n)
    case "H":
      row = min(rows - 1, max(1, numbers.first ?? 1) - 1)
      column = min(columns - 1, max(1, numbers.count > 1 ? numbers[1] : 1) - 1)
    case "J":
      if numbers.first == 2 {
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
      } else {
        clearLine(from: min(column, columns))
        for r in (row + 1)..<rows { cells[r] = Array(repeating: " ", count: columns) }
      }
    case "K": clearLine(from: min(column, columns))
    case "h", "l":
      if params == "?7" { autowrap = final == "h" }
    default: break
    }
    return i + 1
  }

  private func clearLine(from c: Int) {
    for k in c..<columns { cells[row][k] = " " }
  }

  private func lineFeed() {
    if row == rows - 1 {
      scrolledOff.append(lines[0])
      cells.removeFirst()
      cells.append(Array(repeating: " ", count: columns))
    } else {
      row += 1
    }
  }

  private func put(_ ch: Character) {
    let w = width(ch)
    guard w > 0 else { return }
    if column + w > columns {
      if autowrap {
        column = 0
        lineFeed()
      } else {
        column = max(0, columns - w)
      }
    }
    cells[row][column] = String(ch)
    for k in 1..<max(1, w) where column + k < columns { cells[row][column + k] = "" }
    // Past the last column is the pending wrap: the next character wraps (or, with wrapping off,
    // overwrites the last column).
    column += w
  }
}
