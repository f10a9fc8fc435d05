import KefuText

/// A command-line mistake: exit code 2 and a message that names the flag.
struct UsageError: Error {
  var message: String
}

/// Which flags a command takes: `options` take a value, `switches` do not.
struct ArgumentSpec {
  var options: [String] = []
  var switches: [String] = []
  /// Short aliases, e.g. `-o` for `--output`.
  var aliases: [String: String] = [:]
  /// Options that may be given more than once.
  var repeatable: Set<String> = []
}

/// Parsed command-line arguments: positionals in order, options by long name.
struct Arguments {
  var command: String
  var positionals: [String] = []
  var options: [String: [String]] = [:]
  var switches: Set<String> = []

  func value(_ name: String) -> String? { options[name]?.last }
  func values(_ name: String) -> [String] { options[name] ?? [] }
  func has(_ name: String) -> Bool { switches.contains(name) }

  /// Options whose value is a file in every command that takes them: an empty one (an unset
  /// variable in a script) is a usage error naming the option, not a message about a file
  /// called 「」.
  static let fileOptions: Set = ["--script", "--rubric", "--scenario", "--html", "--output"]

  /// Parses `args` for `command`. `--name value`, `--name=value`, `-o value` and `--` are
  /// understood; anything else that starts with `-` is an error with a suggestion.
  static func parse(_ args: [String], command: String, spec: ArgumentSpec) throws -> Arguments {
    var result = Arguments(command: command)
    var i = 0
    var onlyPositionals = false
    while i < args.count {
      let arg = args[i]
      i += 1
      if onlyPositionals || arg == "-" || !arg.hasPrefix("-") {
        // Every command's arguments are files, folders, a rule or an address: an empty one
        // (a script's unset variable) would be reported as a file called 「」.
        if arg.isEmpty {
          throw UsageError(message: "第 \(result.positionals.count + 1) 个参数是空的（也许是脚本里的变量没有赋值）")
        }
        result.positionals.append(arg)
        continue
      }
      if arg == "--" {
        onlyPositionals = true
        continue
      }
      var name = arg
      var inlineValue: String?
      if let eq = arg.firstIndex(of: "=") {
        name = String(arg[..<eq])
        inlineValue = String(arg[arg.index(after: eq)...])
      }
      if let long = spec.aliases[name] { name = long }
      if spec.switches.contains(name) {
        if inlineValue != nil { throw UsageError(message: "选项 \(name) 不带值") }
        result.switches.insert(name)
      } else if spec.options.contains(name) {
        let value: String
        if let inlineValue {
          value = inlineValue
        } else {
          guard i < args.count else { throw UsageError(message: "选项 \(name) 缺少值") }
          value = args[i]
          i += 1
        }
        if value.isEmpty && fileOptions.contains(name) {
          throw UsageError(message: "选项 \(name) 后面应是文件名，却是空的")
        }
        if result.options[name] != nil && !spec.repeatable.contains(name) {
          throw UsageError(message: "选项 \(name) 只能给一次")
        }
        result.options[name, default: []].append(value)
      } else {
        let known = spec.options + spec.switches + ["--help"]
        var message = "不认识选项 \(name)"
        if let guess = Suggestion.closest(to: name, in: known, maxDistance: 3) {
          message += "，是不是想用 \(guess)？"
        }
        throw UsageError(message: message)
      }
    }
    return result
  }
}
