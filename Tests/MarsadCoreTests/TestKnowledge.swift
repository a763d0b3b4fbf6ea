import Foundation
import MarsadCore
import MarsadKnowledge

/// The bundled knowledge, loaded once for all tests.
enum TestKnowledge {
    static let shared: Knowledge = {
        do { return try BundledKnowledge.load() } catch { fatalError("knowledge failed to load: \(error)") }
    }()
    static let extractor = Extractor(knowledge: shared)

    /// The directory of the recorded snapshots.
    static var goldenDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// The repository's data/golden directory: hand-coded gold articles (also the sample corpus).
    static var goldDataDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/golden")
    }
}
