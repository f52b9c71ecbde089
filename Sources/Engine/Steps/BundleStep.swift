import Bundles
import Devices
import Diagnostics
import Foundation
import Inventory
import Signing
import Transports

/// Builds the tablet's bundle, signs it, and hands it to the agent (APPLY), trusting the parc CA first if needed.
/// Satisfied when the agent reports the digest the inventory recorded and the profile has not changed since.
public struct BundleStep: ProvisioningStep {
    public let name = "bundle"

    public init() {}

    /// The digest of what the bundle says, leaving out its sequence and dates.
    static func contentDigest(_ context: StepContext) throws -> String {
        let probe = try TabletBundle(profile: context.plan.profile,
                                     target: BundleTarget(serial: context.facts.serial, slot: context.slot, sequence: 0, issuedAt: Date(timeIntervalSince1970: 0),
                                                          caseName: context.target.caseName))
        return Digest.hex(Digest.sha256(probe.bytes))
    }

    public func pending(_ context: StepContext) throws -> String? {
        let record = try context.inventory.tablet(serial: context.facts.serial)
        let applied = try Self.appliedDigest(context)
        if !context.reissueBundle, let applied, applied == record?.bundleDigest, try Self.contentDigest(context) == record?.bundleContent {
            return nil
        }
        return Say.changeApplyBundle(sequence: Self.nextSequence(record?.bundleSequence ?? 0))
    }

    public func apply(_ context: StepContext) throws {
        let record = try context.inventory.tablet(serial: context.facts.serial)
        let now = Date()
        let sequence = Self.nextSequence(record?.bundleSequence ?? 0, now: now)
        let bundle = try TabletBundle(profile: context.plan.profile,
                                      target: BundleTarget(serial: context.facts.serial, slot: context.slot, sequence: sequence, issuedAt: now,
                                                           caseName: context.target.caseName))
        let bytes = bundle.bytes    // encoded once: signed, digested and sent as they are
        let signature = try PlainSignature.sign(bytes, identity: context.plan.signer)
        let certificate = try context.plan.signer.certificate.der()
        let expected = Digest.hex(Digest.sha256(bytes))
        // Recorded before it is sent: if valise dies right after the agent applied it, the next run sees the
        // agent report this digest and does not apply the bundle a second time.
        var updated = record ?? TabletRecord(serial: context.facts.serial, model: context.facts.model)
        updated.bundleDigest = expected
        updated.bundleSequence = sequence
        updated.bundleContent = try Self.contentDigest(context)
        updated.updatedAt = now
        try context.inventory.save(updated)
        try AgentClient.startService(on: context.device, package: context.plan.profile.agent.package)
        let agent = try AgentClient(device: context.device)
        let applied: AgentClient.Applied
        do {
            do {
                applied = try agent.apply(bundle: bytes, signature: signature, certificate: certificate)
            } catch let refusal as AgentClient.Refusal where refusal.code == "no-ca" {
                try agent.trust(caPEM: context.plan.caPEM)
                applied = try agent.apply(bundle: bytes, signature: signature, certificate: certificate)
            }
        } catch let refusal as AgentClient.Refusal {
            throw Self.problem(refusal, context)
        }
        guard applied.digest == expected else {
            throw TabletProblem(Say.agentAppliedElse(context.label), reason: Say.agentAnsweredDigest(String(applied.digest.prefix(12))),
                                action: Say.agentAppliedElseFix)
        }
    }

    /// The digest the agent reports, or nil when it applied none or is not installed yet (dry runs).
    static func appliedDigest(_ context: StepContext) throws -> String? {
        do {
            return try AgentClient(device: context.device).status()
        } catch let error as DeviceError where error.kind == .serviceRefused {
            return nil
        }
    }

    /// Sequences follow the clock (seconds), so they keep increasing across stations and a lost inventory.
    static func nextSequence(_ previous: Int, now: Date = Date()) -> Int { max(previous + 1, Int(now.timeIntervalSince1970)) }

    static func problem(_ refusal: AgentClient.Refusal, _ context: StepContext) -> TabletProblem {
        switch refusal.code {
        case "bad-signature":
            return TabletProblem(Say.agentOtherKeys(context.label), reason: Say.agentRefusedBundleSaying(refusal.message), action: Say.agentOtherKeysFix,
                                 helpTopic: "parc-keys")
        case "not-owner":
            return TabletProblem(Say.agentNotOwner(context.label), reason: refusal.message, action: Say.agentNotOwnerFix)
        case "expired":
            return TabletProblem(Say.agentOutOfDate(context.label), reason: Say.bundleAgentSaid(refusal.message), action: Say.agentOutOfDateFix)
        case "stale-sequence":
            return TabletProblem(Say.agentNewerBundle(context.label), reason: Say.itsAgentSaid(refusal.message),
                                 action: Say.agentNewerBundleFix(serial: context.facts.serial))
        case "bad-json":
            return TabletProblem(Say.agentNotUnderstood(context.label), reason: Say.bundleAgentSaid(refusal.message), action: Say.agentNotUnderstoodFix)
        default:
            return TabletProblem(Say.agentRefusedBundle(context.label, code: refusal.code), reason: refusal.message, action: Say.agentRefusedBundleFix)
        }
    }
}

