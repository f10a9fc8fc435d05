import Foundation
import KefuEngine
import KefuRecords
import KefuRubric
import KefuScenario
import KefuTerminal
import KefuText

/// `kefu grade`: grades practice records and real shop chat logs again with the current rubric
/// and prints a grade card (or the grade object) for each.
enum GradeCommand: Command {
  static let name = "grade"
  static let summary = "为练习记录或真实聊天记录重新评分"
  static let help = """
    用法：kefu grade FILE... [--seller 昵称] [--json] [--rubric FILE] [--no-mask]

    FILE 可以是练习记录（records/ 里的 .json 文件），也可以是网店的真实聊天记录：
      · 简单格式：每行「[mm:ss] 顾客: …」或「[hh:mm:ss] 客服: …」；
      · 店铺客户端导出：「昵称 2026-11-23 14:05:09」一行，下面是这条消息的内容（可多行）。
    聊天记录可以是 UTF-8 或 GBK/GB18030 编码。
    成绩（包括成交/流失/未完成）总是按消息重新计算，记录里保存的成绩不会被采用。

    选项：
      --seller 昵称   聊天记录中客服一方的昵称（不给时自动判断，判断不了会列出所有昵称）
      --json          每个文件输出一行成绩 JSON，而不是成绩单
      --rubric FILE   使用自定义评分参数文件
      --no-mask       显示完整的手机号和地址（默认打码，如 138****0000）

    退出码：0 全部评分完成；1 有文件读不了或格式不对；2 用法错误。
    """
  static let spec = ArgumentSpec(
    options: ["--seller", "--rubric"], switches: ["--json", "--no-mask"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    guard !args.positionals.isEmpty else {
      throw UsageError(message: "请给出要评分的记录或聊天记录文件")
    }
    let rubric = try RecordsSupport.rubric(args)
    let library = RecordsSupport.scenarioLibrary()
    let mask = !args.has("--no-mask")
    var failed = false
    var first = true
    for path in args.positionals {
      do {
        let item = try gradeFile(
          path, seller: args.value("--seller"), rubric: rubric, library: library)
        for note in item.notes { console.err.line("\(path): 注意：\(note)") }
        if args.has("--json") {
          console.out.line(gradeJSON(item, mask: mask).text)
        } else {
          if !first { console.out.line() }
          console.out.write(gradeCard(item, mask: mask, console: console))
        }
        first = false
      } catch let e as Unreadable {
        // Nothing was read, so nothing is quoted: the reason names the path (and the command to
        // copy for a folder), which is the user's own and never masked.
        console.err.line(e.error.description)
        failed = true
      } catch var e as RecordError {
        // The quoted text is masked, never the path: a file's name is the user's own.
        if mask { e.reason = PrivacyMask.mask(e.reason) }
        console.err.line(e.description)
        failed = true
      } catch var e as ChatLogError {
        if mask { e.message = PrivacyMask.mask(e.message) }
        console.err.line(e.description)
        failed = true
      }
    }
    return failed ? 1 : 0
  }

  /// A file graded: what the card and the JSON need.
  struct GradedFile {
    var path: String
    var graded: GradedSession
    /// The seller, for the card's header.
    var student: RecordPlayer
    var partner: String?
    var scenarioTitle: String
    /// `脚本`, `双人`, `联机`, `聊天记录`, or nil for solo play.
    var mode: String?
    var source: String
    var storedScore: Int?
    var typingSpeed: Double?
    var pastedReplies = 0
    var notes: [String]
  }

  /// A file that could not be read at all (missing, a folder, no permission): its reason quotes
  /// nothing from a chat, so it is printed unmasked.
  struct Unreadable: Error {
    let error: RecordError
  }

  /// Reads one record or chat log and grades it. A file named `*.json` or whose first character
  /// is `{` is a record; anything else is a chat log.
  static func gradeFile(
    _ path: String, seller: String?, rubric: Rubric, library: ScenarioLibrary
  ) throws -> GradedFile {
    let bytes: [UInt8]
    do {
      bytes = try TextFile.readBytes(path)
    } catch let e as TextFileError {
      var reason = RecordsSupport.strip(e.message, path)
      // `kefu grade records`: a whole folder is what export and report take.
      if case .isDirectory = e {
        let folder = HostCommand.shellWord(path)
        reason += "。整个文件夹的记录请用 kefu export \(folder) -o 成绩.csv 或 kefu report \(folder)"
      }
      throw Unreadable(error: RecordError(path: path, reason: reason))
    }
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let firstByte = bytes[start...].first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
    // A JSON file (by its first character or its name) is read as a record, so an empty,
    // truncated or non-object `.json` gets a record's message, not a chat log's.
    if firstByte == UInt8(ascii: "{") || path.lowercased().hasSuffix(".json") {
      let record = try SessionRecord.parse(bytes, path: path)
      let lookup = library.lookup(record, recordPath: path)
      let graded = RecordGrader.grade(record, lookup: lookup, rubric: rubric)
      var notes: [String] = []
      // A record that carries what grading needs of its scenario grades the same without the
      // file: nothing to say about the file then.
      switch graded.approximate ? lookup.check : .ok {
      case .changed:
        notes.append(
          "场景文件 \(lookup.path ?? record.scenario.path) 在这次练习之后被修改过，已按记录中的消息评分，"
            + "分支与结果可能与当时不同")
      case .missing:
        notes.append("找不到场景文件 \(record.scenario.path)，已按记录中的消息评分")
      case .ok, .unknown: break
      }
      if let stored = record.storedScore, stored != graded.grade.score {
        notes.append("记录里保存的分数 \(stored) 与重新评分的 \(graded.grade.score) 不同，以重新评分为准")
      }
      let seller = record.seller ?? RecordPlayer(name: "")
      return GradedFile(
        path: path, graded: graded, student: seller, partner: record.partner?.name,
        scenarioTitle: record.scenario.title.isEmpty
          ? record.scenario.fileName : record.scenario.title,
        mode: record.mode == .solo ? nil : record.mode.chineseName,
        source: "record", storedScore: record.storedScore,
        typingSpeed: TypingSpeed.charactersPerMinute(
          record.messages, phrases: lookup.scenario?.phrases ?? []),
        pastedReplies: TypingSpeed.pastedReplies(
          record.messages, phrases: lookup.scenario?.phrases ?? []),
        notes: notes)
    }
    let log = try ChatLogReader.read(path: path, seller: seller)
    let graded = RecordGrader.grade(log, rubric: rubric)
    let name = log.sellerNicknames.isEmpty ? "客服" : log.sellerNicknames.joined(separator: "、")
    let title = (path as NSString).lastPathComponent
    return GradedFile(
      path: path, graded: graded, student: RecordPlayer(name: name), partner: nil,
      scenarioTitle: title, mode: "聊天记录",
      source: "chat_log", storedScore: nil,
      typingSpeed: nil, notes: [])
  }

  /// The grade object of the contract, then where it came from: `file`, `source` (`record` or
  /// `chat_log`), `scenario_check` (`ok`, `changed`, `missing`, `unknown`) and `stored_score`
  /// (the score the record carried, informational).
  static func gradeJSON(_ item: GradedFile, mask: Bool) -> JSONValue {
    var grade = item.graded.grade
    if mask {
      for i in grade.violations.indices {
        grade.violations[i].text = PrivacyMask.mask(grade.violations[i].text)
      }
      grade.tips = grade.tips.map(PrivacyMask.mask)
    }
    guard case .object(var pairs) = grade.json else { return grade.json }
    pairs.append(("file", .string(item.path)))
    pairs.append(("source", .string(item.source)))
    pairs.append(("scenario_check", .string(item.graded.scenarioCheck.rawValue)))
    pairs.append(("stored_score", item.storedScore.map { .int($0) } ?? .null))
    return .object(pairs)
  }

  /// The printed grade card (KefuTerminal's renderer, as `kefu play` prints it), with phone
  /// numbers and addresses masked unless `mask` is false.
  static func gradeCard(_ item: GradedFile, mask: Bool, console: Console) -> String {
    let card = Presentation.card(
      grade: item.graded.grade, seller: item.student, partner: item.partner,
      scenarioTitle: item.scenarioTitle, mode: item.mode,
      replies: item.graded.turns.map(\.reply), limitSeconds: item.graded.limitSeconds,
      typingSpeed: item.typingSpeed, pastedReplies: item.pastedReplies,
      show: mask ? PrivacyMask.mask : { $0 })
    return GradeCardRenderer.text(
      card, width: Presentation.width(console), theme: Presentation.theme(console))
  }
}

/// What grade, export and report share: the rubric of `--rubric` and the scenario library.
enum RecordsSupport {
  /// The rubric to grade with: the standard one, or `--rubric FILE`'s settings.
  static func rubric(_ args: Arguments) throws -> Rubric {
    try RubricLoading.load(args.value("--rubric"))
  }

  /// Where records' scenario files are looked up and parsed.
  static func scenarioLibrary() -> ScenarioLibrary {
    ScenarioLibrary()
  }

  /// Leaves a class's records to be reclaimed with the process: freeing ten thousand graded
  /// sessions one allocation at a time took longer than writing the CSV. For what the command
  /// holds until it ends.
  static func keepUntilExit(_ records: ClassRecords) {
    _ = Unmanaged.passRetained(Parked(records))
  }

  private final class Parked {
    let records: ClassRecords
    init(_ records: ClassRecords) { self.records = records }
  }

  static func strip(_ message: String, _ path: String) -> String {
    message.hasPrefix(path + ": ") ? String(message.dropFirst(path.count + 2)) : message
  }
}
