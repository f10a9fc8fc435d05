import KefuText

/// A failure a command reports with its own exit code (1: bad input, 2: usage).
struct CommandError: Error {
  var message: String
  var code: Int32 = 1

  init(_ message: String, code: Int32 = 1) {
    self.message = message
    self.code = code
  }

  init(_ error: TextFileError) {
    self.message = error.message
    self.code = 1
  }
}
