import Fastboot
import Testing

@Suite struct FastbootClientStateMachineTests {
    @Test func getvarCollectsInfoThenReturnsTheValue() {
        var machine = FastbootClientStateMachine(command: .getVar("max-download-size"))
        #expect(machine.start() == .sendCommand(Array("getvar:max-download-size".utf8)))
        #expect(machine.received(Array("INFOchecking".utf8)) == .report(FastbootMessage(kind: .info, text: "checking")))
        #expect(machine.received(Array("TEXTmore".utf8)) == .report(FastbootMessage(kind: .text, text: "more")))
        #expect(machine.received(Array("OKAY0x10000000".utf8)) == .finished("0x10000000"))
        #expect(machine.state == .finished)
        #expect(machine.messages.map(\.description) == ["(bootloader) checking", "more"])
    }

    @Test func downloadGoesThroughTheDataPhase() {
        var machine = FastbootClientStateMachine(command: .download(0x1000))
        #expect(machine.start() == .sendCommand(Array("download:00001000".utf8)))
        #expect(machine.received(Array("DATA00001000".utf8)) == .sendData(count: 0x1000))
        #expect(machine.state == .transferring(.toDevice(0x1000), count: 0x1000))
        #expect(machine.dataSent() == .readResponse)
        #expect(machine.received(Array("INFOreceived".utf8)) == .report(FastbootMessage(kind: .info, text: "received")))
        #expect(machine.received(Array("OKAY".utf8)) == .finished(""))
    }

    @Test func downloadRefusedOrOfferedTheWrongSizeFails() {
        var refused = FastbootClientStateMachine(command: .download(0x2000_0000))
        _ = refused.start()
        #expect(refused.received(Array("FAILdata too large".utf8)) == .failed(.remoteFailure("data too large")))
        #expect(refused.state == .failed)

        var wrongSize = FastbootClientStateMachine(command: .download(0x1000))
        _ = wrongSize.start()
        #expect(wrongSize.received(Array("DATA00000800".utf8)) == .failed(.unexpectedData(expected: 0x1000, offered: 0x800)))

        var failAfterData = FastbootClientStateMachine(command: .download(4))
        _ = failAfterData.start()
        _ = failAfterData.received(Array("DATA00000004".utf8))
        _ = failAfterData.dataSent()
        #expect(failAfterData.received(Array("FAILwrite error".utf8)) == .failed(.remoteFailure("write error")))
    }

    @Test func dataOfferedToACommandWithoutDataPhaseIsAViolation() {
        var machine = FastbootClientStateMachine(command: .flash("boot"))
        _ = machine.start()
        #expect(machine.received(Array("DATA00000010".utf8)) == .failed(.unexpectedData(expected: nil, offered: 16)))
        #expect(machine.received(Array("OKAY".utf8)) == .failed(.unexpectedEvent("response \"OKAY\" while failed")))
    }

    @Test func uploadReceivesData() {
        var machine = FastbootClientStateMachine(command: .upload)
        _ = machine.start()
        #expect(machine.received(Array("DATA00000010".utf8)) == .receiveData(count: 16))
        #expect(machine.dataSent() == .failed(.unexpectedEvent("data sent while transferring(Fastboot.FastbootDataDirection.toHost, count: 16)")))
    }

    @Test func uploadFinishes() {
        var machine = FastbootClientStateMachine(command: .upload)
        _ = machine.start()
        _ = machine.received(Array("DATA00000010".utf8))
        #expect(machine.dataReceived() == .readResponse)
        #expect(machine.received(Array("OKAY".utf8)) == .finished(""))
    }

    @Test func tooLongCommandsAndBadPacketsFail() {
        var long = FastbootClientStateMachine(command: .flash(String(repeating: "x", count: 70)))
        guard case .failed(.commandTooLong(_, 76, 64)) = long.start() else { Issue.record("not refused"); return }
        var modern = FastbootClientStateMachine(command: .flash(String(repeating: "x", count: 70)), maxCommandLength: 4096)
        guard case .sendCommand = modern.start() else { Issue.record("refused"); return }
        #expect(modern.received(Array("NOPE".utf8)) == .failed(.unknownStatus("NOPE")))
        var twice = FastbootClientStateMachine(command: .reboot)
        _ = twice.start()
        guard case .failed = twice.start() else { Issue.record("started twice"); return }
    }
}
