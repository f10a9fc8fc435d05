import Foundation
import KefuEngine
import KefuRecords
import KefuRubric
import KefuScenario
import KefuText

/// `kefu play`: a student practises alone against a scenario's scripted buyer, in a terminal or,
/// with `--script`, from a file of timed replies on a manual clock.
enum PlayCommand: Command {
  static let name = "play"
  static let summary = "练习：独自与脚本买家对话，结束后打印成绩单"
  static let help = """
    用法：kefu play 场景文件 [--script 文件] [--json] [--name 姓名] [--id 学号] [--class 班级]
                   [--records 目录] [--rubric 文件]

    在终端里扮演客服，和场景里的买家对话。每条回复发出即评分，结束时打印成绩单，记录保存在 --records 目录。

      --script 文件   不用终端，按脚本回放：每行「+秒数 回复」，# 开头为注释；
                      「# 期望：成交」这样的行写明结局，不符时退出码 1（见 docs/play.md）
      --json          结束时输出 JSON 成绩对象，而不是成绩单
      --name/--id/--class  学生姓名、学号、班级（默认取 KEFU_NAME、KEFU_ID、KEFU_CLASS）
      --records 目录  记录保存位置（默认 KEFU_RECORDS，否则当前目录下的 records/）
      --rubric 文件   使用自定义评分参数（见 docs/rubric.md）

    练习中：回车发送；快捷短语：/1…/9 再按回车直接发出，再按 Tab 插入到光标处（可在一行的任何位置），
    单按 Tab 插入第 1 条、连按换下一条；Ctrl-C（或在空的输入行上按 Ctrl-D）结束并保存（记为未完成）。

    示例：
      kefu play scenarios/01-starter-greeting.kefu --name 张三 --id 2024001 --class 电商1班
      kefu play scenarios/dress-size.kefu --script scenarios/paths/dress-size.win.txt --json
    """
  static let spec = ArgumentSpec(
    options: ["--script", "--name", "--id", "--class", "--records", "--rubric", "--seed"],
    switches: ["--json"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    guard args.positionals.count == 1 else {
      throw UsageError(
        message: args.positionals.isEmpty ? "缺少场景文件" : "只能练习一个场景，却给了 \(args.positionals.count) 个")
    }
    let options = PlayerOptions(args, environment: console.environment)
    // A malformed script is refused before anything else happens.
    let script = try args.value("--script").map(loadScript)
    let rubric = try RubricLoading.load(args.value("--rubric"))
    let scenario = try ScenarioLoading.load(args.positionals[0], console: console)
    let seed = try parseSeed(args.value("--seed"))
    let store = try openStore(options.recordsDirectory)
    if let script {
      return try playScript(
        script, scenario: scenario, rubric: rubric, seed: seed, store: store, options: options,
        json: args.has("--json"), console: console)
    }
    return try InteractivePlay.solo(
      scenario: scenario, rubric: rubric, seed: seed, store: store, options: options,
      json: args.has("--json"), console: console)
  }

  static func loadScript(_ path: String) throws -> PlayScript {
    let text: String
    do {
      text = try TextFile.read(path)
    } catch let e as TextFileError {
      throw CommandError(e)
    }
    do {
      return try PlayScript.parse(text, path: path)
    } catch let e as PlayScript.ParseErrors {
      throw CommandError(e.message, code: 2)
    }
  }

  static func parseSeed(_ text: String?) throws -> UInt64 {
    guard let text else { return UInt64.random(in: 0...(1 << 53)) }
    guard let seed = UInt64(text) else { throw UsageError(message: "--seed 应为非负整数，却是「\(text)」") }
    return seed
  }

  static func openStore(_ directory: String) throws -> RecordStore {
    do {
      return try RecordStore(directory: directory)
    } catch let e as RecordStoreError {
      throw CommandError(e.message)
    }
  }

  /// Plays the scenario from a script on a manual clock. The record is written when play starts
  /// and once more at the end, not after every turn: nobody is typing (the script is the copy
  /// that cannot be lost), and rewriting a long record each turn would make a long script take
  /// time growing with the square of its length.
  static func playScript(
    _ script: PlayScript, scenario: Scenario, rubric: Rubric, seed: UInt64, store: RecordStore,
    options: PlayerOptions, json: Bool, console: Console
  ) throws -> Int32 {
    let clock = ManualClock()
    let session = Session(scenario: scenario, rubric: rubric, clock: clock, seed: seed)
    let recorder = SessionRecorder(
      store: store, session: session, mode: .script, players: [options.player(role: .seller)])
    try save(recorder)
    var used = 0
    /// The script's line whose reply came after the 30 days a session may run.
    var pastSpan: Int?
    for step in script.steps {
      if session.isOver { break }
      session.startBuyerTurn()
      clock.advance(milliseconds: step.milliseconds)
      if session.reply(step.reply) == nil && session.isPastSpan {
        pastSpan = step.line
        break
      }
      used += 1
    }
    if !session.isOver {
      session.startBuyerTurn()
      session.interrupt()
    }
    var saveFailure: String?
    do {
      try recorder.save()
    } catch {
      saveFailure = "\(error)"
    }
    if let pastSpan {
      console.err.line(
        "kefu play: 脚本第 \(pastSpan) 行的回复已在练习开始 30 天之后（一份记录最长 30 天），练习在这一行之前中断，记录为未完成")
    } else if used < script.steps.count {
      let line = script.steps[used].line
      console.err.line("提示：场景在脚本第 \(line) 行之前已经结束，其后 \(script.steps.count - used) 行没有回放")
    }
    let grade = session.grade()
    if json {
      console.out.line(grade.json.text)
    } else {
      Presentation.printTranscript(
        session.messages, scenario: scenario, limitSeconds: session.limitSeconds, console: console)
      Presentation.printCard(
        grade, session: session, players: recorder.record.players, mode: .script, console: console)
    }
    var code: Int32 = pastSpan == nil ? 0 : 1
    if let saveFailure {
      console.err.line("kefu play: 练习记录未能保存：\(saveFailure)")
      code = 1
    }
    if let expected = script.expectation, expected.outcome != session.outcome {
      console.err.line(
        "路径不符：脚本第 \(expected.line) 行期望「\(expected.outcome.chineseName)」，"
          + "实际「\(session.outcome.chineseName)」")
      code = 1
    }
    return code
  }

  static func save(_ recorder: SessionRecorder) throws {
    do {
      try recorder.save()
    } catch let e as RecordStoreError {
      throw CommandError(e.message)
    }
  }
}
