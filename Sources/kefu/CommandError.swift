import KefuText

/// A failure a command reports with its own exit code (1: bad input, 2: usage).
struct CommandError: Error, CustomStringConvertible {
  var message: String
  var code: Int32 = 1

  init(_ message: String, code: Int32 = 1) {
    self.message = message
    self.code = code
  }

  /// The message alone (a failed save is quoted in a sentence on the screen).
  var description: String { message }

  init(_ error: TextFileError) {
    self.message = error.message
    self.code = 1
  }
}
