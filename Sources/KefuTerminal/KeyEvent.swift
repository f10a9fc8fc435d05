/// One key (or pasted text) as the line editor sees it, decoded from terminal bytes by
/// `KeyDecoder`. Control keys are named by what they do, so a Windows console backend can
/// produce the same events from its own key records.
public enum KeyEvent: Equatable, Sendable {
  /// Typed text: one or more printable characters (an IME commits a whole word at once).
  case text(String)
  /// Bracketed paste: the pasted text as one insert, line breaks already turned into spaces.
  case paste(String)
  /// Enter (CR or LF; CR LF counts once).
  case enter
  /// Backspace (0x7F or 0x08): delete the character before the cursor.
  case backspace
  /// Delete (`ESC [ 3 ~`): delete the character under the cursor.
  case delete
  case left, right, up, down
  /// Home (`ESC [ H`, `ESC [ 1 ~`, `ESC [ 7 ~`, `ESC O H`) or Ctrl-A.
  case home
  /// End (`ESC [ F`, `ESC [ 4 ~`, `ESC [ 8 ~`, `ESC O F`) or Ctrl-E.
  case end
  /// Ctrl-Left / Alt-B: one word back.
  case wordLeft
  /// Ctrl-Right / Alt-F: one word on.
  case wordRight
  /// Tab: quick phrases.
  case tab
  /// Shift-Tab (`ESC [ Z`): quick phrases, backwards.
  case backTab
  /// Ctrl-U: clear the line.
  case clearLine
  /// Ctrl-K: delete from the cursor to the end of the line.
  case killToEnd
  /// Ctrl-W or Alt-Backspace: delete the word before the cursor.
  case deleteWord
  /// Ctrl-L: redraw the screen.
  case redraw
  /// Ctrl-C (0x03; in raw mode it is a byte, not a signal).
  case interrupt
  /// Ctrl-D (0x04).
  case endOfInput
  /// Ctrl-N (0x0E): the next chat on the workbench (`kefu shift`); nothing in a single chat.
  case nextChat
  /// A lone Escape key (known only once input goes quiet; see `KeyDecoder.flush()`).
  case escape
}
