import Foundation

/// Processes for tests of what outlives its holder (leases, locks).
public enum Processes {
    /// The PID of a process that has ended (a holder killed with SIGKILL leaves such a PID behind).
    public static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
