/// A kefu subcommand. One type per command, each in its own file.
protocol Command {
  static var name: String { get }
  /// One line, Chinese, for `kefu --help`.
  static var summary: String { get }
  /// The full `kefu help NAME` text.
  static var help: String { get }
  static var spec: ArgumentSpec { get }
  /// Runs the command; returns the exit code (0 done, 1 bad input, 2 usage).
  static func run(_ args: Arguments, console: Console) throws -> Int32
}

/// Every command, in the order `kefu --help` lists them.
let commands: [Command.Type] = [
  PlayCommand.self,
  PairCommand.self,
  HostCommand.self,
  JoinCommand.self,
  ShiftCommand.self,
  LintCommand.self,
  GraphCommand.self,
  CheckCommand.self,
  RulesCommand.self,
  GradeCommand.self,
  ExportCommand.self,
  ReportCommand.self,
]
