import Devices
import Foundation
import Transports

/// A tablet to provision: where it is reached and the slot (and case) it sits in.
public struct ProvisionTarget: Sendable, Hashable, CustomStringConvertible {
    /// Its slot in the case.
    public let slot: Int
    /// How it is reached: a TCP address, or a USB port path.
    public let endpoint: TabletEndpoint
    /// Its case, from the case map (nil: the profile's case, if any).
    public let caseName: String?

    /// Creates a target.
    public init(slot: Int, endpoint: TabletEndpoint, caseName: String? = nil) {
        self.slot = slot
        self.endpoint = endpoint
        self.caseName = caseName
    }

    /// A tablet over TCP.
    public init(slot: Int, address: TCPAddress, caseName: String? = nil) {
        self.init(slot: slot, endpoint: .tcp(address), caseName: caseName)
    }

    /// The bus its heavy transfers share (a USB root port, or "tcp").
    public var group: String { endpoint.transferGroup }

    public var description: String { "slot-\(slot)" + (caseName.map { "-\($0)" } ?? "") }
}
