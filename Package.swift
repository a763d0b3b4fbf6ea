// swift-tools-version: 6.1
import PackageDescription

// Dependencies point one way:
//   MarsadCore (pure: text, lexicons, gazetteer, extraction; no I/O)
//     ← MarsadKnowledge (the versioned data files shipped as resources, and their loader)
//     ← MarsadEval (gold formats, dev-set adapters, scoring)
//     ← marsad (the command-line tool; wires things together)
// Later: MarsadStore (SQLite/PostgreSQL behind one protocol) and MarsadServer sit
// between MarsadKnowledge/MarsadEval and the CLI.
let package = Package(
    name: "Marsad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "marsad", targets: ["marsad"]),
        .library(name: "MarsadCore", targets: ["MarsadCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "MarsadCore"),
        .target(
            name: "MarsadKnowledge",
            dependencies: ["MarsadCore"],
            resources: [.copy("Resources")]
        ),
        .target(name: "MarsadEval", dependencies: ["MarsadCore"]),
        .executableTarget(
            name: "marsad",
            dependencies: [
                "MarsadCore", "MarsadKnowledge", "MarsadEval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "MarsadCoreTests",
            dependencies: ["MarsadCore", "MarsadKnowledge"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "MarsadEvalTests", dependencies: ["MarsadEval", "MarsadCore"]),
        // Runs the built `marsad` binary end to end, as a user would.
        .testTarget(name: "MarsadCLITests", dependencies: ["marsad"]),
    ]
)
