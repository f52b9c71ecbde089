import Odin
import Simulator
import Testing

/// A tablet that restarts as soon as it reads the reboot request: its answer is lost with it (on a real bus, and on a
/// busy emulated one, the host's read of that answer fails with "no device").
final class RestartsAtOnceTransport: OdinTransport, @unchecked Sendable {
    let base: LinkTransport
    var requestsSent = 0
    /// Loses the answer to the request of this number (1-based).
    let losesAnswerTo: Int

    init(_ tablet: SimulatedDownloadMode, losesAnswerTo: Int) {
        base = LinkTransport(tablet)
        self.losesAnswerTo = losesAnswerTo
    }

    func send(_ transfer: [UInt8], timeout: Duration) throws {
        try base.send(transfer, timeout: timeout)
        requestsSent += 1
        if requestsSent == losesAnswerTo { base.replies.removeAll() }
    }

    func receive(timeout: Duration) throws -> [UInt8] { try base.receive(timeout: timeout) }
}

@Suite struct OdinRebootTests {
    static func openSession(_ transport: RestartsAtOnceTransport) throws -> OdinSession<RestartsAtOnceTransport> {
        let session = OdinSession(transport: transport)
        try session.open()
        return session
    }

    @Test func aTabletThatRestartsBeforeAnsweringTheRebootIsNotAFailure() throws {
        let tablet = SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet)
        let probe = RestartsAtOnceTransport(tablet, losesAnswerTo: .max)
        let session = try Self.openSession(probe)
        let opened = probe.requestsSent
        try session.close(reboot: true)
        let (endSession, reboot) = (opened + 1, probe.requestsSent)
        #expect(reboot > endSession && tablet.left == .reboot)

        let restarting = SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet)
        let transport = RestartsAtOnceTransport(restarting, losesAnswerTo: reboot)
        try Self.openSession(transport).close(reboot: true)
        #expect(restarting.left == .reboot, "the reboot request reached the tablet")
    }

    @Test func anAnswerLostBeforeTheRebootRequestIsStillAFailure() throws {
        let tablet = SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet)
        let probe = RestartsAtOnceTransport(tablet, losesAnswerTo: .max)
        let opened = try { () throws -> Int in _ = try Self.openSession(probe); return probe.requestsSent }()
        let transport = RestartsAtOnceTransport(SimulatedDownloadMode(board: "gta8wifi", pit: SamsungDemoPIT.tablet), losesAnswerTo: opened + 1)
        let session = try Self.openSession(transport)
        #expect(throws: LinkTransport.Unplugged.self) { try session.close(reboot: true) }
    }
}
