import Foundation
import Simulator
import Testing

/// Simulated tablets listen on loopback only, unless told explicitly.
@Suite struct LoopbackTests {
    @Test func aNonLoopbackAddressIsRefusedUnlessAllowed() throws {
        let identity = TabletIdentity.sample(index: 0)
        for host in ["0.0.0.0", "::"] {
            let error = try #require(throws: SimulatorError.self) {
                _ = try SimulatedTablet(identity: identity, stateDirectory: nil, host: host, fastbootPort: nil)
            }
            #expect(error.description.contains("loopback only") && error.description.contains("--allow-non-loopback"))
        }
        for host in ["127.0.0.1", "::1"] {
            let tablet = try SimulatedTablet(identity: identity, stateDirectory: nil, host: host, fastbootPort: nil)
            tablet.stop()
        }
    }
}
