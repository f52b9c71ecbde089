import ADB
import Foundation
import Transports

/// A shell answer from a hostile tablet: `getprop` that never stops writing (`endless-output`), or any answer sent
/// one byte at a time (`trickle=DELAY`). Either goes on until the host closes the stream or the connection.
struct HostileShell {
    let faults: SimulatedFaults
    let command: String
    let v2: Bool
    let persona: AndroidPersona

    /// nil when the faults leave this command alone.
    init?(faults: SimulatedFaults, command: String, v2: Bool, persona: AndroidPersona) {
        guard faults.trickle != nil || (faults.endlessOutput && command.contains("getprop")) else { return nil }
        self.faults = faults
        self.command = command
        self.v2 = v2
        self.persona = persona
    }

    private func framed(_ bytes: [UInt8]) -> [UInt8] { v2 ? ShellPacket(.stdout, bytes).encoded : bytes }

    var handler: ADBSession.ServiceHandler {
        { stream in
            persona.noteHostileAnswer()
            if faults.endlessOutput {
                let block = framed(Array(repeating: UInt8(ascii: "A"), count: 64 << 10))
                while (try? stream.write(block, timeout: .seconds(30))) != nil {}
                return
            }
            guard let delay = faults.trickle else { return }
            let result = persona.run(command)
            var answer = result.stdout.map { framed([$0]) } + result.stderr.map { v2 ? ShellPacket(.stderr, [$0]).encoded : [$0] }
            if v2 { answer.append(ShellPacket(.exit, [UInt8(truncatingIfNeeded: result.exitCode)]).encoded) }
            let seconds = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
            for piece in answer {
                // The tablet's own pace (the fault under test), not an ordering of the test's events.
                Thread.sleep(forTimeInterval: seconds)
                guard (try? stream.write(piece, timeout: .seconds(30))) != nil else { return }
            }
            persona.noteHostileAnswer(finished: true)
        }
    }
}
