import KefuEngine
import KefuRecords
import KefuRubric
import KefuScenario

/// How long net play waits for things. The defaults are what a class needs; tests pass short
/// ones so that a rejoin or a timeout takes milliseconds.
public struct NetTimeouts: Equatable {
  /// How long one side waits for the other to come back after a disconnect or Ctrl-C.
  public var rejoinWindow: Double = 60
  /// A `ping` is sent after this many seconds without sending anything else.
  public var heartbeat: Double = 2
  /// Nothing heard for this long: the connection is taken as lost (a pulled cable).
  public var silence: Double = 10
  /// How long a new connection has to say hello, and the joining side waits for the answer.
  public var handshake: Double = 15
  /// How long `kefu join` tries to reach the host before saying so.
  public var connect: Double = 5
  /// While the host is away, the joining side tries to reconnect this often.
  public var retry: Double = 1
  /// The first wrong join code is answered after this long; each further one waits twice as
  /// long, up to `maxWrongCodeDelay`, and refusals are spaced out one after another.
  public var wrongCodeDelay: Double = 0.5
  public var maxWrongCodeDelay: Double = 8
  /// At most this many connections may be saying hello at once; more are refused at once.
  public var maxHandshakes = 8
  /// And at most this many of them from one computer (one address), so that one computer
  /// opening connections that never say hello cannot keep the partner out.
  public var maxHandshakesPerAddress = 4

  public init() {}

  public static let standard = NetTimeouts()

  func ms(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }
}

/// Where a net session stands, as one side sees it.
public enum NetPhase: Equatable {
  /// The host waits for the first partner.
  case waitingForPartner
  /// Both are there.
  case connected
  /// The partner left (`byChoice`: Ctrl-C) or the connection was lost; the session ends
  /// unless they are back by `deadline` (milliseconds on the side's clock).
  case partnerAway(deadline: Int, byChoice: Bool)
  /// The session has ended (or the host stopped before anyone joined).
  case over
}

/// Why a net session ended.
public enum NetEnding: Equatable {
  /// The scenario, the buyer's patience or the buyer player ended it.
  case finished
  /// The partner did not come back in time.
  case partnerGone
  /// This side's player ended it (Ctrl-C while the partner was away, or before anyone joined).
  case stopped
}

/// What happened since the last look, for the screen.
public enum NetNotice: Equatable {
  case partnerJoined(RecordPlayer)
  case partnerAway(byChoice: Bool)
  case partnerBack
  /// The session moved on (new messages).
  case advanced
  /// A line for the log: a connection refused or closed, and why.
  case log(String)
  case over(NetEnding)
}

/// What the record of a net session needs besides its messages; the same on both computers.
public struct NetRecordInfo: Equatable {
  public var sessionID: String
  public var startedAt: RecordTime
  public var seed: UInt64
  /// Seller first, then the buyer.
  public var players: [RecordPlayer]

  public init(sessionID: String, startedAt: RecordTime, seed: UInt64, players: [RecordPlayer]) {
    self.sessionID = sessionID
    self.startedAt = startedAt
    self.seed = seed
    self.players = players
  }
}

/// One computer's side of a net session: the host (`NetHost`) or the joining side (`NetGuest`).
/// The screen asks it for news every tick (`poll`, never blocks for long) and passes on its
/// player's moves; both kinds hold the same `NetSessionModel`.
public protocol NetSide: AnyObject {
  /// The role this computer's player plays.
  var role: ChatRole { get }
  /// The session, once both have met.
  var model: NetSessionModel? { get }
  var phase: NetPhase { get }
  /// The other player, once known.
  var partner: RecordPlayer? { get }
  var recordInfo: NetRecordInfo? { get }
  /// Real time, for the screen's timer and the side's own timeouts.
  var clock: SessionClock { get }
  /// Reads the network, answers, applies events; returns what the screen should know.
  func poll() -> [NetNotice]
  /// The buyer speaks (nil: the suggested lines). False when it is not the buyer's turn.
  @discardableResult func buyerSays(_ lines: [String]?) -> Bool
  @discardableResult func buyerEnds(_ outcome: EndOutcome) -> Bool
  /// The seller's reply, timed on this machine from the buyer's message appearing.
  @discardableResult func sellerReplies(text: String, responseMs: Int, firstKeyMs: Int?) -> Bool
  /// Ctrl-C while both are there: the partner is told, and may wait for this side to come back.
  func leave()
  /// Ends the session for good, unfinished (a second Ctrl-C).
  func endNow()
}

extension NetSide {
  /// Seconds left for the partner to come back, while they are away.
  public var secondsLeftForRejoin: Int? {
    guard case .partnerAway(let deadline, _) = phase else { return nil }
    return max(0, (deadline - clock.nowMilliseconds + 999) / 1000)
  }
}
