// swift-tools-version: 6.1
import PackageDescription

// Dependencies point one way (each target uses only those above it):
//   MarsadCore (pure: text, lexicons, gazetteer, extraction; no I/O)
//   MarsadKnowledge (the versioned data files shipped as resources, and their loader)
//   MarsadEval (gold formats, dev-set adapters, scoring)
//   MarsadHTML (web pages through libxml2 → articles; imports no Foundation, see the file)
//   MarsadStore (the event store behind the EventStore protocol: SQLite through GRDB now,
//                PostgreSQL later)
//   MarsadIngest (RSS/Atom feeds → articles; IngestPipeline: articles → events → a store)
//   MarsadServer (HTTP API and dashboard over a store, Hummingbird 2)
//   marsad (the command-line tool)
let package = Package(
    name: "Marsad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "marsad", targets: ["marsad"]),
        .library(name: "MarsadCore", targets: ["MarsadCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(name: "MarsadCore"),
        .target(
            name: "MarsadKnowledge",
            dependencies: ["MarsadCore"],
            resources: [.copy("Resources")]
        ),
        .target(name: "MarsadEval", dependencies: ["MarsadCore"]),
        // libxml2's HTML parser (Debian: libxml2-dev), for web pages.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "MarsadHTML", dependencies: ["MarsadCore", "CLibXML2"]),
        .target(name: "MarsadIngest", dependencies: ["MarsadCore", "MarsadHTML", "MarsadStore"]),
        .target(
            name: "MarsadStore",
            dependencies: ["MarsadCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "MarsadServer",
            dependencies: [
                "MarsadCore", "MarsadStore", "MarsadIngest",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "marsad",
            dependencies: [
                "MarsadCore", "MarsadKnowledge", "MarsadEval", "MarsadStore", "MarsadIngest", "MarsadHTML", "MarsadServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "MarsadCoreTests",
            dependencies: ["MarsadCore", "MarsadKnowledge"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "MarsadEvalTests", dependencies: ["MarsadEval", "MarsadCore", "MarsadKnowledge"]),
        .testTarget(name: "MarsadStoreTests", dependencies: ["MarsadStore", "MarsadCore", "MarsadKnowledge"]),
        .testTarget(name: "MarsadIngestTests", dependencies: ["MarsadIngest", "MarsadHTML", "MarsadCore"]),
        .testTarget(
            name: "MarsadServerTests",
            dependencies: [
                "MarsadServer", "MarsadStore", "MarsadCore", "MarsadKnowledge", "MarsadIngest",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        // Runs the built `marsad` binary end to end, as a user would.
        .testTarget(name: "MarsadCLITests", dependencies: ["marsad"]),
    ]
)
