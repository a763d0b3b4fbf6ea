import Foundation
import MarsadCore
import MarsadKnowledge

/// The bundled knowledge, loaded once for all tests.
enum TestKnowledge {
    static let shared: Knowledge = {
        do { return try BundledKnowledge.load() } catch { fatalError("knowledge failed to load: \(error)") }
    }()
    static let extractor = Extractor(knowledge: shared)

    /// The directory of this test file's golden data.
    static var goldenDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }
}
